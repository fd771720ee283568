// Policy versions entered from the UI: next year's version drafted, previewed, approved by a second person.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiBody, ApiResult } from './contract.ts';

export type VersionList = ApiResult<'/policy/programs/{code}/versions'>;
export type EnteredVersion = VersionList['items'][number];
export type BundledVersion = VersionList['bundled'][number];
export type VersionTemplate = ApiResult<'/policy/programs/{code}/version-template'>;
export type VersionPreview = ApiResult<'/policy/versions/{id}/preview'>;

const keys = {
  list: (code: string) => ['policy', 'versions', code] as const,
  template: (code: string) => ['policy', 'version-template', code] as const,
  preview: (id: number) => ['policy', 'version-preview', id] as const,
};

export const useVersions = (code: string | undefined) =>
  useQuery({ queryKey: keys.list(code ?? ''), queryFn: () => api.get<VersionList>(`/policy/programs/${encodeURIComponent(code!)}/versions`), enabled: !!code });
export const useVersionTemplate = (code: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: keys.template(code ?? ''),
    queryFn: () => api.get<VersionTemplate>(`/policy/programs/${encodeURIComponent(code!)}/version-template`),
    enabled: !!code && enabled,
  });
export const useVersionPreview = (id: number | undefined) =>
  useQuery({ queryKey: keys.preview(id ?? 0), queryFn: () => api.get<VersionPreview>(`/policy/versions/${id}/preview`), enabled: !!id });

function useInvalidate() {
  const qc = useQueryClient();
  // A decided version has no preview any more (409): leave its preview out of the refresh.
  return () => void qc.invalidateQueries({ queryKey: ['policy'], predicate: (q) => q.queryKey[1] !== 'version-preview' });
}
export function useCreateVersion() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (v: ApiBody<'/policy/versions', 'post'>) => api.post<ApiResult<'/policy/versions', 'post'>>('/policy/versions', v),
    onSuccess: done,
  });
}
export function useDecideVersion() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: ({ id, action, note }: { id: number; action: 'approve' | 'reject'; note?: string }) =>
      api.post<ApiResult<'/policy/versions/{id}/approve', 'post'>>(`/policy/versions/${id}/${action}`, { note }),
    onSuccess: done,
  });
}
