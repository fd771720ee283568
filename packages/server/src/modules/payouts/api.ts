// The payouts module's exported API for other modules (issue 13, module walls): the ledger is read and
// booked through these, never by naming payout_entries, payout_batches or payout_batch_items.
import type { Executor } from '../../platform/context.ts';
import { regionOfPath } from '../../platform/access.ts';
import { conflict } from '../../platform/errors.ts';
import * as repo from './repository.ts';
import { ledgerInstance } from '../programs/api.ts';
import type { PayoutSourceKind } from '../../db/schema.ts';

/**
 * What was paid per application: the net of its entries (reversals included) in paid settlement
 * batches, as a subquery with `application_id` and `fen` to left-join, e.g.
 * `.leftJoin(paidByApplication(db, codes).as('paid'), 'paid.application_id', 'applications.id')`.
 */
export const paidByApplication = (db: Executor, programCodes?: readonly string[]) => repo.paidByApplication(db, programCodes);

/** The net booked (payables less reversals) for a person in a program's campaign year, optionally leaving one application out. */
export const netBookedFor = (db: Executor, q: { personId: number; program: string; year: number; excludeApplicationId?: number | undefined }) =>
  repo.netBookedFor(db, q);

/**
 * The payee of a payable entry (issue 11 §1): a member's card (the member's person and membership), or
 * an organisation's account (a union, an enterprise, the unit running a site): at payment the org's
 * active, verified payee account is paid (`payee-accounts.ts`).
 */
export type Payee =
  | { kind: 'member-card'; personId: number; membershipId: number }
  | { kind: 'org-account'; orgId: number }
  /** A person outside the registry paid to their own bank card (a gig worker, 001 互助保障计划 六(三)); orgId: their platform. */
  | { kind: 'bank-account'; orgId: number; bank: string; accountName: string; accountCipher: string; accountMasked: string };

/** What a payable entry pays (migration 0022): an application, a protection claim or a quota settlement. */
export type PayoutSource = { kind: PayoutSourceKind; id: number; ref?: string | null };

/**
 * Books the payable amount of an approved application, protection claim or quota settlement, in the
 * caller's transaction (the ledger is append-only). Idempotent: one payable per source (unique index
 * payout_entries_payable_uq), so a second approval books nothing and gets the entry already booked.
 * Without `payee`, the member card of `personId`/`membershipId`. Without `instanceId`, the federation's
 * closed instance of `program` for `year` is found or opened (settled by `preparer`).
 */
export async function bookPayable(
  trx: Executor,
  e: {
    applicationId?: number;
    source?: PayoutSource;
    instanceId?: number;
    program: string;
    year?: number;
    title?: string;
    preparer?: string;
    personId?: number | null;
    membershipId?: number | null;
    payee?: Payee;
    orgPath: string;
    amountFen: number;
    bookedOn: string;
    createdBy: number;
  },
): Promise<{ id: number; amountFen: number; booked: boolean }> {
  const payee: Payee = e.payee ?? { kind: 'member-card', personId: e.personId!, membershipId: e.membershipId! };
  const source: PayoutSource = e.source ?? { kind: 'application', id: e.applicationId! };
  const instanceId =
    e.instanceId ??
    (await ledgerInstance(trx, {
      program: e.program,
      year: e.year ?? Number(e.bookedOn.slice(0, 4)),
      title: e.title ?? e.program,
      preparer: e.preparer ?? 'finance',
      createdBy: e.createdBy,
    }));
  const row = await repo.insertPayable(trx, {
    application_id: source.kind === 'application' ? source.id : null,
    source_kind: source.kind,
    source_id: source.id,
    source_ref: source.ref ?? null,
    instance_id: instanceId,
    program: e.program,
    person_id: payee.kind === 'member-card' ? payee.personId : null,
    membership_id: payee.kind === 'member-card' ? payee.membershipId : null,
    payee_kind: payee.kind,
    payee_org_id: payee.kind === 'member-card' ? null : payee.orgId,
    org_path: e.orgPath,
    region_id: regionOfPath(e.orgPath),
    ...(payee.kind === 'bank-account'
      ? { payee_bank: payee.bank, payee_account_name: payee.accountName, payee_account_cipher: payee.accountCipher, payee_account_masked: payee.accountMasked }
      : {}),
    kind: 'payable',
    amount_fen: e.amountFen,
    reverses_id: null,
    reason: null,
    booked_on: e.bookedOn,
    created_by: e.createdBy,
  });
  if (row) return { id: row.id, amountFen: row.amount_fen, booked: true };
  const existing = await payableOf(trx, source);
  return { id: existing!.id, amountFen: existing!.amount_fen, booked: false };
}

/**
 * Where the payable of a source stands: undefined when none is booked; else its entry and amount, the
 * batch it is in (a cancelled batch left out: its entries are free again) and whether it is reversed.
 * A district's summary claim uses it to leave out the sites already paid (or being paid) one by one.
 */
export async function payableState(db: Executor, source: Pick<PayoutSource, 'kind' | 'id'>) {
  const e = await repo.payableOf(db, source);
  if (!e) return undefined;
  const [batch, reversal] = await Promise.all([repo.batchOfEntry(db, e.id, { uncancelled: true }), repo.reversalOf(db, e.id)]);
  return { entryId: e.id, amountFen: e.amount_fen, batch: batch ? { no: batch.no, status: batch.status, paidOn: batch.paid_on } : null, reversed: !!reversal };
}

/** The payable entry of a source, if booked. */
export const payableOf = (db: Executor, source: Pick<PayoutSource, 'kind' | 'id'>) => repo.payableOf(db, source);

/** Pays one source at once in a one-line batch (ZF…), in the caller's transaction; 409 when it is in an open batch or paid. */
export { payDirectly } from './service.ts';

/** The caller's batches to sign (rights, then finance) and to mark paid, for the 待办 list. */
export { batchWork } from './service.ts';
/** What has been booked and paid for one application: net booked fen, net paid fen (in paid batches). */
export const ledgerOfApplication = (db: Executor, applicationId: number) => repo.applicationLedger(db, applicationId);

export { activePayeeAccount, maskAccountNo, payeeAccountsOf, registerPayeeAccount, verifyPayeeAccount } from './payee-accounts.ts';

/**
 * A check another module registers to stop payment to a payee it knows cannot be paid (a de-listed
 * site): given application ids of a batch, it answers the refused ones with the reason. The payouts
 * module names no other module's table; the sites module registers its guard when it is loaded.
 */
export type PayeeGuard = (db: Executor, applicationIds: number[]) => Promise<Map<number, { zh: string; en: string }>>;
export const payeeGuards: PayeeGuard[] = [];
export const addPayeeGuard = (g: PayeeGuard) => {
  if (!payeeGuards.includes(g)) payeeGuards.push(g);
};

/**
 * Reverses the payable of a source that is given up before it is paid (a cancelled booking): a
 * negative entry that nets it to nothing, booked today (the ledger is append-only). Refused when the
 * payable is in a batch not yet paid (409 entry-in-open-batch: cancel that batch first) or already
 * paid (409 already-paid: the money is out). Nothing is done when the source has no payable or it is
 * already reversed. Runs in the caller's transaction.
 */
export async function reverseUnpaid(trx: Executor, source: Pick<PayoutSource, 'kind' | 'id'>, p: { reason: string; bookedOn: string; createdBy: number }) {
  const e = await repo.payableRowOf(trx, source);
  if (!e) return null;
  const already = await repo.reversalOf(trx, e.id);
  if (already) return null;
  const batch = await repo.batchOfEntry(trx, e.id, { uncancelled: true });
  if (batch?.status === 'paid')
    throw conflict('already-paid', { zh: `该款项已随批次 ${batch.no} 发放，不能取消`, en: `It was paid in batch ${batch.no}; it cannot be cancelled` });
  if (batch)
    throw conflict('entry-in-open-batch', {
      zh: `该款项已编入结算批次 ${batch.no}，请经办机构先作废该批次`,
      en: `It is in batch ${batch.no}; the disbursing agency must cancel that batch first`,
    });
  const row = await repo.insertReversal(trx, e, p);
  return { id: row.id, amountFen: -e.amount_fen };
}
