import type { Message } from './types.ts';

export type PolicyErrorCode =
  | 'unknown-program'
  | 'no-policy-in-force'
  | 'invalid-input'
  | 'unknown-parameter'
  | 'invalid-parameters'
  | 'calendar-out-of-range'
  | 'invalid-case';

export interface PolicyErrorOptions {
  field?: string;
  allowed?: unknown[];
  /** Position in a batch (evaluateMany). */
  index?: number;
}

/**
 * The one error type of the policy engine. `messages` holds the zh-CN and en sentences;
 * `message` (from Error) is the English one. `toJSON()` gives the wire form
 * `{ code, field?, allowed?, message: { zh, en } }`.
 */
export class PolicyError extends Error {
  readonly code: PolicyErrorCode;
  declare readonly field?: string;
  declare readonly allowed?: unknown[];
  readonly messages: Message;
  declare index?: number;

  constructor(code: PolicyErrorCode, messages: Message, opts: PolicyErrorOptions = {}) {
    super(messages.en);
    this.name = 'PolicyError';
    this.code = code;
    this.messages = messages;
    if (opts.field !== undefined) this.field = opts.field;
    if (opts.allowed !== undefined) this.allowed = opts.allowed;
    if (opts.index !== undefined) this.index = opts.index;
  }

  toJSON(): { code: PolicyErrorCode; field?: string; allowed?: unknown[]; index?: number; message: Message } {
    return {
      code: this.code,
      ...(this.field !== undefined && { field: this.field }),
      ...(this.allowed !== undefined && { allowed: this.allowed }),
      ...(this.index !== undefined && { index: this.index }),
      message: this.messages,
    };
  }
}

export function isPolicyError(e: unknown): e is PolicyError {
  return e instanceof PolicyError;
}
