import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiBody, ApiItem, ApiResult } from './contract.ts';

export type BatchStatus = Batch['status'];

export type Batch = ApiItem<'/payouts/batches'>;
export type Signer = NonNullable<Batch['preparedBy']>;
export type BatchDetail = ApiResult<'/payouts/batches/{id}'>;
export type BatchLine = BatchDetail['lines'][number];
export type MyPayment = ApiItem<'/me/payments'>;

export const payoutKeys = {
  all: ['payouts'] as const,
  list: (programId?: number) => ['payouts', 'list', programId ?? 0] as const,
  detail: (id: number) => ['payouts', 'detail', id] as const,
  mine: ['payouts', 'mine'] as const,
};

export function useBatches(programId?: number) {
  return useQuery({ queryKey: payoutKeys.list(programId), queryFn: () => api.get<ApiResult<'/payouts/batches'>>('/payouts/batches', { programId }) });
}

export function useBatch(id: number) {
  return useQuery({ queryKey: payoutKeys.detail(id), queryFn: () => api.get<BatchDetail>(`/payouts/batches/${id}`), enabled: id > 0 });
}

export function useMyPayments() {
  return useQuery({ queryKey: payoutKeys.mine, queryFn: () => api.get<ApiResult<'/me/payments'>>('/me/payments') });
}

function usePayoutMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: payoutKeys.all });
      void qc.invalidateQueries({ queryKey: ['applications', 'report'] });
      void qc.invalidateQueries({ queryKey: ['me', 'work'] });
    },
  });
}

export const usePrepareBatch = () =>
  usePayoutMutation((v: ApiBody<'/payouts/batches', 'post'>) => api.post<ApiResult<'/payouts/batches', 'post'>>('/payouts/batches', v));

export type BatchAction = 'approve-rights' | 'approve-finance' | 'pay' | 'cancel';
export const useBatchAction = () =>
  usePayoutMutation(({ id, action, body }: { id: number; action: BatchAction; body?: Record<string, unknown> }) =>
    api.post<ApiResult<'/payouts/batches/{id}/pay', 'post'>>(`/payouts/batches/${id}/${action}`, body ?? {}),
  );

export const useReverseEntry = () =>
  usePayoutMutation(({ entryId, reason }: { entryId: number; reason: string }) =>
    api.post<ApiResult<'/payouts/entries/{id}/reverse', 'post'>>(`/payouts/entries/${entryId}/reverse`, { reason }),
  );
