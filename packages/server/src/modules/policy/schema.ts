import { z } from 'zod';
import { BATCH_MAX_INPUTS } from './service.ts';
import { ZIsoDate } from '../../platform/schemas.ts';

const isoDate = ZIsoDate;

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

// Response schemas: the engine's own shapes (@shishi/policy core/types.ts).
const ZMessage = z.object({ zh: z.string(), en: z.string() });
export const ZReason = z.object({ code: z.string(), message: ZMessage });
export const ZTraceEntry = z.object({
  kind: z.enum(['parameter', 'condition', 'value', 'band', 'cap']),
  name: z.string(),
  value: z.unknown(),
  unit: z.string().optional(),
  from: z.string().optional(),
  source: z.string().optional(),
  reading: ZMessage.optional(),
  passed: z.boolean().optional(),
  note: ZMessage.optional(),
});
export const ZEvaluateResult = z.object({
  program: z.string(),
  policy: z.string(),
  eligible: z.boolean(),
  output: z.record(z.string(), z.unknown()).describe('money in yuan, dates YYYY-MM-DD'),
  reasons: z.array(ZReason).readonly(),
  trace: z.array(ZTraceEntry).readonly(),
});
export const ZEvaluateBatchResult = z.object({
  program: z.string(),
  date: z.string(),
  count: z.number().int(),
  // Not checked item by item (up to 100,000 of them): each is an EvaluateResult, as /policy/evaluate answers.
  results: z.array(z.unknown()).describe('one EvaluateResult per input, in order'),
});
const ZPolicyVersion = z.object({ policy: z.string(), from: z.string(), to: z.string().optional(), source: z.string(), note: ZMessage.optional(), inputSchema: z.unknown().optional() });
export const ZProgramInfo = z.object({
  code: z.string(),
  title: ZMessage,
  versions: z.array(ZPolicyVersion),
  inputSchema: z.unknown().describe('JSON Schema of the program’s input'),
  outputs: z.array(z.string()),
  policyDate: ZMessage,
});
export const ZProgramList = z.object({ items: z.array(ZProgramInfo) });
export const ZParameterValue = z.object({ name: z.string(), value: z.unknown(), unit: z.string(), from: z.string(), source: z.string(), reading: ZMessage.optional() });
export const ZParameters = z.object({ program: z.string(), date: z.string(), items: z.array(ZParameterValue) });
export const ZTimelineResult = z.object({
  program: z.string(),
  name: z.string(),
  items: z.array(z.object({ from: z.string(), value: z.unknown(), source: z.string(), reading: ZMessage.optional() })),
});
