// SQL of the district's summary claims (migration 0035): site_claims and their frozen rows, site_claim_items.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { DB, SiteClaimStatus } from '../../db/schema.ts';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';

export const claimQuery = (db: Executor) =>
  db
    .selectFrom('site_claims as c')
    .innerJoin('orgs as r', 'r.id', 'c.region_org_id')
    .innerJoin('accounts as f', 'f.id', 'c.filed_by')
    .leftJoin('accounts as d', 'd.id', 'c.decided_by')
    .selectAll('c')
    .select(['r.name as region_name', 'f.display_name as filed_by_name', 'd.display_name as decided_by_name']);
export type ClaimRow = Awaited<ReturnType<ReturnType<typeof claimQuery>['executeTakeFirstOrThrow']>>;

export function claimById(db: Executor, id: number, forUpdate = false) {
  let q = claimQuery(db).where('c.id', '=', id);
  if (forUpdate) q = q.forUpdate('c');
  return q.executeTakeFirst();
}

/** Claims in the caller's subtree, newest first, by status, kind and year, at most 500. */
export function claimsInScope(db: Executor, actor: Actor, q: { status?: SiteClaimStatus | undefined; kind?: string | undefined; year?: number | undefined }) {
  let query = claimQuery(db).where(inScope(actor, 'c.org_path'));
  if (q.status) query = query.where('c.status', '=', q.status);
  if (q.kind) query = query.where('c.kind', '=', q.kind);
  if (q.year) query = query.where('c.year', '=', q.year);
  return query.orderBy('c.id', 'desc').limit(500).execute();
}

export const claimItems = (db: Executor, claimId: number) =>
  db
    .selectFrom('site_claim_items')
    .select(['id', 'site_id', 'application_id', 'amount_fen', 'row', 'active'])
    .where('claim_id', '=', claimId)
    .orderBy('id')
    .execute();

/** The sites of some, with the claim that holds them (filed or accepted; a returned claim releases its sites). */
export async function activeClaimsOf(db: Executor, siteIds: number[]) {
  if (!siteIds.length) return new Map<number, { no: string; status: SiteClaimStatus }>();
  const rows = await db
    .selectFrom('site_claim_items as i')
    .innerJoin('site_claims as c', 'c.id', 'i.claim_id')
    .select(['i.site_id', 'c.no', 'c.status'])
    .where('i.site_id', 'in', siteIds)
    .where('i.active', '=', true)
    .execute();
  return new Map(rows.map((r) => [r.site_id, { no: r.no, status: r.status }]));
}

/** The applications of some that are in a filed claim (awaiting the federation), with the claim's number. */
export function filedClaimsOfApplications(db: Executor, applicationIds: number[]) {
  return db
    .selectFrom('site_claim_items as i')
    .innerJoin('site_claims as c', 'c.id', 'i.claim_id')
    .select(['i.application_id', 'c.no'])
    .where('i.application_id', 'in', applicationIds)
    .where('i.active', '=', true)
    .where('c.status', '=', 'filed')
    .execute();
}

export async function nextClaimId(db: Executor) {
  const r = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('site_claims', 'id')) as id`.execute(db);
  return Number(r.rows[0]!.id);
}

export async function insertClaim(db: Executor, values: Insertable<DB['site_claims']>) {
  await db.insertInto('site_claims').values(values).execute();
}

export async function insertClaimItems(db: Executor, rows: Insertable<DB['site_claim_items']>[]) {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('site_claim_items')
      .values(rows.slice(i, i + 500))
      .execute();
}

export async function updateClaim(db: Executor, id: number, set: Updateable<DB['site_claims']>) {
  await db.updateTable('site_claims').set(set).where('id', '=', id).execute();
}

/** A returned claim releases its sites for another claim. */
export async function releaseItems(db: Executor, claimId: number) {
  await db.updateTable('site_claim_items').set({ active: false }).where('claim_id', '=', claimId).execute();
}

/** An org's id, name, kind and path. */
export const orgBrief = (db: Executor, id: number) =>
  db.selectFrom('orgs').select(['id', 'name', 'kind', 'path', 'function_code']).where('id', '=', id).executeTakeFirst();

/** The name of the active org holding a function (a federation department), or undefined. */
export async function orgNameByFunction(db: Executor, functionCode: string) {
  return (await db.selectFrom('orgs').select('name').where('function_code', '=', functionCode).where('status', '=', 'active').executeTakeFirst())?.name;
}

/**
 * The sites of the accepted claims of a kind and year in the caller's subtree (the rooms “申领成功”), with their
 * union, district, address and contacts, by district and site, at most 5,000.
 */
export function acceptedClaimSites(db: Executor, actor: Actor, q: { kind: string; year: number }) {
  return db
    .selectFrom('site_claim_items as i')
    .innerJoin('site_claims as c', 'c.id', 'i.claim_id')
    .innerJoin('sites as s', 's.id', 'i.site_id')
    .innerJoin('orgs as o', 'o.id', 's.org_id')
    .innerJoin('orgs as r', 'r.id', 'c.region_org_id')
    .select(['s.id', 's.no', 's.name', 's.address', 's.contacts', 's.status', 'o.name as org_name', 'r.name as region_name', 'c.no as claim_no'])
    .where(inScope(actor, 'c.org_path'))
    .where('c.status', '=', 'accepted')
    .where('i.active', '=', true)
    .where('c.kind', '=', q.kind)
    .where('c.year', '=', q.year)
    .orderBy('c.region_org_id')
    .orderBy('s.id')
    .limit(5000)
    .execute();
}
