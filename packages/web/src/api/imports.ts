import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from './client.ts';
import type { ApiItem, ApiResult } from './contract.ts';

export type ImportStatus = 'validated' | 'importing' | 'imported' | 'failed' | 'discarded';

// The shapes are the server's (the routes' response schemas, via the generated OpenAPI types).
/** A batch: counts, the first errors and the progress of its import (GET /imports/:id). */
export type ImportBatch = ApiResult<'/imports/{id}'>;
/** A wrong cell: the row and column named, the message in both languages. */
export type RowError = ImportBatch['errors'][number];
export type ImportProgress = NonNullable<ImportBatch['progress']>;
export type ImportListItem = ApiItem<'/imports'>;
/** GET /imports/:id/progress, polled while a batch imports. */
export type ProgressAnswer = ApiResult<'/imports/{id}/progress'>;

export const importKeys = {
  all: ['imports'] as const,
  list: (page: number, pageSize: number) => ['imports', 'list', page, pageSize] as const,
  batch: (id: number) => ['imports', 'batch', id] as const,
  progress: (id: number) => ['imports', 'progress', id] as const,
};

export function useImports(page: number, pageSize: number) {
  return useQuery({
    queryKey: importKeys.list(page, pageSize),
    queryFn: () => api.get<Page<ImportListItem>>('/imports', { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useImportBatch(id: number | null) {
  return useQuery({ queryKey: importKeys.batch(id ?? 0), queryFn: () => api.get<ImportBatch>(`/imports/${id}`), enabled: !!id });
}

/** Polls every 500 ms while the batch is importing. */
export function useImportProgress(id: number | null, enabled: boolean) {
  return useQuery({
    queryKey: importKeys.progress(id ?? 0),
    queryFn: () => api.get<ProgressAnswer>(`/imports/${id}/progress`),
    enabled: !!id && enabled,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'importing' ? false : 500),
  });
}

export function useUploadMembers() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ orgId, file }: { orgId?: number; file: File }) => {
      const form = new FormData();
      // The server reads fields that come before the file part.
      if (orgId) form.append('orgId', String(orgId));
      form.append('file', file);
      return api.upload<ImportBatch>('/imports/members', form);
    },
    onSuccess: (b) => {
      qc.setQueryData(importKeys.batch(b.id), b);
      void qc.invalidateQueries({ queryKey: ['imports', 'list'] });
      void qc.invalidateQueries({ queryKey: ['me', 'work'] });
    },
  });
}

function useBatchAction(action: 'commit' | 'discard') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<ImportBatch>(`/imports/${id}/${action}`),
    onSuccess: (b) => {
      qc.setQueryData(importKeys.batch(b.id), b);
      void qc.invalidateQueries({ queryKey: ['imports', 'list'] });
      void qc.invalidateQueries({ queryKey: ['me', 'work'] });
    },
  });
}
export const useCommitImport = () => useBatchAction('commit');
export const useDiscardImport = () => useBatchAction('discard');
