import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiBody, ApiItem, ApiResult } from './contract.ts';

export type Channel = Program['channels'][number];
export type Level = ChainStep['level'];

export type Program = ApiItem<'/programs'>;
export type ProgramWindow = Program['windows'][number];
export type ChainStep = Program['reviewChain'][number];
export type RequiredDocument = Program['requiredDocuments'][number];

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

/** The server declares `inputSchema` as open JSON (z.unknown()): the form reads it as a JsonSchema. */
export type PolicyProgram = Omit<ApiResult<'/policy/programs/{code}'>, 'inputSchema'> & { inputSchema: JsonSchema };

export const programKeys = {
  all: ['programs'] as const,
  list: (q: { program?: string; year?: number }) => ['programs', 'list', q] as const,
  detail: (id: number) => ['programs', 'detail', id] as const,
  policy: (code: string) => ['policy', 'program', code] as const,
};

export function usePrograms(q: { program?: string; year?: number } = {}, enabled = true) {
  return useQuery({ queryKey: programKeys.list(q), queryFn: () => api.get<ApiResult<'/programs'>>('/programs', { ...q }), enabled });
}

export function useProgram(id: number | undefined) {
  return useQuery({ queryKey: programKeys.detail(id ?? 0), queryFn: () => api.get<Program>(`/programs/${id}`), enabled: !!id });
}

/** The policy program with its input JSON Schema: the application form is generated from it. */
export function usePolicyProgram(code: string | undefined) {
  return useQuery({
    queryKey: programKeys.policy(code ?? ''),
    queryFn: () => api.get<PolicyProgram>(`/policy/programs/${code}`),
    enabled: !!code,
    staleTime: Infinity,
  });
}

export function useUpdateProgram() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...v }: { id: number } & ApiBody<'/programs/{id}', 'patch'>) => api.patch<ApiResult<'/programs/{id}', 'patch'>>(`/programs/${id}`, v),
    onSuccess: (p) => {
      qc.setQueryData(programKeys.detail(p.id), p);
      void qc.invalidateQueries({ queryKey: ['programs', 'list'] });
    },
  });
}
