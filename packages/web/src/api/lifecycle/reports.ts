// Progress reports: filing, review, the filing grid, and what is overdue (the progress module).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../../i18n/index.tsx';
import { api } from '../client.ts';
import { evaluationKeys } from './evaluation.ts';
import { projectKeys } from './projects.ts';

/** Query keys of the progress module's own lists (a project's reports sit under projectKeys). */
export const progressKeys = {
  overdue: () => ['progress', 'overdue'] as const,
};

export type ReportStatus = 'submitted' | 'accepted' | 'returned';

export interface Report {
  id: number;
  projectId: number;
  orgId: number;
  orgName: string;
  period: string;
  periodLabel: Bilingual;
  dueOn: string;
  status: ReportStatus;
  revision: number;
  narrative: string;
  subsidyYuan: number | null;
  submittedBy: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewReason: string | null;
  values: { targetId: number; indicator: string; unit: string; achieved: number }[];
  lines: { lineNo: number; enterprise: string; ownership: string | null; staff: string | null; personDays: number; subsidyYuan: number | null; note: string | null }[];
  abilities: { review: boolean; resubmit: boolean };
}

export interface GridCell {
  period: string;
  orgId: number;
  orgName: string;
  dueOn: string;
  status: ReportStatus | 'missing';
  reportId: number | null;
  overdue: boolean;
  /** The server's filing rule (file) and review rule (review) for this cell and the caller. */
  abilities: { file: boolean; review: boolean };
}

export interface ReportList {
  project: { id: number; title: string; year: number; reportCadence: string; periods: { period: string; label: Bilingual; dueOn: string }[] };
  items: Report[];
  grid: GridCell[];
  overdue: number;
}

export interface ReportInput {
  orgId?: number;
  period: string;
  values: { targetId: number; achieved: number }[];
  lines?: { enterprise: string; ownership?: string; staff?: string; personDays: number; subsidyYuan?: number; note?: string }[];
  subsidyClaimedYuan?: number;
  narrative: string;
}

export function useReports(projectId: number | undefined) {
  return useQuery({ queryKey: projectKeys.reports(projectId ?? 0), queryFn: () => api.get<ReportList>(`/projects/${projectId}/reports`), enabled: !!projectId });
}

export function useReportMutations(projectId: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: projectKeys.all }).then(() => qc.invalidateQueries({ queryKey: evaluationKeys.all }));
  return {
    submit: useMutation({ mutationFn: (v: ReportInput) => api.post<Report>(`/projects/${projectId}/reports`, v), onSuccess: done }),
    accept: useMutation({ mutationFn: (id: number) => api.post<Report>(`/reports/${id}/accept`), onSuccess: done }),
    returnReport: useMutation({ mutationFn: (v: { id: number; reason: string }) => api.post<Report>(`/reports/${v.id}/return`, { reason: v.reason }), onSuccess: done }),
  };
}

export interface OverdueItem {
  projectId: number;
  project: string;
  year: number;
  orgId: number;
  orgName: string;
  period: string;
  dueOn: string;
  status: string;
}

export function useOverdue(enabled = true) {
  return useQuery({ queryKey: progressKeys.overdue(), queryFn: () => api.get<{ asOf: string; total: number; items: OverdueItem[] }>('/progress/overdue'), enabled });
}
