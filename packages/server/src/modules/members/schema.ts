import { z } from 'zod';
import { ZBilingual, ZIsoDate } from '../../platform/schemas.ts';

export const memberCategories = ['gig-worker', 'flexible-worker', 'worker-in-hardship', 'model-worker', 'craftsman', 'frontline-worker'] as const;
export type MemberCategory = (typeof memberCategories)[number];
export const memberCategoryNames: Record<MemberCategory, { zh: string; en: string }> = {
  'gig-worker': { zh: '新就业形态劳动者', en: 'Gig worker' },
  'flexible-worker': { zh: '灵活就业人员', en: 'Flexible worker' },
  'worker-in-hardship': { zh: '困难职工（建档）', en: 'Worker in hardship' },
  'model-worker': { zh: '劳动模范', en: 'Model worker' },
  craftsman: { zh: '工匠', en: 'Craftsman' },
  'frontline-worker': { zh: '一线职工', en: 'Frontline worker' },
};
export const cardStatuses = ['none', 'issued', 'active', 'lost', 'cancelled'] as const;
export const cardStatusNames: Record<(typeof cardStatuses)[number], { zh: string; en: string }> = {
  none: { zh: '未办卡', en: 'No card' },
  issued: { zh: '已制卡', en: 'Issued' },
  active: { zh: '已激活', en: 'Active' },
  lost: { zh: '挂失', en: 'Lost' },
  cancelled: { zh: '已注销', en: 'Cancelled' },
};

const isoDate = ZIsoDate;

export const ZMemberList = z.object({
  q: z.string().trim().max(50).optional().describe('name prefix, member number, full ID number or mobile'),
  orgId: z.coerce.number().int().positive().optional().describe('only this org and its subtree'),
  category: z.enum(memberCategories).optional(),
  cardStatus: z.enum(cardStatuses).optional(),
  sex: z.enum(['male', 'female']).optional(),
  status: z.enum(['active', 'transferred', 'ended']).default('active'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TMemberList = z.infer<typeof ZMemberList>;

/** The export's query: the file format and the list's own filters (the page and its size aside). */
export const ZMemberExport = ZMemberList.omit({ page: true, pageSize: true }).extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
export type TMemberExport = z.infer<typeof ZMemberExport>;

export const ZMemberCreate = z.object({
  name: z.string().trim().min(1).max(50),
  idNumber: z.string().trim().min(1).max(30),
  mobile: z.string().trim().max(20).optional(),
  orgId: z.coerce.number().int().positive(),
  joinedOn: isoDate,
  memberNo: z
    .string()
    .regex(/^\d{10}$/, { message: '会员编号为10位数字 / a member number has 10 digits' })
    .optional(),
  cardStatus: z.enum(cardStatuses).default('none'),
  eMembership: z.boolean().default(false),
  categories: z.array(z.enum(memberCategories)).max(10).default([]),
});
export type TMemberCreate = z.infer<typeof ZMemberCreate>;

export const ZMemberUpdate = z.object({
  name: z.string().trim().min(1).max(50).optional(),
  mobile: z.string().trim().max(20).nullable().optional(),
  cardStatus: z.enum(cardStatuses).optional(),
  eMembership: z.boolean().optional(),
  categories: z.array(z.enum(memberCategories)).max(10).optional(),
});
export type TMemberUpdate = z.infer<typeof ZMemberUpdate>;

export const ZTransfer = z.object({ toOrgId: z.coerce.number().int().positive(), date: isoDate, note: z.string().max(200).optional() });
export const ZEnd = z.object({ date: isoDate, reason: z.string().trim().min(1).max(200) });
export const ZPersonId = z.object({ id: z.coerce.number().int().positive() });

export const ZCardEvent = z.object({
  event: z.enum(['issue', 'activate', 'register', 'report-lost', 'reissue', 'cancel', 'e-card']),
  date: isoDate.optional().describe('the day it happened (default today; not after today)'),
  note: z.string().trim().max(200).optional(),
});
export const ZCardWork = z.object({
  year: z.coerce.number().int().min(2017).max(2100).optional().describe('default: this year'),
  orgId: z.coerce.number().int().positive().optional().describe('the union whose children are compared (default: mine)'),
  format: z.enum(['json', 'xlsx']).default('json'),
});

const cardStatusEnum = z.enum(cardStatuses);
const ZCardEventName = z.enum(['issue', 'activate', 'register', 'report-lost', 'reissue', 'cancel', 'e-card']);
export const ZCard = z.object({
  personId: z.number(),
  status: cardStatusEnum.nullable(),
  statusName: ZBilingual.nullable(),
  eMembership: z.boolean(),
  registeredYears: z.array(z.number()),
  events: z.array(
    z.object({
      id: z.number(),
      event: ZCardEventName,
      name: ZBilingual,
      year: z.number().nullable(),
      onDate: z.string(),
      fromStatus: cardStatusEnum,
      toStatus: cardStatusEnum,
      note: z.string().nullable(),
      by: z.string().nullable(),
      orgName: z.string(),
      at: z.string(),
    }),
  ),
  today: z.string(),
  actions: z.array(z.object({ event: ZCardEventName, name: ZBilingual, allowed: z.boolean(), code: z.string().nullable(), reason: ZBilingual.nullable() })),
  rules: z.object({
    pause: z.object({ from: z.string(), to: z.string(), source: z.string() }),
    registration: z.object({ from: z.string(), to: z.string(), source: z.string() }),
  }),
});
const ZCardWorkRow = z.object({
  orgId: z.number(),
  orgName: z.string(),
  members: z.number(),
  holders: z.number(),
  active: z.number(),
  covered: z.number(),
  users: z.number(),
  cardRate: z.number().nullable(),
  coverRate: z.number().nullable(),
  useRate: z.number().nullable(),
  activationRate: z.number().nullable(),
});
export const ZCardWorkReport = z.object({
  year: z.number(),
  org: z.object({ id: z.number(), name: z.string() }),
  rows: z.array(ZCardWorkRow),
  total: ZCardWorkRow,
  definitions: z.object({ cardRate: ZBilingual, coverRate: ZBilingual, useRate: ZBilingual, activationRate: ZBilingual, source: z.string() }),
});

export const ZMemberBulk = z.object({
  action: z.enum(['transfer', 'end', 'add-category', 'remove-category']),
  personIds: z.array(z.number().int().positive()).min(1).max(500),
  toOrgId: z.number().int().positive().optional().describe('transfer: the receiving grassroots union'),
  date: isoDate.optional().describe('transfer, end: the day'),
  reason: z.string().trim().max(200).optional().describe('end: why'),
  note: z.string().trim().max(200).optional(),
  category: z.enum(memberCategories).optional().describe('add-category, remove-category'),
});
export type TMemberBulk = z.infer<typeof ZMemberBulk>;
export const ZMemberBulkResult = z.object({ done: z.number(), action: z.string() });

// ——— Responses (issue 13 §3): what the presenters in service.ts send. ID numbers and mobiles are the masked forms.
const ZName = z.object({ zh: z.string(), en: z.string() });
const ZMembershipStatus = z.enum(['active', 'transferred', 'ended']);
const ZCardStatusOut = z.enum(cardStatuses);

export const ZMemberRow = z.object({
  personId: z.number().int(),
  membershipId: z.number().int(),
  name: z.string(),
  idNumber: z.string().describe('masked'),
  /** Masked; null when the row is not the person's current membership in my scope. */
  mobile: z.string().nullable(),
  birthDate: z.string(),
  sex: z.enum(['male', 'female']),
  categories: z.array(z.string()),
  memberNo: z.string(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  status: ZMembershipStatus,
  cardStatus: ZCardStatusOut,
  eMembership: z.boolean(),
  orgId: z.number().int(),
  orgName: z.string(),
  current: z.boolean(),
});

export const ZMemberPage = z.object({
  total: z.number().int(),
  totalCapped: z.boolean(),
  pageable: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(ZMemberRow),
});

export const ZMembershipOut = z.object({
  membershipId: z.number().int(),
  memberNo: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  unitCategory: z.enum(['ordinary', 'special']),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  status: ZMembershipStatus,
  cardStatus: ZCardStatusOut,
  eMembership: z.boolean(),
  note: z.string().nullable(),
});

export const ZMemberDetail = z.object({
  personId: z.number().int(),
  name: z.string(),
  idNumber: z.string().describe('masked'),
  mobile: z.string().nullable().describe('masked'),
  birthDate: z.string(),
  sex: z.enum(['male', 'female']),
  categories: z.array(z.string()),
  current: ZMembershipOut.nullable(),
  history: z.array(ZMembershipOut),
  abilities: z.object({ update: z.boolean(), transfer: z.boolean(), end: z.boolean(), reveal: z.boolean() }),
});

export const ZMemberHistory = z.object({
  personId: z.number().int(),
  name: z.string(),
  idNumber: z.string().describe('masked'),
  current: z.boolean(),
  history: z.array(ZMembershipOut),
});

/** A registration or a transfer: the person, the new membership and its member number. */
export const ZMembershipMade = z.object({ personId: z.number().int(), membershipId: z.number().int(), memberNo: z.string() });

export const ZRevealed = z.object({ idNumber: z.string(), mobile: z.string().nullable() });

export const ZMemberStats = z.object({
  total: z.number().int(),
  byCardStatus: z.record(z.string(), z.number().int()),
  bySex: z.record(z.string(), z.number().int()),
  byCategory: z.record(z.string(), z.number().int()),
});

export const ZMemberVocabulary = z.object({
  categories: z.array(z.object({ code: z.string(), name: ZName })),
  cardStatuses: z.array(z.object({ code: z.string(), name: ZName })),
});
