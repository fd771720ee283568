import { z } from 'zod';

export const orgKinds = ['municipal', 'department', 'agency', 'district', 'industry', 'street', 'park', 'grassroots', 'platform'] as const;
export const ZOrgKind = z.enum(orgKinds);

export const orgKindNames: Record<(typeof orgKinds)[number], { zh: string; en: string }> = {
  municipal: { zh: '市总工会', en: 'Federation' },
  department: { zh: '市总部室', en: 'Department' },
  agency: { zh: '直属单位', en: 'Agency' },
  district: { zh: '区总工会', en: 'District union' },
  industry: { zh: '产业（局、集团）工会', en: 'Industry union' },
  street: { zh: '街道（镇）工会', en: 'Street union' },
  park: { zh: '园区（楼宇、商圈）工会', en: 'Park union' },
  grassroots: { zh: '基层工会', en: 'Grassroots union' },
  // 001 互助保障计划 二: the 网约平台 enrolls the gig workers it dispatches (an enterprise, not a union).
  platform: { zh: '网约平台', en: 'Gig platform' },
};

/** Which kinds may hang under which: the tree's shape as data. */
export const allowedParents: Record<(typeof orgKinds)[number], readonly (typeof orgKinds)[number][]> = {
  municipal: [],
  department: ['municipal'],
  agency: ['municipal'],
  district: ['municipal'],
  industry: ['municipal'],
  street: ['district'],
  park: ['district', 'street'],
  grassroots: ['district', 'industry', 'street', 'park'],
  platform: ['municipal', 'district'],
};

const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, { message: '统一社会信用代码应为18位 / a credit code has 18 characters' });

export const ZOrgCreate = z.object({
  parentId: z.coerce.number().int().positive(),
  kind: ZOrgKind.exclude(['municipal']),
  name: z.string().trim().min(2).max(100),
  shortName: z.string().trim().max(40).optional(),
  code: creditCode.optional(),
  unitCategory: z.enum(['ordinary', 'special']).default('ordinary'),
  address: z.string().trim().max(200).optional(),
  contactName: z.string().trim().max(40).optional(),
  contactPhone: z.string().trim().max(30).optional(),
});
export type TOrgCreate = z.infer<typeof ZOrgCreate>;

export const ZOrgUpdate = ZOrgCreate.omit({ parentId: true, kind: true }).partial();
export type TOrgUpdate = z.infer<typeof ZOrgUpdate>;

export const ZOrgMove = z.object({ parentId: z.coerce.number().int().positive() });

export const ZOrgList = z.object({
  parentId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(100).optional(),
  kind: ZOrgKind.optional(),
  status: z.enum(['active', 'inactive', 'all']).default('active'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TOrgList = z.infer<typeof ZOrgList>;

export const ZId = z.object({ id: z.coerce.number().int().positive() });
/** The export's query: the file format and the list's filters (a search, a kind, a status); without them, the whole subtree in every status. */
export const ZExportFormat = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  q: ZOrgList.shape.q,
  kind: ZOrgKind.optional(),
  status: z.enum(['active', 'inactive', 'all']).default('all'),
});
export type TOrgExport = z.infer<typeof ZExportFormat>;

// ——— Responses (issue 13 §3): what the presenter (`presentOrg`) sends, so the OpenAPI document types the web.
const ZTimestampOut = z.union([z.date(), z.string()]);
const ZNameOut = z.object({ zh: z.string(), en: z.string() });

export const ZOrgOut = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  kind: ZOrgKind,
  kindName: ZNameOut,
  name: z.string(),
  shortName: z.string().nullable(),
  code: z.string().nullable(),
  unitCategory: z.enum(['ordinary', 'special']),
  /** The federation function an org carries (e.g. the mutual-aid centre), or null. */
  functionCode: z.string().nullable(),
  /** The 拨缴 number of a district or industry union, or null. */
  allocationNo: z.number().int().nullable(),
  status: z.enum(['active', 'inactive']),
  address: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  depth: z.number().int(),
  childCount: z.number().int().optional(),
  createdAt: ZTimestampOut,
  /** What the caller may do with it; the server re-checks every one. */
  abilities: z.object({ update: z.boolean(), createChild: z.boolean(), move: z.boolean(), deactivate: z.boolean(), delete: z.boolean() }),
});

export const ZOrgPage = z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(ZOrgOut) });

export const ZOrgDetail = ZOrgOut.extend({
  ancestors: z.array(z.object({ id: z.number().int(), name: z.string(), kind: ZOrgKind })),
  counts: z.object({ children: z.number().int(), descendants: z.number().int(), members: z.number().int(), membersEver: z.number().int() }),
});

export const ZOrgImportResult = z.object({ imported: z.number().int(), valid: z.number().int(), dryRun: z.boolean() });
