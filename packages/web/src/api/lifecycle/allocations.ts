// A target's allocation down the union tree (the projects module's /targets/:id/allocations).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../client.ts';
import { projectKeys } from './projects.ts';

export interface AllocationItem {
  id: number;
  orgId: number;
  orgName: string;
  shortName: string | null;
  allocationNo: number | null;
  parentOrgId: number | null;
  plannedValue: number;
  splitDown: number;
  unallocated: number;
  abilities: { split: boolean };
}

export interface AllocationList {
  target: { id: number; projectId: number; indicator: string; unit: string; plannedValue: number };
  allocated?: number;
  unallocated?: number;
  mismatch?: boolean;
  items: AllocationItem[];
}

export interface AllocationImport {
  dryRun: boolean;
  rows: number;
  sum: number;
  expected: number;
  items: { row: number; orgId: number; name: string; value: number }[];
}

export function useAllocations(targetId: number | undefined) {
  return useQuery({ queryKey: projectKeys.allocations(targetId ?? 0), queryFn: () => api.get<AllocationList>(`/targets/${targetId}/allocations`), enabled: !!targetId });
}

export function useAllocationMutations(targetId: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: projectKeys.all });
  return {
    split: useMutation({ mutationFn: (v: { parentOrgId?: number; rows: { orgId: number; value: number }[] }) => request('PUT', `/targets/${targetId}/allocations`, { body: v }), onSuccess: done }),
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
