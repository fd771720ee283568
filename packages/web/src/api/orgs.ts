import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiBody, ApiItem, ApiQuery, ApiResult } from './contract.ts';

export type OrgKind = ApiItem<'/orgs'>['kind'];
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

export type Org = ApiItem<'/orgs'>;
export type OrgAbilities = Org['abilities'];
export type OrgDetail = ApiResult<'/orgs/{id}'>;
export type OrgListQuery = ApiQuery<'/orgs'>;
/** The org form's values: a new org's fields (POST /orgs), of which an update sends the editable ones. */
export type OrgInput = Partial<ApiBody<'/orgs', 'post'>>;

export const orgKeys = {
  all: ['orgs'] as const,
  root: () => ['orgs', 'root'] as const,
  list: (q: OrgListQuery) => ['orgs', 'list', q] as const,
  detail: (id: number) => ['orgs', 'detail', id] as const,
};

export const fetchOrgs = (q: OrgListQuery) => api.get<ApiResult<'/orgs'>>('/orgs', { ...q });

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

export const useCreateOrg = () => useOrgMutation((v: OrgInput) => api.post<ApiResult<'/orgs', 'post'>>('/orgs', v));
export const useUpdateOrg = () => useOrgMutation(({ id, ...v }: OrgInput & { id: number }) => api.patch<ApiResult<'/orgs/{id}', 'patch'>>(`/orgs/${id}`, v));
export const useMoveOrg = () =>
  useOrgMutation(({ id, parentId }: { id: number; parentId: number }) => api.post<ApiResult<'/orgs/{id}/move', 'post'>>(`/orgs/${id}/move`, { parentId }));
export const useSetOrgStatus = () =>
  useOrgMutation(({ id, active }: { id: number; active: boolean }) =>
    api.post<ApiResult<'/orgs/{id}/activate', 'post'>>(`/orgs/${id}/${active ? 'activate' : 'deactivate'}`),
  );
export const useDeleteOrg = () => useOrgMutation((id: number) => api.delete<void>(`/orgs/${id}`));
export const useImportOrgs = () =>
  useOrgMutation(({ file, dryRun }: { file: File; dryRun: boolean }) => {
    const form = new FormData();
    form.append('file', file);
    return api.upload<ApiResult<'/orgs/import', 'post'>>('/orgs/import', form, { dryRun });
  });
