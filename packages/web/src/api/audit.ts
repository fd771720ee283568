import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiItem, ApiQuery, ApiResult } from './contract.ts';

export type AuditEntry = ApiItem<'/audit'>;
/** The web always sends the page and its size. */
export type AuditQuery = ApiQuery<'/audit'> & { page: number; pageSize: number };

export type LoginEntry = ApiItem<'/login-log'>;

export function useAudit(q: AuditQuery) {
  return useQuery({ queryKey: ['audit', q], queryFn: () => api.get<ApiResult<'/audit'>>('/audit', { ...q }), placeholderData: keepPreviousData });
}

/** The actions written so far in my scope, with their Chinese and English names (the action filter). */
export function useAuditActions() {
  return useQuery({ queryKey: ['audit', 'actions'], queryFn: () => api.get<ApiResult<'/audit/actions'>>('/audit/actions'), staleTime: 60_000 });
}

export type LoginQuery = ApiQuery<'/login-log'> & { page: number; pageSize: number };

export function useLoginLog(q: LoginQuery) {
  return useQuery({ queryKey: ['login-log', q], queryFn: () => api.get<ApiResult<'/login-log'>>('/login-log', { ...q }), placeholderData: keepPreviousData });
}
