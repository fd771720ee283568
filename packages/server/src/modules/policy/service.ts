// The server's door to the policy engine: one call shape for HTTP, CLI and workflows, and the
// engine's PolicyError turned into the platform's AppError (400, naming the field).
import {
  evaluate as evaluateRule,
  evaluateMany,
  getParameterTimeline,
  getParameters,
  getProgram,
  isPolicyError,
  listPrograms,
  type EvaluateResult,
} from '@shishi/policy';
import { AppError, type FieldIssue } from '../../platform/errors.ts';

/** What one evaluate-batch request may ask for; the route's body limit is sized to fit BATCH_MAX_INPUTS. */
export const BATCH_MAX_INPUTS = 100_000;
/** A trace is ~2 KB a row: beyond this many inputs, ask without it (or in smaller batches). */
export const BATCH_TRACE_MAX_INPUTS = 1_000;
/** Problems listed in one answer, each with its index; checking stops at this many. */
export const BATCH_MAX_ERRORS = 100;
/** Rows evaluated between two turns of the event loop (~2 ms of work). */
const BATCH_SLICE = 2_000;

export function toAppError(err: unknown): unknown {
  if (!isPolicyError(err)) return err;
  const field = err.field ? (err.field.startsWith('input') || err.field === 'program' || err.field === 'date' ? err.field : `input.${err.field}`) : undefined;
  const allowed = err.allowed;
  return new AppError(400, err.code, err.messages, field ? [{ field, code: err.code, message: err.messages }] : [], {
    ...(allowed ? { allowed } : {}),
    ...(err.index !== undefined ? { index: err.index } : {}),
  });
}

function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw toAppError(err);
  }
}

export const evaluate = (program: string, date: string, input: unknown): EvaluateResult => guard(() => evaluateRule({ program, date, input }));
/**
 * Evaluate a roster in slices, yielding between them so other requests (and /health) are served
 * meanwhile. An answer with problems lists them with their index, up to BATCH_MAX_ERRORS (where
 * checking stops, `complete: false`), rather than stopping at the first or listing 100,000.
 */
export async function evaluateBatch(program: string, date: string, inputs: unknown[], trace: boolean): Promise<EvaluateResult[]> {
  if (inputs.length > BATCH_MAX_INPUTS)
    throw new AppError(400, 'batch-too-large', { zh: `一次最多计算 ${BATCH_MAX_INPUTS} 条`, en: `At most ${BATCH_MAX_INPUTS} inputs per request` }, [
      { field: 'inputs', code: 'too_big', message: { zh: `最多 ${BATCH_MAX_INPUTS} 条`, en: `at most ${BATCH_MAX_INPUTS}` } },
    ]);
  if (trace && inputs.length > BATCH_TRACE_MAX_INPUTS)
    throw new AppError(
      400,
      'trace-batch-too-large',
      {
        zh: `带计算过程（trace）时一次最多 ${BATCH_TRACE_MAX_INPUTS} 条；请去掉 trace 或分批提交`,
        en: `With the trace, at most ${BATCH_TRACE_MAX_INPUTS} inputs per request; ask without trace or in smaller batches`,
      },
      [
        {
          field: 'trace',
          code: 'too_big',
          message: { zh: `trace 仅限 ${BATCH_TRACE_MAX_INPUTS} 条以内`, en: `trace only up to ${BATCH_TRACE_MAX_INPUTS} inputs` },
        },
      ],
    );
  guard(() => evaluateMany(program, date, [])); // an unknown program or a bad date: one error, before any row
  const results: EvaluateResult[] = new Array(inputs.length);
  const issues: FieldIssue[] = [];
  let invalid = 0;
  let first: number | undefined;
  // Past BATCH_MAX_ERRORS problems the request is refused anyway: stop there rather than check the rest.
  for (let from = 0; from < inputs.length && invalid < BATCH_MAX_ERRORS; from += BATCH_SLICE) {
    if (from > 0) await new Promise((r) => setImmediate(r));
    const end = Math.min(inputs.length, from + BATCH_SLICE);
    for (let i = from; i < end && invalid < BATCH_MAX_ERRORS; ) {
      try {
        const part = evaluateMany(program, date, inputs.slice(i, end), { trace, indexOffset: i });
        for (let k = 0; k < part.length; k++) results[i + k] = part[k]!;
        i = end;
      } catch (err) {
        if (!isPolicyError(err) || err.index === undefined) throw toAppError(err);
        invalid++;
        first ??= err.index;
        const e = toAppError(err) as AppError;
        issues.push(
          ...(e.issues.length ? e.issues : [{ field: `inputs[${err.index}]`, code: e.code, message: e.messages }]).map((x) => ({ ...x, index: err.index })),
        );
        i = err.index + 1;
      }
    }
  }
  if (invalid) {
    const stopped = invalid >= BATCH_MAX_ERRORS;
    throw new AppError(
      400,
      'invalid-input',
      stopped
        ? {
            zh: `${inputs.length} 条中至少有 ${invalid} 条有误，已停止检查；以下列出前 ${invalid} 条`,
            en: `At least ${invalid} of ${inputs.length} inputs are not valid; checking stopped there and they are listed`,
          }
        : { zh: `${inputs.length} 条中有 ${invalid} 条有误`, en: `${invalid} of ${inputs.length} inputs are not valid` },
      issues,
      { index: first, invalidCount: invalid, complete: !stopped },
    );
  }
  return results;
}
/** Versions carried over from the previous year (policy_versions.carried_over), as `program:policy`; filled by versions.ts. */
export const carriedOverVersions = new Set<string>();
const withCarried = <P extends { code: string; versions: readonly { policy: string }[] }>(p: P): P =>
  p.versions.some((v) => carriedOverVersions.has(`${p.code}:${v.policy}`))
    ? { ...p, versions: p.versions.map((v) => (carriedOverVersions.has(`${p.code}:${v.policy}`) ? { ...v, carriedOver: true } : v)) }
    : p;
export const programs = () => listPrograms().map(withCarried);
export function program(code: string) {
  const p = getProgram(code);
  if (!p)
    throw new AppError(404, 'unknown-program', { zh: `没有项目规则 ${code}`, en: `No program ${code}` }, [], { allowed: listPrograms().map((x) => x.code) });
  return withCarried(p);
}
export const parameters = (code: string, date: string) => guard(() => getParameters(code, date));
export const timeline = (code: string, name: string) => guard(() => getParameterTimeline(code, name));
