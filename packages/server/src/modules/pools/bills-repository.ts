// SQL of the platforms' bills (结算单) for the gig workers' mobile checkups (platform_bills, migration 0036).
import type { Insertable } from 'kysely';
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
    .select(['pf.name as platform_name', 'pv.name as provider_name', 'pv.path as provider_path', 'u.name as org_name', 'r.starts_on', 'r.ends_on', 'o.title', 'o.code', 'o.site']);
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
  const r = await trx.updateTable('platform_bills').set({ status: 'confirmed', confirmed_by: by, confirmed_at: at }).where('id', '=', id).where('status', '=', 'issued').executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function markBillPaid(trx: Executor, id: number, by: number, paidOn: string, reference: string) {
  const r = await trx.updateTable('platform_bills').set({ status: 'paid', paid_by: by, paid_on: paidOn, payment_reference: reference }).where('id', '=', id).where('status', '=', 'confirmed').executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
