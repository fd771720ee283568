// The published yearly lists (slates) and the projects added to them.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { ApiBody, ApiItem, ApiResult, Narrow } from '../contract.ts';
import type { Category, ProjectStatus } from './common.ts';
import type { Project } from './projects.ts';

/** `projectCount` is in GET /slates items only (not in what POST /slates answers). */
export type Slate = Narrow<ApiItem<'/slates'>, { projectCount?: number }>;
type SlateAnswer = ApiResult<'/slates/{id}'>;
/** The server answers category and status as z.string(): narrowed to the vocabulary it writes. */
export type SlateProject = Narrow<SlateAnswer['projects'][number], { category: Category; status: ProjectStatus }>;
export type SlateDetail = Narrow<SlateAnswer, { projects: SlateProject[] }>;
/** The list form's values: a new list's fields (POST /slates), of which an update sends the editable ones. */
export type SlateInput = Partial<ApiBody<'/slates', 'post'>>;
/** Query keys of the yearly lists: all under ['slates']. */
export const slateKeys = {
  all: ['slates'] as const,
  list: (q: { year?: number; orgId?: number }) => ['slates', 'list', q] as const,
  detail: (id: number) => ['slates', 'detail', id] as const,
};

export function useSlates(q: { year?: number; orgId?: number } = {}, enabled = true) {
  return useQuery({
    queryKey: slateKeys.list(q),
    queryFn: () => api.get<ApiResult<'/slates'>>('/slates', { ...q }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSlate(id: number | undefined) {
  return useQuery({ queryKey: slateKeys.detail(id ?? 0), queryFn: () => api.get<SlateDetail>(`/slates/${id}`), enabled: !!id });
}

export function useSlateMutations(id?: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: slateKeys.all });
  return {
    create: useMutation({ mutationFn: (v: SlateInput) => api.post<ApiResult<'/slates', 'post'>>('/slates', v), onSuccess: done }),
    update: useMutation({ mutationFn: (v: SlateInput) => api.patch<ApiResult<'/slates/{id}', 'patch'>>(`/slates/${id}`, v), onSuccess: done }),
    publish: useMutation({
      mutationFn: () => api.post<ApiResult<'/slates/{id}/publish', 'post'>>(`/slates/${id}/publish`),
      onSuccess: () => qc.invalidateQueries(),
    }),
    close: useMutation({ mutationFn: () => api.post<ApiResult<'/slates/{id}/close', 'post'>>(`/slates/${id}/close`), onSuccess: () => qc.invalidateQueries() }),
    addProject: useMutation({ mutationFn: (v: ApiBody<'/slates/{id}/projects', 'post'>) => api.post<Project>(`/slates/${id}/projects`, v), onSuccess: done }),
  };
}

/** The year-end report of a list (GET /slates/:id/report): figures within the caller's scope. Kept by hand: the server declares it as { slate: { id, year } } and passes the rest through. */
export interface SlateReport {
  slate: { id: number; orgId: number; orgName: string; year: number; title: string; documentNo: string | null; published: boolean; closedOn: string | null };
  asOf: string;
  summary: {
    projects: number;
    completed: number;
    inProgress: number;
    planned: number;
    budgetYuan: number;
    spentYuan: number;
    surveyResponses: number;
    satisfactionAverage: number | null;
    settlementForms: number;
    settlementSatisfied: number;
  };
  projects: {
    id: number;
    no: number;
    title: string;
    category: Category;
    responsibleOrgName: string | null;
    status: ProjectStatus;
    percent: number | null;
    suppressed: boolean;
    budgetYuan: number | null;
    spentYuan: number;
    pendingYuan: number;
    budgetUsedPercent: number | null;
    targets: {
      targetId: number;
      parentTargetId: number | null;
      indicator: string;
      unit: string;
      planned: number;
      actual: number | null;
      pending: number | null;
      percent: number | null;
      suppressed: boolean;
    }[];
    milestones: { total: number; done: number; overdue: number };
    satisfaction: { surveys: number; responses: number; ratingAverage: number | null };
    settlementSatisfaction: { settlements: number; responses: number; satisfied: number; persons: number; satisfiedPercent: number | null };
  }[];
}

export function useSlateReport(id: number | undefined) {
  return useQuery({ queryKey: [...slateKeys.detail(id ?? 0), 'report'], queryFn: () => api.get<SlateReport>(`/slates/${id}/report`), enabled: !!id });
}
