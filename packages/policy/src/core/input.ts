import { z } from 'zod';
import { PolicyError } from './errors.ts';
import { isWholeFen, yuanToFen } from './money.ts';
import type { Message } from './types.ts';

/** Zod building blocks for program inputs, so every program names and checks fields alike. */
export const zDate = () => z.iso.date();

/** An amount in yuan with at most two decimals, delivered to the formula as integer fen. */
export const zMoney = () =>
  z
    .number()
    .nonnegative()
    .max(1e12) // keeps fen a safe integer
    .refine(isWholeFen, { message: 'at most two decimals', params: { zh: '金额最多两位小数', en: 'at most two decimals' } })
    .transform(yuanToFen);

export const zCount = () => z.number().int().nonnegative();

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
      return new PolicyError(
        'invalid-input',
        { zh: `字段 ${field} 应为${TYPE_ZH[exp] ?? exp}`, en: `Field ${field} must be a ${exp}` },
        { field },
      );
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
      return new PolicyError(
        'invalid-input',
        { zh: `字段 ${field} 应为 ${fmt} 格式的有效值`, en: `Field ${field} must be a valid ${fmt}` },
        { field },
      );
    }
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = big ? issue.maximum : issue.minimum;
      const incl = issue.inclusive !== false;
      const zh = big ? (incl ? '不大于' : '小于') : incl ? '不小于' : '大于';
      const en = big ? (incl ? 'at most' : 'less than') : incl ? 'at least' : 'more than';
      return new PolicyError(
        'invalid-input',
        { zh: `字段 ${field} 应${zh} ${String(limit)}`, en: `Field ${field} must be ${en} ${String(limit)}` },
        { field },
      );
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
