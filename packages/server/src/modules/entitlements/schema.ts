import { z } from 'zod';
import { ZIsoDate } from '../../platform/schemas.ts';

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

// Response schema of both routes (service.ts memberEntitlements); the entries are typed loosely for now.
export const ZEntitlements = z.looseObject({
  personId: z.number().int(),
  name: z.string(),
  date: z.string(),
  member: z.boolean(),
  membership: z.unknown(),
  items: z.array(z.unknown()).describe('the entitlements, by status then in the engine’s program order'),
  unitPrograms: z.array(z.unknown()),
  counts: z.record(z.string(), z.number()),
});
