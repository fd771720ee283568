import { parse as parseYaml } from 'yaml';
import { evaluate as defaultEvaluate } from '../core/engine.ts';
import { PolicyError } from '../core/errors.ts';
import type { EvaluateRequest, EvaluateResult } from '../core/types.ts';

/**
 * Tests as data (policy-contract.md "Tests as data"). A case names a program, a date and an input,
 * and lists the outputs it expects; only the keys it lists are compared. Numbers match within
 * `absolute_error_margin` (default 0.005), `reasons` compare as a set of codes, and
 * `error: <code>` (optionally with `field:`) expects a PolicyError instead of a result.
 */

export interface CaseResult {
  name: string;
  ok: boolean;
  errors: string[];
  /** The file the case came from, when run from files. */
  file?: string;
}

export interface CaseRun {
  passed: number;
  failed: number;
  results: CaseResult[];
}

export interface RunCasesOptions {
  /** Run only the cases whose name contains this text. */
  filter?: string;
  /** Label put on every result (e.g. the file name). */
  file?: string;
  /** Evaluate function to test (default: this package's evaluate). */
  evaluate?: (req: EvaluateRequest) => EvaluateResult;
}

const CASE_KEYS = new Set([
  'name',
  'program',
  'date',
  'input',
  'output',
  'eligible',
  'reasons',
  'absolute_error_margin',
  'error',
  'field',
  'source',
  'description',
]);

const DEFAULT_MARGIN = 0.005;

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Deep comparison with a numeric margin; returns the paths that differ. */
function diff(expected: unknown, actual: unknown, margin: number, path: string, out: string[]): void {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number' || !(Math.abs(actual - expected) <= margin)) {
      out.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
    }
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
      return;
    }
    for (const [i, e] of expected.entries()) diff(e, actual[i], margin, `${path}[${i}]`, out);
    return;
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) {
      out.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
      return;
    }
    for (const [k, e] of Object.entries(expected)) {
      if (!(k in actual)) out.push(`${path}.${k}: missing from the result`);
      else diff(e, actual[k], margin, `${path}.${k}`, out);
    }
    return;
  }
  if (expected !== actual) out.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
}

/** Check a case's own shape; returns the problems (empty when well-formed). */
function validateCase(c: unknown): string[] {
  if (!isPlainObject(c)) return [`a case must be a mapping, got ${show(c)}`];
  const errs: string[] = [];
  for (const k of Object.keys(c)) if (!CASE_KEYS.has(k)) errs.push(`unknown key "${k}" (allowed: ${[...CASE_KEYS].join(', ')})`);
  if (typeof c.name !== 'string' || c.name === '') errs.push('"name" must be a non-empty string');
  if (typeof c.program !== 'string') errs.push('"program" must be a string');
  if (!('date' in c)) errs.push('"date" is missing');
  if (!('input' in c)) errs.push('"input" is missing');
  if ('output' in c && !isPlainObject(c.output)) errs.push(`"output" must be a mapping, got ${show(c.output)}`);
  if ('eligible' in c && typeof c.eligible !== 'boolean') errs.push(`"eligible" must be true or false, got ${show(c.eligible)}`);
  if ('reasons' in c && !(Array.isArray(c.reasons) && c.reasons.every((r) => typeof r === 'string'))) {
    errs.push(`"reasons" must be a list of codes, got ${show(c.reasons)}`);
  }
  if ('absolute_error_margin' in c && !(typeof c.absolute_error_margin === 'number' && c.absolute_error_margin >= 0)) {
    errs.push(`"absolute_error_margin" must be a non-negative number, got ${show(c.absolute_error_margin)}`);
  }
  if ('error' in c) {
    if (typeof c.error !== 'string') errs.push(`"error" must be an error code, got ${show(c.error)}`);
    for (const k of ['output', 'eligible', 'reasons'] as const) if (k in c) errs.push(`"${k}" cannot be given with "error"`);
  }
  if ('field' in c) {
    if (!('error' in c)) errs.push('"field" is only allowed with "error"');
    if (typeof c.field !== 'string') errs.push(`"field" must be a string, got ${show(c.field)}`);
  }
  if (!('error' in c) && !('output' in c) && !('eligible' in c) && !('reasons' in c)) {
    errs.push('a case must expect something: output, eligible, reasons or error');
  }
  return errs;
}

function runCase(c: unknown, evaluate: (req: EvaluateRequest) => EvaluateResult): CaseResult {
  const name = isPlainObject(c) && typeof c.name === 'string' ? c.name : '(unnamed case)';
  const problems = validateCase(c);
  if (problems.length > 0) return { name, ok: false, errors: problems.map((p) => `malformed case: ${p}`) };
  const k = c as Record<string, unknown>;
  const errors: string[] = [];
  let result: EvaluateResult | undefined;
  try {
    result = evaluate({ program: k.program as string, date: k.date as string, input: k.input });
  } catch (e) {
    if (!(e instanceof PolicyError)) return { name, ok: false, errors: [`crashed: ${(e as Error).stack ?? String(e)}`] };
    if (k.error === undefined) return { name, ok: false, errors: [`unexpected error ${e.code}${e.field ? ` (${e.field})` : ''}: ${e.message}`] };
    if (e.code !== k.error) errors.push(`expected error ${String(k.error)}, got ${e.code}: ${e.message}`);
    if (k.field !== undefined && e.field !== k.field) errors.push(`expected error field ${String(k.field)}, got ${e.field ?? '(none)'}`);
    return { name, ok: errors.length === 0, errors };
  }
  if (k.error !== undefined) return { name, ok: false, errors: [`expected error ${String(k.error)}, got a result (eligible: ${result.eligible})`] };

  const margin = (k.absolute_error_margin as number | undefined) ?? DEFAULT_MARGIN;
  if (k.output !== undefined) {
    for (const [key, expected] of Object.entries(k.output as Record<string, unknown>)) {
      if (!(key in result.output)) errors.push(`output.${key}: not an output of ${result.program} (outputs: ${Object.keys(result.output).join(', ')})`);
      else diff(expected, result.output[key], margin, `output.${key}`, errors);
    }
  }
  if (k.eligible !== undefined && k.eligible !== result.eligible) {
    errors.push(
      `eligible: expected ${String(k.eligible)}, got ${String(result.eligible)} (reasons: ${result.reasons.map((r) => r.code).join(', ') || 'none'})`,
    );
  }
  if (k.reasons !== undefined) {
    const want = new Set(k.reasons as string[]);
    const got = new Set(result.reasons.map((r) => r.code));
    const missing = [...want].filter((r) => !got.has(r));
    const extra = [...got].filter((r) => !want.has(r));
    if (missing.length || extra.length) {
      errors.push(`reasons: expected [${[...want].join(', ')}], got [${[...got].join(', ')}]`);
    }
  }
  return { name, ok: errors.length === 0, errors };
}

/** Run cases given as parsed data or as YAML text (a list of cases). */
export function runCases(cases: unknown[] | string, opts: RunCasesOptions = {}): CaseRun {
  let list: unknown;
  if (typeof cases === 'string') {
    try {
      list = parseYaml(cases);
    } catch (e) {
      throw new PolicyError(
        'invalid-case',
        { zh: `用例 YAML 无法解析：${(e as Error).message}`, en: `Cannot parse the cases YAML: ${(e as Error).message}` },
        opts.file ? { field: opts.file } : {},
      );
    }
  } else {
    list = cases;
  }
  if (list === null || list === undefined) list = [];
  if (!Array.isArray(list)) {
    throw new PolicyError('invalid-case', { zh: '用例文件应为列表', en: 'A cases file must hold a list of cases' }, opts.file ? { field: opts.file } : {});
  }
  const evaluate = opts.evaluate ?? defaultEvaluate;
  const results: CaseResult[] = [];
  for (const c of list) {
    if (opts.filter && !(isPlainObject(c) && typeof c.name === 'string' && c.name.includes(opts.filter))) continue;
    const r = runCase(c, evaluate);
    if (opts.file) r.file = opts.file;
    results.push(r);
  }
  const passed = results.filter((r) => r.ok).length;
  return { passed, failed: results.length - passed, results };
}

/** The closing line of a run, as the CLI prints it. */
export function summaryLine(run: CaseRun): string {
  return `${run.passed} passed, ${run.failed} failed`;
}
