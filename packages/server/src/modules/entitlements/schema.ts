import { z } from 'zod';

/** A real calendar date (2025-02-30 is refused), YYYY-MM-DD. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { message: '不是有效日期 / not a valid date' });

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
