// Member protection (会员专享基本保障): the cover register, collective lists, remittances and claims.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiBody, ApiItem, ApiResult } from './contract.ts';

export type Plan = ApiItem<'/protection/enrollments'>['plan'];
export type ClaimType = ApiItem<'/protection/claims'>['claimType'];
export type ClaimStatus = ApiItem<'/protection/claims'>['status'];

export type Cover = ApiItem<'/protection/enrollments'>;
export type Summary = ApiResult<'/protection/summary'>;
export type Sums = Summary['total'];
export type List = ApiItem<'/protection/lists'>;
export type Batch = ApiResult<'/protection/batches/{id}'>;
export type Remittance = ApiItem<'/protection/remittances'>;
export type Claim = ApiItem<'/protection/claims'>;
/** The server declares the evaluation as an open record: the page reads these parts of it. */
export type ClaimDetail = Omit<ApiResult<'/protection/claims/{id}'>, 'evaluation'> & {
  evaluation: { input?: Record<string, unknown>; output?: Record<string, unknown>; trace?: unknown[]; policy?: string };
};

export const protectionKeys = { all: ['protection'] as const };

export const useMyCovers = () => useQuery({ queryKey: ['protection', 'mine'], queryFn: () => api.get<ApiResult<'/me/protection'>>('/me/protection') });
export const useMyClaims = () =>
  useQuery({ queryKey: ['protection', 'my-claims'], queryFn: () => api.get<ApiResult<'/me/protection/claims'>>('/me/protection/claims') });
export const useSummary = (year: number) =>
  useQuery({ queryKey: ['protection', 'summary', year], queryFn: () => api.get<Summary>('/protection/summary', { year }) });
export const useEnrollments = (q: { year: number; page: number; q?: string; plan?: string }) =>
  useQuery({
    queryKey: ['protection', 'enrollments', q],
    queryFn: () => api.get<ApiResult<'/protection/enrollments'>>('/protection/enrollments', { ...q, pageSize: 20 }),
  });
export const useLists = (year: number) =>
  useQuery({ queryKey: ['protection', 'lists', year], queryFn: () => api.get<ApiResult<'/protection/lists'>>('/protection/lists', { year, pageSize: 100 }) });
export const useRemittances = (year: number) =>
  useQuery({
    queryKey: ['protection', 'remittances', year],
    queryFn: () => api.get<ApiResult<'/protection/remittances'>>('/protection/remittances', { year }),
  });
export const useClaims = (q: { page: number; status?: string; overdue?: boolean }) =>
  useQuery({
    queryKey: ['protection', 'claims', q],
    queryFn: () =>
      api.get<ApiResult<'/protection/claims'>>('/protection/claims', { page: q.page, pageSize: 20, status: q.status, overdue: q.overdue ? 'true' : undefined }),
  });
export const useClaim = (id: number) =>
  useQuery({ queryKey: ['protection', 'claim', id], queryFn: () => api.get<ClaimDetail>(`/protection/claims/${id}`), enabled: id > 0 });
export const useBatchStatus = (id: number | null) =>
  useQuery({
    queryKey: ['protection', 'batch', id],
    queryFn: () => api.get<Batch>(`/protection/batches/${id}`),
    enabled: !!id,
    refetchInterval: (q) => (q.state.data?.status === 'building' ? 1000 : false),
  });

function useProtectionMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void qc.invalidateQueries({ queryKey: protectionKeys.all }) });
}
export const useBuildLists = () =>
  useProtectionMutation((v: ApiBody<'/protection/lists', 'post'>) => api.post<ApiResult<'/protection/lists', 'post'>>('/protection/lists', v));
export const useListAction = () =>
  useProtectionMutation(({ id, action }: { id: number; action: 'submit' | 'confirm' }) =>
    api.post<ApiResult<'/protection/lists/{id}/submit', 'post'>>(`/protection/lists/${id}/${action}`),
  );
export const useImportList = () =>
  useProtectionMutation(({ id, file }: { id: number; file: File }) => {
    const f = new FormData();
    f.append('file', file);
    return api.upload<ApiResult<'/protection/lists/{id}/import', 'post'>>(`/protection/lists/${id}/import`, f);
  });
export const useUploadVoucher = () =>
  useProtectionMutation(({ year, amount, file }: { year: number; amount: number; file: File }) => {
    const f = new FormData();
    f.append('year', String(year));
    f.append('amount', String(amount));
    f.append('file', file);
    return api.upload<ApiResult<'/protection/remittances', 'post'>>('/protection/remittances', f);
  });
export const useReconcile = () =>
  useProtectionMutation(({ id, received }: { id: number; received: number }) =>
    api.post<ApiResult<'/protection/remittances/{id}/reconcile', 'post'>>(`/protection/remittances/${id}/reconcile`, { received }),
  );
export const useFileClaim = () =>
  useProtectionMutation((v: ApiBody<'/me/protection/claims', 'post'>) => api.post<ApiResult<'/me/protection/claims', 'post'>>('/me/protection/claims', v));
export const useClaimAction = () =>
  useProtectionMutation(({ id, action, body }: { id: number; action: 'approve' | 'reject' | 'pay'; body: Record<string, unknown> }) =>
    api.post<ClaimDetail>(`/protection/claims/${id}/${action}`, body),
  );

// Flexible workers' C/D cover (002 “五送”, 001 项目7).
export type FlexibleCover = ApiItem<'/protection/flexible/covers'>;
export type FlexibleKind = FlexibleCover['deliveries'][number]['kind'];
export type FlexibleSummary = ApiResult<'/protection/flexible/summary'>;
export const useFlexibleSummary = (year: number) =>
  useQuery({ queryKey: ['protection', 'flexible-summary', year], queryFn: () => api.get<FlexibleSummary>('/protection/flexible/summary', { year }) });
export const useFlexibleCovers = (q: { year: number; page: number; q?: string; plan?: string; checkup?: string }) =>
  useQuery({
    queryKey: ['protection', 'flexible', q],
    queryFn: () => api.get<ApiResult<'/protection/flexible/covers'>>('/protection/flexible/covers', { ...q, pageSize: 20 }),
  });
export const useEnrollFlexible = () =>
  useProtectionMutation((v: ApiBody<'/protection/flexible/covers', 'post'>) =>
    api.post<ApiResult<'/protection/flexible/covers', 'post'>>('/protection/flexible/covers', v),
  );
export const useRecordDelivery = () =>
  useProtectionMutation(({ id, ...body }: { id: number } & ApiBody<'/protection/flexible/covers/{id}/deliveries', 'post'>) =>
    api.post<ApiResult<'/protection/flexible/covers/{id}/deliveries', 'post'>>(`/protection/flexible/covers/${id}/deliveries`, body),
  );
