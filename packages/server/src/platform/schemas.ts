// The shared request shapes: one id, one date, one year, one page. Every module uses these rather
// than writing its own, so limits and messages agree everywhere.
import { z } from 'zod';
import { invalidField } from './errors.ts';

/** A database id in a path or a body: a positive 32-bit integer. */
export const ZIdValue = z.coerce.number().int().positive().max(2_147_483_647);
/** `params: ZId` for routes of the form `/things/:id`. */
export const ZId = z.object({ id: ZIdValue });

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A calendar date YYYY-MM-DD that exists (no 2025-02-30), in years 1900–2100. */
export const ZIsoDate = z
  .string()
  .regex(/^(19|20)\d{2}-\d{2}-\d{2}$|^2100-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD（1900–2100 年） / date must be YYYY-MM-DD (years 1900–2100)' })
  .refine(isRealDate, { message: '没有这一天 / no such date' });

/** A program or list year. */
export const ZYear = z.coerce.number().int().min(1990).max(2100);

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 200;

/** The query of every paginated list; extend it with the list's own filters. */
export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

/** The answer of every paginated list. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The response schema of a page of `item`. */
export const ZPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int().min(0), page: z.number().int().min(1), pageSize: z.number().int().min(1) });

/** Offset and limit of a page query. */
export const pageWindow = (q: TPageQuery) => ({ offset: (q.page - 1) * q.pageSize, limit: q.pageSize });

/**
 * Run a list query as a page: `rows(offset, limit)` fetches the page, `count()` the total. Both run
 * in parallel where the engine allows; a page beyond the end is an empty page, never an error.
 */
export async function paginate<T>(
  q: TPageQuery,
  rows: (offset: number, limit: number) => Promise<T[]>,
  count: () => Promise<number | bigint | string>,
): Promise<Page<T>> {
  const { offset, limit } = pageWindow(q);
  const [items, total] = await Promise.all([rows(offset, limit), count()]);
  return { items, total: Number(total), page: q.page, pageSize: q.pageSize };
}

/** Dates in order: each field must be on or after the one before (or strictly after when `strict`). */
export function checkDateOrder(
  fields: { field: string; label: { zh: string; en: string }; value: string | null | undefined; strict?: boolean }[],
  prefix = 'body',
) {
  let prev: (typeof fields)[number] | undefined;
  for (const f of fields) {
    if (!f.value) continue;
    if (prev && (f.strict ? f.value <= prev.value! : f.value < prev.value!))
      throw invalidField(`${prefix}.${f.field}`, 'date-order', {
        zh: `${f.label.zh}（${f.value}）应${f.strict ? '晚于' : '不早于'}${prev.label.zh}（${prev.value}）`,
        en: `${f.label.en} (${f.value}) must be ${f.strict ? 'after' : 'on or after'} ${prev.label.en} (${prev.value})`,
      });
    prev = f;
  }
}

/** A timestamp in a response: the database gives a Date (pg) or an ISO string (PGlite JSON), both sent as text. */
export const ZTimestamp = z.union([z.date(), z.string()]);

/** A text in Chinese and English, in a response. */
export const ZBilingual = z.object({ zh: z.string(), en: z.string() });

/** The answer of an action with nothing more to say. */
export const ZOk = z.object({ ok: z.literal(true) });

/** A file answer (.xlsx, a document): the body is binary, described in OpenAPI, not checked. */
export const ZBinary = z.any().describe('binary file');
