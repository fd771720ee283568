import { useMutation, useQuery } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api } from './client.ts';
import type { ApiBody, ApiItem, ApiResult } from './contract.ts';

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
  minLength?: number;
  maxLength?: number;
  multipleOf?: number;
  /** A published application form (GET /programs/:id/form): one line under the field. */
  'x-help'?: Bilingual;
  /** Shown (and sent) only while another field has this value. */
  'x-visible-when'?: { field: string; equals: unknown };
  /** With `x-visible-when`: must be filled once shown. */
  'x-required-when-visible'?: boolean;
  /** True before the applicant answers when the member has this registry category. */
  'x-prefill'?: { category: string };
  /** The order the fields are shown in. */
  'x-order'?: string[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
}

type PolicyProgram = ApiItem<'/policy/programs'>;
export type PolicyVersion = PolicyProgram['versions'][number];

/** The server declares `inputSchema` as open JSON (z.unknown()): the web reads it as a JsonSchema. */
export type Program = Omit<PolicyProgram, 'inputSchema'> & { inputSchema: JsonSchema };

export type TraceKind = EvaluateResult['trace'][number]['kind'];

/** Kept by hand, wider than the live answer: stored traces (applications, entitlements) may hold a plain-string `reading`. */
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

export type EvaluateResult = ApiResult<'/policy/evaluate', 'post'>;
export type PolicyReason = EvaluateResult['reasons'][number];
type Parameters = ApiResult<'/policy/programs/{code}/parameters'>;
export type ParameterValue = Parameters['items'][number];
type Timeline = ApiResult<'/policy/programs/{code}/parameters/{name}/timeline'>;
export type TimelinePoint = Timeline['items'][number];

export const policyKeys = {
  programs: ['policy', 'programs'] as const,
  parameters: (code: string, date: string) => ['policy', 'parameters', code, date] as const,
  timeline: (code: string, name: string) => ['policy', 'timeline', code, name] as const,
};

export function usePrograms(enabled = true) {
  return useQuery({ queryKey: policyKeys.programs, queryFn: () => api.get<{ items: Program[] }>('/policy/programs'), staleTime: Infinity, enabled });
}

export function useEvaluate() {
  return useMutation({ mutationFn: (v: ApiBody<'/policy/evaluate', 'post'>) => api.post<EvaluateResult>('/policy/evaluate', v) });
}

export function useParameters(code: string | undefined, date: string) {
  return useQuery({
    queryKey: policyKeys.parameters(code ?? '', date),
    queryFn: () => api.get<Parameters>(`/policy/programs/${encodeURIComponent(code!)}/parameters`, { date }),
    enabled: !!code,
  });
}

export function useTimeline(code: string | undefined, name: string | undefined) {
  return useQuery({
    queryKey: policyKeys.timeline(code ?? '', name ?? ''),
    queryFn: () => api.get<Timeline>(`/policy/programs/${encodeURIComponent(code!)}/parameters/${encodeURIComponent(name!)}/timeline`),
    enabled: !!code && !!name,
  });
}
