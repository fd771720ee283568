import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api, type Page } from './client.ts';

export type OrgKind = 'municipal' | 'department' | 'agency' | 'district' | 'industry' | 'street' | 'park' | 'grassroots' | 'platform';
export const orgKinds: OrgKind[] = ['municipal', 'department', 'agency', 'district', 'industry', 'street', 'park', 'grassroots', 'platform'];

/** Which kinds may hang under which: a fallback while GET /meta (`orgKinds[].allowedParents`) loads. */
export const childKinds: Record<OrgKind, OrgKind[]> = {
  municipal: ['department', 'agency', 'district', 'industry', 'platform'],
  department: [],
  agency: [],
  district: ['street', 'park', 'grassroots', 'platform'],
  industry: ['grassroots'],
  street: ['park', 'grassroots'],
  park: ['grassroots'],
  grassroots: [],
  platform: [],
};

export interface OrgAbilities {
  update: boolean;
  createChild: boolean;
  move: boolean;
  deactivate: boolean;
  /** Sent by the server since /meta: true only when the org may be deleted (never had members or accounts). */
  delete?: boolean;
}

export interface Org {
  id: number;
  parentId: number | null;
  kind: OrgKind;
  kindName: Bilingual;
  name: string;
  shortName: string | null;
  code: string | null;
  unitCategory: 'ordinary' | 'special';
  /** A department's or agency's function (finance, mutual-aid-centre, …): who prepares which payouts. */
  functionCode?: string | null;
  allocationNo: number | null;
  status: 'active' | 'inactive';
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  depth: number;
  childCount?: number;
  abilities: OrgAbilities;
}

export interface OrgDetail extends Org {
  ancestors: { id: number; name: string; kind: OrgKind }[];
  counts: { children: number; descendants: number; members: number; membersEver?: number };
}

export interface OrgListQuery {
  parentId?: number;
  q?: string;
  kind?: OrgKind;
  status?: 'active' | 'inactive' | 'all';
  page?: number;
  pageSize?: number;
}

export interface OrgInput {
  parentId?: number;
  kind?: OrgKind;
  name?: string;
  shortName?: string;
  code?: string;
  unitCategory?: 'ordinary' | 'special';
  address?: string;
  contactName?: string;
  contactPhone?: string;
}

export const orgKeys = {
  all: ['orgs'] as const,
  root: () => ['orgs', 'root'] as const,
  list: (q: OrgListQuery) => ['orgs', 'list', q] as const,
  detail: (id: number) => ['orgs', 'detail', id] as const,
};

export const fetchOrgs = (q: OrgListQuery) => api.get<Page<Org>>('/orgs', { ...q });

export function useOrgRoot(enabled = true) {
  return useQuery({ queryKey: orgKeys.root(), queryFn: () => api.get<Org>('/orgs/root'), enabled });
}

export function useOrgs(q: OrgListQuery, enabled = true) {
  return useQuery({ queryKey: orgKeys.list(q), queryFn: () => fetchOrgs(q), enabled, placeholderData: keepPreviousData });
}

export function useOrg(id: number | null | undefined) {
  return useQuery({ queryKey: orgKeys.detail(id ?? 0), queryFn: () => api.get<OrgDetail>(`/orgs/${id}`), enabled: !!id });
}

function useOrgMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }) });
}

export const useCreateOrg = () => useOrgMutation((v: OrgInput) => api.post<Org>('/orgs', v));
export const useUpdateOrg = () => useOrgMutation(({ id, ...v }: OrgInput & { id: number }) => api.patch<Org>(`/orgs/${id}`, v));
export const useMoveOrg = () => useOrgMutation(({ id, parentId }: { id: number; parentId: number }) => api.post<Org>(`/orgs/${id}/move`, { parentId }));
export const useSetOrgStatus = () =>
  useOrgMutation(({ id, active }: { id: number; active: boolean }) => api.post<Org>(`/orgs/${id}/${active ? 'activate' : 'deactivate'}`));
export const useDeleteOrg = () => useOrgMutation((id: number) => api.delete<void>(`/orgs/${id}`));
export const useImportOrgs = () =>
  useOrgMutation(({ file, dryRun }: { file: File; dryRun: boolean }) => {
    const form = new FormData();
    form.append('file', file);
    return api.upload<{ imported: number; valid?: number; dryRun?: boolean }>('/orgs/import', form, { dryRun });
  });
