// Request and response schemas of the flexible workers' C/D cover (flexible.ts).
import { z } from 'zod';
import { ZIdValue, ZPage, ZPageQuery, ZYear } from '../../platform/schemas.ts';
import { ZIsoDate } from '../../platform/schemas.ts';

const ZBilingual = z.object({ zh: z.string(), en: z.string() });
const ZPlan = z.enum(['C', 'D']);
const ZKind = z.enum(['checkup', 'cooling-gift', 'warmth-gift', 'service']);
const ZService = z.enum(['safety-training', 'legal-aid', 'skills', 'sanatorium', 'hardship-relief', 'culture-sports', 'other']);
const ZGiftForm = z.enum(['transport-card', 'phone-card', 'online-voucher', 'goods', 'pickup-voucher']);

export const ZFlexibleQuery = ZPageQuery.extend({
  year: ZYear,
  orgId: ZIdValue.optional().describe('only this org and its subtree'),
  plan: ZPlan.optional(),
  q: z.string().trim().max(50).optional().describe('name prefix or member number'),
  checkup: z.enum(['done', 'missing']).optional().describe('D-class covers whose checkup is recorded / not yet'),
});

export const ZFlexibleEnroll = z.object({
  memberId: ZIdValue.describe('the member (person id)'),
  channel: z
    .enum(['qr-code', 'dues', 'officer'])
    .describe('qr-code: joined by scanning (001 项目7); dues: paid the yearly dues in one go (002 二(一)); officer: recorded by the union'),
  duesPaidYuan: z.number().positive().max(100_000).optional().describe('the yearly dues paid in one go (yuan): 120 or more gives D'),
  duesPaidOn: ZIsoDate.optional().describe('the day the dues were paid (default today)'),
});

export const ZDeliveryIn = z.object({
  kind: ZKind,
  service: ZService.optional().describe('for kind service: which one (安全培训、法律援助、素质提升、职工疗休养、帮困送温暖、文体活动)'),
  giftForm: z
    .enum([...ZGiftForm.options, 'cash'])
    .optional()
    .describe('for the gifts: how it was given (never cash, 002 二(一))'),
  deliveredOn: ZIsoDate,
  lateReason: z.string().trim().max(500).optional().describe('required for a checkup after 30 September'),
  note: z.string().trim().max(500).optional(),
});

const ZDelivery = z.object({
  kind: ZKind,
  name: ZBilingual,
  required: z.boolean(),
  due: z.string().nullable(),
  lastDay: z.string().nullable(),
  done: z.array(
    z.object({
      id: z.number(),
      deliveredOn: z.string(),
      service: ZService.nullable(),
      giftForm: ZGiftForm.nullable(),
      lateReason: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});

export const ZFlexibleCover = z.object({
  id: z.number(),
  year: z.number(),
  memberId: z.number(),
  membershipId: z.number(),
  memberNo: z.string(),
  name: z.string(),
  idMasked: z.string().nullable(),
  orgId: z.number(),
  orgName: z.string(),
  regionId: z.number().nullable(),
  plan: ZPlan,
  planName: ZBilingual,
  channel: z.enum(['qr-code', 'dues', 'officer']),
  duesPaid: z.number(),
  duesPaidOn: z.string().nullable(),
  enrolledOn: z.string(),
  coverageStart: z.string(),
  coverageEnd: z.string(),
  maxBenefit: z.number().nullable().describe('yuan; null where the seeds do not state it'),
  policy: z.string(),
  deliveries: z.array(ZDelivery),
});
export const ZFlexibleDetail = ZFlexibleCover.extend({ evaluation: z.record(z.string(), z.unknown()) });
export const ZFlexiblePage = ZPage(ZFlexibleCover);
export const ZFlexibleSummary = z.object({ C: z.object({ members: z.number() }), D: z.object({ members: z.number(), checkups: z.number() }) });
