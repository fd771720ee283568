// Gig workers' mutual protection (新就业形态劳动者互助保障计划, 001 项目5): rosters, covers and claims.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiBody, ApiItem, ApiResult } from './contract.ts';

export type RosterStatus = Roster['status'];
export type GigCoverStatus = GigCover['status'];
export type GigClaimType = GigClaim['claimType'];
export const gigClaimTypes: GigClaimType[] = [
  'hospital-allowance',
  'critical-illness',
  'critical-illness-medical',
  'disease-death',
  'accidental-death',
  'accidental-disability',
  'accidental-injury',
];

export type Roster = ApiItem<'/protection/gig/rosters'>;
export type GigCover = ApiItem<'/protection/gig/covers'>;
export type GigClaim = ApiItem<'/protection/gig/claims'>;
export type GigClaimIn = ApiBody<'/protection/gig/claims', 'post'>;

const key = ['gig'] as const;
export const useRosters = (q: { page: number; status?: RosterStatus }) =>
  useQuery({
    queryKey: [...key, 'rosters', q],
    queryFn: () => api.get<ApiResult<'/protection/gig/rosters'>>('/protection/gig/rosters', { ...q, pageSize: 20 }),
  });
export const useRosterRows = (id: number | null, page: number) =>
  useQuery({
    queryKey: [...key, 'rows', id, page],
    enabled: id !== null,
    queryFn: () => api.get<ApiResult<'/protection/gig/rosters/{id}/rows'>>(`/protection/gig/rosters/${id}/rows`, { page, pageSize: 50 }),
  });
export const useGigCovers = (q: { page: number; q?: string; status?: GigCoverStatus }) =>
  useQuery({ queryKey: [...key, 'covers', q], queryFn: () => api.get<ApiResult<'/protection/gig/covers'>>('/protection/gig/covers', { ...q, pageSize: 20 }) });
/** One claim with what the engine computed (its trace): the detail page. The server declares the evaluation as an open record. */
export type GigClaimDetail = Omit<ApiResult<'/protection/gig/claims/{id}'>, 'evaluation'> & {
  evaluation: { policy?: string; trace?: unknown[] } & Record<string, unknown>;
};
export const useGigClaim = (id: number) =>
  useQuery({ queryKey: [...key, 'claim', id], enabled: id > 0, queryFn: () => api.get<GigClaimDetail>(`/protection/gig/claims/${id}`) });
export const useGigClaims = (q: { page: number }) =>
  useQuery({ queryKey: [...key, 'claims', q], queryFn: () => api.get<ApiResult<'/protection/gig/claims'>>('/protection/gig/claims', { ...q, pageSize: 20 }) });

function useGigMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: key }) });
}
export const useUploadRoster = () =>
  useGigMutation((file: File) => {
    const f = new FormData();
    f.append('file', file);
    return api.upload<ApiResult<'/protection/gig/rosters/upload', 'post'>>('/protection/gig/rosters/upload', f);
  });
export const useReviewRoster = () =>
  useGigMutation(({ id, action, reason }: { id: number; action: 'approve' | 'return'; reason?: string }) =>
    api.post<ApiResult<'/protection/gig/rosters/{id}/approve', 'post'>>(`/protection/gig/rosters/${id}/${action}`, action === 'return' ? { reason } : {}),
  );
export const useFileGigClaim = () =>
  useGigMutation((body: GigClaimIn) => api.post<ApiResult<'/protection/gig/claims', 'post'>>('/protection/gig/claims', body));
export const useGigClaimAction = () =>
  useGigMutation(({ id, action, reason }: { id: number; action: 'approve' | 'reject' | 'pay'; reason?: string }) =>
    api.post<ApiResult<'/protection/gig/claims/{id}/approve', 'post'>>(`/protection/gig/claims/${id}/${action}`, reason ? { reason } : {}),
  );
