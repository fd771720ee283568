// A target's allocation down the union tree (the projects module's /targets/:id/allocations).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../client.ts';
import type { ApiBody, ApiResult } from '../contract.ts';
import { projectKeys } from './projects.ts';

export type AllocationList = ApiResult<'/targets/{id}/allocations'>;
export type AllocationItem = AllocationList['items'][number];
export type AllocationImport = ApiResult<'/targets/{id}/allocations/import', 'post'>;

export function useAllocations(targetId: number | undefined) {
  return useQuery({
    queryKey: projectKeys.allocations(targetId ?? 0),
    queryFn: () => api.get<AllocationList>(`/targets/${targetId}/allocations`),
    enabled: !!targetId,
  });
}

export function useAllocationMutations(targetId: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: projectKeys.all });
  return {
    split: useMutation({
      mutationFn: (v: ApiBody<'/targets/{id}/allocations', 'put'>) =>
        request<ApiResult<'/targets/{id}/allocations', 'put'>>('PUT', `/targets/${targetId}/allocations`, { body: v }),
      onSuccess: done,
    }),
    importFile: useMutation({
      mutationFn: (v: { file: File; dryRun: boolean; parentOrgId?: number }) => {
        const form = new FormData();
        form.append('file', v.file);
        return api.upload<AllocationImport>(`/targets/${targetId}/allocations/import`, form, { dryRun: v.dryRun, parentOrgId: v.parentOrgId });
      },
      onSuccess: (r) => !r.dryRun && done(),
    }),
  };
}
