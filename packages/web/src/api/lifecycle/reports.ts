// Progress reports: filing, review, the filing grid, and what is overdue (the progress module).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { ApiBody, ApiItem, ApiResult, Narrow } from '../contract.ts';
import { evaluationKeys } from './evaluation.ts';
import { projectKeys } from './projects.ts';

/** Query keys of the progress module's own lists (a project's reports sit under projectKeys). */
export const progressKeys = {
  overdue: () => ['progress', 'overdue'] as const,
};

/** The server declares a report's status as a string; these are the ones it writes. */
export type ReportStatus = 'submitted' | 'accepted' | 'returned';

type ReportAnswer = ApiResult<'/projects/{id}/reports'>;
export type Report = Narrow<ReportAnswer['items'][number], { status: ReportStatus }>;
export type GridCell = Narrow<ReportAnswer['grid'][number], { status: ReportStatus | 'missing' }>;
export type ReportList = Narrow<ReportAnswer, { items: Report[]; grid: GridCell[] }>;
export type ReportInput = ApiBody<'/projects/{id}/reports', 'post'>;

export function useReports(projectId: number | undefined) {
  return useQuery({
    queryKey: projectKeys.reports(projectId ?? 0),
    queryFn: () => api.get<ReportList>(`/projects/${projectId}/reports`),
    enabled: !!projectId,
  });
}

export function useReportMutations(projectId: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: projectKeys.all }).then(() => qc.invalidateQueries({ queryKey: evaluationKeys.all }));
  return {
    submit: useMutation({
      mutationFn: (v: ReportInput) => api.post<ApiResult<'/projects/{id}/reports', 'post'>>(`/projects/${projectId}/reports`, v),
      onSuccess: done,
    }),
    accept: useMutation({ mutationFn: (id: number) => api.post<ApiResult<'/reports/{id}/accept', 'post'>>(`/reports/${id}/accept`), onSuccess: done }),
    returnReport: useMutation({
      mutationFn: (v: { id: number; reason: string }) => api.post<ApiResult<'/reports/{id}/return', 'post'>>(`/reports/${v.id}/return`, { reason: v.reason }),
      onSuccess: done,
    }),
  };
}

export type OverdueItem = ApiItem<'/progress/overdue'>;

export function useOverdue(enabled = true) {
  return useQuery({ queryKey: progressKeys.overdue(), queryFn: () => api.get<ApiResult<'/progress/overdue'>>('/progress/overdue'), enabled });
}
