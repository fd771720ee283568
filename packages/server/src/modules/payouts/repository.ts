// SQL of the payout ledger's batches (module payouts): the batch with its program, and a batch's lines
// with their payee, member and source. Non-application entries (protection claims, quota settlements,
// migration 0022) have no application: the application is a left join, the source's ref stands in.
import { sql, type Selectable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inRegion, inScope, type Actor } from '../../platform/access.ts';
import { notFound } from '../../platform/errors.ts';
import type { Executor } from '../../platform/context.ts';
import { instanceView } from '../programs/api.ts';
import { applicationRefs } from '../applications/api.ts';

const batchColumns = [
  'payout_batches.id', 'payout_batches.no', 'payout_batches.instance_id', 'payout_batches.period', 'payout_batches.closes_on', 'payout_batches.pay_by', 'payout_batches.status',
  'payout_batches.entry_count', 'payout_batches.total_fen', 'payout_batches.prepared_by', 'payout_batches.prepared_at', 'payout_batches.rights_approved_by', 'payout_batches.rights_approved_at',
  'payout_batches.finance_approved_by', 'payout_batches.finance_approved_at', 'payout_batches.paid_by', 'payout_batches.paid_at', 'payout_batches.paid_on', 'payout_batches.payment_reference',
  'payout_batches.payer_org_id',
] as const;

export const batchQuery = (db: Executor) =>
  db.selectFrom('payout_batches').innerJoin(instanceView(db).as('pi'), 'pi.id', 'payout_batches.instance_id').innerJoin('orgs as po', 'po.id', 'pi.org_id').select(batchColumns).select(['pi.title', 'pi.program', 'pi.settlement', 'po.path as program_org_path', 'pi.org_id as program_org_id', 'po.name as program_org_name', 'po.kind as program_org_kind']);

export async function loadBatch(db: Executor, id: number, lock = false) {
  let q = batchQuery(db).where('payout_batches.id', '=', id);
  if (lock) q = q.forUpdate('payout_batches');
  const b = await q.executeTakeFirst();
  if (!b) throw notFound('batch', id);
  return b;
}
export type Batch = Awaited<ReturnType<typeof loadBatch>>;

export function batchLines(db: Executor, actor: Actor, id: number) {
  return db
    .selectFrom('payout_batch_items as i')
    .innerJoin('payout_entries as e', 'e.id', 'i.entry_id')
    .leftJoin('persons as p', 'p.id', 'e.person_id')
    .leftJoin('memberships as m', (j) => j.onRef('m.id', '=', 'e.membership_id').onRef('m.region_id', '=', 'e.region_id'))
    .innerJoin('orgs as o', (j) => j.on(sql<boolean>`o.id = coalesce(m.org_id, e.payee_org_id)`))
    .leftJoin(applicationRefs(db).as('a'), 'a.id', 'e.application_id')
    .innerJoin(instanceView(db).as('pi'), 'pi.id', 'e.instance_id')
    .leftJoin('orgs as ro', (j) => j.on(sql<boolean>`ro.id = coalesce(i.region_org_id, nullif(split_part(e.org_path, '.', 2), '')::bigint)`))
    // An organisation payee: the account paid (once paid), else its active account.
    .leftJoin('payee_accounts as pa', (j) => j.on(sql<boolean>`e.payee_kind = 'org-account' and pa.id = coalesce(i.payee_account_id, (select x.id from payee_accounts x where x.org_id = e.payee_org_id and x.status = 'active'))`))
    .select(['e.id as entry_id', 'e.kind', 'e.amount_fen', 'p.name', 'p.id_masked', 'm.member_no', 'm.card_status', 'o.name as org_name', sql<string>`coalesce(a.no, e.source_ref, '')`.as('application_no'), 'e.source_kind', 'pi.title', 'i.pay_to', 'i.card_status as paid_card_status', 'ro.id as region_id', 'ro.name as region_name'])
    .select(['e.payee_kind', 'e.payee_org_id', 'pa.bank', 'pa.account_name', 'pa.account_no'])
    // A person's bank card (a gig claim, migration 0028): its details are on the entry, the number shown masked.
    .select(['e.payee_bank', 'e.payee_account_name', 'e.payee_account_masked'])
    .where('i.batch_id', '=', id)
    .where(inRegion(actor, 'e.region_id'))
    .where(inScope(actor, 'e.org_path'))
    .orderBy(sql`coalesce(a.no, e.source_ref, '')`)
    .orderBy('e.id')
    .execute();
}

export type BatchLine = Awaited<ReturnType<typeof batchLines>>[number];

/**
 * Each member-card line of a batch is decided at payment: the member's card if it is active or
 * issued, otherwise the regional union's account (monthly and direct batches alike).
 */
export async function decideMemberCardPayees(trx: Executor, batchId: number) {
  await sql`
    update payout_batch_items i
       set card_status = m.card_status,
           pay_to = case when m.card_status in ('active', 'issued') then 'member-card' else 'regional-union' end,
           region_org_id = nullif(split_part(e.org_path, '.', 2), '')::bigint
      from payout_entries e join memberships m on m.id = e.membership_id
     where i.entry_id = e.id and i.batch_id = ${batchId} and e.payee_kind = 'member-card'`.execute(trx);
}

/** The negative entry that nets a payable to nothing (the ledger is append-only); its id. */
export async function insertReversal(trx: Executor, e: Selectable<DB['payout_entries']>, p: { reason: string; bookedOn: string; createdBy: number }) {
  return trx
    .insertInto('payout_entries')
    .values({ application_id: e.application_id, source_kind: e.source_kind, source_id: e.source_id, source_ref: e.source_ref, payee_kind: e.payee_kind, payee_org_id: e.payee_org_id, payee_bank: e.payee_bank, payee_account_name: e.payee_account_name, payee_account_cipher: e.payee_account_cipher, payee_account_masked: e.payee_account_masked, instance_id: e.instance_id, program: e.program, person_id: e.person_id, membership_id: e.membership_id, org_path: e.org_path, region_id: e.region_id, kind: 'reversal', amount_fen: -e.amount_fen, reverses_id: e.id, reason: p.reason, booked_on: p.bookedOn, created_by: p.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
}
