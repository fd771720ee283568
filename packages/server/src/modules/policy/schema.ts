import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD' });

export const ZEvaluate = z.object({
  program: z.string().min(1).max(60),
  date: isoDate,
  input: z.record(z.string(), z.unknown()),
});
export const ZEvaluateBatch = z.object({
  program: z.string().min(1).max(60),
  date: isoDate,
  inputs: z.array(z.record(z.string(), z.unknown())).min(1).max(100_000),
  trace: z.boolean().default(false),
});
export const ZProgramCode = z.object({ code: z.string().min(1).max(60) });
export const ZParamsQuery = z.object({ date: isoDate });
export const ZTimeline = z.object({ code: z.string().min(1).max(60), name: z.string().min(1).max(80) });
