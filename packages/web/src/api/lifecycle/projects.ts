// Projects with their implementation plans, targets and milestones.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../client.ts';
import type { ApiBody, ApiResult, Narrow } from '../contract.ts';
import type { Category, ProjectStatus } from './common.ts';

/** Query keys of projects and what hangs under them (allocations, reports, evaluation): all under ['projects']. */
export const projectKeys = {
  all: ['projects'] as const,
  detail: (id: number) => ['projects', 'detail', id] as const,
  allocations: (targetId: number) => ['projects', 'allocations', targetId] as const,
  reports: (projectId: number) => ['projects', 'reports', projectId] as const,
  evaluation: (projectId: number) => ['projects', 'evaluation', projectId] as const,
};

export const targetSources = ['reports', 'approved-applications', 'paid-applications', 'deliveries'] as const;
export type TargetSource = (typeof targetSources)[number];

type ProjectAnswer = ApiResult<'/projects/{id}'>;
export type TargetRow = ProjectAnswer['targets'][number];
export type Milestone = ProjectAnswer['milestones'][number];

/** category and status are z.string() in the server's schema: narrowed to the vocabulary it writes. */
export type Project = Narrow<ProjectAnswer, { category: Category; status: ProjectStatus }>;
export type Plan = ProjectAnswer['plan'];

export type PlanInput = ApiBody<'/projects/{id}/plan', 'put'>;

export function useProject(id: number | undefined) {
  return useQuery({ queryKey: projectKeys.detail(id ?? 0), queryFn: () => api.get<Project>(`/projects/${id}`), enabled: !!id });
}

export function useProjectMutations(id: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: projectKeys.all });
  return {
    update: useMutation({ mutationFn: (v: ApiBody<'/projects/{id}', 'patch'>) => api.patch<Project>(`/projects/${id}`, v), onSuccess: done }),
    plan: useMutation({ mutationFn: (v: PlanInput) => request<Project>('PUT', `/projects/${id}/plan`, { body: v }), onSuccess: done }),
    addTarget: useMutation({
      mutationFn: (v: ApiBody<'/projects/{id}/targets', 'post'>) => api.post<ApiResult<'/projects/{id}/targets', 'post'>>(`/projects/${id}/targets`, v),
      onSuccess: done,
    }),
    addMilestone: useMutation({
      mutationFn: (v: ApiBody<'/projects/{id}/milestones', 'post'>) =>
        api.post<ApiResult<'/projects/{id}/milestones', 'post'>>(`/projects/${id}/milestones`, v),
      onSuccess: done,
    }),
    milestoneDone: useMutation({
      mutationFn: (v: { id: number; doneOn: string | null }) => api.patch(`/milestones/${v.id}`, { doneOn: v.doneOn }),
      onSuccess: done,
    }),
  };
}
