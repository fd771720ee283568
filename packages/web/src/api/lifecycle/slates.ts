// The published yearly lists (slates) and the projects added to them.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../../i18n/index.tsx';
import { api } from '../client.ts';
import type { Category, ProjectStatus } from './common.ts';
import type { Project } from './projects.ts';

export interface Slate {
  id: number;
  orgId: number;
  orgName: string;
  year: number;
  callId: number | null;
  title: string;
  meeting: string | null;
  documentNo: string | null;
  approvedOn: string | null;
  published: boolean;
  publishedAt: string | null;
  closedOn: string | null;
  source: string | null;
  abilities: { update: boolean; addProject: boolean; publish: boolean; close: boolean };
  /** In GET /slates items only. */
  projectCount?: number;
}

export interface SlateProject {
  id: number;
  no: number;
  title: string;
  category: Category;
  categoryName: Bilingual | null;
  responsibleOrgName: string | null;
  status: ProjectStatus;
  percent: number | null;
  /** Some figure counting applications is withheld (null): fewer than 5 outside my scope. */
  suppressed: boolean;
  behind: boolean;
}

export interface SlateDetail extends Slate {
  projects: SlateProject[];
}

export interface SlateInput {
  orgId?: number;
  year?: number;
  title?: string;
  callId?: number;
  meeting?: string;
  documentNo?: string;
  approvedOn?: string;
}
/** Query keys of the yearly lists: all under ['slates']. */
export const slateKeys = {
  all: ['slates'] as const,
  list: (q: { year?: number; orgId?: number }) => ['slates', 'list', q] as const,
  detail: (id: number) => ['slates', 'detail', id] as const,
};

export function useSlates(q: { year?: number; orgId?: number } = {}, enabled = true) {
  return useQuery({ queryKey: slateKeys.list(q), queryFn: () => api.get<{ items: Slate[] }>('/slates', { ...q }), placeholderData: keepPreviousData, enabled });
}

export function useSlate(id: number | undefined) {
  return useQuery({ queryKey: slateKeys.detail(id ?? 0), queryFn: () => api.get<SlateDetail>(`/slates/${id}`), enabled: !!id });
}

export function useSlateMutations(id?: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: slateKeys.all });
  return {
    create: useMutation({ mutationFn: (v: SlateInput) => api.post<Slate>('/slates', v), onSuccess: done }),
    update: useMutation({ mutationFn: (v: SlateInput) => api.patch<Slate>(`/slates/${id}`, v), onSuccess: done }),
    publish: useMutation({ mutationFn: () => api.post<Slate>(`/slates/${id}/publish`), onSuccess: () => qc.invalidateQueries() }),
    close: useMutation({ mutationFn: () => api.post<Slate>(`/slates/${id}/close`), onSuccess: () => qc.invalidateQueries() }),
    addProject: useMutation({ mutationFn: (v: { no?: number; title: string; category: Category; candidateId?: number; summary?: string }) => api.post<Project>(`/slates/${id}/projects`, v), onSuccess: done }),
  };
}

/** The year-end report of a list (GET /slates/:id/report): figures within the caller's scope. */
export interface SlateReport {
  slate: { id: number; orgId: number; orgName: string; year: number; title: string; documentNo: string | null; published: boolean; closedOn: string | null };
  asOf: string;
  summary: { projects: number; completed: number; inProgress: number; planned: number; budgetYuan: number; spentYuan: number; surveyResponses: number; satisfactionAverage: number | null; settlementForms: number; settlementSatisfied: number };
  projects: {
    id: number; no: number; title: string; category: Category; responsibleOrgName: string | null; status: ProjectStatus; percent: number | null; suppressed: boolean;
    budgetYuan: number | null; spentYuan: number; pendingYuan: number; budgetUsedPercent: number | null;
    targets: { targetId: number; parentTargetId: number | null; indicator: string; unit: string; planned: number; actual: number | null; pending: number | null; percent: number | null; suppressed: boolean }[];
    milestones: { total: number; done: number; overdue: number };
    satisfaction: { surveys: number; responses: number; ratingAverage: number | null };
    settlementSatisfaction: { settlements: number; responses: number; satisfied: number; persons: number; satisfiedPercent: number | null };
  }[];
}

export function useSlateReport(id: number | undefined) {
  return useQuery({ queryKey: [...slateKeys.detail(id ?? 0), 'report'], queryFn: () => api.get<SlateReport>(`/slates/${id}/report`), enabled: !!id });
}
