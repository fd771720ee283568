import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from './client.ts';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string | null;
  actorRole: string | null;
  action: string;
  actionName: { zh: string; en: string };
  entity: string;
  entityName: { zh: string; en: string };
  /** The record named: an account's holder and username, a member's name and masked ID, an org's name. */
  object: string;
  entityId: string | null;
  summary: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  requestId: string | null;
}

export interface AuditQuery {
  entity?: string;
  action?: string;
  actor?: string;
  orgId?: number;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export interface LoginEntry {
  id: number;
  at: string;
  username: string | null;
  method: 'password' | 'otp';
  success: boolean;
  reason: string | null;
  ip: string | null;
}

export function useAudit(q: AuditQuery) {
  return useQuery({ queryKey: ['audit', q], queryFn: () => api.get<Page<AuditEntry>>('/audit', { ...q }), placeholderData: keepPreviousData });
}

/** The actions written so far in my scope, with their Chinese and English names (the action filter). */
export function useAuditActions() {
  return useQuery({ queryKey: ['audit', 'actions'], queryFn: () => api.get<{ items: { code: string; name: { zh: string; en: string } }[] }>('/audit/actions'), staleTime: 60_000 });
}

export interface LoginQuery {
  username?: string;
  from?: string;
  to?: string;
  success?: 'true' | 'false';
  page: number;
  pageSize: number;
}

export function useLoginLog(q: LoginQuery) {
  return useQuery({ queryKey: ['login-log', q], queryFn: () => api.get<Page<LoginEntry>>('/login-log', { ...q }), placeholderData: keepPreviousData });
}
