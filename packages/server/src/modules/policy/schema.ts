import { z } from 'zod';
import { BATCH_MAX_INPUTS } from './service.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD' });

export const ZEvaluate = z.object({
  program: z.string().min(1).max(60),
  date: isoDate,
  input: z.record(z.string(), z.unknown()),
});
export const ZEvaluateBatch = z.object({
  program: z.string().min(1).max(60),
  date: isoDate,
  // Items are checked by the engine, each against its program's schema, with at most 100 problems
  // listed; here only the count, so an over-long or malformed list is refused before any work.
  inputs: z.array(z.unknown()).min(1).max(BATCH_MAX_INPUTS).describe(`Up to ${BATCH_MAX_INPUTS} input objects of the program (the body may be up to 16 MiB)`),
  trace: z.boolean().default(false),
});
export const ZProgramCode = z.object({ code: z.string().min(1).max(60) });
export const ZParamsQuery = z.object({ date: isoDate });
export const ZTimeline = z.object({ code: z.string().min(1).max(60), name: z.string().min(1).max(80) });
