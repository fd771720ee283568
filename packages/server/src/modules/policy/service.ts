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
import { AppError } from '../../platform/errors.ts';

export function toAppError(err: unknown): unknown {
  if (!isPolicyError(err)) return err;
  const field = err.field ? (err.field.startsWith('input') || err.field === 'program' || err.field === 'date' ? err.field : `input.${err.field}`) : undefined;
  const allowed = err.allowed;
  return new AppError(
    400,
    err.code,
    err.messages,
    field ? [{ field, code: err.code, message: err.messages }] : [],
    { ...(allowed ? { allowed } : {}), ...(err.index !== undefined ? { index: err.index } : {}) },
  );
}

function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw toAppError(err);
  }
}

export const evaluate = (program: string, date: string, input: unknown): EvaluateResult => guard(() => evaluateRule({ program, date, input }));
export const evaluateBatch = (program: string, date: string, inputs: unknown[], trace: boolean) => guard(() => evaluateMany(program, date, inputs, { trace }));
export const programs = () => listPrograms();
export function program(code: string) {
  const p = getProgram(code);
  if (!p) throw new AppError(404, 'unknown-program', { zh: `没有项目规则 ${code}`, en: `No program ${code}` }, [], { allowed: listPrograms().map((x) => x.code) });
  return p;
}
export const parameters = (code: string, date: string) => guard(() => getParameters(code, date));
export const timeline = (code: string, name: string) => guard(() => getParameterTimeline(code, name));
