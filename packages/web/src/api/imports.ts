import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api, type Page } from './client.ts';

export type ImportStatus = 'validated' | 'importing' | 'imported' | 'failed' | 'discarded';

export interface RowError {
  row: number;
  column: string;
  value: string | null;
  message: string;
  messages?: Bilingual;
}

export interface ImportProgress {
  phase: string;
  done: number;
  total: number;
}

export interface ImportBatch {
  id: number;
  kind: string;
  orgId: number;
  orgName: string;
  fileName: string;
  status: ImportStatus;
  total: number;
  validCount: number;
  invalidCount: number;
  importedCount: number | null;
  errorCount: number;
  errors: RowError[];
  progress: ImportProgress | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportListItem {
  id: number;
  kind: string;
  fileName: string;
  status: ImportStatus;
  total: number;
  validCount: number;
  invalidCount: number;
  importedCount: number | null;
  createdAt: string;
  orgName: string;
}

export interface ProgressAnswer {
  id: number;
  status: ImportStatus;
  progress: ImportProgress | null;
  importedCount?: number | null;
  errors?: RowError[];
}

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
