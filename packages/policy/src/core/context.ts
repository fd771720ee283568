import { PolicyError } from './errors.ts';
import { fenToYuan } from './money.ts';
import type { ResolvedParam } from './params.ts';
import { reasonMessage } from './reasons.ts';
import type { Message, Reason, TraceEntry } from './types.ts';

/**
 * A sentence, or a function building it: pass a function when the sentence interpolates values,
 * so batch evaluations (trace off) only build it when a condition fails.
 */
export type LazyMessage = Message | (() => Message);

const msg = (m: LazyMessage | undefined): Message | undefined => (typeof m === 'function' ? m() : m);

/**
 * What a formula sees. Every parameter read and every check is recorded in the trace
 * (when tracing), so a person can follow each amount back to its source paragraph.
 */
const NO_REASONS: readonly Reason[] = Object.freeze([]);
const NO_TRACE: readonly TraceEntry[] = Object.freeze([]);

export class Ctx<P = Record<string, unknown>> {
  // Allocated on first use: most batch evaluations have no reasons and no trace.
  private _trace: TraceEntry[] | undefined;
  private _reasons: Reason[] | undefined;
  private seen: Set<string> | undefined;

  constructor(
    /** The day the rule is applied on (the request's date). */
    readonly date: string,
    /** The date that selected the version and parameters. */
    readonly policyDate: string,
    /** Version label, e.g. "2025". */
    readonly policy: string,
    private readonly params: Map<string, ResolvedParam>,
    readonly tracing: boolean,
  ) {}

  /** Trace entries so far (a shared, frozen empty array when there are none). */
  get trace(): readonly TraceEntry[] {
    return this._trace ?? NO_TRACE;
  }

  /** Reasons of failed conditions (a shared, frozen empty array when eligible). */
  get reasons(): readonly Reason[] {
    return this._reasons ?? NO_REASONS;
  }

  /** Add a trace entry (only when tracing). */
  push(entry: TraceEntry): void {
    if (this.tracing) (this._trace ??= []).push(entry);
  }

  /** The parameter's value in force (money in fen). */
  param<K extends keyof P & string>(name: K): P[K] {
    const p = this.params.get(name);
    if (!p) {
      throw new PolicyError(
        'unknown-parameter',
        { zh: `参数 ${name} 在 ${this.policyDate} 没有生效的取值`, en: `Parameter ${name} has no value in force on ${this.policyDate}` },
        { field: name },
      );
    }
    if (this.tracing) {
      this.seen ??= new Set();
      if (!this.seen.has(name)) {
        this.seen.add(name);
        const e: TraceEntry = { kind: 'parameter', name, value: p.display, unit: p.unit, from: p.from, source: p.source };
        if (p.reading) e.reading = p.reading;
        this.push(e);
      }
    }
    return p.value as P[K];
  }

  /** A condition of eligibility: a failed one adds the reason (default sentence from REASONS). */
  check(code: string, passed: boolean, message?: LazyMessage): boolean {
    if (!passed) {
      const m = msg(message) ?? reasonMessage(code);
      if (!m) throw new Error(`reason ${code} has no default message; pass one or add it to REASONS`);
      (this._reasons ??= []).push({ code, message: m });
    }
    if (this.tracing) {
      const e: TraceEntry = { kind: 'condition', name: code, value: passed, passed };
      const m = msg(message) ?? reasonMessage(code);
      if (m) e.note = m;
      this.push(e);
    }
    return passed;
  }

  /** An intermediate value worth showing. */
  value<T>(name: string, value: T, note?: LazyMessage): T {
    if (this.tracing) this.push(note ? { kind: 'value', name, value, note: msg(note)! } : { kind: 'value', name, value });
    return value;
  }

  /** An intermediate amount of money (fen), shown in yuan. */
  money(name: string, fen: number, note?: LazyMessage): number {
    if (this.tracing) {
      const e: TraceEntry = { kind: 'value', name, value: fenToYuan(fen), unit: 'yuan' };
      if (note) e.note = msg(note)!;
      this.push(e);
    }
    return fen;
  }

  /** The row of a band table that applies. */
  band<T>(name: string, row: T, note?: LazyMessage): T {
    if (this.tracing) this.push(note ? { kind: 'band', name, value: row, note: msg(note)! } : { kind: 'band', name, value: row });
    return row;
  }

  /** min(amount, cap) on money in fen, recorded with both sides. */
  cap(name: string, amount: number, cap: number, note?: LazyMessage): number {
    const out = amount < cap ? amount : cap;
    if (this.tracing) {
      const e: TraceEntry = {
        kind: 'cap',
        name,
        value: { amount: fenToYuan(amount), cap: fenToYuan(cap), result: fenToYuan(out), applied: amount > cap },
        unit: 'yuan',
      };
      if (note) e.note = msg(note)!;
      this.push(e);
    }
    return out;
  }

  get eligible(): boolean {
    return this._reasons === undefined;
  }
}
