// Member protection (会员专享基本保障): the cover register, collective lists, remittances and claims.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api, type Page } from './client.ts';

export type Plan = 'A' | 'B' | 'A+' | 'B+';
export type ClaimType = 'critical-illness' | 'accidental-death' | 'accidental-total-disability' | 'disease-death' | 'hospitalization';
export type ClaimStatus = 'filed' | 'approved' | 'rejected' | 'paid';

export interface Cover {
  id: number; year: number; membershipId: number; memberNo: string; name: string; idMasked: string | null; orgId: number; orgName: string;
  plan: Plan; planName?: Bilingual; mode: 'collective' | 'new-card' | 'card-without-cover' | 'individual'; unitCategory: 'ordinary' | 'special';
  term: string; coverageStart: string; coverageEnd: string; premium: number; citySubsidy: number; remainder: number; payer: 'union' | 'member';
  status: string; paymentState: 'unpaid' | 'remitted' | 'paid'; paymentDue: string | null; paidOn: string | null; policy: string;
  /** Where today stands in the coverage period (the server's clock). */
  phase: 'not-started' | 'in-force' | 'ended';
}
export interface Sums { members: number; confirmed: number; premium: number; citySubsidy: number; remainder: number }
export interface Summary { year: number; total: Sums; byPlan: (Sums & { plan: Plan })[]; byRegion: (Sums & { regionId: number | null; regionName: string | null })[]; byUnion: (Sums & { orgId: number; orgName: string })[] }
export interface List {
  id: number; year: number; orgId: number; orgName: string; plan: Plan; planName: Bilingual; unitCategory: string; status: string; coverageStart: string; coverageEnd: string;
  premium: number; citySubsidy: number; remainder: number; members: number; excluded: number; totals: { premium: number; citySubsidy: number; remainder: number };
  submittedOn: string | null; confirmedOn: string | null; remittanceId: number | null; abilities: { edit: boolean; submit: boolean; confirm: boolean };
  windows: { submit: { from: string; to: string }; confirm: { from: string; to: string }; voucherBy: string; source: string } | null;
}
export interface Batch { id: number; status: 'building' | 'done' | 'failed'; lists: number; members: number; progress: { phase: string; done: number; total: number } | null; error: Bilingual | null }
export interface Remittance { id: number; year: number; regionId: number; regionName: string | null; status: 'remitted' | 'reconciled'; expected: number; declared: number; received: number | null; late: boolean; uploadedOn: string; reconciledOn: string | null }
export interface Claim {
  id: number; coverId: number; membershipId: number; memberNo: string; name: string; idMasked: string | null; orgName: string; year: number; plan: Plan; planName: Bilingual;
  mode: Cover['mode'] | null; coverageStart: string | null; coverageEnd: string | null; claimType: ClaimType; claimTypeName: Bilingual; eventDate: string; hospitalDays: number | null;
  filedOn: string; filedAs: 'member' | 'unit'; status: ClaimStatus; statusName: Bilingual; amount: number; filingDeadline: string | null; payWithinDays: number | null; payBy: string | null;
  overdue: boolean; payTo: 'member-card' | 'regional-union'; payToOrgName: string | null; reviewReason: string | null; reviewedOn: string | null; paidOn: string | null;
  paymentReference: string | null; description: string | null; documents: { id: number; type: string; fileName: string }[]; abilities: { review: boolean; pay: boolean };
}
export interface ClaimDetail extends Claim { evaluation: { input?: Record<string, unknown>; output?: Record<string, unknown>; trace?: unknown[]; policy?: string } }

export const protectionKeys = { all: ['protection'] as const };

export const useMyCovers = () => useQuery({ queryKey: ['protection', 'mine'], queryFn: () => api.get<{ items: (Cover & { planName: Bilingual })[]; flexible?: FlexibleCover[] }>('/me/protection') });
export const useMyClaims = () => useQuery({ queryKey: ['protection', 'my-claims'], queryFn: () => api.get<{ items: Claim[] }>('/me/protection/claims') });
export const useSummary = (year: number) => useQuery({ queryKey: ['protection', 'summary', year], queryFn: () => api.get<Summary>('/protection/summary', { year }) });
export const useEnrollments = (q: { year: number; page: number; q?: string; plan?: string }) => useQuery({ queryKey: ['protection', 'enrollments', q], queryFn: () => api.get<Page<Cover>>('/protection/enrollments', { ...q, pageSize: 20 }) });
export const useLists = (year: number) => useQuery({ queryKey: ['protection', 'lists', year], queryFn: () => api.get<Page<List>>('/protection/lists', { year, pageSize: 100 }) });
export const useRemittances = (year: number) => useQuery({ queryKey: ['protection', 'remittances', year], queryFn: () => api.get<{ items: Remittance[] }>('/protection/remittances', { year }) });
export const useClaims = (q: { page: number; status?: string; overdue?: boolean }) =>
  useQuery({ queryKey: ['protection', 'claims', q], queryFn: () => api.get<Page<Claim>>('/protection/claims', { page: q.page, pageSize: 20, status: q.status, overdue: q.overdue ? 'true' : undefined }) });
export const useClaim = (id: number) => useQuery({ queryKey: ['protection', 'claim', id], queryFn: () => api.get<ClaimDetail>(`/protection/claims/${id}`), enabled: id > 0 });
export const useBatchStatus = (id: number | null) =>
  useQuery({ queryKey: ['protection', 'batch', id], queryFn: () => api.get<Batch>(`/protection/batches/${id}`), enabled: !!id, refetchInterval: (q) => (q.state.data?.status === 'building' ? 1000 : false) });

function useProtectionMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void qc.invalidateQueries({ queryKey: protectionKeys.all }) });
}
export const useBuildLists = () => useProtectionMutation((v: { year: number; orgId: number; plan: Plan }) => api.post<{ batchId: number }>('/protection/lists', v));
export const useListAction = () => useProtectionMutation(({ id, action }: { id: number; action: 'submit' | 'confirm' }) => api.post<List>(`/protection/lists/${id}/${action}`));
export const useImportList = () =>
  useProtectionMutation(({ id, file }: { id: number; file: File }) => {
    const f = new FormData();
    f.append('file', file);
    return api.upload<{ result: { rows: number; excluded: number; included: number } }>(`/protection/lists/${id}/import`, f);
  });
export const useUploadVoucher = () =>
  useProtectionMutation(({ year, amount, file }: { year: number; amount: number; file: File }) => {
    const f = new FormData();
    f.append('year', String(year));
    f.append('amount', String(amount));
    f.append('file', file);
    return api.upload<Remittance>('/protection/remittances', f);
  });
export const useReconcile = () => useProtectionMutation(({ id, received }: { id: number; received: number }) => api.post<Remittance>(`/protection/remittances/${id}/reconcile`, { received }));
export const useFileClaim = () =>
  useProtectionMutation((v: { claimType: ClaimType; eventDate: string; hospitalDays?: number; documentIds: number[]; description?: string }) => api.post<ClaimDetail>('/me/protection/claims', v));
export const useClaimAction = () =>
  useProtectionMutation(({ id, action, body }: { id: number; action: 'approve' | 'reject' | 'pay'; body: Record<string, unknown> }) => api.post<ClaimDetail>(`/protection/claims/${id}/${action}`, body));

// Flexible workers' C/D cover (002 “五送”, 001 项目7).
export type FlexibleKind = 'checkup' | 'cooling-gift' | 'warmth-gift' | 'service';
export interface FlexibleCover {
  id: number; year: number; memberId: number; memberNo: string; name: string; idMasked: string | null; orgName: string; plan: 'C' | 'D'; planName: Bilingual;
  channel: 'qr-code' | 'dues' | 'officer'; duesPaid: number; duesPaidOn: string | null; enrolledOn: string; coverageStart: string; coverageEnd: string; maxBenefit: number | null; policy: string;
  deliveries: { kind: FlexibleKind; name: Bilingual; required: boolean; due: string | null; lastDay: string | null; done: { id: number; deliveredOn: string; service: string | null; giftForm: string | null; lateReason: string | null; note: string | null }[] }[];
}
export interface FlexibleSummary { C: { members: number }; D: { members: number; checkups: number } }
export const useFlexibleSummary = (year: number) => useQuery({ queryKey: ['protection', 'flexible-summary', year], queryFn: () => api.get<FlexibleSummary>('/protection/flexible/summary', { year }) });
export const useFlexibleCovers = (q: { year: number; page: number; q?: string; plan?: string; checkup?: string }) =>
  useQuery({ queryKey: ['protection', 'flexible', q], queryFn: () => api.get<Page<FlexibleCover>>('/protection/flexible/covers', { ...q, pageSize: 20 }) });
export const useEnrollFlexible = () => useProtectionMutation((v: { memberId: number; channel: string; duesPaidYuan?: number; duesPaidOn?: string }) => api.post<FlexibleCover>('/protection/flexible/covers', v));
export const useRecordDelivery = () =>
  useProtectionMutation(({ id, ...body }: { id: number; kind: FlexibleKind; deliveredOn: string; service?: string; giftForm?: string; lateReason?: string; note?: string }) => api.post<FlexibleCover>(`/protection/flexible/covers/${id}/deliveries`, body));
