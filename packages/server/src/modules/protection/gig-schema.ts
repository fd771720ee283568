// Request and response schemas of the gig workers' mutual protection routes (001 互助保障计划; issue 9 §4).
import { z } from 'zod';
import { ZBilingual, ZIdValue, ZPage, ZPageQuery, ZYear } from '../../platform/schemas.ts';

export const ROSTER_MAX_ROWS = 5000;
const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const ZMode = z.enum(['centralized', 'instant']);
const ZRosterStatus = z.enum(['submitted', 'approved', 'returned']);
const ZCoverStatus = z.enum(['pending', 'active', 'returned', 'refused']);

export const ZRosterRowIn = z.object({
  name: z.string().describe('姓名'),
  idNumber: z.string().describe('身份证号 (18 characters)'),
  mobile: z.string().describe('手机号码'),
});
export const ZRosterIn = z.object({ rows: z.array(ZRosterRowIn).min(1).max(ROSTER_MAX_ROWS).describe(`the workers, at most ${ROSTER_MAX_ROWS}`) });

export const ZRoster = z.object({
  id: z.number(),
  platformId: z.number(),
  platformName: z.string(),
  year: z.number(),
  enrolledOn: ZDay,
  enrollmentMode: ZMode,
  modeName: ZBilingual,
  term: z.enum(['full-year', 'half-year']),
  coverageStart: ZDay,
  coverageEnd: ZDay,
  premium: z.number().describe('yuan per worker'),
  total: z.number().describe('yuan, accepted rows'),
  policy: z.string(),
  status: ZRosterStatus,
  statusName: ZBilingual,
  source: z.enum(['file', 'api']),
  fileName: z.string().nullable(),
  rows: z.number(),
  accepted: z.number(),
  refused: z.number(),
  submittedAt: z.union([z.date(), z.string()]),
  submittedBy: z.string(),
  reviewedOn: ZDay.nullable(),
  reviewReason: z.string().nullable(),
  abilities: z.object({ review: z.boolean() }),
});
export const ZRosterPage = ZPage(ZRoster);
export const ZRosterQuery = ZPageQuery.extend({ year: ZYear.optional(), status: ZRosterStatus.optional(), platformId: ZIdValue.optional() });

export const ZGigCover = z.object({
  id: z.number(),
  rosterId: z.number(),
  rowNo: z.number(),
  platformId: z.number(),
  platformName: z.string(),
  year: z.number(),
  name: z.string(),
  idMasked: z.string(),
  phoneMasked: z.string().nullable(),
  age: z.number(),
  status: ZCoverStatus,
  statusName: ZBilingual.describe('for an active cover, where today stands in its period'),
  phase: z.enum(['not-started', 'in-force', 'ended']).nullable(),
  refusal: z.object({ code: z.string(), message: ZBilingual }).nullable(),
  enrollmentMode: ZMode.nullable(),
  coverageStart: ZDay.nullable(),
  coverageEnd: ZDay.nullable(),
  premium: z.number().nullable(),
  waitingDays: z.record(z.string(), z.number()).nullable(),
  activatedOn: ZDay.nullable(),
  smsSent: z.boolean(),
});
export const ZGigCoverPage = ZPage(ZGigCover);
export const ZRosterRowsQuery = ZPageQuery.extend({ status: ZCoverStatus.optional() });
export const ZGigCoverQuery = ZPageQuery.extend({
  year: ZYear.optional(),
  status: ZCoverStatus.optional(),
  platformId: ZIdValue.optional(),
  q: z.string().trim().max(50).optional().describe('name prefix'),
});
export const ZRosterDetail = ZRoster.extend({
  evaluation: z.record(z.string(), z.unknown()).nullable().describe('the engine’s evaluation of the first accepted row'),
});
export const ZReturnRoster = z.object({ reason: z.string().trim().min(1).max(500).describe('why the roster goes back to the platform') });

// Claims (001 互助保障计划 五 保障责任, 六 给付).
export const ZGigClaimType = z.enum([
  'hospital-allowance',
  'critical-illness',
  'critical-illness-medical',
  'disease-death',
  'accidental-death',
  'accidental-disability',
  'accidental-injury',
]);
const ZClaimStatus = z.enum(['filed', 'approved', 'rejected', 'paid']);
export const ZGigClaimIn = z.object({
  coverId: ZIdValue.describe('the worker’s cover (GET /protection/gig/covers)'),
  claimType: ZGigClaimType,
  eventDate: ZDay.describe('admission, diagnosis, death or accident'),
  hospitalDays: z.number().int().positive().max(366).optional(),
  outOfPocket: z.number().nonnegative().max(1e8).optional().describe('critical-illness medical aid: out-of-pocket cost of this stay, yuan'),
  disabilityGrade: z.number().int().min(1).max(10).optional(),
  outcomeOn: ZDay.optional().describe('accidental death or disability: the day it followed the accident'),
  bank: z.string().trim().min(2).max(60).optional().describe('the worker’s bank (a debit card opened in Shanghai); required unless a death benefit'),
  accountName: z.string().trim().min(1).max(50).optional(),
  accountNo: z
    .string()
    .trim()
    .regex(/^[0-9 ]{12,30}$/, '银行卡号应为12至30位数字 / 12 to 30 digits')
    .optional(),
  description: z.string().trim().max(500).optional(),
});
export const ZGigClaim = z.object({
  id: z.number(),
  coverId: z.number(),
  platformId: z.number(),
  platformName: z.string(),
  year: z.number(),
  name: z.string(),
  idMasked: z.string(),
  enrollmentMode: ZMode,
  coverageStart: ZDay,
  coverageEnd: ZDay,
  claimType: ZGigClaimType,
  claimTypeName: ZBilingual,
  eventDate: ZDay,
  hospitalDays: z.number().nullable(),
  outOfPocket: z.number().nullable(),
  disabilityGrade: z.number().nullable(),
  outcomeOn: ZDay.nullable(),
  filedOn: ZDay,
  filedAs: z.enum(['platform', 'agency']),
  status: ZClaimStatus,
  statusName: ZBilingual,
  amount: z.number(),
  filingDeadline: ZDay.nullable(),
  payWithinDays: z.number().nullable(),
  payBy: ZDay.nullable(),
  overdue: z.boolean(),
  payTo: z.enum(['bank-account', 'platform-account']),
  payToName: ZBilingual,
  bank: z.string().nullable(),
  accountName: z.string().nullable(),
  accountMasked: z.string().nullable(),
  policy: z.string(),
  reviewReason: z.string().nullable(),
  reviewedOn: ZDay.nullable(),
  paidOn: ZDay.nullable(),
  paymentReference: z.string().nullable(),
  description: z.string().nullable(),
  abilities: z.object({ review: z.boolean(), pay: z.boolean() }),
});
export const ZGigClaimDetail = ZGigClaim.extend({ evaluation: z.record(z.string(), z.unknown()) });
export const ZGigClaimPage = ZPage(ZGigClaim);
export const ZGigClaimQuery = ZPageQuery.extend({ year: ZYear.optional(), status: ZClaimStatus.optional(), coverId: ZIdValue.optional() });
