// Policy versions entered from the UI: next year's version drafted, previewed, approved by a second person.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api } from './client.ts';

export interface EnteredVersion {
  id: number;
  program: string;
  policy: string;
  from: string;
  to: string | null;
  source: string;
  note: Bilingual | null;
  basePolicy: string | null;
  carriedOver: boolean;
  status: 'draft' | 'approved' | 'rejected';
  origin: 'entered';
  createdBy: string | null;
  createdById: number | null;
  createdAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  values?: Record<string, unknown>;
}
export interface BundledVersion { policy: string; from: string; to: string | null; source: string; note: Bilingual | null; origin: 'bundled'; status: 'approved' }
export interface VersionList { program: string; title: Bilingual; bundled: BundledVersion[]; items: EnteredVersion[] }
export interface VersionTemplate {
  program: string;
  title: Bilingual;
  basePolicy: string;
  baseSource: string;
  suggested: { policy: string; from: string; to: string };
  parameters: { name: string; unit: string; value: unknown; source: string; reading?: Bilingual }[];
}
type Outcome = { eligible: boolean; output: Record<string, unknown>; reasons: string[] } | { error: Bilingual };
export interface VersionPreview { id: number; total: number; changed: number; unchanged: number; items: { name: string; date: string; changed: boolean; before: Outcome; after: Outcome }[] }

const keys = {
  list: (code: string) => ['policy', 'versions', code] as const,
  template: (code: string) => ['policy', 'version-template', code] as const,
  preview: (id: number) => ['policy', 'version-preview', id] as const,
};

export const useVersions = (code: string | undefined) =>
  useQuery({ queryKey: keys.list(code ?? ''), queryFn: () => api.get<VersionList>(`/policy/programs/${encodeURIComponent(code!)}/versions`), enabled: !!code });
export const useVersionTemplate = (code: string | undefined, enabled: boolean) =>
  useQuery({ queryKey: keys.template(code ?? ''), queryFn: () => api.get<VersionTemplate>(`/policy/programs/${encodeURIComponent(code!)}/version-template`), enabled: !!code && enabled });
export const useVersionPreview = (id: number | undefined) =>
  useQuery({ queryKey: keys.preview(id ?? 0), queryFn: () => api.get<VersionPreview>(`/policy/versions/${id}/preview`), enabled: !!id });

function useInvalidate() {
  const qc = useQueryClient();
  // A decided version has no preview any more (409): leave its preview out of the refresh.
  return () => void qc.invalidateQueries({ queryKey: ['policy'], predicate: (q) => q.queryKey[1] !== 'version-preview' });
}
export function useCreateVersion() {
  const done = useInvalidate();
  return useMutation({ mutationFn: (v: { program: string; policy: string; from: string; to?: string; source: string; noteZh?: string; basePolicy?: string; values: Record<string, unknown> }) => api.post<EnteredVersion>('/policy/versions', v), onSuccess: done });
}
export function useDecideVersion() {
  const done = useInvalidate();
  return useMutation({ mutationFn: ({ id, action, note }: { id: number; action: 'approve' | 'reject'; note?: string }) => api.post<EnteredVersion>(`/policy/versions/${id}/${action}`, { note }), onSuccess: done });
}
