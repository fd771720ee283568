// SQL of the payout ledger's batches (module payouts): the batch with its program, and a batch's lines
// with their payee, member and source. Non-application entries (protection claims, quota settlements,
// migration 0022) have no application: the application is a left join, the source's ref stands in.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { DB, PayoutSourceKind } from '../../db/schema.ts';
import { inRegion, inScope, type Actor } from '../../platform/access.ts';
import { notFound } from '../../platform/errors.ts';
import type { Executor } from '../../platform/context.ts';
import { instanceView } from '../programs/api.ts';
import { applicationRefs } from '../applications/api.ts';

const batchColumns = [
  'payout_batches.id',
  'payout_batches.no',
  'payout_batches.instance_id',
  'payout_batches.period',
  'payout_batches.closes_on',
  'payout_batches.pay_by',
  'payout_batches.status',
  'payout_batches.entry_count',
  'payout_batches.total_fen',
  'payout_batches.prepared_by',
  'payout_batches.prepared_at',
  'payout_batches.rights_approved_by',
  'payout_batches.rights_approved_at',
  'payout_batches.finance_approved_by',
  'payout_batches.finance_approved_at',
  'payout_batches.paid_by',
  'payout_batches.paid_at',
  'payout_batches.paid_on',
  'payout_batches.payment_reference',
  'payout_batches.payer_org_id',
] as const;

export const batchQuery = (db: Executor) =>
  db
    .selectFrom('payout_batches')
    .innerJoin(instanceView(db).as('pi'), 'pi.id', 'payout_batches.instance_id')
    .innerJoin('orgs as po', 'po.id', 'pi.org_id')
    .select(batchColumns)
    .select([
      'pi.title',
      'pi.program',
      'pi.settlement',
      'po.path as program_org_path',
      'pi.org_id as program_org_id',
      'po.name as program_org_name',
      'po.kind as program_org_kind',
    ]);

export async function loadBatch(db: Executor, id: number, lock = false) {
  let q = batchQuery(db).where('payout_batches.id', '=', id);
  if (lock) q = q.forUpdate('payout_batches');
  const b = await q.executeTakeFirst();
  if (!b) throw notFound('batch', id);
  return b;
}
export type Batch = Awaited<ReturnType<typeof loadBatch>>;

export function batchLines(db: Executor, actor: Actor, id: number) {
  return (
    db
      .selectFrom('payout_batch_items as i')
      .innerJoin('payout_entries as e', 'e.id', 'i.entry_id')
      .leftJoin('persons as p', 'p.id', 'e.person_id')
      .leftJoin('memberships as m', (j) => j.onRef('m.id', '=', 'e.membership_id').onRef('m.region_id', '=', 'e.region_id'))
      .innerJoin('orgs as o', (j) => j.on(sql<boolean>`o.id = coalesce(m.org_id, e.payee_org_id)`))
      .leftJoin(applicationRefs(db).as('a'), 'a.id', 'e.application_id')
      .innerJoin(instanceView(db).as('pi'), 'pi.id', 'e.instance_id')
      .leftJoin('orgs as ro', (j) => j.on(sql<boolean>`ro.id = coalesce(i.region_org_id, nullif(split_part(e.org_path, '.', 2), '')::bigint)`))
      // An organisation payee: the account paid (once paid), else its active account.
      .leftJoin('payee_accounts as pa', (j) =>
        j.on(
          sql<boolean>`e.payee_kind = 'org-account' and pa.id = coalesce(i.payee_account_id, (select x.id from payee_accounts x where x.org_id = e.payee_org_id and x.status = 'active'))`,
        ),
      )
      .select([
        'e.id as entry_id',
        'e.kind',
        'e.amount_fen',
        'p.name',
        'p.id_masked',
        'm.member_no',
        'm.card_status',
        'o.name as org_name',
        sql<string>`coalesce(a.no, e.source_ref, '')`.as('application_no'),
        'e.source_kind',
        'pi.title',
        'i.pay_to',
        'i.card_status as paid_card_status',
        'ro.id as region_id',
        'ro.name as region_name',
      ])
      .select(['e.payee_kind', 'e.payee_org_id', 'pa.bank', 'pa.account_name', 'pa.account_no'])
      // A person's bank card (a gig claim, migration 0028): its details are on the entry, the number shown masked.
      .select(['e.payee_bank', 'e.payee_account_name', 'e.payee_account_masked'])
      .where('i.batch_id', '=', id)
      .where(inRegion(actor, 'e.region_id'))
      .where(inScope(actor, 'e.org_path'))
      .orderBy(sql`coalesce(a.no, e.source_ref, '')`)
      .orderBy('e.id')
      .execute()
  );
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
    .values({
      application_id: e.application_id,
      source_kind: e.source_kind,
      source_id: e.source_id,
      source_ref: e.source_ref,
      payee_kind: e.payee_kind,
      payee_org_id: e.payee_org_id,
      payee_bank: e.payee_bank,
      payee_account_name: e.payee_account_name,
      payee_account_cipher: e.payee_account_cipher,
      payee_account_masked: e.payee_account_masked,
      instance_id: e.instance_id,
      program: e.program,
      person_id: e.person_id,
      membership_id: e.membership_id,
      org_path: e.org_path,
      region_id: e.region_id,
      kind: 'reversal',
      amount_fen: -e.amount_fen,
      reverses_id: e.id,
      reason: p.reason,
      booked_on: p.bookedOn,
      created_by: p.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

// ---------------------------------------------------------------------------------------------
// Batches: preparing, signing, paying, cancelling (the rules and their order are the service's)

/** The open (not cancelled) monthly batch of a program's period, if any. */
export function openMonthlyBatch(db: Executor, instanceId: number, period: string) {
  return db
    .selectFrom('payout_batches')
    .select(['no', 'status'])
    .where('instance_id', '=', instanceId)
    .where('period', '=', period)
    .where('status', '<>', 'cancelled')
    .where('direct', '=', false)
    .executeTakeFirst();
}

/** Entries of a program booked up to `closesOn` and in no batch (a cancelled batch releases its entries), by id. */
export function unbatchedEntries(db: Executor, instanceId: number, closesOn: string) {
  return db
    .selectFrom('payout_entries as e')
    .select(['e.id', 'e.amount_fen'])
    .where('e.instance_id', '=', instanceId)
    .where('e.booked_on', '<=', closesOn)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('payout_batch_items as i').select(sql`1`.as('one')).whereRef('i.entry_id', '=', 'e.id'))))
    .orderBy('e.id')
    .execute();
}

/** The next batch id, taken before the insert so the batch number can carry it. */
export async function nextBatchId(db: Executor) {
  const idRow = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('payout_batches', 'id')) as id`.execute(db);
  return Number(idRow.rows[0]!.id);
}

export async function insertBatch(trx: Executor, values: Insertable<DB['payout_batches']>) {
  await trx.insertInto('payout_batches').values(values).execute();
}

/** Puts entries into a batch, 500 rows a statement. */
export async function insertBatchItems(trx: Executor, batchId: number, entryIds: number[]) {
  for (let i = 0; i < entryIds.length; i += 500)
    await trx
      .insertInto('payout_batch_items')
      .values(entryIds.slice(i, i + 500).map((entryId) => ({ batch_id: batchId, entry_id: entryId })))
      .execute();
}

export async function updateBatch(trx: Executor, id: number, set: Updateable<DB['payout_batches']>) {
  await trx.updateTable('payout_batches').set(set).where('id', '=', id).execute();
}

/** Updates the batch only while it has `status` (a concurrent second update changes nothing); the rows updated. */
export async function updateBatchFrom(trx: Executor, id: number, status: Selectable<DB['payout_batches']>['status'], set: Updateable<DB['payout_batches']>) {
  const done = await trx.updateTable('payout_batches').set(set).where('id', '=', id).where('status', '=', status).executeTakeFirst();
  return Number(done.numUpdatedRows);
}

/** Releases a batch's entries (a cancelled batch). */
export async function deleteBatchItems(trx: Executor, batchId: number) {
  await trx.deleteFrom('payout_batch_items').where('batch_id', '=', batchId).execute();
}

/** The count and sum of a batch's lines in the actor's scope. */
export async function batchPartTotals(db: Executor, actor: Actor, batchId: number) {
  return db
    .selectFrom('payout_batch_items as i')
    .innerJoin('payout_entries as e', 'e.id', 'i.entry_id')
    .select([sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(e.amount_fen), 0)`.as('fen')])
    .where('i.batch_id', '=', batchId)
    .where(inRegion(actor, 'e.region_id'))
    .where(inScope(actor, 'e.org_path'))
    .executeTakeFirstOrThrow();
}

/** Batches the actor sees: of a program in their subtree, or with a line of theirs; newest first, at most 500. */
export function visibleBatches(db: Executor, actor: Actor, instanceId?: number) {
  let q = batchQuery(db).where((eb) =>
    eb.or([
      inScope(actor, 'po.path')(eb),
      eb.exists(
        eb
          .selectFrom('payout_batch_items as i')
          .innerJoin('payout_entries as e', 'e.id', 'i.entry_id')
          .select(sql`1`.as('one'))
          .whereRef('i.batch_id', '=', 'payout_batches.id')
          .where(inScope(actor, 'e.org_path')),
      ),
    ]),
  );
  if (instanceId) q = q.where('payout_batches.instance_id', '=', instanceId);
  return q.orderBy('payout_batches.id', 'desc').limit(500).execute();
}

/** How many batches of programs in the actor's subtree have one of `statuses` (and, given, this preparer). */
export async function countBatches(db: Executor, actor: Actor, statuses: Batch['status'][], preparer?: string, programOrgId?: number) {
  let q = batchQuery(db).where('payout_batches.status', 'in', statuses).where(inScope(actor, 'po.path'));
  if (preparer) q = q.where(sql<string>`pi.settlement->>'preparer'`, '=', preparer);
  if (programOrgId) q = q.where('pi.org_id', '=', programOrgId);
  return (await q.execute()).length;
}

// ---------------------------------------------------------------------------------------------
// Payment: the payees of a batch's lines

/** A batch's organisation-payee lines with the payee's active account (if any) and whether finance verified it. */
export function orgPayeeLines(db: Executor, batchId: number) {
  return db
    .selectFrom('payout_batch_items as i')
    .innerJoin('payout_entries as e', 'e.id', 'i.entry_id')
    .innerJoin('orgs as o', 'o.id', 'e.payee_org_id')
    .leftJoin('payee_accounts as pa', (j) => j.onRef('pa.org_id', '=', 'e.payee_org_id').on('pa.status', '=', 'active'))
    .select(['e.id', 'e.application_id', 'e.kind', 'e.reverses_id', 'o.name', 'pa.id as account_id', 'pa.verified_by'])
    .where('i.batch_id', '=', batchId)
    .where('e.payee_kind', '=', 'org-account')
    .execute();
}

/** The applications a batch pays (payables of source 'application'), one row a line. */
export async function batchApplicationIds(db: Executor, batchId: number) {
  const rows = await db
    .selectFrom('payout_batch_items as i')
    .innerJoin('payout_entries as e', 'e.id', 'i.entry_id')
    .select('e.application_id')
    .where('i.batch_id', '=', batchId)
    .where('e.kind', '=', 'payable')
    .where('e.source_kind', '=', 'application')
    .execute();
  return rows.map((r) => r.application_id!);
}

/** Organisation-account lines of a batch are paid to the org's active account (lines of an org without one stay undecided). */
export async function decideOrgAccountPayees(trx: Executor, batchId: number) {
  await sql`
      update payout_batch_items i
         set pay_to = 'org-account', payee_account_id = pa.id
        from payout_entries e join payee_accounts pa on pa.org_id = e.payee_org_id and pa.status = 'active'
       where i.entry_id = e.id and i.batch_id = ${batchId} and e.payee_kind = 'org-account'`.execute(trx);
}

/** The organisation-account line of a one-line batch is paid to the org's active account (null without one). */
export async function decideDirectOrgAccountPayee(trx: Executor, batchId: number) {
  await sql`
    update payout_batch_items i
       set pay_to = 'org-account', payee_account_id = (select pa.id from payee_accounts pa where pa.org_id = e.payee_org_id and pa.status = 'active')
      from payout_entries e
     where i.entry_id = e.id and i.batch_id = ${batchId} and e.payee_kind = 'org-account'`.execute(trx);
}

/** A person's bank card lines (a gig claim) are paid to the card on the entry. */
export async function decideBankAccountPayees(trx: Executor, batchId: number) {
  await sql`update payout_batch_items i set pay_to = 'bank-account' from payout_entries e where i.entry_id = e.id and i.batch_id = ${batchId} and e.payee_kind = 'bank-account'`.execute(
    trx,
  );
}

/** A batch's member lines for the payment notices: the member, their phone (sealed), account, and where the money went. */
export function memberPayeeLines(db: Executor, batchId: number) {
  return (
    db
      .selectFrom('payout_batch_items as i')
      .innerJoin('payout_entries as e', 'e.id', 'i.entry_id')
      .innerJoin('persons as p', 'p.id', 'e.person_id')
      .innerJoin('memberships as m', 'm.id', 'e.membership_id')
      .leftJoin(applicationRefs(db).as('a'), 'a.id', 'e.application_id')
      .leftJoin('accounts as acc', (j) => j.onRef('acc.person_id', '=', 'p.id').on('acc.role', '=', 'member'))
      // Member payees only (an inner join on persons); organisation payees are told through their officers.
      .select([
        'e.person_id',
        'e.amount_fen',
        'e.kind',
        'p.name',
        'p.phone_cipher',
        'm.member_no',
        sql<string>`coalesce(a.no, e.source_ref, '')`.as('no'),
        'acc.id as account_id',
        'i.pay_to',
        'i.card_status',
        'i.region_org_id',
      ])
      .where('i.batch_id', '=', batchId)
      .execute()
  );
}

/** One entry's amount, payee org and the number it is known by (the application's, else the source's ref). */
export function entryNotice(db: Executor, entryId: number) {
  return db
    .selectFrom('payout_entries as e')
    .leftJoin(applicationRefs(db).as('a'), 'a.id', 'e.application_id')
    .select(['e.amount_fen', 'e.payee_org_id', sql<string>`coalesce(a.no, e.source_ref, '')`.as('no')])
    .where('e.id', '=', entryId)
    .executeTakeFirstOrThrow();
}

/** An organisation's active payee account: whether finance verified it, and the org's name. */
export function activeAccountCheck(db: Executor, orgId: number) {
  return db
    .selectFrom('payee_accounts as pa')
    .innerJoin('orgs as o', 'o.id', 'pa.org_id')
    .select(['pa.verified_by', 'o.name'])
    .where('pa.org_id', '=', orgId)
    .where('pa.status', '=', 'active')
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Entries

/** An entry in the actor's scope, whole, or undefined. */
export function entryInScope(db: Executor, actor: Actor, id: number) {
  return db.selectFrom('payout_entries').selectAll().where('id', '=', id).where(inScope(actor, 'org_path')).executeTakeFirst();
}

/**
 * The batch an entry is in, if any: its number, status and payment day. `lock` locks the batch row;
 * `uncancelled` leaves a cancelled batch out.
 */
export function batchOfEntry(db: Executor, entryId: number, o: { lock?: boolean; uncancelled?: boolean } = {}) {
  let q = db
    .selectFrom('payout_batch_items as i')
    .innerJoin('payout_batches as b', 'b.id', 'i.batch_id')
    .select(['b.no', 'b.status', 'b.paid_on'])
    .where('i.entry_id', '=', entryId);
  if (o.uncancelled) q = q.where('b.status', '<>', 'cancelled');
  if (o.lock) q = q.forUpdate('b');
  return q.executeTakeFirst();
}

/** The reversal of an entry, if any. */
export function reversalOf(db: Executor, entryId: number) {
  return db.selectFrom('payout_entries').select('id').where('reverses_id', '=', entryId).executeTakeFirst();
}

/** A member's ledger, newest first: each entry with its program, number and batch. */
export function memberLedger(db: Executor, personId: number) {
  return db
    .selectFrom('payout_entries as e')
    .leftJoin(applicationRefs(db).as('a'), 'a.id', 'e.application_id')
    .innerJoin(instanceView(db).as('pi'), 'pi.id', 'e.instance_id')
    .leftJoin('payout_batch_items as i', 'i.entry_id', 'e.id')
    .leftJoin('payout_batches as b', 'b.id', 'i.batch_id')
    .select([
      'e.id',
      'e.kind',
      'e.amount_fen',
      'e.booked_on',
      'e.reason',
      sql<string>`coalesce(a.no, e.source_ref, '')`.as('no'),
      'pi.title',
      'b.no as batch_no',
      'b.status as batch_status',
      'b.paid_on',
      'b.pay_by',
    ])
    .where('e.person_id', '=', personId)
    .orderBy('e.id', 'desc')
    .execute();
}

/** Books a payable; nothing (undefined) when the source already has one (unique index payout_entries_payable_uq). */
export function insertPayable(trx: Executor, values: Insertable<DB['payout_entries']>) {
  return trx
    .insertInto('payout_entries')
    .values(values)
    .onConflict((oc) => oc.columns(['source_kind', 'source_id']).where('kind', '=', 'payable').doNothing())
    .returning(['id', 'amount_fen'])
    .executeTakeFirst();
}

/** The payable entry of a source, if booked. */
export const payableOf = (db: Executor, source: { kind: PayoutSourceKind; id: number }) =>
  db
    .selectFrom('payout_entries')
    .select(['id', 'amount_fen', 'instance_id', 'payee_kind', 'payee_org_id', 'org_path'])
    .where('source_kind', '=', source.kind)
    .where('source_id', '=', source.id)
    .where('kind', '=', 'payable')
    .executeTakeFirst();

/** The payable entry of a source, whole, if booked. */
export const payableRowOf = (db: Executor, source: { kind: PayoutSourceKind; id: number }) =>
  db
    .selectFrom('payout_entries')
    .selectAll()
    .where('source_kind', '=', source.kind)
    .where('source_id', '=', source.id)
    .where('kind', '=', 'payable')
    .executeTakeFirst();

/**
 * What was paid per application: the net of its entries (reversals included) in paid batches, as a
 * subquery with `application_id` and `fen`.
 */
export function paidByApplication(db: Executor, programCodes?: readonly string[]) {
  let q = db
    .selectFrom('payout_entries as e')
    .innerJoin('payout_batch_items as i', 'i.entry_id', 'e.id')
    .innerJoin('payout_batches as b', 'b.id', 'i.batch_id')
    .select(['e.application_id', sql<number>`sum(e.amount_fen)`.as('fen')])
    .where('b.status', '=', 'paid')
    .where('e.source_kind', '=', 'application');
  if (programCodes) q = q.where('e.program', 'in', programCodes);
  return q.groupBy('e.application_id');
}

/** The net booked for a person in a program's campaign year, optionally leaving one application out. */
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

/** Booked and paid (in paid batches) fen of one application. */
export async function applicationLedger(db: Executor, applicationId: number) {
  const r = await db
    .selectFrom('payout_entries as e')
    .leftJoin('payout_batch_items as i', 'i.entry_id', 'e.id')
    .leftJoin('payout_batches as b', 'b.id', 'i.batch_id')
    .select([
      sql<number>`coalesce(sum(e.amount_fen), 0)`.as('booked'),
      sql<number>`coalesce(sum(case when b.status = 'paid' then e.amount_fen else 0 end), 0)`.as('paid'),
    ])
    .where('e.application_id', '=', applicationId)
    .executeTakeFirstOrThrow();
  return { bookedFen: Number(r.booked), paidFen: Number(r.paid) };
}

// ---------------------------------------------------------------------------------------------
// Kernel reads: org function and identity, account names

export async function orgFunctionCode(db: Executor, orgId: number) {
  const o = await db.selectFrom('orgs').select('function_code').where('id', '=', orgId).executeTakeFirst();
  return o?.function_code ?? null;
}

/** An org's id, name and kind; it must exist. */
export function orgNameKind(db: Executor, id: number) {
  return db.selectFrom('orgs').select(['id', 'name', 'kind']).where('id', '=', id).executeTakeFirstOrThrow();
}

export async function accountDisplayNames(db: Executor, ids: number[]) {
  const rows = await db.selectFrom('accounts').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The name of the unit holding a function (the disbursing unit of a program's settlement), or null. */
export async function orgNameByFunction(db: Executor, functionCode: string) {
  return (await db.selectFrom('orgs').select('name').where('function_code', '=', functionCode).where('status', '=', 'active').executeTakeFirst())?.name ?? null;
}

// ---------------------------------------------------------------------------------------------
// Organisation payees (payee-accounts.ts) and the paid hooks' lines (sources.ts).

const payeeColumns = [
  'payee_accounts.id',
  'payee_accounts.org_id',
  'payee_accounts.bank',
  'payee_accounts.account_name',
  'payee_accounts.account_no',
  'payee_accounts.status',
  'payee_accounts.verified_by',
  'payee_accounts.verified_at',
  'payee_accounts.created_at',
] as const;

const payeeQuery = (db: Executor) =>
  db
    .selectFrom('payee_accounts')
    .innerJoin('orgs', 'orgs.id', 'payee_accounts.org_id')
    .leftJoin('accounts as v', 'v.id', 'payee_accounts.verified_by')
    .select(payeeColumns)
    .select(['orgs.name as org_name', 'orgs.path as org_path', 'v.display_name as verifier']);
export type PayeeAccountRow = Awaited<ReturnType<ReturnType<typeof payeeQuery>['executeTakeFirstOrThrow']>>;

export const activePayeeAccountOf = (db: Executor, orgId: number) =>
  payeeQuery(db).where('payee_accounts.org_id', '=', orgId).where('payee_accounts.status', '=', 'active').executeTakeFirst();

/** Accounts of every org (or of one), newest first, at most 500. */
export const payeeAccountRows = (db: Executor, orgId?: number) => {
  let q = payeeQuery(db);
  if (orgId) q = q.where('payee_accounts.org_id', '=', orgId);
  return q.orderBy('payee_accounts.id', 'desc').limit(500).execute();
};

export const payeeAccountById = (db: Executor, id: number) => payeeQuery(db).where('payee_accounts.id', '=', id).executeTakeFirstOrThrow();

/** An account under a row lock, with who registered it. */
export const lockPayeeAccount = (trx: Executor, id: number) =>
  payeeQuery(trx).select('payee_accounts.created_by').where('payee_accounts.id', '=', id).forUpdate('payee_accounts').executeTakeFirst();

export const orgForPayee = (db: Executor, orgId: number) => db.selectFrom('orgs').select(['id', 'path', 'name']).where('id', '=', orgId).executeTakeFirst();

export const retirePayeeAccount = (trx: Executor, id: number) => trx.updateTable('payee_accounts').set({ status: 'retired' }).where('id', '=', id).execute();

export const insertPayeeAccount = async (trx: Executor, v: { orgId: number; bank: string; accountName: string; accountNo: string; createdBy: number }) =>
  (
    await trx
      .insertInto('payee_accounts')
      .values({ org_id: v.orgId, bank: v.bank, account_name: v.accountName, account_no: v.accountNo, created_by: v.createdBy })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

export const setPayeeVerified = (trx: Executor, id: number, by: number) =>
  trx.updateTable('payee_accounts').set({ verified_by: by, verified_at: new Date() }).where('id', '=', id).execute();

/** The payable lines of a batch, for the sources' "on paid" hooks. */
export const payableLinesOfBatch = (trx: Executor, batchId: number) =>
  trx
    .selectFrom('payout_batch_items as i')
    .innerJoin('payout_entries as e', 'e.id', 'i.entry_id')
    .select(['e.id', 'e.source_kind', 'e.source_id', 'e.amount_fen'])
    .where('i.batch_id', '=', batchId)
    .where('e.kind', '=', 'payable')
    .orderBy('e.id')
    .execute();
