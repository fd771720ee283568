import { z } from 'zod';
import { ZBilingual, ZTimestamp } from '../../platform/schemas.ts';

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
  values: z
    .array(z.object({ targetId: z.coerce.number().int().positive(), achieved: z.number().int().min(0).max(1e12) }))
    .max(100)
    .default([]),
  lines: z.array(ZReportLine).max(5000).default([]),
  subsidyClaimedYuan: z.number().nonnegative().max(1e12).optional(),
  narrative: text(10000).default(''),
});
export type TReportCreate = z.infer<typeof ZReportCreate>;

export const ZReturn = z.object({ reason: text(2000).min(2) });
export const ZReportList = z.object({ period: ZPeriod.optional() });
export const ZExport = z.object({ period: ZPeriod });

// Responses

const ZYuan = z.number().nullable();

export const ZReport = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  period: z.string(),
  periodLabel: ZBilingual,
  dueOn: z.string(),
  status: z.string(),
  revision: z.number().int(),
  narrative: z.string(),
  subsidyYuan: ZYuan,
  submittedBy: z.string().nullable(),
  submittedAt: ZTimestamp.nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: ZTimestamp.nullable(),
  reviewReason: z.string().nullable(),
  values: z.array(z.object({ targetId: z.number().int(), indicator: z.string(), unit: z.string(), achieved: z.number() })),
  lines: z.array(
    z.object({
      lineNo: z.number().int(),
      enterprise: z.string(),
      ownership: z.string().nullable(),
      staff: z.string().nullable(),
      personDays: z.number(),
      subsidyYuan: ZYuan,
      note: z.string().nullable(),
    }),
  ),
  abilities: z.object({ review: z.boolean(), resubmit: z.boolean() }),
});

/** A project's reports and the filing grid: every reporting union × due period. */
export const ZReportGrid = z.object({
  project: z.object({
    id: z.number().int(),
    title: z.string(),
    year: z.number().int(),
    reportCadence: z.string(),
    periods: z.array(z.object({ period: z.string(), label: ZBilingual, dueOn: z.string() })),
  }),
  items: z.array(ZReport),
  grid: z.array(
    z.object({
      period: z.string(),
      orgId: z.number().int(),
      orgName: z.string(),
      dueOn: z.string(),
      status: z.string(),
      reportId: z.number().int().nullable(),
      overdue: z.boolean(),
      abilities: z.object({ file: z.boolean(), review: z.boolean() }),
    }),
  ),
  overdue: z.number().int(),
});

export const ZOverdue = z.object({
  asOf: z.string(),
  total: z.number().int(),
  items: z.array(
    z.object({
      projectId: z.number().int(),
      project: z.string(),
      year: z.number().int(),
      orgId: z.number().int(),
      orgName: z.string(),
      period: z.string(),
      dueOn: z.string(),
      status: z.string(),
    }),
  ),
});

export const ZReminders = z.object({ overdue: z.number().int(), notifications: z.number().int() });
