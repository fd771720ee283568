import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api } from './client.ts';

export type BatchStatus = 'prepared' | 'rights-approved' | 'finance-approved' | 'approved' | 'paid' | 'cancelled';

export interface Signer {
  accountId: number;
  name: string | null;
  at: string;
}

export interface Batch {
  id: number;
  no: string;
  programId: number;
  program: string;
  programTitle: string;
  period: string;
  closesOn: string;
  payBy: string;
  status: BatchStatus;
  statusName: Bilingual;
  entries: number;
  total: number;
  preparedBy: Signer | null;
  rightsApprovedBy: Signer | null;
  financeApprovedBy: Signer | null;
  paidBy: Signer | null;
  paidOn: string | null;
  paymentReference: string | null;
  /** `part`: the caller sees only the lines of their own scope, and the totals are theirs. */
  scope?: 'all' | 'part';
  abilities: { approveRights: boolean; approveFinance: boolean; markPaid: boolean; cancel: boolean };
}

export interface BatchLine {
  entryId: number;
  kind: 'payable' | 'reversal';
  amount: number;
  name: string;
  idNumber: string;
  memberNo: string;
  cardStatus: string | null;
  org: string;
  applicationNo: string;
  /** Member card, or the regional union's account when the card is not usable (decided at payment). */
  payTo?: 'member-card' | 'regional-union';
  payeeOrg?: { id: number; name: string } | null;
  decided?: boolean;
}

export interface BatchDetail extends Batch {
  lines: BatchLine[];
}

export interface MyPayment {
  id: number;
  kind: 'payable' | 'reversal';
  amount: number;
  program: string;
  applicationNo: string;
  bookedOn: string;
  reason: string | null;
  status: 'paid' | 'in-settlement' | 'payable';
  batchNo: string | null;
  paidOn: string | null;
  payBy: string | null;
}

export const payoutKeys = {
  all: ['payouts'] as const,
  list: (programId?: number) => ['payouts', 'list', programId ?? 0] as const,
  detail: (id: number) => ['payouts', 'detail', id] as const,
  mine: ['payouts', 'mine'] as const,
};

export function useBatches(programId?: number) {
  return useQuery({ queryKey: payoutKeys.list(programId), queryFn: () => api.get<{ items: Batch[] }>('/payouts/batches', { programId }) });
}

export function useBatch(id: number) {
  return useQuery({ queryKey: payoutKeys.detail(id), queryFn: () => api.get<BatchDetail>(`/payouts/batches/${id}`), enabled: id > 0 });
}

export function useMyPayments() {
  return useQuery({ queryKey: payoutKeys.mine, queryFn: () => api.get<{ items: MyPayment[]; paidTotal: number }>('/me/payments') });
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

export const usePrepareBatch = () => usePayoutMutation((v: { programId: number; period: string }) => api.post<Batch>('/payouts/batches', v));

export type BatchAction = 'approve-rights' | 'approve-finance' | 'pay' | 'cancel';
export const useBatchAction = () =>
  usePayoutMutation(({ id, action, body }: { id: number; action: BatchAction; body?: Record<string, unknown> }) => api.post<Batch>(`/payouts/batches/${id}/${action}`, body ?? {}));

export const useReverseEntry = () =>
  usePayoutMutation(({ entryId, reason }: { entryId: number; reason: string }) => api.post<{ id: number; reverses: number; amount: number; reason: string }>(`/payouts/entries/${entryId}/reverse`, { reason }));
