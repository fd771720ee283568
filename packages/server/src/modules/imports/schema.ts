// The imports module's request and response shapes (issue 13 §3: every route declares its answer).
import { z } from 'zod';
import { ZPageQuery, ZTimestamp } from '../../platform/schemas.ts';

export const ZImportList = ZPageQuery.extend({ pageSize: z.coerce.number().int().min(1).max(100).default(20) });

const ZStatus = z.enum(['validated', 'importing', 'imported', 'failed', 'discarded']);

/** One row's problem: the file's row number and column, what was written (masked where personal), why. */
export const ZRowError = z.object({
  row: z.number().int(),
  column: z.string(),
  code: z.string(),
  value: z.string(),
  message: z.string(),
  messages: z.object({ zh: z.string(), en: z.string() }),
});

export const ZProgress = z.object({ phase: z.string(), done: z.number(), total: z.number() });

export const ZBatchOut = z.object({
  id: z.number().int(),
  kind: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  fileName: z.string(),
  status: ZStatus,
  total: z.number().int(),
  validCount: z.number().int(),
  invalidCount: z.number().int(),
  importedCount: z.number().int(),
  errorCount: z.number().int(),
  /** The first 200 errors; the whole list is the errors.xlsx report. */
  errors: z.array(ZRowError),
  progress: ZProgress.nullable(),
  createdAt: ZTimestamp,
  finishedAt: ZTimestamp.nullable(),
});

export const ZBatchPage = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(
    z.object({
      id: z.number().int(),
      kind: z.string(),
      fileName: z.string(),
      status: ZStatus,
      total: z.number().int(),
      validCount: z.number().int(),
      invalidCount: z.number().int(),
      importedCount: z.number().int(),
      createdAt: ZTimestamp,
      orgName: z.string(),
    }),
  ),
});

export const ZBatchProgress = z.object({
  id: z.number().int(),
  status: ZStatus,
  progress: ZProgress.nullable(),
  importedCount: z.number().int().optional(),
  /** A failed batch's errors (why it failed); empty otherwise. */
  errors: z.array(ZRowError).optional(),
});
