// A project's evaluation and the yearly dashboard.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { ApiResult, Narrow } from '../contract.ts';
import type { Category } from './common.ts';
import { projectKeys } from './projects.ts';

/** Query keys of the dashboard (every report decision refreshes it). */
export const evaluationKeys = {
  all: ['dashboard'] as const,
  dashboard: (q: { year: number; orgId?: number }) => ['dashboard', q] as const,
};

type EvaluationAnswer = ApiResult<'/projects/{id}/evaluation'>;
export type PartEvaluation = EvaluationAnswer['targets'][number]['parts'][number];
/** What the applications workflow did for a linked program: `part` = counted inside my scope only. */
export type ProgramActivity = EvaluationAnswer['programActivity'][number];
export type Evaluation = EvaluationAnswer;

export function useEvaluation(projectId: number | undefined) {
  return useQuery({
    queryKey: projectKeys.evaluation(projectId ?? 0),
    queryFn: () => api.get<Evaluation>(`/projects/${projectId}/evaluation`),
    enabled: !!projectId,
  });
}

type DashboardAnswer = ApiResult<'/evaluation/dashboard'>;
/** category is z.string() in the server's schema: narrowed to the vocabulary it writes. */
export type DashboardProject = Narrow<DashboardAnswer['projects'][number], { category: Category }>;
export type Dashboard = Narrow<DashboardAnswer, { projects: DashboardProject[] }>;

export function useDashboard(q: { year: number; orgId?: number }, enabled = true) {
  return useQuery({
    queryKey: evaluationKeys.dashboard(q),
    queryFn: () => api.get<Dashboard>('/evaluation/dashboard', { ...q }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
