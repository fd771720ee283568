// The payouts module's exported API for other modules (issue 13, module walls): the ledger is read and
// booked through these, never by naming payout_entries, payout_batches or payout_batch_items.
import { sql } from 'kysely';
import type { Executor } from '../../platform/context.ts';
import { instanceView } from '../programs/api.ts';

/**
 * What was paid per application: the net of its entries (reversals included) in paid settlement
 * batches, as a subquery with `application_id` and `fen` to left-join, e.g.
 * `.leftJoin(paidByApplication(db, codes).as('paid'), 'paid.application_id', 'applications.id')`.
 */
export function paidByApplication(db: Executor, programCodes?: readonly string[]) {
  let q = db
    .selectFrom('payout_entries as e')
    .innerJoin('payout_batch_items as i', 'i.entry_id', 'e.id')
    .innerJoin('payout_batches as b', 'b.id', 'i.batch_id')
    .select(['e.application_id', sql<number>`sum(e.amount_fen)`.as('fen')])
    .where('b.status', '=', 'paid');
  if (programCodes) q = q.where('e.program', 'in', programCodes);
  return q.groupBy('e.application_id');
}

/** The net booked (payables less reversals) for a person in a program's campaign year, optionally leaving one application out. */
export async function netBookedFor(db: Executor, q: { personId: number; program: string; year: number; excludeApplicationId?: number | undefined }) {
  let query = db
    .selectFrom('payout_entries')
    .innerJoin(instanceView(db).as('pi'), 'pi.id', 'payout_entries.instance_id')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('payout_entries.amount_fen'), sql<number>`0`).as('net'))
    .where('payout_entries.person_id', '=', q.personId)
    .where('payout_entries.program', '=', q.program)
    .where('pi.year', '=', q.year);
  if (q.excludeApplicationId) query = query.where('payout_entries.application_id', '<>', q.excludeApplicationId);
  const r = await query.executeTakeFirstOrThrow();
  return Number(r.net);
}

/** Books the payable amount of an approved application, in the caller's transaction (the ledger is append-only). */
export async function bookPayable(
  trx: Executor,
  e: { applicationId: number; instanceId: number; program: string; personId: number; membershipId: number; orgPath: string; amountFen: number; bookedOn: string; createdBy: number },
) {
  await trx
    .insertInto('payout_entries')
    .values({
      application_id: e.applicationId, instance_id: e.instanceId, program: e.program, person_id: e.personId, membership_id: e.membershipId, org_path: e.orgPath,
      kind: 'payable', amount_fen: e.amountFen, reverses_id: null, reason: null, booked_on: e.bookedOn, created_by: e.createdBy,
    })
    .execute();
}

/** The caller's batches to sign (rights, then finance) and to mark paid, for the 待办 list. */
export { batchWork } from './service.ts';
