import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PolicyError } from './errors.ts';
import { isIsoDate } from './dates.ts';
import { isWholeFen, yuanToFen } from './money.ts';
import type { Message, PolicyVersion } from './types.ts';

/**
 * Parameter files: params/<program>.yaml. Each parameter has a unit and a list of dated values,
 * each with its source paragraph and an optional reading. Values with unit `yuan` (every number
 * inside) or the fields listed in `yuanFields` are converted to integer fen on load.
 */

const zIsoDate = z.string().refine(isIsoDate, 'a YYYY-MM-DD date');
const zMessage = z.strictObject({ zh: z.string(), en: z.string() });
/**
 * A reading or version note: `{ zh, en }` (both non-empty), or a plain string, which is taken as
 * English and shown for both languages until someone writes the Chinese.
 */
const zReading = z.union([
  z
    .string()
    .min(1)
    .transform((en): Message => ({ zh: en, en })),
  z.strictObject({ zh: z.string().trim().min(1), en: z.string().trim().min(1) }),
]);

const zDatedValue = z.strictObject({
  from: zIsoDate,
  value: z.unknown(),
  source: z.string().min(1),
  reading: zReading.optional(),
});

const zParameter = z.strictObject({
  unit: z.string().min(1),
  description: zMessage.optional(),
  /** For tables of mixed units: the field names (anywhere in the value) that hold yuan. */
  yuanFields: z.array(z.string()).optional(),
  values: z.array(zDatedValue).min(1),
});

const zVersion = z.strictObject({
  policy: z.string().min(1),
  from: zIsoDate,
  to: zIsoDate.optional(),
  source: z.string().min(1),
  note: zReading.optional(),
});

const zParameterFile = z.strictObject({
  program: z.string().min(1),
  versions: z.array(zVersion).min(1),
  parameters: z.record(z.string(), zParameter),
});

export interface DatedValue {
  from: string;
  /** As written in the file (yuan), for people: trace and timelines show this. */
  display: unknown;
  /** As the formula sees it (fen for money). */
  value: unknown;
  source: string;
  reading?: Message;
}

export interface Parameter {
  name: string;
  unit: string;
  /** For tables of mixed units: the fields that hold yuan (kept so values added at runtime convert alike). */
  yuanFields?: string[];
  /** What the parameter is, for people (the parameter file's `description`): the trace's label. */
  description?: Message;
  values: DatedValue[];
}

export interface ParameterFile {
  program: string;
  versions: PolicyVersion[];
  parameters: Map<string, Parameter>;
}

/** A parameter resolved at a date. */
export interface ResolvedParam {
  name: string;
  unit: string;
  value: unknown;
  display: unknown;
  from: string;
  source: string;
  reading?: Message;
}

const PARAMS_DIR = new URL('../../params/', import.meta.url);

function bad(file: string, what: string): PolicyError {
  return new PolicyError('invalid-parameters', { zh: `参数文件 ${file} 有误：${what}`, en: `Parameter file ${file} is invalid: ${what}` }, { field: file });
}

function toFenDeep(v: unknown, where: string, file: string, only?: Set<string>, inField = false): unknown {
  if (typeof v === 'number') {
    if (only && !inField) return v;
    if (!isWholeFen(v)) throw bad(file, `${where}: ${v} is not a whole number of fen`);
    return yuanToFen(v);
  }
  if (Array.isArray(v)) return v.map((x, i) => toFenDeep(x, `${where}[${i}]`, file, only, inField));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      out[k] = toFenDeep(x, `${where}.${k}`, file, only, inField || (only?.has(k) ?? false));
    }
    return out;
  }
  return v;
}

/**
 * Read and check one parameter file. `schemas` (from the program definition) lists every
 * parameter the program reads and checks each dated value after money conversion.
 */
export function loadParameterFile(program: string, schemas: Record<string, z.ZodType>, text?: string): ParameterFile {
  const file = `params/${program}.yaml`;
  let raw: unknown;
  try {
    raw = parseYaml(text ?? readFileSync(new URL(`${program}.yaml`, PARAMS_DIR), 'utf8'));
  } catch (e) {
    throw bad(file, (e as Error).message);
  }
  const r = zParameterFile.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw bad(file, `${i.path.join('.')}: ${i.message}`);
  }
  const data = r.data;
  if (data.program !== program) throw bad(file, `program is ${data.program}, expected ${program}`);
  const versions: PolicyVersion[] = data.versions.map((v) => (v.note ? { ...v, note: Object.freeze(v.note) } : { ...v }));
  for (let i = 0; i < versions.length; i++) {
    const v = versions[i]!;
    if (v.to && v.to < v.from) throw bad(file, `version ${v.policy}: to before from`);
    const prev = versions[i - 1];
    if (prev && (!prev.to || prev.to >= v.from)) throw bad(file, `versions ${prev.policy} and ${v.policy} overlap or are out of order`);
  }

  const parameters = new Map<string, Parameter>();
  for (const [name, p] of Object.entries(data.parameters)) {
    const schema = schemas[name];
    if (!schema) throw bad(file, `parameter ${name} is not declared by the program (known: ${Object.keys(schemas).join(', ')})`);
    const only = p.yuanFields ? new Set(p.yuanFields) : undefined;
    const money = p.unit === 'yuan' || only !== undefined;
    let prevFrom = '';
    const values: DatedValue[] = p.values.map((dv) => {
      if (dv.from <= prevFrom) throw bad(file, `${name}: values must be in increasing order of from`);
      prevFrom = dv.from;
      const value = money ? toFenDeep(dv.value, `${name}@${dv.from}`, file, only) : dv.value;
      const checked = schema.safeParse(value);
      if (!checked.success) {
        const i = checked.error.issues[0]!;
        throw bad(file, `${name}@${dv.from} ${i.path.join('.')}: ${i.message}`);
      }
      const out: DatedValue = { from: dv.from, display: dv.value, value: checked.data, source: dv.source };
      if (dv.reading) out.reading = Object.freeze(dv.reading);
      return out;
    });
    parameters.set(name, {
      name,
      unit: p.unit,
      ...(p.yuanFields && { yuanFields: p.yuanFields }),
      ...(p.description && { description: Object.freeze(p.description) }),
      values,
    });
  }
  for (const name of Object.keys(schemas)) {
    if (!parameters.has(name)) throw bad(file, `parameter ${name} is missing`);
  }
  return { program, versions, parameters };
}

/**
 * Check one value given as a person writes it (yuan for money, as in the parameter file) against
 * the parameter's unit and schema; returns the value as the formula sees it (fen). Throws a
 * PolicyError naming `values.<name>` and the path inside the value.
 */
export function convertValue(program: string, p: Parameter, schema: z.ZodType, display: unknown): unknown {
  const only = p.yuanFields ? new Set(p.yuanFields) : undefined;
  const money = p.unit === 'yuan' || only !== undefined;
  const field = `values.${p.name}`;
  let value: unknown;
  try {
    value = money ? toFenDeep(display, p.name, `params/${program}.yaml`, only) : display;
  } catch {
    throw new PolicyError(
      'invalid-parameters',
      { zh: `参数 ${p.name} 的金额应为整分（最多两位小数）`, en: `Parameter ${p.name}: amounts must be whole fen (at most two decimals)` },
      { field },
    );
  }
  const checked = schema.safeParse(value);
  if (!checked.success) {
    const i = checked.error.issues[0]!;
    const at = i.path.length ? `${field}.${i.path.join('.')}` : field;
    throw new PolicyError(
      'invalid-parameters',
      { zh: `参数 ${p.name} 的值不符合要求（${at}）：${i.message}`, en: `Parameter ${p.name} is not valid at ${at}: ${i.message}` },
      { field: at },
    );
  }
  return checked.data;
}

/** The value of each parameter in force on `date` (the last value dated on or before it). */
export function resolveParameters(file: ParameterFile, date: string): Map<string, ResolvedParam> {
  const out = new Map<string, ResolvedParam>();
  for (const p of file.parameters.values()) {
    let hit: DatedValue | undefined;
    for (const v of p.values) {
      if (v.from <= date) hit = v;
      else break;
    }
    if (!hit) continue;
    const rp: ResolvedParam = { name: p.name, unit: p.unit, value: hit.value, display: hit.display, from: hit.from, source: hit.source };
    if (hit.reading) rp.reading = hit.reading;
    out.set(p.name, rp);
  }
  return out;
}
