// A project's evaluation and the yearly dashboard.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { Category, ProjectStatus } from './common.ts';
import { projectKeys, type TargetRow } from './projects.ts';
import type { Slate } from './slates.ts';

/** Query keys of the dashboard (every report decision refreshes it). */
export const evaluationKeys = {
  all: ['dashboard'] as const,
  dashboard: (q: { year: number; orgId?: number }) => ['dashboard', q] as const,
};

// Kept by hand: GET /projects/:id/evaluation and GET /evaluation/dashboard declare only a few fields
// (project.id/title, targets: unknown[], projects: unknown[]) and pass the rest through, so the generated
// types cannot carry these shapes until the server's schemas list them.
export interface PartEvaluation {
  allocationId: number;
  orgId: number;
  orgName: string;
  shortName: string | null;
  allocationNo: number | null;
  planned: number;
  actual: number;
  percent: number;
  behind: boolean;
}

/** What the applications workflow did for a linked program: `part` = counted inside my scope only. */
export interface ProgramActivity {
  program: string;
  year: number;
  scope: 'all' | 'part';
  total: number;
  byStatus: Record<'in-review' | 'returned' | 'approved' | 'rejected' | 'withdrawn', number>;
  approved: { count: number; amountYuan: number };
  paid: { count: number; amountYuan: number };
}

export interface Evaluation {
  project: { id: number; no: number; title: string; year: number; orgName: string };
  asOf: string;
  percent: number | null;
  suppressed: boolean;
  programActivity: ProgramActivity[];
  expectedPercent: number;
  behind: boolean;
  status: ProjectStatus;
  budgetYuan: number | null;
  spentYuan: number;
  pendingYuan: number;
  targets: (Omit<TargetRow, 'partCount'> & { parts: PartEvaluation[] })[];
}

export function useEvaluation(projectId: number | undefined) {
  return useQuery({
    queryKey: projectKeys.evaluation(projectId ?? 0),
    queryFn: () => api.get<Evaluation>(`/projects/${projectId}/evaluation`),
    enabled: !!projectId,
  });
}

export interface DashboardProject {
  id: number;
  no: number;
  title: string;
  category: Category;
  responsibleOrgName: string | null;
  status: ProjectStatus;
  percent: number | null;
  suppressed: boolean;
  expectedPercent: number;
  behind: boolean;
  budgetYuan: number | null;
  spentYuan: number;
  pendingYuan: number;
  targets: {
    targetId: number;
    indicator: string;
    unit: string;
    planned: number;
    actual: number | null;
    percent: number | null;
    suppressed: boolean;
    allocationMismatch: boolean;
  }[];
  programActivity: ProgramActivity[];
  behindUnits: number;
  behindUnions: { targetId: number; indicator: string; orgId: number; orgName: string; planned: number; actual: number; percent: number }[];
}

export interface Dashboard {
  slate: Slate;
  asOf: string;
  expectedPercent: number;
  summary: { projects: number; behind: number; completed: number; budgetYuan: number; spentYuan: number };
  projects: DashboardProject[];
  charts: { progress: Record<string, unknown>; money: Record<string, unknown> };
}

export function useDashboard(q: { year: number; orgId?: number }, enabled = true) {
  return useQuery({
    queryKey: evaluationKeys.dashboard(q),
    queryFn: () => api.get<Dashboard>('/evaluation/dashboard', { ...q }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
