import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api, type Page } from './client.ts';

export type MembershipStatus = 'active' | 'transferred' | 'ended';
export type Sex = 'male' | 'female';

export interface MemberRow {
  personId: number;
  membershipId: number;
  name: string;
  idNumber: string;
  mobile: string | null;
  birthDate: string | null;
  sex: Sex | null;
  categories: string[];
  memberNo: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  status: MembershipStatus;
  cardStatus: string | null;
  eMembership: boolean | null;
  orgId: number;
  orgName: string;
  /** The person's current membership is in my scope (the detail page answers); else only their history with my union. */
  current: boolean;
}

export interface Membership {
  membershipId: number;
  memberNo: string | null;
  orgId: number;
  orgName: string;
  unitCategory: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  status: MembershipStatus;
  cardStatus: string | null;
  eMembership: boolean | null;
  note: string | null;
}

export interface MemberDetail {
  personId: number;
  name: string;
  idNumber: string;
  mobile: string | null;
  birthDate: string | null;
  sex: Sex | null;
  categories: string[];
  current: Membership | null;
  history: Membership[];
  abilities: { update: boolean; transfer: boolean; end: boolean; reveal: boolean };
}

/** GET /members/:id/history: all of it for the current union, only my own rows for a union the member has left. */
export interface MemberHistory {
  personId: number;
  name: string;
  idNumber: string;
  current: boolean;
  history: Membership[];
}

export interface MemberListQuery {
  q?: string;
  orgId?: number;
  category?: string;
  cardStatus?: string;
  sex?: Sex;
  status?: MembershipStatus;
  page?: number;
  pageSize?: number;
}

export interface Vocabulary {
  categories: { code: string; name: Bilingual }[];
  cardStatuses: { code: string; name: Bilingual }[];
}

export interface MemberCreate {
  name: string;
  idNumber: string;
  mobile?: string;
  orgId: number;
  joinedOn: string;
  memberNo?: string;
  cardStatus?: string;
  eMembership?: boolean;
  categories?: string[];
}

export interface MemberUpdate {
  name?: string;
  mobile?: string | null;
  cardStatus?: string;
  eMembership?: boolean;
  categories?: string[];
}

export const memberKeys = {
  all: ['members'] as const,
  list: (q: MemberListQuery) => ['members', 'list', q] as const,
  detail: (id: number) => ['members', 'detail', id] as const,
  vocabulary: ['members', 'vocabulary'] as const,
  me: ['members', 'me'] as const,
};

/** A page of the member list: past 10,000 matching rows the total is a lower bound (`totalCapped`), and only `pageable` rows can be paged through. */
export interface MemberPage extends Page<MemberRow> {
  totalCapped: boolean;
  pageable: number;
}

export function useMembers(q: MemberListQuery, enabled = true) {
  return useQuery({ queryKey: memberKeys.list(q), queryFn: () => api.get<MemberPage>('/members', { ...q }), enabled, placeholderData: keepPreviousData });
}

export function useMember(id: number) {
  return useQuery({ queryKey: memberKeys.detail(id), queryFn: () => api.get<MemberDetail>(`/members/${id}`), enabled: id > 0 });
}

export function useMemberHistory(id: number, enabled: boolean) {
  return useQuery({ queryKey: [...memberKeys.detail(id), 'history'], queryFn: () => api.get<MemberHistory>(`/members/${id}/history`), enabled: enabled && id > 0 });
}

export interface MemberStats {
  total: number;
  byCardStatus: Record<string, number>;
  bySex: Record<string, number>;
  byCategory: Record<string, number>;
}

/** Active members in scope (or under `orgId`), counted by card status, sex and category in one call. */
export function useMemberStats(orgId?: number, enabled = true) {
  return useQuery({ queryKey: ['members', 'stats', orgId ?? null], queryFn: () => api.get<MemberStats>('/members/stats', { orgId }), enabled, staleTime: 60_000 });
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

export const useCreateMember = () => useMemberMutation((v: MemberCreate) => api.post<{ personId: number; membershipId: number; memberNo: string }>('/members', v));
export const useUpdateMember = () => useMemberMutation(({ id, ...v }: MemberUpdate & { id: number }) => api.patch<unknown>(`/members/${id}`, v));
export const useTransferMember = () =>
  useMemberMutation(({ id, ...v }: { id: number; toOrgId: number; date: string; note?: string }) => api.post<unknown>(`/members/${id}/transfer`, v));
export const useEndMembership = () =>
  useMemberMutation(({ id, ...v }: { id: number; date: string; reason: string }) => api.post<unknown>(`/members/${id}/end`, v));

/** Full ID number and mobile; every call is written to the audit log, so it is never cached. */
export function useRevealMember() {
  return useMutation({ mutationFn: (id: number) => api.post<{ idNumber: string; mobile: string | null }>(`/members/${id}/reveal`) });
}
