import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiBody, ApiItem, ApiQuery, ApiResult } from './contract.ts';

export type MembershipStatus = MemberRow['status'];
export type Sex = MemberRow['sex'];

export type MemberRow = ApiItem<'/members'>;
export type MemberDetail = ApiResult<'/members/{id}'>;
export type Membership = MemberDetail['history'][number];
/** GET /members/:id/history: all of it for the current union, only my own rows for a union the member has left. */
export type MemberHistory = ApiResult<'/members/{id}/history'>;
export type MemberListQuery = ApiQuery<'/members'>;
export type Vocabulary = ApiResult<'/members/vocabulary'>;
export type MemberCreate = ApiBody<'/members', 'post'>;
export type MemberUpdate = ApiBody<'/members/{id}', 'patch'>;

export const memberKeys = {
  all: ['members'] as const,
  list: (q: MemberListQuery) => ['members', 'list', q] as const,
  detail: (id: number) => ['members', 'detail', id] as const,
  vocabulary: ['members', 'vocabulary'] as const,
  me: ['members', 'me'] as const,
};

/** A page of the member list: past 10,000 matching rows the total is a lower bound (`totalCapped`), and only `pageable` rows can be paged through. */
export type MemberPage = ApiResult<'/members'>;

export function useMembers(q: MemberListQuery, enabled = true) {
  return useQuery({ queryKey: memberKeys.list(q), queryFn: () => api.get<MemberPage>('/members', { ...q }), enabled, placeholderData: keepPreviousData });
}

export function useMember(id: number) {
  return useQuery({ queryKey: memberKeys.detail(id), queryFn: () => api.get<MemberDetail>(`/members/${id}`), enabled: id > 0 });
}

export function useMemberHistory(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...memberKeys.detail(id), 'history'],
    queryFn: () => api.get<MemberHistory>(`/members/${id}/history`),
    enabled: enabled && id > 0,
  });
}

export type MemberStats = ApiResult<'/members/stats'>;

/** Active members in scope (or under `orgId`), counted by card status, sex and category in one call. */
export function useMemberStats(orgId?: number, enabled = true) {
  return useQuery({
    queryKey: ['members', 'stats', orgId ?? null],
    queryFn: () => api.get<MemberStats>('/members/stats', { orgId }),
    enabled,
    staleTime: 60_000,
  });
}

export function useMyMember() {
  return useQuery({ queryKey: memberKeys.me, queryFn: () => api.get<MemberDetail>('/me/member') });
}

export function useVocabulary(enabled = true) {
  return useQuery({ queryKey: memberKeys.vocabulary, queryFn: () => api.get<Vocabulary>('/members/vocabulary'), staleTime: Infinity, enabled });
}

function useMemberMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: memberKeys.all });
      void qc.invalidateQueries({ queryKey: ['orgs'] });
    },
  });
}

export const useCreateMember = () => useMemberMutation((v: MemberCreate) => api.post<ApiResult<'/members', 'post'>>('/members', v));
export const useUpdateMember = () =>
  useMemberMutation(({ id, ...v }: MemberUpdate & { id: number }) => api.patch<ApiResult<'/members/{id}', 'patch'>>(`/members/${id}`, v));
export const useTransferMember = () =>
  useMemberMutation(({ id, ...v }: { id: number } & ApiBody<'/members/{id}/transfer', 'post'>) =>
    api.post<ApiResult<'/members/{id}/transfer', 'post'>>(`/members/${id}/transfer`, v),
  );
export const useEndMembership = () =>
  useMemberMutation(({ id, ...v }: { id: number } & ApiBody<'/members/{id}/end', 'post'>) =>
    api.post<ApiResult<'/members/{id}/end', 'post'>>(`/members/${id}/end`, v),
  );

/** Full ID number and mobile; every call is written to the audit log, so it is never cached. */
export function useRevealMember() {
  return useMutation({ mutationFn: (id: number) => api.post<ApiResult<'/members/{id}/reveal', 'post'>>(`/members/${id}/reveal`) });
}
