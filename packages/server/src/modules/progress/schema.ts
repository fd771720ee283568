import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);
export const ZId = z.object({ id: z.coerce.number().int().positive() });
export const ZPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '报送期应为 YYYY-MM / a period is YYYY-MM' });

/** One row of the official 汇总表 (001 附件3, 003 附件2-3-2): an enterprise served, who served and for how many person-days. */
export const ZReportLine = z.object({
  enterprise: text(200).min(1),
  ownership: text(40).optional(),
  staff: text(200).optional(),
  personDays: z.number().int().min(0).max(10000).default(0),
  subsidyYuan: z.number().nonnegative().max(1e9).optional(),
  note: text(500).optional(),
});

export const ZReportCreate = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  period: ZPeriod,
  values: z.array(z.object({ targetId: z.coerce.number().int().positive(), achieved: z.number().int().min(0).max(1e12) })).max(100).default([]),
  lines: z.array(ZReportLine).max(5000).default([]),
  subsidyClaimedYuan: z.number().nonnegative().max(1e12).optional(),
  narrative: text(10000).default(''),
});
export type TReportCreate = z.infer<typeof ZReportCreate>;

export const ZReturn = z.object({ reason: text(2000).min(2) });
export const ZReportList = z.object({ period: ZPeriod.optional() });
export const ZExport = z.object({ period: ZPeriod });
