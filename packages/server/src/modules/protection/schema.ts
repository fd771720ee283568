// Request and response schemas of the protection routes.
import { z } from 'zod';
import { ZIdValue, ZPage, ZPageQuery, ZYear } from '../../platform/schemas.ts';
import { ZFlexibleCover, ZFlexibleSummary } from './flexible-schema.ts';

export const ZPlan = z.enum(['A', 'B', 'A+', 'B+']);
const ZMode = z.enum(['collective', 'new-card', 'card-without-cover', 'individual']);
const ZUnitCategory = z.enum(['ordinary', 'special']);
const ZBilingual = z.object({ zh: z.string(), en: z.string() });
const ZDate = z.string();
const ZWindow = z.object({ from: ZDate, to: ZDate });

export const ZYearQuery = z.object({ year: ZYear, orgId: ZIdValue.optional().describe('only this org and its subtree') });

export const ZEnrollmentQuery = ZPageQuery.extend({
  year: ZYear,
  orgId: ZIdValue.optional().describe('only this org and its subtree'),
  listId: ZIdValue.optional(),
  plan: ZPlan.optional(),
  mode: ZMode.optional(),
  status: z.enum(['listed', 'excluded', 'confirmed', 'pending-payment', 'lapsed']).optional(),
  q: z.string().trim().max(50).optional().describe('name prefix or member number'),
});

export const ZCover = z.object({
  id: z.number(),
  year: z.number(),
  membershipId: z.number(),
  memberNo: z.string(),
  name: z.string(),
  idMasked: z.string().nullable(),
  orgId: z.number(),
  orgName: z.string(),
  regionId: z.number().nullable(),
  listId: z.number().nullable(),
  plan: ZPlan,
  mode: ZMode,
  unitCategory: ZUnitCategory,
  term: z.enum(['full-year', 'half-year']),
  coverageStart: ZDate,
  coverageEnd: ZDate,
  premium: z.number(),
  citySubsidy: z.number(),
  remainder: z.number(),
  payer: z.enum(['union', 'member']),
  status: z.string(),
  paymentState: z.enum(['unpaid', 'remitted', 'paid']),
  paymentDue: ZDate.nullable(),
  paidOn: ZDate.nullable(),
  policy: z.string(),
  note: z.string().nullable(),
  phase: z.enum(['not-started', 'in-force', 'ended']).describe('where today (Asia/Shanghai) stands in the coverage period'),
});
export const ZCoverPage = ZPage(ZCover);
export const ZMyCovers = z.object({
  items: z.array(ZCover.extend({ planName: ZBilingual })),
  flexible: z.array(ZFlexibleCover).optional().describe('my flexible workers’ C/D covers (002 “五送”, 001 项目7)'),
});

const ZSums = z.object({ members: z.number(), confirmed: z.number(), premium: z.number(), citySubsidy: z.number(), remainder: z.number() });
export const ZSummary = z.object({
  year: z.number(),
  total: ZSums,
  byPlan: z.array(ZSums.extend({ plan: ZPlan })),
  byRegion: z.array(ZSums.extend({ regionId: z.number().nullable(), regionName: z.string().nullable() })),
  byUnion: z.array(ZSums.extend({ orgId: z.number(), orgName: z.string() })),
  flexible: ZFlexibleSummary.optional().describe('flexible workers’ C/D covers of the year (002 “五送”, 001 项目7)'),
  gig: z
    .object({
      coverageYear: z.number().describe('the gig coverage year starting 1 April of `year` (001 互助保障计划 三)'),
      active: z.number(),
      pending: z.number(),
      premium: z.number().describe('yuan, covers in force'),
      byPlatform: z.array(z.object({ platformId: z.number(), platformName: z.string(), active: z.number(), pending: z.number(), premium: z.number() })),
    })
    .optional()
    .describe('gig workers’ mutual protection (001 项目5)'),
});

export const ZStartCollective = z.object({
  year: ZYear,
  orgId: ZIdValue.describe('a grassroots union, or a street / district for every grassroots union under it without a list'),
  plan: ZPlan,
  unitCategory: ZUnitCategory.optional().describe('when given, checked against the union’s category'),
});
export const ZBatchStarted = z.object({ batchId: z.number(), jobId: z.number(), unions: z.number(), status: z.literal('building') });
export const ZBatch = z.object({
  id: z.number(),
  year: z.number(),
  plan: ZPlan,
  status: z.enum(['building', 'done', 'failed']),
  orgId: z.number(),
  orgName: z.string(),
  lists: z.number(),
  members: z.number(),
  progress: z.object({ phase: z.string(), done: z.number(), total: z.number() }).nullable(),
  error: ZBilingual.nullable(),
});

export const ZListQuery = ZPageQuery.extend({
  year: ZYear,
  orgId: ZIdValue.optional(),
  status: z.enum(['building', 'draft', 'submitted', 'confirmed', 'remitted', 'reconciled']).optional(),
});
export const ZList = z.object({
  id: z.number(),
  year: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  regionId: z.number().nullable(),
  plan: ZPlan,
  planName: ZBilingual,
  unitCategory: ZUnitCategory,
  status: z.string(),
  policy: z.string(),
  term: z.string(),
  coverageStart: ZDate,
  coverageEnd: ZDate,
  premium: z.number(),
  citySubsidy: z.number(),
  remainder: z.number(),
  members: z.number(),
  excluded: z.number(),
  totals: z.object({ premium: z.number(), citySubsidy: z.number(), remainder: z.number() }),
  submittedOn: ZDate.nullable(),
  confirmedOn: ZDate.nullable(),
  remittanceId: z.number().nullable(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), confirm: z.boolean() }),
  windows: z.object({ submit: ZWindow, confirm: ZWindow, voucherBy: ZDate, source: z.string() }).nullable(),
});
export const ZListPage = ZPage(ZList);
export const ZListDetail = ZList.extend({ evaluation: z.record(z.string(), z.unknown()) });
export const ZExclusion = z.object({
  membershipIds: z.array(ZIdValue).min(1).max(10_000),
  reason: z.string().trim().min(1).max(200).optional(),
});

export const ZRemittance = z.object({
  id: z.number(),
  year: z.number(),
  regionId: z.number(),
  regionName: z.string().nullable(),
  status: z.string(),
  expected: z.number(),
  declared: z.number(),
  received: z.number().nullable(),
  documentId: z.number(),
  late: z.boolean(),
  uploadedOn: ZDate,
  reconciledOn: ZDate.nullable(),
});
export const ZRemittanceList = z.object({ items: z.array(ZRemittance) });
export const ZVoucherFields = z.object({
  year: ZYear,
  amount: z.coerce
    .number()
    .nonnegative()
    .max(1e10)
    .refine((v) => Math.round(v * 100) === v * 100 || Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: '金额最多两位小数 / at most two decimals' }),
});
export const ZReconcile = z.object({ received: z.number().nonnegative().max(1e10) });

export const ZListImport = z.object({
  result: z.object({
    listId: z.number(),
    rows: z.number(),
    excluded: z.number(),
    included: z.number(),
    added: z.number(),
    planChanged: z.object({ from: ZPlan, to: ZPlan }).nullable(),
  }),
  list: ZList,
});

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const ZCoverOut = ZCover.extend({
  planName: ZBilingual,
  appliedOn: ZDate.nullable(),
  firstIndividual: z.boolean(),
  evaluation: z.record(z.string(), z.unknown()).nullable(),
});
export const ZInstant = z.object({
  membershipId: ZIdValue,
  plan: ZPlan,
  mode: z.enum(['new-card', 'card-without-cover']),
  cardIssuedOn: ZDay.optional().describe('new-card: the day the card was issued (cover from the next day)'),
  unitCategory: ZUnitCategory.optional().describe('when given, checked against the union’s category'),
});
export const ZIndividual = z.object({
  plan: ZPlan,
  year: ZYear.optional().describe('the coverage year; default this year'),
  unitCategory: ZUnitCategory.optional(),
});
export const ZDeposit = z.object({ paidOn: ZDay });

// ---------------------------------------------------------------------------------------------
// Claims (003 附件2-1 二、关于给付).
export const ZClaimType = z.enum(['critical-illness', 'accidental-death', 'accidental-total-disability', 'disease-death', 'hospitalization']);
const ZClaimStatus = z.enum(['filed', 'approved', 'rejected', 'paid']);
const ZClaimBody = {
  claimType: ZClaimType.describe('the benefit claimed; hospitalization only for plans A+ and B+'),
  eventDate: ZDay.describe('diagnosis, accident, death or admission'),
  hospitalDays: z.number().int().positive().max(366).optional().describe('hospitalization: days in hospital'),
  documentIds: z.array(ZIdValue).max(20).default([]).describe('documents uploaded first (POST /documents) by the one filing'),
  description: z.string().trim().max(500).optional(),
};
export const ZMyClaim = z.object(ZClaimBody);
export const ZUnitClaim = z.object({ membershipId: ZIdValue.describe('the member, in my subtree'), ...ZClaimBody });
export const ZClaimQuery = ZPageQuery.extend({
  year: ZYear.optional(),
  status: ZClaimStatus.optional(),
  claimType: ZClaimType.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('only claims not paid by their pay-by date'),
  orgId: ZIdValue.optional(),
});
export const ZClaim = z.object({
  id: z.number(),
  coverId: z.number(),
  membershipId: z.number(),
  memberNo: z.string(),
  name: z.string(),
  idMasked: z.string().nullable(),
  orgId: z.number(),
  orgName: z.string(),
  year: z.number(),
  plan: ZPlan,
  planName: ZBilingual,
  mode: ZMode.nullable(),
  coverageStart: ZDate.nullable(),
  coverageEnd: ZDate.nullable(),
  claimType: ZClaimType,
  claimTypeName: ZBilingual,
  eventDate: ZDate,
  hospitalDays: z.number().nullable(),
  filedOn: ZDate,
  filedAs: z.enum(['member', 'unit']),
  status: ZClaimStatus,
  statusName: ZBilingual,
  amount: z.number(),
  filingDeadline: ZDate.nullable(),
  payWithinDays: z.number().nullable(),
  payBy: ZDate.nullable(),
  overdue: z.boolean(),
  payTo: z.enum(['member-card', 'regional-union']),
  payToOrgName: z.string().nullable(),
  policy: z.string(),
  reviewReason: z.string().nullable(),
  reviewedOn: ZDate.nullable(),
  paidOn: ZDate.nullable(),
  paymentReference: z.string().nullable(),
  description: z.string().nullable(),
  documents: z.array(z.object({ id: z.number(), type: z.string(), fileName: z.string() })),
  abilities: z.object({ review: z.boolean(), pay: z.boolean() }),
});
export const ZClaimPage = ZPage(ZClaim);
export const ZClaimList = z.object({ items: z.array(ZClaim) });
export const ZClaimDetail = ZClaim.extend({ evaluation: z.record(z.string(), z.unknown()) });
export const ZApproveClaim = z.object({ reason: z.string().trim().max(500).optional() });
export const ZRejectClaim = z.object({ reason: z.string().trim().min(1).max(500).describe('why the claim is not paid (shown to the member)') });
export const ZPayClaim = z.object({ paidOn: ZDay.optional(), reference: z.string().trim().max(100).optional() });
