import { useMutation, useQuery } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api } from './client.ts';

/** A JSON Schema node, as far as the generated form reads it. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  /** For input fields: "English label — help" (the engine's `.meta()`). */
  description?: string;
  /** For input fields: the Chinese label. */
  title?: string;
  /** For input fields: the label in both languages. */
  'x-label'?: Bilingual;
  /** For enums (and lists of enum values): each value's label. */
  'x-enum-labels'?: Record<string, Bilingual>;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
}

export interface PolicyVersion {
  policy: string;
  from: string;
  to?: string;
  source: string;
  note?: Bilingual | string;
  /** Carried over from the previous year until the year's notice is entered (not a notice text). */
  carriedOver?: boolean;
}

export interface Program {
  code: string;
  title: Bilingual;
  versions: PolicyVersion[];
  inputSchema: JsonSchema;
  outputs: string[];
  policyDate?: Bilingual;
}

export type TraceKind = 'parameter' | 'condition' | 'value' | 'band' | 'cap';

export interface TraceEntry {
  kind: TraceKind;
  name: string;
  value: unknown;
  from?: string;
  source?: string;
  /** `{ zh, en }`; a plain string only in records stored before readings were bilingual. */
  reading?: Bilingual | string;
  passed?: boolean;
  note?: Bilingual;
  unit?: string;
  /** What the entry is, from the engine (a condition's reason, a parameter's description, an input's label). */
  label?: Bilingual;
  /** The engine's labels of coded values inside `value`. */
  valueLabels?: Record<string, Bilingual>;
}

export interface PolicyReason {
  code: string;
  message: Bilingual;
}

export interface EvaluateResult {
  program: string;
  policy: string;
  eligible: boolean;
  output: Record<string, unknown>;
  reasons: PolicyReason[];
  trace: TraceEntry[];
}

export interface ParameterValue {
  name: string;
  value: unknown;
  unit?: string;
  from: string;
  source: string;
  /** `{ zh, en }`; a plain string only in records stored before readings were bilingual. */
  reading?: Bilingual | string;
}

export interface TimelinePoint {
  from: string;
  value: unknown;
  source: string;
  /** `{ zh, en }`; a plain string only in records stored before readings were bilingual. */
  reading?: Bilingual | string;
}

export const policyKeys = {
  programs: ['policy', 'programs'] as const,
  parameters: (code: string, date: string) => ['policy', 'parameters', code, date] as const,
  timeline: (code: string, name: string) => ['policy', 'timeline', code, name] as const,
};

export function usePrograms(enabled = true) {
  return useQuery({ queryKey: policyKeys.programs, queryFn: () => api.get<{ items: Program[] }>('/policy/programs'), staleTime: Infinity, enabled });
}

export function useEvaluate() {
  return useMutation({ mutationFn: (v: { program: string; date: string; input: Record<string, unknown> }) => api.post<EvaluateResult>('/policy/evaluate', v) });
}

export function useParameters(code: string | undefined, date: string) {
  return useQuery({
    queryKey: policyKeys.parameters(code ?? '', date),
    queryFn: () => api.get<{ program: string; date: string; items: ParameterValue[] }>(`/policy/programs/${encodeURIComponent(code!)}/parameters`, { date }),
    enabled: !!code,
  });
}

export function useTimeline(code: string | undefined, name: string | undefined) {
  return useQuery({
    queryKey: policyKeys.timeline(code ?? '', name ?? ''),
    queryFn: () => api.get<{ program: string; name: string; items: TimelinePoint[] }>(`/policy/programs/${encodeURIComponent(code!)}/parameters/${encodeURIComponent(name!)}/timeline`),
    enabled: !!code && !!name,
  });
}
