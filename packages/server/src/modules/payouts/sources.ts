// What happens to the thing an entry pays once its batch is paid (issue 9/10): each source kind has an
// "on paid" hook, run inside the transaction that marks the batch paid, so the ledger and the source
// never disagree. Other modules are reached through their api/service files (module walls), never
// their tables.
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { PayoutSourceKind } from '../../db/schema.ts';
import { claimPaidByLedger, gigClaimPaidByLedger } from '../protection/api.ts';
import { settlementPaidByLedger } from '../pools/service.ts';
import * as repo from './repository.ts';

export interface PaidLine {
  entryId: number;
  sourceId: number;
  amountFen: number;
  batchNo: string;
  paidOn: string;
  reference: string | null;
}
type OnPaid = (trx: Executor, ctx: RequestContext, line: PaidLine) => Promise<void>;

export const sourceKindNames: Record<PayoutSourceKind, string> = {
  application: '申请',
  'protection-claim': '保障给付',
  'quota-settlement': '名额结算',
  'gig-claim': '互助保障给付',
  'site-claim': '区局申领',
};

const onPaid: Record<PayoutSourceKind, OnPaid> = {
  // An application's payment is told to the member and the payee org by markPaid itself (as before).
  application: async () => {},
  // 003 附件2-1 二(二): the centre's payment of an approved claim; the claim records it.
  'protection-claim': (trx, ctx, l) => claimPaidByLedger(trx, ctx, l.sourceId, { paidOn: l.paidOn, reference: l.reference, batchNo: l.batchNo }),
  // 000 六(三): paid to the provider's verified account after the rights and finance review.
  'quota-settlement': (trx, ctx, l) => settlementPaidByLedger(trx, ctx, l.sourceId, { paidOn: l.paidOn, reference: l.reference, batchNo: l.batchNo }),
  // 001 互助保障计划 六(三): the centre's payment of an approved gig-worker claim; the claim records it.
  'gig-claim': (trx, ctx, l) => gigClaimPaidByLedger(trx, ctx, l.sourceId, { paidOn: l.paidOn, reference: l.reference, batchNo: l.batchNo }),
  // 000 女职工 一(三)3: a district's summary claim, paid to the district's account; the claim reads its payment from the ledger (payableState).
  'site-claim': async () => {},
};

/** Runs the hooks of the payable lines of a batch just marked paid. */
export async function runPaidHooks(trx: Executor, ctx: RequestContext, batch: { id: number; no: string; paidOn: string; reference: string | null }) {
  const lines = await repo.payableLinesOfBatch(trx, batch.id);
  for (const l of lines)
    await onPaid[l.source_kind](trx, ctx, {
      entryId: l.id,
      sourceId: l.source_id,
      amountFen: l.amount_fen,
      batchNo: batch.no,
      paidOn: batch.paidOn,
      reference: batch.reference,
    });
}
