import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api, type Page } from './client.ts';

export interface Account {
  id: number;
  username: string;
  displayName: string;
  role: string;
  roleName: Bilingual;
  status: string;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  orgId: number;
  orgName: string;
}

export interface AccountCreate {
  username: string;
  displayName: string;
  role: string;
  orgId: number;
  password: string;
}

/** Roles an officer account can have, and the org kinds each binds to (mirrors the server's rule). */
export const accountRoles: { role: string; orgKinds: string[] }[] = [
  { role: 'federation-admin', orgKinds: ['municipal'] },
  { role: 'security-admin', orgKinds: ['municipal'] },
  { role: 'auditor', orgKinds: ['municipal'] },
  { role: 'department-officer', orgKinds: ['department'] },
  { role: 'agency-officer', orgKinds: ['agency'] },
  { role: 'regional-officer', orgKinds: ['district', 'industry'] },
  { role: 'street-officer', orgKinds: ['street', 'park'] },
  { role: 'grassroots-officer', orgKinds: ['grassroots'] },
];

export function useAccounts(page: number, pageSize: number) {
  return useQuery({ queryKey: ['accounts', page, pageSize], queryFn: () => api.get<Page<Account>>('/accounts', { page, pageSize }), placeholderData: keepPreviousData });
}

export function useCreateAccount() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (v: AccountCreate) => api.post<{ id: number }>('/accounts', v), onSuccess: () => qc.invalidateQueries({ queryKey: ['accounts'] }) });
}

export function useUnlockAccount() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: number) => api.post<{ ok: true }>(`/accounts/${id}/unlock`), onSuccess: () => qc.invalidateQueries({ queryKey: ['accounts'] }) });
}
