import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiBody, ApiItem, ApiResult } from './contract.ts';
import type { JsonSchema } from './policy.ts';

export type Channel = Program['channels'][number];
export type Level = ChainStep['level'];

export type Program = ApiItem<'/programs'>;
export type ProgramWindow = Program['windows'][number];
export type ChainStep = Program['reviewChain'][number];
export type RequiredDocument = Program['requiredDocuments'][number];

/** A program's application form as the server publishes it (GET /programs/:id/form): JSON Schema with labels, order and conditional fields. */
export type ProgramForm = Omit<ApiResult<'/programs/{id}/form'>, 'schema'> & { schema: JsonSchema };

export const programKeys = {
  all: ['programs'] as const,
  list: (q: { program?: string; year?: number }) => ['programs', 'list', q] as const,
  detail: (id: number) => ['programs', 'detail', id] as const,
  form: (id: number) => ['programs', 'form', id] as const,
};

export function usePrograms(q: { program?: string; year?: number } = {}, enabled = true) {
  return useQuery({ queryKey: programKeys.list(q), queryFn: () => api.get<ApiResult<'/programs'>>('/programs', { ...q }), enabled });
}

export function useProgram(id: number | undefined) {
  return useQuery({ queryKey: programKeys.detail(id ?? 0), queryFn: () => api.get<Program>(`/programs/${id}`), enabled: !!id });
}

/** The program's application form: every application form is drawn from it (components/schema-form.tsx). */
export function useProgramForm(id: number | undefined) {
  return useQuery({
    queryKey: programKeys.form(id ?? 0),
    queryFn: () => api.get<ProgramForm>(`/programs/${id}/form`),
    enabled: !!id,
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
