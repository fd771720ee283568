import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api } from './client.ts';

export type Channel = 'personal' | 'unit';
export type Level = 'grassroots' | 'regional' | 'federation';

export interface ProgramWindow {
  batch: number;
  from: string;
  to: string;
}

export interface ChainStep {
  index: number;
  level: Level;
  name: Bilingual;
  actor: { role: string; functionCode?: string };
  dueIn: { workingDays?: number; calendarDays?: number };
  skipForChannels: Channel[];
}

export interface RequiredDocument {
  type: string;
  name: Bilingual;
  when?: { field: string; equals: string | boolean };
}

export interface Program {
  id: number;
  program: string;
  programTitle: Bilingual | null;
  year: number;
  org: { id: number; name: string };
  title: string;
  status: 'draft' | 'open' | 'closed';
  channels: Channel[];
  windows: ProgramWindow[];
  currentWindow: ProgramWindow | null;
  acceptingOn: string;
  reviewChain: ChainStep[];
  requiredDocuments: RequiredDocument[];
  settlement: { cadence: 'monthly'; closeDay: number; payByDay: number; preparer: string; payTo: string };
  contacts: { role: string; org: string; name: string; phone: string }[];
  sources: string | null;
  /** The instance's own budget in yuan (a district's program is paid from its own account); null when none was recorded. */
  budget: number | null;
  abilities: { apply: boolean; manage: boolean };
}

/** A JSON Schema as the policy engine publishes a program's input (only the parts the form reads). */
export interface JsonSchemaProperty {
  type?: string;
  enum?: (string | number | boolean)[];
  format?: string;
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
}

export interface JsonSchema {
  type: 'object';
  properties: Record<string, JsonSchemaProperty>;
  required?: string[];
}

export interface PolicyProgram {
  code: string;
  title: Bilingual;
  inputSchema: JsonSchema;
  outputs: string[];
}

export const programKeys = {
  all: ['programs'] as const,
  list: (q: { program?: string; year?: number }) => ['programs', 'list', q] as const,
  detail: (id: number) => ['programs', 'detail', id] as const,
  policy: (code: string) => ['policy', 'program', code] as const,
};

export function usePrograms(q: { program?: string; year?: number } = {}, enabled = true) {
  return useQuery({ queryKey: programKeys.list(q), queryFn: () => api.get<{ items: Program[] }>('/programs', { ...q }), enabled });
}

export function useProgram(id: number | undefined) {
  return useQuery({ queryKey: programKeys.detail(id ?? 0), queryFn: () => api.get<Program>(`/programs/${id}`), enabled: !!id });
}

/** The policy program with its input JSON Schema: the application form is generated from it. */
export function usePolicyProgram(code: string | undefined) {
  return useQuery({ queryKey: programKeys.policy(code ?? ''), queryFn: () => api.get<PolicyProgram>(`/policy/programs/${code}`), enabled: !!code, staleTime: Infinity });
}

export function useUpdateProgram() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...v }: { id: number; status?: Program['status']; title?: string }) => api.patch<Program>(`/programs/${id}`, v),
    onSuccess: (p) => {
      qc.setQueryData(programKeys.detail(p.id), p);
      void qc.invalidateQueries({ queryKey: ['programs', 'list'] });
    },
  });
}
