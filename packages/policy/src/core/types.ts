/** Shared types of the policy engine. Money inside the engine is integer fen; outputs are yuan. */

export interface Message {
  zh: string;
  en: string;
}

export interface Reason {
  code: string;
  message: Message;
}

export type TraceKind = 'parameter' | 'condition' | 'value' | 'band' | 'cap';

export interface TraceEntry {
  kind: TraceKind;
  name: string;
  value: unknown;
  unit?: string;
  /** For parameters: the date the value took effect. */
  from?: string;
  source?: string;
  /** How an ambiguous text is read, in both languages. */
  reading?: Message;
  /** For conditions. */
  passed?: boolean;
  note?: Message;
  /**
   * What the entry is, for people (added with tracing, optional): a condition's reason sentence,
   * a parameter's description, an input field's label. Absent where the engine has none.
   */
  label?: Message;
  /** Labels of the coded values inside `value` (enum values of the program's inputs), for people; with `label`. */
  valueLabels?: Record<string, Message>;
}

export interface EvaluateRequest {
  program: string;
  date: string;
  input: unknown;
}

export interface EvaluateResult {
  program: string;
  /** Version label of the policy applied, e.g. "2025". */
  policy: string;
  eligible: boolean;
  /** Money in yuan (≤ 2 decimals), dates YYYY-MM-DD. */
  output: Record<string, unknown>;
  /** Read-only: batch results share one frozen empty array when there is nothing to say. */
  reasons: readonly Reason[];
  trace: readonly TraceEntry[];
}

export interface PolicyVersion {
  policy: string;
  from: string;
  to?: string;
  source: string;
  /** Why this version ends or what it covers, when not obvious (both languages). */
  note?: Message;
}

export interface ProgramInfo {
  code: string;
  title: Message;
  versions: (PolicyVersion & { inputSchema?: unknown })[];
  inputSchema: unknown;
  outputs: string[];
  /** Which date selects the version, when not the request's `date`. */
  policyDate: Message;
}

export interface ParameterValue {
  name: string;
  value: unknown;
  unit: string;
  from: string;
  source: string;
  reading?: Message;
}

export interface TimelineEntry {
  from: string;
  value: unknown;
  source: string;
  reading?: Message;
}

/** Kinds of output values; `money` outputs are returned by formulas in fen and converted to yuan. */
export type OutputKind = 'money' | 'date' | 'number' | 'string' | 'boolean' | 'json';
