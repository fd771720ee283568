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
