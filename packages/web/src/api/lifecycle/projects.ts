// Projects with their implementation plans, targets and milestones.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../../i18n/index.tsx';
import { api, request } from '../client.ts';
import type { Category, ProjectStatus } from './common.ts';

/** Query keys of projects and what hangs under them (allocations, reports, evaluation): all under ['projects']. */
export const projectKeys = {
  all: ['projects'] as const,
  detail: (id: number) => ['projects', 'detail', id] as const,
  allocations: (targetId: number) => ['projects', 'allocations', targetId] as const,
  reports: (projectId: number) => ['projects', 'reports', projectId] as const,
  evaluation: (projectId: number) => ['projects', 'evaluation', projectId] as const,
};

export interface Plan {
  purpose: string | null;
  targetGroups: string | null;
  budgetYuan: number | null;
  costShares: { party: string; share: string; amountYuan?: number }[];
  responsibleOrgId: number | null;
  responsibleOrgName: string | null;
  contacts: { name: string; org?: string; phone?: string; email?: string }[];
  policyPrograms: string[];
  reportCadence: 'none' | 'monthly' | 'quarterly';
  reportDueMonths: number[];
}

export interface TargetRow {
  targetId: number;
  parentTargetId: number | null;
  indicator: string;
  unit: string;
  planned: number;
  weight: number;
  /** null with `suppressed`: it would show fewer than 5 applications outside my scope (rendered "<5"). */
  actual: number | null;
  pending: number | null;
  percent: number | null;
  suppressed: boolean;
  actualFrom?: 'reports' | 'approved-applications' | 'paid-applications';
  allocated: number | null;
  allocationMismatch: boolean;
  partCount: number;
  /** What the list's owner kept of a split target; its own reports count here (null when not split). */
  remainder: { planned: number; actual: number | null; percent: number | null; behind: boolean; suppressed: boolean } | null;
}

export interface Milestone {
  id: number;
  title: string;
  startsOn: string | null;
  dueOn: string;
  responsible: string | null;
  doneOn: string | null;
  overdue: boolean;
}

export interface Project {
  id: number;
  slateId: number;
  slateTitle: string;
  orgId: number;
  orgName: string;
  year: number;
  no: number;
  title: string;
  category: Category;
  categoryName: Bilingual | null;
  candidateId: number | null;
  summary: string | null;
  published: boolean;
  plan: Plan;
  source: string | null;
  abilities: { update: boolean; plan: boolean; allocate: boolean };
  status: ProjectStatus;
  percent: number | null;
  suppressed: boolean;
  targets: TargetRow[];
  milestones: Milestone[];
}

export type PlanInput = Partial<Omit<Plan, 'responsibleOrgName'>>;

export function useProject(id: number | undefined) {
  return useQuery({ queryKey: projectKeys.detail(id ?? 0), queryFn: () => api.get<Project>(`/projects/${id}`), enabled: !!id });
}

export function useProjectMutations(id: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: projectKeys.all });
  return {
    update: useMutation({ mutationFn: (v: { no?: number; title?: string; category?: Category; summary?: string }) => api.patch<Project>(`/projects/${id}`, v), onSuccess: done }),
    plan: useMutation({ mutationFn: (v: PlanInput) => request<Project>('PUT', `/projects/${id}/plan`, { body: v }), onSuccess: done }),
    addTarget: useMutation({ mutationFn: (v: { indicator: string; unit: string; plannedValue: number; parentTargetId?: number; note?: string }) => api.post(`/projects/${id}/targets`, v), onSuccess: done }),
    addMilestone: useMutation({ mutationFn: (v: { title: string; startsOn?: string; dueOn: string; responsible?: string }) => api.post(`/projects/${id}/milestones`, v), onSuccess: done }),
    milestoneDone: useMutation({ mutationFn: (v: { id: number; doneOn: string | null }) => api.patch(`/milestones/${v.id}`, { doneOn: v.doneOn }), onSuccess: done }),
  };
}
