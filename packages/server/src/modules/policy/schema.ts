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
  valueLabels: z.record(z.string(), ZMessage).optional().describe('labels of the coded values inside value (the inputs’ enum values)'),
  label: ZMessage.optional().describe('what the entry is, for people: a condition’s reason, a parameter’s description, an input field’s label'),
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
const ZPolicyVersion = z.object({
  policy: z.string(),
  from: z.string(),
  to: z.string().optional(),
  source: z.string(),
  note: ZMessage.optional(),
  inputSchema: z.unknown().optional(),
  carriedOver: z.boolean().optional().describe('a version carried over from the previous year (not a notice text) until the year’s notice is entered'),
});
export const ZProgramInfo = z.object({
  code: z.string(),
  title: ZMessage,
  versions: z.array(ZPolicyVersion),
  inputSchema: z.unknown().describe('JSON Schema of the program’s input'),
  outputs: z.array(z.string()),
  policyDate: ZMessage,
});
export const ZProgramList = z.object({ items: z.array(ZProgramInfo) });
export const ZParameterValue = z.object({
  name: z.string(),
  value: z.unknown(),
  unit: z.string(),
  from: z.string(),
  source: z.string(),
  reading: ZMessage.optional(),
});
export const ZParameters = z.object({ program: z.string(), date: z.string(), items: z.array(ZParameterValue) });
export const ZTimelineResult = z.object({
  program: z.string(),
  name: z.string(),
  items: z.array(z.object({ from: z.string(), value: z.unknown(), source: z.string(), reading: ZMessage.optional() })),
});

// Policy versions entered from the UI (versions.ts).
export const ZVersionsQuery = z.object({ program: z.string().min(1).max(60) });
export const ZVersionCreate = z.object({
  program: z.string().min(1).max(60),
  policy: z.string().trim().min(1).max(40).describe('The version’s name, e.g. the year'),
  from: isoDate.describe('effective date'),
  to: isoDate.optional(),
  source: z.string().trim().min(4).max(500).describe('The new notice’s number and paragraph'),
  noteZh: z.string().max(2000).optional(),
  noteEn: z.string().max(2000).optional(),
  basePolicy: z.string().max(40).optional().describe('The version copied from (previewed against its cases)'),
  values: z.record(z.string(), z.unknown()).describe('Every parameter’s value as in params/*.yaml (money in yuan)'),
});
export const ZVersionDecision = z.object({ note: z.string().max(2000).optional() });
export const ZVersionReject = z.object({ note: z.string().trim().min(2).max(2000) });
const ZTs = z.union([z.date(), z.string()]);
export const ZEnteredVersion = z.object({
  id: z.number().int(),
  program: z.string(),
  policy: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  source: z.string(),
  note: ZMessage.nullable(),
  basePolicy: z.string().nullable(),
  carriedOver: z.boolean().describe('repeats last year’s values until the year’s notice is entered (not a seed text)'),
  status: z.enum(['draft', 'approved', 'rejected']),
  origin: z.literal('entered'),
  createdBy: z.string().nullable(),
  createdById: z.number().int().nullable(),
  createdAt: ZTs,
  decidedBy: z.string().nullable(),
  decidedAt: ZTs.nullable(),
  decisionNote: z.string().nullable(),
  values: z.record(z.string(), z.unknown()).optional(),
});
export const ZVersionList = z.object({
  program: z.string(),
  title: ZMessage,
  bundled: z.array(
    z.object({
      policy: z.string(),
      from: z.string(),
      to: z.string().nullable(),
      source: z.string(),
      note: ZMessage.nullable(),
      origin: z.literal('bundled'),
      status: z.literal('approved'),
    }),
  ),
  items: z.array(ZEnteredVersion),
});
export const ZVersionTemplate = z.object({
  program: z.string(),
  title: ZMessage,
  basePolicy: z.string(),
  baseSource: z.string(),
  suggested: z.object({ policy: z.string(), from: z.string(), to: z.string() }),
  parameters: z.array(z.object({ name: z.string(), unit: z.string(), value: z.unknown(), source: z.string(), reading: ZMessage.optional() })),
});
const ZOutcome = z.union([
  z.object({ eligible: z.boolean(), output: z.record(z.string(), z.unknown()), reasons: z.array(z.string()) }),
  z.object({ error: ZMessage }),
]);
export const ZVersionPreview = z.object({
  id: z.number().int(),
  program: z.string(),
  policy: z.string(),
  basePolicy: z.string().nullable(),
  total: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  items: z.array(z.object({ name: z.string(), date: z.string(), changed: z.boolean(), before: ZOutcome, after: ZOutcome })),
});
