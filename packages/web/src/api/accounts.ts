import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiBody, ApiItem, ApiQuery, ApiResult } from './contract.ts';

export type Account = ApiItem<'/accounts'>;
export type AccountCreate = ApiBody<'/accounts', 'post'>;
export type AccountUpdate = ApiBody<'/accounts/{id}', 'patch'>;

/** The list's filters; the page and its size are always sent. */
export type AccountFilters = ApiQuery<'/accounts'> & { page: number; pageSize: number };

export function useAccounts(f: AccountFilters) {
  return useQuery({ queryKey: ['accounts', f], queryFn: () => api.get<ApiResult<'/accounts'>>('/accounts', { ...f }), placeholderData: keepPreviousData });
}

/** Every change to an account refreshes the list (status, sessions, abilities change together). */
function useAccountMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: ['accounts'] }) });
}

export const useCreateAccount = () => useAccountMutation((v: AccountCreate) => api.post<ApiResult<'/accounts', 'post'>>('/accounts', v));
export const useUpdateAccount = () =>
  useAccountMutation((v: { id: number; patch: AccountUpdate }) => api.patch<ApiResult<'/accounts/{id}', 'patch'>>(`/accounts/${v.id}`, v.patch));
export const useDisableAccount = () =>
  useAccountMutation((v: { id: number; reason: string }) =>
    api.post<ApiResult<'/accounts/{id}/disable', 'post'>>(`/accounts/${v.id}/disable`, { reason: v.reason }),
  );
export const useEnableAccount = () => useAccountMutation((id: number) => api.post<ApiResult<'/accounts/{id}/enable', 'post'>>(`/accounts/${id}/enable`));
export const useResetPassword = () =>
  useAccountMutation((id: number) => api.post<ApiResult<'/accounts/{id}/reset-password', 'post'>>(`/accounts/${id}/reset-password`));
export const useEndSessions = () =>
  useAccountMutation((id: number) => api.post<ApiResult<'/accounts/{id}/end-sessions', 'post'>>(`/accounts/${id}/end-sessions`));
export const useUnlockAccount = () => useAccountMutation((id: number) => api.post<ApiResult<'/accounts/{id}/unlock', 'post'>>(`/accounts/${id}/unlock`));
