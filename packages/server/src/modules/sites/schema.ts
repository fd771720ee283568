// Request and response shapes of the site register, inspections, cards and the public map (issue 11).
import { z } from 'zod';
import { ZIdValue, ZIsoDate, ZPage, ZPageQuery, ZTimestamp } from '../../platform/schemas.ts';

export const siteKinds = ['nursing-room', 'childcare-studio', 'health-point', 'fitness-station', 'driver-home', 'canteen', 'culture-team'] as const;
export const siteStatuses = ['applied', 'inspected', 'accepted', 'plaqued', 'yellow-card', 'red-card', 'closed'] as const;
/** The statuses a site is listed in (on the public map, paid): accepted, plaqued, or under a yellow card. */
export const listedStatuses = ['accepted', 'plaqued', 'yellow-card'] as const;

export const kindNames: Record<(typeof siteKinds)[number], { zh: string; en: string }> = {
  'nursing-room': { zh: '爱心妈咪小屋', en: 'Nursing room' },
  'childcare-studio': { zh: '亲子工作室', en: 'Childcare studio' },
  'health-point': { zh: '职工健康服务点', en: 'Health point' },
  'fitness-station': { zh: '职工健身驿站', en: 'Fitness station' },
  'driver-home': { zh: '工会司机之家', en: 'Driver home' },
  canteen: { zh: '职工食堂', en: 'Canteen' },
  'culture-team': { zh: '职工文化团队', en: 'Culture team' },
};
export const statusNames: Record<(typeof siteStatuses)[number], { zh: string; en: string }> = {
  applied: { zh: '已申报', en: 'Applied' },
  inspected: { zh: '区局已实地核查', en: 'Inspected' },
  accepted: { zh: '市总已验收', en: 'Accepted' },
  plaqued: { zh: '已挂牌', en: 'Plaqued' },
  'yellow-card': { zh: '黄牌整改', en: 'Yellow card' },
  'red-card': { zh: '红牌摘牌', en: 'Red card (de-listed)' },
  closed: { zh: '已关闭', en: 'Closed' },
};

const ZContact = z.object({
  role: z.string().trim().min(1).max(20),
  name: z.string().trim().min(1).max(40),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, { message: '电话号码格式不正确 / not a phone number' }),
});

export const ZSiteCreate = z.object({
  kind: z.enum(siteKinds),
  /** e.g. micro / comprehensive (driver homes), simple / regular / comprehensive (fitness stations, from the area). */
  subkind: z.string().trim().min(1).max(30).optional(),
  name: z.string().trim().min(2).max(100),
  /** The union the site belongs to: the caller's own or one below it. */
  orgId: ZIdValue.optional(),
  address: z.string().trim().min(4).max(200),
  lon: z.number().min(120.8).max(122.2).describe('WGS-84 longitude (Shanghai: 120.8–122.2)').optional(),
  lat: z.number().min(30.6).max(31.9).describe('WGS-84 latitude (Shanghai: 30.6–31.9)').optional(),
  sizeM2: z.number().positive().max(100000).optional(),
  openingHours: z.string().trim().max(100).optional(),
  contacts: z.array(ZContact).max(5).default([]),
  details: z.record(z.string(), z.unknown()).optional(),
  fundedYear: z.number().int().min(2016).max(2100).optional(),
  /** Photos: ids of the caller's uploads (POST /documents, JPEG or PNG). */
  photoIds: z.array(ZIdValue).max(20).default([]),
});
export type TSiteCreate = z.infer<typeof ZSiteCreate>;

export const ZSiteUpdate = z.object({
  name: ZSiteCreate.shape.name.optional(),
  subkind: ZSiteCreate.shape.subkind,
  address: ZSiteCreate.shape.address.optional(),
  lon: ZSiteCreate.shape.lon,
  lat: ZSiteCreate.shape.lat,
  sizeM2: ZSiteCreate.shape.sizeM2,
  openingHours: ZSiteCreate.shape.openingHours,
  contacts: z.array(ZContact).max(5).optional(),
  details: ZSiteCreate.shape.details,
  fundedYear: ZSiteCreate.shape.fundedYear,
  photoIds: z.array(ZIdValue).max(20).optional(),
});
export type TSiteUpdate = z.infer<typeof ZSiteUpdate>;

export const ZSiteQuery = ZPageQuery.extend({
  kind: z.enum(siteKinds).optional(),
  status: z.enum(siteStatuses).optional(),
  regionOrgId: ZIdValue.optional(),
  fundedYear: z.coerce.number().int().min(2016).max(2100).optional(),
  plaqueYear: z.coerce.number().int().min(2016).max(2100).optional(),
  q: z.string().trim().max(50).optional(),
});
export type TSiteQuery = z.infer<typeof ZSiteQuery>;
export const ZExportQuery = ZSiteQuery.omit({ page: true, pageSize: true });

const ZBilingual = z.object({ zh: z.string(), en: z.string() });
const ZOrgRef = z.object({ id: z.number().int(), name: z.string() });

export const ZSiteSummary = z.object({
  id: z.number().int(),
  no: z.string(),
  kind: z.enum(siteKinds),
  kindName: ZBilingual,
  subkind: z.string().nullable(),
  name: z.string(),
  org: ZOrgRef,
  region: ZOrgRef.nullable(),
  address: z.string(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  sizeM2: z.number().nullable(),
  status: z.enum(siteStatuses),
  statusName: ZBilingual,
  fundedYear: z.number().int().nullable(),
  plaqueYear: z.number().int().nullable(),
  yellowDeadline: z.string().nullable(),
  applicationId: z.number().int().nullable(),
  programInstanceId: z.number().int().nullable(),
});
export const ZSitePage = ZPage(ZSiteSummary);

const ZCheckItem = z.object({
  code: z.string(),
  zh: z.string(),
  en: z.string(),
  /** How the inspector answers: met or not, a number measured on site (with its minimum), or one of a few choices. */
  answer: z.enum(['yes-no', 'number', 'choice']),
  min: z.number().optional(),
  choices: z.array(z.object({ value: z.string(), zh: z.string(), en: z.string() })).optional(),
  source: z.string(),
});
export const ZChecklist = z.object({
  kind: z.enum(siteKinds),
  subkind: z.string().nullable(),
  program: z.string().nullable(),
  policy: z.string().nullable(),
  on: z.string(),
  items: z.array(ZCheckItem),
});
export type TChecklist = z.infer<typeof ZChecklist>;

export const ZAnswer = z.object({
  code: z.string().min(1).max(60),
  met: z.boolean(),
  /** A measured number (minutes, spaces, half-days, m²) for a `number` item. */
  value: z.number().nonnegative().max(1e6).optional(),
  /** The chosen value for a `choice` item (e.g. toilet on-site / adjacent-public / none). */
  choice: z.string().max(40).optional(),
  note: z.string().trim().max(300).optional(),
});

export const ZInspectionCreate = z.object({
  purpose: z.enum(['acceptance', 'spot-check']),
  inspectedOn: ZIsoDate,
  inspector: z.string().trim().min(2).max(60),
  answers: z.array(ZAnswer).min(1).max(60),
  /** At least one photo taken on site (POST /documents, JPEG or PNG). */
  photoIds: z.array(ZIdValue).max(20).default([]),
  comment: z.string().trim().max(500).optional(),
});
export type TInspectionCreate = z.infer<typeof ZInspectionCreate>;

export const ZInspection = z.object({
  id: z.number().int(),
  purpose: z.enum(['acceptance', 'spot-check']),
  inspectedOn: z.string(),
  inspector: z.string(),
  org: ZOrgRef.nullable(),
  passed: z.boolean(),
  reasons: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() })),
  answers: z.array(
    z.object({
      code: z.string(),
      zh: z.string().optional(),
      met: z.boolean(),
      value: z.number().optional(),
      choice: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
  evaluation: z
    .object({
      program: z.string().nullable(),
      policy: z.string().nullable(),
      eligible: z.boolean(),
      output: z.record(z.string(), z.unknown()),
      trace: z.array(z.unknown()),
    })
    .nullable(),
  photoIds: z.array(z.number().int()),
  createdAt: ZTimestamp,
});

/** A yellow or red card's notice, as issued (service.ts yellowCard / redCard). */
export const ZNotice = z.object({
  kind: z.enum(['yellow-card', 'red-card']),
  no: z.string().describe('沪工阵整字〔年〕号 / 沪工阵摘字〔年〕号'),
  items: z.array(z.string()).optional().describe('a yellow card: what is to be fixed'),
  deadline: z.string().optional().describe('a yellow card: fixed by'),
  reasons: z.array(z.string()).optional().describe('a red card: why the site is de-listed'),
  issuedOn: z.string(),
  issuer: z.string(),
  inspection: z.object({ id: z.number().int(), on: z.string(), inspector: z.string() }).optional(),
});
export type TNotice = z.infer<typeof ZNotice>;
export const ZEvent = z.object({
  id: z.number().int(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  actor: z.string(),
  org: z.string().nullable(),
  comment: z.string().nullable(),
  notice: ZNotice.nullable().describe('the 整改通知书 or 摘牌通知书 this step issued (printable: GET /sites/:id/notices/:eventId)'),
  onDate: z.string(),
  at: ZTimestamp,
});

export const ZSiteDetail = ZSiteSummary.extend({
  openingHours: z.string().nullable(),
  contacts: z.array(z.object({ role: z.string(), name: z.string(), phone: z.string() })),
  details: z.record(z.string(), z.unknown()),
  photos: z.array(z.object({ id: z.number().int(), fileName: z.string(), mime: z.string(), size: z.number().int() })),
  events: z.array(ZEvent),
  inspections: z.array(ZInspection),
  serviceLog: z.array(
    z.object({ id: z.number().int(), onDate: z.string(), kind: z.string(), description: z.string(), attendees: z.number().int().nullable() }),
  ),
  application: z
    .object({
      id: z.number().int(),
      no: z.string(),
      status: z.string(),
      stepLevel: z.string().nullable(),
      amount: z.number(),
      booked: z.number(),
      paid: z.number(),
      evaluation: z.unknown(),
    })
    .nullable(),
  /** A health point's 1:1:1 matching recorded at acceptance (yuan), with the minima the engine asked for. */
  matching: z
    .object({
      district: z.number(),
      street: z.number(),
      minDistrict: z.number().nullable(),
      minStreet: z.number().nullable(),
      cityGrant: z.number().nullable(),
    })
    .nullable(),
  abilities: z.object({
    edit: z.boolean(),
    inspect: z.boolean(),
    accept: z.boolean(),
    plaque: z.boolean(),
    yellowCard: z.boolean(),
    redCard: z.boolean(),
    lift: z.boolean(),
    close: z.boolean(),
  }),
});
export type TSiteDetail = z.infer<typeof ZSiteDetail>;

const ZYuan = z
  .number()
  .nonnegative()
  .max(1e8)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: '金额最多两位小数 / at most two decimals' });
export const ZAccept = z.object({
  comment: z.string().trim().max(500).optional(),
  /** Health points (001 项目1 三(四)): the matching funds in yuan of the district union and of the street (park, building) union, each at least the city's grant (1:1:1). */
  matching: z.object({ district: ZYuan, street: ZYuan }).optional(),
});
export const ZPlaque = z.object({ year: z.number().int().min(2016).max(2100).optional(), comment: z.string().trim().max(500).optional() });
export const ZYellowCard = z.object({
  /** What must be fixed, one line each (printed on the 整改通知书). */
  items: z.array(z.string().trim().min(2).max(200)).min(1).max(20),
  deadline: ZIsoDate,
  inspectionId: ZIdValue.optional(),
  comment: z.string().trim().max(500).optional(),
});
export const ZRedCard = z.object({
  reasons: z.array(z.string().trim().min(2).max(200)).min(1).max(20),
  inspectionId: ZIdValue.optional(),
  comment: z.string().trim().max(500).optional(),
});
export const ZComment = z.object({ comment: z.string().trim().min(2).max(500) });
export const ZServiceLogCreate = z.object({
  onDate: ZIsoDate,
  kind: z.enum(['consultation', 'visit', 'lecture', 'notice', 'appointment', 'activity', 'other']),
  description: z.string().trim().min(2).max(300),
  attendees: z.number().int().nonnegative().max(100000).optional(),
});
export const ZEventParams = z.object({ id: ZIdValue, eventId: ZIdValue });
export const ZPhotoParams = z.object({ id: ZIdValue, documentId: ZIdValue });

export const ZPublicQuery = z.object({
  kind: z.enum(siteKinds).optional(),
  /** A district (regional union): its id or its name (e.g. 浦东新区总工会 or 浦东). */
  district: z.string().trim().min(1).max(40).optional(),
});
export const ZFeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.number().int(),
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }).nullable(),
      properties: z.object({
        name: z.string(),
        kind: z.enum(siteKinds),
        kindName: z.string(),
        district: z.string().nullable(),
        districtId: z.number().int().nullable(),
        address: z.string(),
        status: z.enum(listedStatuses),
        statusName: z.string(),
        plaqueYear: z.number().int().nullable(),
        openingHours: z.string().nullable(),
      }),
    }),
  ),
  districts: z.array(z.object({ id: z.number().int(), name: z.string() })),
});

export const ZClaimQuery = z.object({
  year: z.coerce.number().int().min(2016).max(2100).describe('the program year that funded the sites'),
  kind: z.enum(siteKinds),
  /** The district (regional union) whose claim it is; defaults to the caller's own. */
  regionOrgId: ZIdValue.optional(),
});
export type TClaimQuery = z.infer<typeof ZClaimQuery>;

export const ZDeliveryQuery = z.object({
  year: z.coerce.number().int().min(2016).max(2100).describe('the program year of the accepted nursing-room claims; the papers are for the year after'),
});

export const ZImported = z.object({ created: z.number().int(), rows: z.number().int() });
export const ZBinary = z.any().describe('binary file');
export const ZHtml = z.string().describe('an HTML page');

// ---------------------------------------------------------------------------------------------
// The district's summary claim as a record (000 女职工 一(三)3, 二(四)2; migration 0035)

export const claimStatuses = ['filed', 'accepted', 'returned'] as const;
export const ZClaimCreate = z.object({
  kind: z.enum(siteKinds),
  year: z.number().int().min(2016).max(2100).describe('the program year that funded the sites'),
  /** The number of the union's 上海市行政事业单位资金往来结算票据 (required; checked by the service to name it). */
  voucherNo: z.string().trim().max(60).optional(),
  /** The voucher's scan: the id of the caller's upload (POST /documents, PDF/JPEG/PNG). Required. */
  voucherDocumentId: ZIdValue.optional(),
  /** Only these sites (default: every claimable row of the 申领汇总表). */
  siteIds: z.array(ZIdValue).max(5000).optional(),
});
export type TClaimCreate = z.infer<typeof ZClaimCreate>;
export const ZClaimListQuery = z.object({
  status: z.enum(claimStatuses).optional(),
  kind: z.enum(siteKinds).optional(),
  year: z.coerce.number().int().min(2016).max(2100).optional(),
});
export type TClaimListQuery = z.infer<typeof ZClaimListQuery>;
const ZBi = z.object({ zh: z.string(), en: z.string() });
export const ZClaim = z.object({
  id: z.number().int(),
  no: z.string(),
  region: z.object({ id: z.number().int(), name: z.string() }),
  kind: z.enum(siteKinds),
  kindName: ZBi,
  year: z.number().int(),
  program: z.object({ id: z.number().int(), title: z.string() }),
  items: z.number().int(),
  total: z.number().describe('yuan'),
  voucherNo: z.string(),
  voucher: z.object({ id: z.number().int(), fileName: z.string() }),
  deadline: ZIsoDate.nullable().describe('the claim deadline of the program year; null: the seeds give none'),
  status: z.enum(claimStatuses),
  statusName: ZBi,
  filedOn: ZIsoDate,
  filedBy: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: ZTimestamp.nullable(),
  comment: z.string().nullable(),
  payout: z
    .object({ entryId: z.number().int(), amount: z.number(), batchNo: z.string().nullable(), paid: z.boolean(), paidOn: ZIsoDate.nullable() })
    .nullable(),
  abilities: z.object({ accept: z.boolean(), return: z.boolean() }),
});
export const ZClaimList = z.object({ items: z.array(ZClaim) });
export const ZClaimDetail = ZClaim.extend({
  rows: z.array(
    z
      .object({ siteId: z.number().int(), applicationId: z.number().int(), siteNo: z.string(), name: z.string(), org: z.string(), amount: z.number() })
      .passthrough(),
  ),
});
export const ZClaimAccept = z.object({ comment: z.string().trim().max(500).optional() });
