import type { z } from 'zod';
import { isIsoDate } from './dates.ts';
import { isBoundedDateSchema, isPolicyDate, parseInput } from './input.ts';

/**
 * A fast path for input validation in batches. For a strict object schema made of enums, booleans,
 * plain or date strings and numbers with int/min/max checks (optional or not), plus object-level
 * refinements, it checks the raw input in place and hands it to the formula without zod's copy.
 * Anything else, and every invalid input, goes through zod (parseInput), which stays the single
 * source of truth for acceptance and for the error message. Formulas must not mutate their input.
 */

type Check = (v: unknown) => boolean;
interface Field {
  key: string;
  optional: boolean;
  /** undefined: a kind the fast path does not know; inputs carrying this field take the zod path. */
  check: Check | undefined;
}

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

function numberCheck(def: Def): Check | undefined {
  const checks = (def.checks as { _zod: { def: Def } }[] | undefined) ?? [];
  const tests: Check[] = [];
  for (const c of checks) {
    const d = c._zod.def;
    if (d.check === 'number_format' && d.format === 'safeint') tests.push((v) => Number.isSafeInteger(v));
    else if (d.check === 'greater_than') {
      const lim = d.value as number;
      tests.push(d.inclusive ? (v) => (v as number) >= lim : (v) => (v as number) > lim);
    } else if (d.check === 'less_than') {
      const lim = d.value as number;
      tests.push(d.inclusive ? (v) => (v as number) <= lim : (v) => (v as number) < lim);
    } else return undefined;
  }
  return (v) => typeof v === 'number' && Number.isFinite(v) && tests.every((t) => t(v));
}

function fieldCheck(schema: unknown): { optional: boolean; check: Check | undefined } {
  let def = defOf(schema);
  let inner = schema;
  let optional = false;
  if (def.type === 'optional') {
    optional = true;
    inner = def.innerType;
    def = defOf(inner);
  }
  if (isBoundedDateSchema(inner)) return { optional, check: isPolicyDate };
  switch (def.type) {
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return { optional, check: (v) => values.has(v) };
    }
    case 'boolean':
      return { optional, check: (v) => typeof v === 'boolean' };
    case 'string':
      if (def.check === 'string_format' && def.format === 'date' && !def.checks) return { optional, check: isIsoDate };
      if (def.check === undefined && !(def.checks as unknown[] | undefined)?.length) return { optional, check: (v) => typeof v === 'string' };
      return { optional, check: undefined };
    case 'number':
      return { optional, check: numberCheck(def) };
    default:
      return { optional, check: undefined };
  }
}

export type InputParser<T> = (raw: unknown, prefix?: string) => T;

/** A parser equivalent to parseInput(schema, raw) that skips zod's copy when it can. */
export function compileInput<T>(schema: z.ZodType<T>): InputParser<T> {
  const slow: InputParser<T> = (raw, prefix) => parseInput(schema, raw, prefix);
  const def = defOf(schema);
  if (def.type !== 'object' || !def.catchall || defOf(def.catchall).type !== 'never') return slow;
  const shape = def.shape as Record<string, unknown>;
  const fields: Field[] = Object.entries(shape).map(([key, s]) => ({ key, ...fieldCheck(s) }));
  if (fields.some((f) => !f.optional && !f.check)) return slow;
  const known = new Set(Object.keys(shape));
  const refinements = ((def.checks as { _zod: { check(p: { value: unknown; issues: unknown[] }): void } }[] | undefined) ?? []).map((c) => c._zod);
  const payload: { value: unknown; issues: unknown[] } = { value: undefined, issues: [] };
  return (raw, prefix) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return slow(raw, prefix);
    const obj = raw as Record<string, unknown>;
    for (const k in obj) if (!known.has(k)) return slow(raw, prefix);
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      const v = obj[f.key];
      if (v === undefined) {
        if (!f.optional) return slow(raw, prefix);
      } else if (!f.check || !f.check(v)) return slow(raw, prefix);
    }
    if (refinements.length) {
      // One payload per parser, reused: a fresh one per input (plus the closure zod hangs on it) was
      // a fifth of a batch's garbage. Parsing is synchronous and refinements do not parse, so no call overlaps.
      payload.value = raw;
      payload.issues.length = 0;
      for (let i = 0; i < refinements.length; i++) refinements[i]!.check(payload);
      const failed = payload.issues.length > 0;
      payload.value = undefined;
      payload.issues.length = 0;
      if (failed) return slow(raw, prefix);
    }
    return raw as T;
  };
}

/** Kinds of field whose value identifies itself (no free text, no nested objects, no transforms). */
const KEYABLE = new Set(['enum', 'boolean', 'number']);

/**
 * The field names of an input that the batch memo (engine.ts) may name by their values, in schema
 * order, or undefined when the schema has a field a value cannot name faithfully (free text,
 * objects, arrays, transforms). Only used on an input the fast parser accepted unchanged: then every
 * key is one of the schema's and every value is an enum member, a boolean, a finite number or a date.
 */
export function keyFields(schema: z.ZodType): readonly string[] | undefined {
  const def = defOf(schema);
  if (def.type !== 'object' || !def.catchall || defOf(def.catchall).type !== 'never') return undefined;
  const keys = Object.keys(def.shape as Record<string, unknown>);
  for (const key of keys) {
    let inner = (def.shape as Record<string, unknown>)[key];
    if (defOf(inner).type === 'optional') inner = defOf(inner).innerType;
    const d = defOf(inner);
    const isDate = isBoundedDateSchema(inner) || (d.type === 'string' && d.check === 'string_format' && d.format === 'date' && !d.checks);
    if (!isDate && !KEYABLE.has(d.type)) return undefined;
  }
  return keys;
}
