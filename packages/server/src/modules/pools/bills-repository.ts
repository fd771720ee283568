// SQL of the platforms' bills (结算单) for the gig workers' mobile checkups (platform_bills, migration 0036).
import { sql, type Insertable } from 'kysely';
import type { Executor } from '../../platform/context.ts';
import type { PlatformBillsTable } from '../../db/schema.ts';

/** The roster's entries the provider served (by member number), with the platform each was put on the roster for. */
export function servedEntries(db: Executor, rosterId: number, memberNos: string[]) {
  if (!memberNos.length) return Promise.resolve([]);
  return db
    .selectFrom('roster_entries as e')
    .innerJoin('memberships as m', 'm.id', 'e.membership_id')
    .innerJoin('persons as p', 'p.id', 'e.person_id')
    .innerJoin('orgs as u', 'u.id', 'm.org_id')
    .leftJoin('orgs as pf', 'pf.id', 'e.platform_org_id')
    .select(['e.row_no', 'm.member_no', 'p.name', 'u.name as org_name', 'e.platform_org_id', 'pf.name as platform_name', 'pf.path as platform_path'])
    .where('e.roster_id', '=', rosterId)
    .where('m.member_no', 'in', memberNos)
    .orderBy('e.row_no')
    .execute();
}

export async function orgName(db: Executor, orgId: number) {
  return (await db.selectFrom('orgs').select('name').where('id', '=', orgId).executeTakeFirstOrThrow()).name;
}

export function insertBills(trx: Executor, rows: Insertable<PlatformBillsTable>[]) {
  return trx.insertInto('platform_bills').values(rows).returning('id').execute();
}

/** Bills with their platform, provider, roster and offer (visibility is checked by the service on the two paths). */
export function bills(db: Executor) {
  return db
    .selectFrom('platform_bills as b')
    .innerJoin('orgs as pf', 'pf.id', 'b.platform_org_id')
    .innerJoin('orgs as pv', 'pv.id', 'b.provider_org_id')
    .innerJoin('rosters as r', 'r.id', 'b.roster_id')
    .innerJoin('orgs as u', 'u.id', 'r.org_id')
    .innerJoin('quota_offers as o', 'o.id', 'b.offer_id')
    .selectAll('b')
    .select([
      'pf.name as platform_name',
      'pv.name as provider_name',
      'pv.path as provider_path',
      'u.name as org_name',
      'r.starts_on',
      'r.ends_on',
      'o.title',
      'o.code',
      'o.site',
    ]);
}
export type BillRow = Awaited<ReturnType<ReturnType<typeof bills>['execute']>>[number];

export function listBills(db: Executor, f: { year?: number | undefined; status?: string | undefined; settlementId?: number | undefined }) {
  let q = bills(db);
  if (f.year) q = q.where('b.year', '=', f.year);
  if (f.status) q = q.where('b.status', '=', f.status as 'issued');
  if (f.settlementId) q = q.where('b.settlement_id', '=', f.settlementId);
  return q.orderBy('b.id', 'desc').limit(500).execute();
}

export function billById(db: Executor, id: number) {
  return bills(db).where('b.id', '=', id).executeTakeFirst();
}

export function lockBill(trx: Executor, id: number) {
  return trx.selectFrom('platform_bills').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function confirmBill(trx: Executor, id: number, by: number, at: Date) {
  const r = await trx
    .updateTable('platform_bills')
    .set({ status: 'confirmed', confirmed_by: by, confirmed_at: at })
    .where('id', '=', id)
    .where('status', '=', 'issued')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function markBillPaid(trx: Executor, id: number, by: number, paidOn: string, reference: string) {
  const r = await trx
    .updateTable('platform_bills')
    .set({ status: 'paid', paid_by: by, paid_on: paidOn, payment_reference: reference })
    .where('id', '=', id)
    .where('status', '=', 'confirmed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** One step of a bill's life, appended to its history (migration 0039). */
export interface BillEvent {
  revision: number;
  action: 'issue' | 'dispute' | 'reissue' | 'reject-dispute' | 'confirm' | 'pay' | 'move-out' | 'move-in';
  reason?: string;
  persons: number;
  amountFen: number;
  at: string;
}
const appended = (e: BillEvent) => sql<unknown>`history || ${JSON.stringify([e])}::jsonb`;

/** The platform disputes an issued bill (issued → disputed); false when it is no longer issued. */
export async function disputeBill(trx: Executor, id: number, by: number, reason: string, e: BillEvent) {
  const r = await trx
    .updateTable('platform_bills')
    .set({ status: 'disputed', dispute_reason: reason, disputed_by: by, disputed_at: new Date(e.at), history: appended(e) as never })
    .where('id', '=', id)
    .where('status', '=', 'issued')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The union side rejects the dispute: the bill is issued again, unchanged, with the answer's reason. */
export async function rejectDispute(trx: Executor, id: number, by: number, reason: string, e: BillEvent) {
  const r = await trx
    .updateTable('platform_bills')
    .set({ status: 'issued', answer: 'rejected', answer_reason: reason, answered_by: by, answered_at: new Date(e.at), history: appended(e) as never })
    .where('id', '=', id)
    .where('status', '=', 'disputed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** A bill's lines and the engine's figures for them (a reissue and a move write the same columns). */
type BillFigures = {
  persons: number;
  priceFen: number;
  subsidyFen: number;
  perPersonFen: number;
  amountFen: number;
  lines: unknown[];
  policy: string;
  trace: readonly unknown[];
  issuedOn: string;
};
const figureColumns = (v: BillFigures, by: number) => ({
  persons: v.persons,
  price_fen: v.priceFen,
  subsidy_fen: v.subsidyFen,
  per_person_fen: v.perPersonFen,
  amount_fen: v.amountFen,
  lines: JSON.stringify(v.lines),
  policy: v.policy,
  trace: JSON.stringify(v.trace),
  issued_on: v.issuedOn,
  issued_by: by,
});

/** The union side corrects the bill (its lines and the engine's figures) and issues it again as the next revision. */
export async function reissueBill(trx: Executor, id: number, by: number, reason: string, v: BillFigures, e: BillEvent) {
  const r = await trx
    .updateTable('platform_bills')
    .set({
      status: 'issued',
      revision: sql<number>`revision + 1` as never,
      ...figureColumns(v, by),
      answer: 'reissued',
      answer_reason: reason,
      answered_by: by,
      answered_at: new Date(e.at),
      history: appended(e) as never,
    })
    .where('id', '=', id)
    .where('status', '=', 'disputed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Appends a step to the history (issue, confirm, pay: the other transitions append their own). */
export function recordEvent(trx: Executor, id: number, e: BillEvent) {
  return trx
    .updateTable('platform_bills')
    .set({ history: appended(e) as never })
    .where('id', '=', id)
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Moving a worker's line to another platform's bill (migration 0046).

/** Serialises the moves of one settlement's bills (two moves to the same platform create its bill once), until the transaction ends. */
export async function lockSettlementBills(trx: Executor, settlementId: number) {
  await sql`select pg_advisory_xact_lock(hashtext(${`platform-bills:${settlementId}`}))`.execute(trx);
}

/** The bill of a settlement for one platform (a settlement bills each platform once: platform_bills_one). */
export function billOfPlatform(db: Executor, settlementId: number, platformOrgId: number) {
  return db.selectFrom('platform_bills').select('id').where('settlement_id', '=', settlementId).where('platform_org_id', '=', platformOrgId).executeTakeFirst();
}

/** The platform organisations a line may be moved to (kind 'platform', active). */
export function platformOrgs(db: Executor) {
  return db.selectFrom('orgs').select(['id', 'name', 'path']).where('kind', '=', 'platform').where('status', '=', 'active').orderBy('id').execute();
}

/** A bill's lines and the engine's figures after a move, as the next revision; 'void' when no line is left. */
export async function rewriteLines(
  trx: Executor,
  id: number,
  by: number,
  v: BillFigures & { status: 'issued' | 'disputed' | 'void'; answer?: { reason: string; at: Date } | undefined },
  e: BillEvent,
) {
  await trx
    .updateTable('platform_bills')
    .set({
      status: v.status,
      revision: sql<number>`revision + 1` as never,
      ...figureColumns(v, by),
      ...(v.answer ? { answer: 'reissued' as const, answer_reason: v.answer.reason, answered_by: by, answered_at: v.answer.at } : {}),
      history: appended(e) as never,
    })
    .where('id', '=', id)
    .execute();
}

/** The roster entry of a member now billed to another platform (the roster keeps who bears each share). */
export async function setEntryPlatform(trx: Executor, rosterId: number, memberNo: string, platformOrgId: number) {
  await sql`update roster_entries e set platform_org_id = ${platformOrgId}
    from memberships m where m.id = e.membership_id and e.roster_id = ${rosterId} and m.member_no = ${memberNo}`.execute(trx);
}
