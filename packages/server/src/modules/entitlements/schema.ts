import { z } from 'zod';
import { ZBilingual, ZIsoDate } from '../../platform/schemas.ts';
import { ZParameterValue, ZTraceEntry } from '../policy/schema.ts';

const isoDate = ZIsoDate;

export const ZEntitlementsQuery = z.object({
  date: isoDate.optional().describe('the day the rules are applied on; default today (Asia/Shanghai)'),
  trace: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .describe('include each engine run (input, policy, trace) and the parameters shown'),
});
export type TEntitlementsQuery = z.infer<typeof ZEntitlementsQuery>;

// Response schema of both routes (service.ts memberEntitlements, catalog.ts Entitlement / Fact / Need).
const ZStatus = z.enum(['eligible', 'conditional', 'not-eligible', 'not-in-force']);
const ZEntitlementReason = z.object({ code: z.string(), message: ZBilingual, variant: z.string().optional().describe('the plan or class the engine refused') });
const ZEntitlementEvaluation = z
  .object({
    variant: z.string().optional(),
    input: z.record(z.string(), z.unknown()).optional().describe('the engine input built from the register (and the assumptions)'),
    policy: z.string().optional(),
    eligible: z.boolean().optional(),
    trace: z.array(ZTraceEntry).readonly().optional(),
    parameters: z.array(ZParameterValue).optional().describe('the parameters shown for a unit or conditional program'),
  })
  .describe('one run of the engine behind an entitlement (per variant), sent with trace=true');
export const ZEntitlementFact = z.object({
  name: z.string(),
  value: z.unknown(),
  source: z.enum(['registry', 'assumed']),
  field: z.string().optional().describe('registry facts: the column the value comes from'),
  note: ZBilingual.optional(),
});
export const ZEntitlement = z.object({
  program: z.string(),
  title: ZBilingual,
  status: ZStatus,
  policy: z.string().optional(),
  summary: ZBilingual,
  amounts: z.record(z.string(), z.unknown()).optional().describe('the engine output (per variant when the program has variants)'),
  reasons: z.array(ZEntitlementReason),
  needs: z
    .array(z.object({ field: z.string(), message: ZBilingual }))
    .optional()
    .describe('what the register cannot tell and the applicant must show'),
  facts: z.array(ZEntitlementFact),
  trace: z.array(ZEntitlementEvaluation).optional(),
});
export const ZEntitlements = z.object({
  personId: z.number().int(),
  name: z.string(),
  date: ZIsoDate,
  member: z.boolean(),
  membership: z
    .object({
      membershipId: z.number().int(),
      orgId: z.number().int(),
      orgName: z.string(),
      unitCategory: z.enum(['ordinary', 'special']),
      status: z.string(),
      joinedOn: ZIsoDate,
      leftOn: ZIsoDate.nullable(),
      cardStatus: z.enum(['none', 'issued', 'active', 'lost', 'cancelled']),
      eMembership: z.boolean(),
    })
    .nullable()
    .describe('the membership covering the date'),
  items: z.array(ZEntitlement).describe('the entitlements, by status then in the engine’s program order'),
  unitPrograms: z.array(ZEntitlement).describe('programs a unit applies for (shown with their amounts)'),
  counts: z.record(ZStatus, z.number().int()),
});
