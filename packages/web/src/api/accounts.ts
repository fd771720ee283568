import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api, type Page } from './client.ts';

export interface Account {
  id: number;
  username: string;
  displayName: string;
  role: string;
  roleName: Bilingual;
  status: 'active' | 'disabled';
  disabledAt: string | null;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  passwordChangedAt: string | null;
  mustChangePassword: boolean;
  holderIdMasked: string | null;
  orgId: number;
  orgName: string;
  orgKind: string;
  liveSessions: number;
  abilities: { update: boolean; disable: boolean; enable: boolean; resetPassword: boolean; endSessions: boolean; unlock: boolean; setHolder: boolean };
}

export interface AccountCreate {
  username: string;
  displayName: string;
  role: string;
  orgId: number;
  idNumber: string;
  password?: string;
}

export interface AccountUpdate {
  displayName?: string;
  role?: string;
  orgId?: number;
  idNumber?: string;
}

export interface AccountFilters {
  q?: string;
  role?: string;
  status?: 'active' | 'disabled' | 'locked' | 'password-change';
  page: number;
  pageSize: number;
}

export function useAccounts(f: AccountFilters) {
  return useQuery({ queryKey: ['accounts', f], queryFn: () => api.get<Page<Account>>('/accounts', { ...f }), placeholderData: keepPreviousData });
}

/** Every change to an account refreshes the list (status, sessions, abilities change together). */
function useAccountMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: ['accounts'] }) });
}

export const useCreateAccount = () => useAccountMutation((v: AccountCreate) => api.post<{ id: number; temporaryPassword?: string }>('/accounts', v));
export const useUpdateAccount = () => useAccountMutation((v: { id: number; patch: AccountUpdate }) => api.patch<Account & { sessionsEnded: number }>(`/accounts/${v.id}`, v.patch));
export const useDisableAccount = () => useAccountMutation((v: { id: number; reason: string }) => api.post<Account & { sessionsEnded: number }>(`/accounts/${v.id}/disable`, { reason: v.reason }));
export const useEnableAccount = () => useAccountMutation((id: number) => api.post<Account>(`/accounts/${id}/enable`));
export const useResetPassword = () => useAccountMutation((id: number) => api.post<{ temporaryPassword: string; sessionsEnded: number }>(`/accounts/${id}/reset-password`));
export const useEndSessions = () => useAccountMutation((id: number) => api.post<{ sessionsEnded: number }>(`/accounts/${id}/end-sessions`));
export const useUnlockAccount = () => useAccountMutation((id: number) => api.post<{ ok: true }>(`/accounts/${id}/unlock`));
