// Request and response schemas of the quota routes: offers (§1), requests (§2), rosters (§3), settlements (§4).
import { z } from 'zod';
import { ZIdValue, ZIsoDate, ZTimestamp, ZYear } from '../../platform/schemas.ts';

export const quotaPrograms = ['group-sanatorium', 'frontline-sanatorium', 'health-checkup', 'two-disease-screening', 'gig-mobile-checkup'] as const;
export const ZQuotaProgram = z.enum(quotaPrograms);
export type QuotaProgram = z.infer<typeof ZQuotaProgram>;

const ZContact = z.object({ name: z.string().trim().min(1).max(40), phone: z.string().trim().max(40).optional(), org: z.string().trim().max(100).optional() });

export const ZOfferCreate = z.object({
  program: ZQuotaProgram,
  year: ZYear,
  code: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .describe('the plan code as printed (A–F, L1–L6, group-1…, renewal-1…, morning/afternoon; a free code for frontline trips)'),
  capacity: z.number().int().nonnegative().max(10_000_000),
  mode: z
    .enum(['request', 'allocation', 'first-come'])
    .optional()
    .describe('how places are given; default from 000 四 (沙家浜/西山/黄山 by request, the others allocated)'),
  providerOrgId: ZIdValue.optional().describe('the provider (承办单位) paid on settlement; default the agency running the program'),
  providerName: z.string().trim().min(1).max(100).optional(),
  site: z.string().trim().min(1).max(100).optional().describe('only for frontline trips: the destination'),
  contacts: z.array(ZContact).max(10).default([]),
  // Frontline trips (001 项目3) have no plan table: the trip's own cost and length, checked by the engine.
  costPerPerson: z.number().positive().max(100_000).optional().describe('frontline trips: the trip cost per person (yuan)'),
  days: z.number().int().positive().max(30).optional(),
  nights: z.number().int().nonnegative().max(30).optional(),
});
export const ZOfferUpdate = z.object({
  capacity: z.number().int().nonnegative().max(10_000_000).optional(),
  providerOrgId: ZIdValue.optional(),
  providerName: z.string().trim().min(1).max(100).optional(),
  contacts: z.array(ZContact).max(10).optional(),
  mode: z.enum(['request', 'allocation', 'first-come']).optional(),
});
export const ZOffer = z.object({
  id: z.number(),
  program: z.string(),
  year: z.number(),
  code: z.string(),
  title: z.string(),
  site: z.string(),
  days: z.number().nullable(),
  nights: z.number().nullable(),
  months: z.array(z.number()),
  price: z.number(),
  citySubsidy: z.number(),
  otherSubsidy: z.number(),
  otherSubsidyBy: z.string().nullable(),
  remainder: z.number(),
  remainderBy: z.string(),
  mode: z.enum(['request', 'allocation', 'first-come']),
  capacity: z.number(),
  granted: z.number(),
  providerOrgId: z.number().nullable(),
  providerName: z.string(),
  contacts: z.array(ZContact),
  agencyOrgId: z.number(),
  agencyName: z.string(),
  policy: z.string(),
  trace: z.array(z.any()),
  abilities: z.object({ edit: z.boolean() }),
});
export const ZOfferList = z.object({ items: z.array(ZOffer) });
export const ZOfferQuery = z.object({ year: ZYear.optional(), program: ZQuotaProgram.optional() });

// §2 bottom-up requests (申报汇总表).
export const ZRequestCreate = z.object({
  program: ZQuotaProgram,
  year: ZYear,
  orgId: ZIdValue.optional().describe('the district sending it; default the caller’s union'),
  rows: z
    .array(z.object({ offerId: ZIdValue, places: z.number().int().positive().max(1_000_000) }))
    .min(1)
    .max(200),
});
export const ZRequestRow = z.object({
  row: z.number(),
  offerId: z.number(),
  code: z.string(),
  title: z.string(),
  requested: z.number(),
  granted: z.number().nullable(),
  grantId: z.number().nullable(),
});
export const ZRequest = z.object({
  id: z.number(),
  program: z.string(),
  year: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  deadline: ZIsoDate,
  status: z.enum(['submitted', 'granted']),
  submittedOn: ZIsoDate,
  grantedOn: ZIsoDate.nullable(),
  requested: z.number(),
  granted: z.number().nullable(),
  rows: z.array(ZRequestRow),
  abilities: z.object({ grant: z.boolean() }),
});
export const ZRequestList = z.object({ items: z.array(ZRequest), deadline: ZIsoDate.nullable() });
export const ZRequestQuery = z.object({ year: ZYear.optional(), program: ZQuotaProgram.optional() });
export const ZRequestGrant = z.object({
  rows: z
    .array(z.object({ row: z.number().int().positive(), places: z.number().int().nonnegative().max(1_000_000) }))
    .min(1)
    .max(200),
});

// §3 rosters (名册).
export const ZRosterCreate = z.object({
  grantId: ZIdValue.describe('the grant of the union whose places the roster uses'),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  members: z
    .array(
      z
        .string()
        .trim()
        .regex(/^\d{10}$/, { message: '会员编号为 10 位数字 / a member number has 10 digits' }),
    )
    .max(2000)
    .default([]),
});
export const ZRosterEntries = z.object({
  members: z
    .array(
      z
        .string()
        .trim()
        .regex(/^\d{10}$/, { message: '会员编号为 10 位数字 / a member number has 10 digits' }),
    )
    .min(1)
    .max(2000),
});
export const ZRosterEntry = z.object({ row: z.number(), memberNo: z.string(), name: z.string(), orgName: z.string() });
export const ZRoster = z.object({
  id: z.number(),
  offerId: z.number(),
  code: z.string(),
  title: z.string(),
  program: z.string(),
  year: z.number(),
  grantId: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  status: z.enum(['draft', 'submitted', 'settled']),
  persons: z.number(),
  placesLeft: z.number(),
  entries: z.array(ZRosterEntry),
  settlementId: z.number().nullable(),
  providerOrgId: z.number().nullable().describe('the provider of the plan, who files the claim'),
  providerName: z.string(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), settle: z.boolean().describe('I may file the provider’s claim for this submitted roster') }),
});
export const ZRosterList = z.object({ items: z.array(ZRoster.omit({ entries: true })) });
export const ZRosterQuery = z.object({ year: ZYear.optional(), program: ZQuotaProgram.optional() });
export const ZRosterImported = z.object({ added: z.number(), roster: ZRoster });

// §4 settlements.
export const ZSettlementCreate = z.object({
  rosterId: ZIdValue,
  persons: z.number().int().positive().describe('补贴申请表: the number of persons the provider claims for'),
  amount: z.number().nonnegative().describe('补贴申请表: the subsidy claimed (yuan)'),
  members: z
    .array(z.string().regex(/^\d{10}$/))
    .min(1)
    .max(2000)
    .describe('名册: the member numbers the provider served'),
  satisfaction: z
    .object({ responses: z.number().int().nonnegative(), satisfied: z.number().int().nonnegative() })
    .describe('满意度测评表: forms returned, of which satisfied'),
});
const ZSatisfaction = z.object({ responses: z.number().int().nonnegative().max(1_000_000), satisfied: z.number().int().nonnegative().max(1_000_000) });
export const ZPeriodQuery = z.object({
  program: z.enum(['frontline-sanatorium']).default('frontline-sanatorium'),
  year: ZYear,
  period: z.enum(['H1', 'H2']).describe('H1 = 1 January–30 June, H2 = 1 July–31 December (by the trip’s last day)'),
  orgId: ZIdValue.optional().describe('the district or industry union (defaults to my own)'),
});
export const ZPeriodSettlementCreate = ZPeriodQuery.extend({
  amount: z.number().nonnegative().max(100_000_000).describe('the subsidy claimed (yuan): must be the preview’s'),
  satisfaction: ZSatisfaction.describe('满意度测评: forms returned, of which satisfied (001 项目3 四(三))'),
});
const ZClaimRoster = z.object({
  id: z.number(),
  title: z.string(),
  orgName: z.string(),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  persons: z.number(),
  perPerson: z.number(),
  amount: z.number(),
});
export const ZPeriodPreview = z.object({
  orgId: z.number(),
  orgName: z.string(),
  from: ZIsoDate,
  to: ZIsoDate,
  persons: z.number(),
  amount: z.number(),
  rosters: z.array(ZClaimRoster),
});
export const ZSettlement = z.object({
  id: z.number(),
  rosterId: z.number().nullable().describe('null for a half-year settlement (see rosters)'),
  rosterTitle: z.string(),
  orgName: z.string(),
  period: z.enum(['H1', 'H2']).nullable(),
  program: z.string(),
  year: z.number(),
  rosters: z
    .array(z.object({ id: z.number(), title: z.string(), orgName: z.string(), startsOn: ZIsoDate, endsOn: ZIsoDate, persons: z.number() }))
    .describe('the rosters of a half-year settlement'),
  providerOrgId: z.number(),
  providerName: z.string(),
  persons: z.number(),
  amount: z.number(),
  trace: z.array(z.any()),
  satisfaction: z.object({ responses: z.number(), satisfied: z.number() }),
  status: z.enum(['submitted', 'rights-approved', 'finance-approved', 'paid']),
  submittedOn: ZIsoDate,
  rightsAt: ZTimestamp.nullable(),
  financeAt: ZTimestamp.nullable(),
  paidOn: ZIsoDate.nullable(),
  paymentReference: z.string().nullable(),
  payeeAccount: z.string().nullable(),
  abilities: z.object({ rights: z.boolean(), finance: z.boolean(), pay: z.boolean() }),
});
export const ZSettlementList = z.object({ items: z.array(ZSettlement) });
export const ZSettlementPay = z.object({ paidOn: ZIsoDate.optional(), reference: z.string().trim().min(1).max(60) });

// §4 the platforms' bills (结算单) for the gig workers' mobile checkups (001 项目4 三).
export const ZBillQuery = z.object({
  year: ZYear.optional(),
  status: z.enum(['issued', 'disputed', 'confirmed', 'paid', 'void']).optional(),
  settlementId: ZIdValue.optional().describe('the bills of one settlement'),
});
export const ZBillLine = z.object({ row: z.number(), memberNo: z.string(), name: z.string().describe('masked'), orgName: z.string() });
export const ZBill = z.object({
  id: z.number(),
  settlementId: z.number(),
  rosterId: z.number(),
  offerId: z.number(),
  title: z.string(),
  site: z.string(),
  program: z.string(),
  year: z.number(),
  platformOrgId: z.number(),
  platformName: z.string(),
  providerOrgId: z.number(),
  providerName: z.string(),
  orgName: z.string().describe('the union whose roster it is'),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  persons: z.number(),
  price: z.number().describe('the package price per person (yuan)'),
  citySubsidy: z.number().describe('the federation’s subsidy per person'),
  perPerson: z.number().describe('the platform’s share per person: price − subsidy'),
  amount: z.number().describe('perPerson × persons'),
  policy: z.string(),
  trace: z.array(z.any()),
  status: z.enum(['issued', 'disputed', 'confirmed', 'paid', 'void']).describe('void: every line was moved to another platform’s bill'),
  issuedOn: ZIsoDate.describe('the day of the current revision'),
  confirmedAt: ZTimestamp.nullable(),
  paidOn: ZIsoDate.nullable(),
  paymentReference: z.string().nullable(),
  no: z.string().describe('the printed bill number (PB000001)'),
  revision: z.number().describe('1, then + 1 at each correction'),
  disputeReason: z.string().nullable().describe('the platform’s last dispute'),
  disputedAt: ZTimestamp.nullable(),
  answer: z.enum(['reissued', 'rejected']).nullable().describe('how the union side answered the last dispute'),
  answerReason: z.string().nullable(),
  answeredAt: ZTimestamp.nullable(),
  history: z
    .array(
      z.object({
        revision: z.number(),
        action: z.enum(['issue', 'dispute', 'reissue', 'reject-dispute', 'confirm', 'pay', 'move-out', 'move-in']),
        reason: z.string().nullable(),
        persons: z.number(),
        amount: z.number(),
        at: z.string(),
      }),
    )
    .describe('every step of the bill, oldest first'),
  lines: z.array(ZBillLine).describe('the served workers (only on GET /quota-bills/:id)'),
  moveTo: z
    .array(z.object({ orgId: z.number(), name: z.string() }))
    .describe('the other platforms a line may be moved to (only on GET /quota-bills/:id, when the caller may move a line)'),
  abilities: z.object({
    confirm: z.boolean(),
    dispute: z.boolean().describe('the platform may dispute it'),
    answer: z.boolean().describe('the union side may reissue it or reject the dispute'),
    pay: z.boolean(),
    move: z.boolean().describe('the union side may move a line to another platform’s bill (not yet confirmed)'),
  }),
});
export const ZBillList = z.object({ items: z.array(ZBill) });
export const ZBillPay = z.object({ paidOn: ZIsoDate.optional(), reference: z.string().trim().min(1).max(60).describe('the bank transfer’s reference') });
const ZReason = z.string().trim().min(2).max(500);
export const ZBillDispute = z.object({ reason: ZReason.describe('why the platform does not accept the bill (e.g. a worker it did not send)') });
export const ZBillReissue = z.object({
  reason: ZReason.describe('what was corrected'),
  members: z
    .array(
      z
        .string()
        .trim()
        .regex(/^\d{10}$/),
    )
    .min(1)
    .max(2000)
    .describe('the member numbers kept on the bill: a subset of its lines (a correction drops lines)'),
});
export const ZBillRejectDispute = z.object({ reason: ZReason.describe('why the bill stands as issued') });
export const ZBillMove = z.object({
  memberNo: z
    .string()
    .trim()
    .regex(/^\d{10}$/)
    .describe('the worker’s line on this bill'),
  toPlatformOrgId: ZIdValue.describe('the platform the worker belongs to'),
  reason: ZReason.describe('why the worker is billed to that platform'),
});
export const ZBillMoved = z.object({ from: ZBill.describe('the bill the line left (void when it was its last)'), to: ZBill.describe('the bill it joined') });
