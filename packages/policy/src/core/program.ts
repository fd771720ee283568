import type { z } from 'zod';
import type { Ctx } from './context.ts';
import type { Message, OutputKind } from './types.ts';

export type ParamSchemas = Record<string, z.ZodType>;
export type ParamValues<P extends ParamSchemas> = { [K in keyof P]: z.output<P[K]> };

/**
 * A program: its input schema, the parameters it reads (checked at load), its outputs and a pure
 * formula. The formula reads parameters through ctx.param(), states conditions with ctx.check(),
 * and returns every declared output (money as integer fen, dates as YYYY-MM-DD, null when unknown).
 */
export interface ProgramDefinition<I = any, P extends ParamSchemas = ParamSchemas> {
  code: string;
  title: Message;
  /** The widest input schema (all versions); shown as the program's JSON Schema. */
  input: z.ZodType<I, any>;
  /** Narrower schemas for versions whose inputs differ (e.g. 2018 has only plans A and B). */
  inputByPolicy?: Record<string, z.ZodType<I, any>>;
  parameters: P;
  outputs: Record<string, OutputKind>;
  /**
   * Which date selects the policy version and parameters. Default: the request's `date`.
   * Programs whose rules follow a coverage year say so here (e.g. claims use coverageStart).
   */
  policyDate?: {
    /** Field to blame when no policy is in force on that date. */
    field: string;
    describe: Message;
    of(input: I, date: string): string;
  };
  formula(input: I, ctx: Ctx<ParamValues<P>>): Record<string, unknown>;
}

/** Identity helper that infers the input and parameter types of a program. */
export function defineProgram<I, P extends ParamSchemas>(def: ProgramDefinition<I, P>): ProgramDefinition<I, P> {
  return def;
}
