// Gig workers' mutual protection (新就业形态劳动者互助保障计划, 001 项目5): rosters, covers and claims.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api, type Page } from './client.ts';

export type RosterStatus = 'submitted' | 'approved' | 'returned';
export type GigCoverStatus = 'pending' | 'active' | 'returned' | 'refused';
export type GigClaimType = 'hospital-allowance' | 'critical-illness' | 'critical-illness-medical' | 'disease-death' | 'accidental-death' | 'accidental-disability' | 'accidental-injury';
export const gigClaimTypes: GigClaimType[] = ['hospital-allowance', 'critical-illness', 'critical-illness-medical', 'disease-death', 'accidental-death', 'accidental-disability', 'accidental-injury'];

export interface Roster {
  id: number; platformId: number; platformName: string; year: number; enrolledOn: string; enrollmentMode: 'centralized' | 'instant'; modeName: Bilingual; term: string;
  coverageStart: string; coverageEnd: string; premium: number; total: number; policy: string; status: RosterStatus; statusName: Bilingual; source: 'file' | 'api';
  fileName: string | null; rows: number; accepted: number; refused: number; submittedAt: string; submittedBy: string; reviewedOn: string | null; reviewReason: string | null;
  abilities: { review: boolean };
}
export interface GigCover {
  id: number; rosterId: number; rowNo: number; platformId: number; platformName: string; year: number; name: string; idMasked: string; phoneMasked: string | null; age: number;
  status: GigCoverStatus; statusName: Bilingual; refusal: { code: string; message: Bilingual } | null; enrollmentMode: 'centralized' | 'instant' | null;
  coverageStart: string | null; coverageEnd: string | null; premium: number | null; waitingDays: Record<string, number> | null; activatedOn: string | null; smsSent: boolean;
}
export interface GigClaim {
  id: number; coverId: number; platformName: string; year: number; name: string; idMasked: string; claimType: GigClaimType; claimTypeName: Bilingual; eventDate: string;
  filedOn: string; filedAs: 'platform' | 'agency'; status: 'filed' | 'approved' | 'rejected' | 'paid'; statusName: Bilingual; amount: number; payBy: string | null; overdue: boolean;
  payTo: 'bank-account' | 'platform-account'; payToName: Bilingual; bank: string | null; accountMasked: string | null; reviewReason: string | null; paidOn: string | null;
  abilities: { review: boolean; pay: boolean };
}
export interface GigClaimIn {
  coverId: number; claimType: GigClaimType; eventDate: string; hospitalDays?: number; outOfPocket?: number; disabilityGrade?: number; outcomeOn?: string;
  bank?: string; accountName?: string; accountNo?: string; description?: string;
}

const key = ['gig'] as const;
export const useRosters = (q: { page: number; status?: RosterStatus }) => useQuery({ queryKey: [...key, 'rosters', q], queryFn: () => api.get<Page<Roster>>('/protection/gig/rosters', { ...q, pageSize: 20 }) });
export const useRosterRows = (id: number | null, page: number) =>
  useQuery({ queryKey: [...key, 'rows', id, page], enabled: id !== null, queryFn: () => api.get<Page<GigCover>>(`/protection/gig/rosters/${id}/rows`, { page, pageSize: 50 }) });
export const useGigCovers = (q: { page: number; q?: string; status?: GigCoverStatus }) => useQuery({ queryKey: [...key, 'covers', q], queryFn: () => api.get<Page<GigCover>>('/protection/gig/covers', { ...q, pageSize: 20 }) });
/** One claim with what the engine computed (its trace): the detail page. */
export interface GigClaimDetail extends GigClaim {
  platformId: number; enrollmentMode: string; coverageStart: string; coverageEnd: string; hospitalDays: number | null; outOfPocket: number | null; disabilityGrade: number | null;
  outcomeOn: string | null; filingDeadline: string | null; payWithinDays: number | null; accountName: string | null; policy: string; reviewedOn: string | null;
  paymentReference: string | null; description: string | null; evaluation: { policy?: string; trace?: unknown[] } & Record<string, unknown>;
}
export const useGigClaim = (id: number) => useQuery({ queryKey: [...key, 'claim', id], enabled: id > 0, queryFn: () => api.get<GigClaimDetail>(`/protection/gig/claims/${id}`) });
export const useGigClaims = (q: { page: number }) => useQuery({ queryKey: [...key, 'claims', q], queryFn: () => api.get<Page<GigClaim>>('/protection/gig/claims', { ...q, pageSize: 20 }) });

function useGigMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: key }) });
}
export const useUploadRoster = () =>
  useGigMutation((file: File) => {
    const f = new FormData();
    f.append('file', file);
    return api.upload<Roster>('/protection/gig/rosters/upload', f);
  });
export const useReviewRoster = () =>
  useGigMutation(({ id, action, reason }: { id: number; action: 'approve' | 'return'; reason?: string }) => api.post<Roster>(`/protection/gig/rosters/${id}/${action}`, action === 'return' ? { reason } : {}));
export const useFileGigClaim = () => useGigMutation((body: GigClaimIn) => api.post<GigClaim>('/protection/gig/claims', body));
export const useGigClaimAction = () =>
  useGigMutation(({ id, action, reason }: { id: number; action: 'approve' | 'reject' | 'pay'; reason?: string }) => api.post<GigClaim>(`/protection/gig/claims/${id}/${action}`, reason ? { reason } : {}));
