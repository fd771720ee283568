import { z } from 'zod';
import { PolicyError } from './errors.ts';
import { isIsoDate } from './dates.ts';
import { isWholeFen, yuanToFen } from './money.ts';
import type { Message } from './types.ts';

/** Zod building blocks for program inputs, so every program names and checks fields alike. */

/**
 * Dates the rules can be asked about: 1900–2100. The programs' policies run from 2015 on; wider
 * years let a request be answered "no policy in force" or "outside the window" rather than refused,
 * while a year like 0999 (which made a malformed output date and a 500) never reaches a formula.
 */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2100-12-31';
export const isPolicyDate = (v: unknown): v is string => isIsoDate(v) && v >= MIN_DATE && v <= MAX_DATE;
const boundedDates = new WeakSet<object>();
/** Whether a schema is a zDate() (the batch fast path checks it without zod). */
export const isBoundedDateSchema = (s: unknown): boolean => typeof s === 'object' && s !== null && boundedDates.has(s);

export const zDate = () => {
  const s = z.iso.date().refine((v) => v >= MIN_DATE && v <= MAX_DATE, {
    message: 'year from 1900 to 2100',
    params: { zh: `日期应在 ${MIN_DATE} 至 ${MAX_DATE} 之间`, en: `a date from ${MIN_DATE} to ${MAX_DATE}` },
  });
  boundedDates.add(s);
  return s;
};

/**
 * An amount in yuan with at most two decimals, delivered to the formula as integer fen. Every amount
 * has a maximum chosen from its program (what the documents pay or price, with ample headroom), so
 * no product in a formula leaves the safe-integer range.
 */
export const zMoney = (maxYuan: number) =>
  z
    .number()
    .nonnegative()
    .max(Math.min(maxYuan, 1e12)) // 1e12 keeps fen a safe integer
    .refine(isWholeFen, { message: 'at most two decimals', params: { zh: '金额最多两位小数', en: 'at most two decimals' } })
    .transform(yuanToFen);

/**
 * Maxima of counts and amounts in program inputs. From the documents' own scale, with headroom: the
 * largest yearly quotas are 200,000 person-times (003, gig-worker services) and 3.5 million insured
 * members (003 一.1), one request concerns one unit or one claim; a stay or a hospital stay is at
 * most a year; the largest amounts paid are the 320,000-yuan medical cap (001 五) and prices of a
 * few thousand yuan. A value beyond them is a typing error or an attack, refused with a 400.
 */
export const LIMITS = {
  /** persons in one checkup order or sanatorium group, persons screened, person-days of guidance */
  persons: 1_000_000,
  /** days or nights of one stay, hospital days of one claim */
  days: 366,
  /** rooms booked in one stay */
  rooms: 1_000,
  /** children in one childcare studio */
  children: 10_000,
  /** weeks of one childcare session */
  weeks: 52,
  /** square metres of one fitness station */
  areaSqm: 100_000,
  /** free parking minutes a day */
  parkingMinutes: 1_440,
  /** parking spaces, EV chargers of one drivers' home */
  places: 10_000,
  /** yuan: one price or cost per person or per room-night */
  priceYuan: 100_000,
  /** yuan: a medical bill, a sum already paid this year, a wish's value */
  amountYuan: 10_000_000,
  /** points given for one indicator of the labour-relations sheet (values are 0.5–20, deductions to -6) */
  score: 100,
} as const;

/** A whole count (persons, person-days, nights…) with its program's maximum. */
export const zCount = (max: number) => z.number().int().nonnegative().max(max);

/** Add a bilingual custom issue from a superRefine. */
export function addIssue(ctx: z.RefinementCtx, path: (string | number)[], message: Message): void {
  ctx.addIssue({ code: 'custom', path, message: message.en, params: message });
}

/**
 * A field that is required when a condition on other fields holds. Pass `why` as a function when it
 * builds strings, so hot paths (evaluateMany) only pay for it when the field is missing.
 */
export function requireWhen(ctx: z.RefinementCtx, value: unknown, field: string, why: Message | (() => Message)): void {
  if (value === undefined) {
    const w = typeof why === 'function' ? why() : why;
    addIssue(ctx, [field], { zh: `必填（${w.zh}）`, en: `required (${w.en})` });
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function fieldName(prefix: string, path: readonly PropertyKey[]): string {
  const parts = path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)));
  const joined = parts.reduce((acc, p) => (p.startsWith('[') || acc === '' ? acc + p : `${acc}.${p}`), '');
  return prefix && joined ? `${prefix}.${joined}` : prefix || joined;
}

const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  boolean: '布尔值（true/false）',
  object: '对象',
  array: '数组',
  int: '整数',
};

function shapeKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let s: unknown = schema;
  for (const k of path) {
    const shape = (s as { shape?: Record<string, unknown> }).shape;
    if (!shape) return undefined;
    s = shape[String(k)];
    while (s && typeof s === 'object' && 'unwrap' in s && typeof (s as { unwrap: unknown }).unwrap === 'function') {
      s = (s as { unwrap(): unknown }).unwrap();
    }
  }
  const shape = (s as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : undefined;
}

/** Turn the first zod issue into a PolicyError naming the field and, when known, the allowed values. */
export function issueToError(issue: z.core.$ZodIssue, input: unknown, schema: z.ZodType, prefix = 'input'): PolicyError {
  const path = issue.path;
  let field = fieldName(prefix, path);
  const value = valueAt(input, path);
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const allowed = issue.code === 'invalid_value' ? [...issue.values] : undefined;
    const list = allowed ? allowed.map((v) => JSON.stringify(v)).join(', ') : '';
    return new PolicyError(
      'invalid-input',
      { zh: `缺少字段 ${field}${allowed ? `，可选值：${list}` : ''}`, en: `Missing field ${field}${allowed ? `; allowed: ${list}` : ''}` },
      allowed ? { field, allowed } : { field },
    );
  }
  switch (issue.code) {
    case 'invalid_type': {
      const exp = issue.expected;
      return new PolicyError('invalid-input', { zh: `字段 ${field} 应为${TYPE_ZH[exp] ?? exp}`, en: `Field ${field} must be a ${exp}` }, { field });
    }
    case 'invalid_value': {
      const allowed = [...issue.values];
      const list = allowed.map((v) => JSON.stringify(v)).join(', ');
      return new PolicyError(
        'invalid-input',
        { zh: `字段 ${field} 的取值无效，可选值：${list}`, en: `Invalid value for ${field}; allowed: ${list}` },
        { field, allowed },
      );
    }
    case 'invalid_format': {
      const fmt = issue.format === 'date' ? 'YYYY-MM-DD' : issue.format;
      return new PolicyError('invalid-input', { zh: `字段 ${field} 应为 ${fmt} 格式的有效值`, en: `Field ${field} must be a valid ${fmt}` }, { field });
    }
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = big ? issue.maximum : issue.minimum;
      const incl = issue.inclusive !== false;
      const zh = big ? (incl ? '不大于' : '小于') : incl ? '不小于' : '大于';
      const en = big ? (incl ? 'at most' : 'less than') : incl ? 'at least' : 'more than';
      return new PolicyError('invalid-input', { zh: `字段 ${field} 应${zh} ${String(limit)}`, en: `Field ${field} must be ${en} ${String(limit)}` }, { field });
    }
    case 'not_multiple_of':
      return new PolicyError(
        'invalid-input',
        { zh: `字段 ${field} 应为 ${String(issue.divisor)} 的整数倍`, en: `Field ${field} must be a multiple of ${String(issue.divisor)}` },
        { field },
      );
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      field = fieldName(prefix, [...path, key]);
      const allowed = shapeKeys(schema, path);
      return new PolicyError(
        'invalid-input',
        {
          zh: `未知字段 ${field}${allowed ? `，可用字段：${allowed.join(', ')}` : ''}`,
          en: `Unknown field ${field}${allowed ? `; known fields: ${allowed.join(', ')}` : ''}`,
        },
        allowed ? { field, allowed } : { field },
      );
    }
    case 'custom': {
      const m = issue.params as Partial<Message> | undefined;
      const allowed = (issue.params as { allowed?: unknown[] } | undefined)?.allowed;
      return new PolicyError(
        'invalid-input',
        { zh: m?.zh ? `字段 ${field}：${m.zh}` : `字段 ${field} 无效`, en: m?.en ? `Field ${field}: ${m.en}` : `Invalid field ${field}` },
        allowed ? { field, allowed } : { field },
      );
    }
    default:
      return new PolicyError('invalid-input', { zh: `字段 ${field} 无效：${issue.message}`, en: `Invalid field ${field}: ${issue.message}` }, { field });
  }
}

/** Parse with a schema or throw a PolicyError for the first problem found. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, prefix = 'input'): T {
  try {
    // parse() avoids safeParse's result wrapper, one allocation less per evaluation in batches.
    return schema.parse(input);
  } catch (e) {
    if (e instanceof z.ZodError) throw issueToError(e.issues[0]!, input, schema, prefix);
    throw e;
  }
}
