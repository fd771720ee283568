// All SQL of the protection module. Memberships, persons and orgs are read through the kernel
// columns only (identity, path, unit category); every org-bound read is scoped inside the query.
import { sql, type Insertable } from 'kysely';
import { inRegion, inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import type { ProtectionCoversTable, ProtectionPlan } from '../../db/schema.ts';

/** The regional union of an org path `1.16.140.`: its second element (null at the root). */
export const regionOfPath = (path: string): number | null => {
  const parts = path.split('.').filter(Boolean);
  return parts.length >= 2 ? Number(parts[1]) : null;
};

export const COUNTED = ['listed', 'confirmed', 'pending-payment'] as const;

export function orgInScope(db: Executor, actor: Actor, orgId: number) {
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'path', 'kind', 'unit_category', 'status'])
    .where('id', '=', orgId)
    .where(inScope(actor, 'orgs.path'))
    .executeTakeFirst();
}

/** Active grassroots unions at or under a path, with no list for the year yet, and those that have one. */
export async function grassrootsUnder(db: Executor, path: string, year: number) {
  return db
    .selectFrom('orgs')
    .leftJoin('protection_lists as l', (j) => j.onRef('l.org_id', '=', 'orgs.id').on('l.year', '=', year))
    .select(['orgs.id', 'orgs.name', 'orgs.path', 'orgs.unit_category', 'l.id as list_id', 'l.plan as list_plan'])
    .where('orgs.path', 'like', `${path}%`)
    .where('orgs.kind', '=', 'grassroots')
    .where('orgs.status', '=', 'active')
    .orderBy('orgs.path')
    .execute();
}

export interface ListAmounts {
  plan: ProtectionPlan;
  unitCategory: 'ordinary' | 'special';
  policy: string;
  evaluation: unknown;
  premiumFen: number;
  subsidyFen: number;
  remainderFen: number;
  coverageStart: string;
  coverageEnd: string;
  term: 'full-year' | 'half-year';
}

export function insertList(
  db: Executor,
  v: { year: number; orgId: number; regionId: number | null; batchId: number | null; status: 'building' | 'draft' } & ListAmounts,
) {
  return db
    .insertInto('protection_lists')
    .values({
      year: v.year,
      org_id: v.orgId,
      region_id: v.regionId,
      batch_id: v.batchId,
      plan: v.plan,
      unit_category: v.unitCategory,
      status: v.status,
      policy: v.policy,
      evaluation: JSON.stringify(v.evaluation),
      premium_fen: v.premiumFen,
      subsidy_fen: v.subsidyFen,
      remainder_fen: v.remainderFen,
      coverage_start: v.coverageStart,
      coverage_end: v.coverageEnd,
      term: v.term,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * The list's covers in one INSERT … SELECT: every active member of the union (003 一(二)1(1) 本市在职工会会员)
 * who is not covered for the year yet. The amounts are the engine's, the same for every member of the list.
 */
export async function fillList(db: Executor, listId: number) {
  const r = await sql`
    insert into protection_covers (year, membership_id, person_id, org_id, region_id, list_id, plan, mode, unit_category, term,
      coverage_start, coverage_end, premium_fen, subsidy_fen, remainder_fen, payer, status, policy)
    select l.year, m.id, m.person_id, m.org_id, l.region_id, l.id, l.plan, 'collective', l.unit_category, l.term,
      l.coverage_start, l.coverage_end, l.premium_fen, l.subsidy_fen, l.remainder_fen, 'union', 'listed', l.policy
    from protection_lists l
    join memberships m on m.org_id = l.org_id and m.status = 'active'
    where l.id = ${listId}
      and not exists (select 1 from protection_covers c where c.person_id = m.person_id and c.year = l.year
                      and c.status in ('listed','confirmed','pending-payment'))`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** Members of the union already covered for the year elsewhere (skipped by fillList). */
export async function alreadyCoveredCount(db: Executor, listId: number) {
  const r = await sql<{ n: number }>`
    select count(*)::int as n from protection_lists l
    join memberships m on m.org_id = l.org_id and m.status = 'active'
    join protection_covers c on c.person_id = m.person_id and c.year = l.year and c.status in ('listed','confirmed','pending-payment')
    where l.id = ${listId} and c.list_id is distinct from l.id`.execute(db);
  return r.rows[0]?.n ?? 0;
}

const listColumns = [
  'protection_lists.id',
  'protection_lists.year',
  'protection_lists.org_id',
  'protection_lists.region_id',
  'protection_lists.batch_id',
  'protection_lists.plan',
  'protection_lists.unit_category',
  'protection_lists.status',
  'protection_lists.policy',
  'protection_lists.premium_fen',
  'protection_lists.subsidy_fen',
  'protection_lists.remainder_fen',
  'protection_lists.coverage_start',
  'protection_lists.coverage_end',
  'protection_lists.term',
  'protection_lists.submitted_on',
  'protection_lists.confirmed_on',
  'protection_lists.remittance_id',
  'orgs.name as org_name',
  'orgs.path as org_path',
] as const;

function listCounts(db: Executor) {
  return db
    .selectFrom('protection_covers')
    .select((eb) => [
      'list_id',
      eb.fn.count<number>('id').filterWhere('status', '!=', 'excluded').as('members'),
      eb.fn.count<number>('id').filterWhere('status', '=', 'excluded').as('excluded'),
    ])
    .groupBy('list_id');
}

export function listsQuery(db: Executor, actor: Actor, q: { year: number; orgId?: number | undefined; status?: string | undefined }) {
  let query = db
    .selectFrom('protection_lists')
    .innerJoin('orgs', 'orgs.id', 'protection_lists.org_id')
    .where(inScope(actor, 'orgs.path'))
    .where('protection_lists.year', '=', q.year);
  if (q.status) query = query.where('protection_lists.status', '=', q.status as never);
  if (q.orgId !== undefined)
    query = query.where('orgs.path', 'like', (eb) => eb.selectFrom('orgs as o2').select(sql<string>`o2.path || '%'`.as('p')).where('o2.id', '=', q.orgId!));
  return query;
}

export function listPage(
  db: Executor,
  actor: Actor,
  q: { year: number; orgId?: number | undefined; status?: string | undefined },
  offset: number,
  limit: number,
) {
  return listsQuery(db, actor, q)
    .leftJoin(listCounts(db).as('n'), 'n.list_id', 'protection_lists.id')
    .select(listColumns)
    .select([sql<number>`coalesce(n.members, 0)::int`.as('members'), sql<number>`coalesce(n.excluded, 0)::int`.as('excluded')])
    .orderBy('orgs.path')
    .offset(offset)
    .limit(limit)
    .execute();
}

export async function findList(db: Executor, actor: Actor, id: number, lock = false) {
  let q = db
    .selectFrom('protection_lists')
    .innerJoin('orgs', 'orgs.id', 'protection_lists.org_id')
    .select(listColumns)
    .where('protection_lists.id', '=', id)
    .where(inScope(actor, 'orgs.path'));
  if (lock) q = q.forUpdate('protection_lists');
  const row = await q.executeTakeFirst();
  if (!row) return undefined;
  const n = await db
    .selectFrom('protection_covers')
    .select((eb) => [
      eb.fn.count<number>('id').filterWhere('status', '!=', 'excluded').as('members'),
      eb.fn.count<number>('id').filterWhere('status', '=', 'excluded').as('excluded'),
    ])
    .where('list_id', '=', id)
    .executeTakeFirstOrThrow();
  return { ...row, members: Number(n.members), excluded: Number(n.excluded) };
}

const coverColumns = [
  'c.id',
  'c.year',
  'c.membership_id',
  'c.person_id',
  'c.org_id',
  'c.region_id',
  'c.list_id',
  'c.plan',
  'c.mode',
  'c.unit_category',
  'c.term',
  'c.coverage_start',
  'c.coverage_end',
  'c.premium_fen',
  'c.subsidy_fen',
  'c.remainder_fen',
  'c.payer',
  'c.status',
  'c.payment_state',
  'c.payment_due',
  'c.paid_on',
  'c.policy',
  'c.note',
  'm.member_no',
  'p.name',
  'p.id_masked',
  'o.name as org_name',
] as const;

export interface CoverFilter {
  year: number;
  orgId?: number | undefined;
  listId?: number | undefined;
  plan?: string | undefined;
  status?: string | undefined;
  mode?: string | undefined;
  q?: string | undefined;
}

export function coversQuery(db: Executor, actor: Actor, f: CoverFilter) {
  let q = db
    .selectFrom('protection_covers as c')
    .innerJoin('orgs as o', 'o.id', 'c.org_id')
    .innerJoin('memberships as m', 'm.id', 'c.membership_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    // The region (migration 0031) on both distributed tables: the covers' own and the memberships'.
    .where(inRegion(actor, 'c.region_id'))
    .where(inRegion(actor, 'm.region_id'))
    .where(inScope(actor, 'o.path'))
    .where('c.year', '=', f.year);
  if (f.listId !== undefined) q = q.where('c.list_id', '=', f.listId);
  if (f.plan) q = q.where('c.plan', '=', f.plan as ProtectionPlan);
  if (f.status) q = q.where('c.status', '=', f.status as never);
  if (f.mode) q = q.where('c.mode', '=', f.mode as never);
  if (f.orgId !== undefined)
    q = q.where('o.path', 'like', (eb) => eb.selectFrom('orgs as o2').select(sql<string>`o2.path || '%'`.as('p')).where('o2.id', '=', f.orgId!));
  if (f.q) {
    const term = f.q;
    q = q.where((eb) => eb.or([eb('p.name', 'like', `${term.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`), eb('m.member_no', '=', term)]));
  }
  return q;
}

export function coverPage(db: Executor, actor: Actor, f: CoverFilter, offset: number, limit: number) {
  return coversQuery(db, actor, f).select(coverColumns).orderBy('c.id').offset(offset).limit(limit).execute();
}

export async function coverCount(db: Executor, actor: Actor, f: CoverFilter) {
  const r = await coversQuery(db, actor, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export type CoverRow = Awaited<ReturnType<typeof coverPage>>[number];

export function coversOfPerson(db: Executor, personId: number) {
  return db
    .selectFrom('protection_covers as c')
    .innerJoin('orgs as o', 'o.id', 'c.org_id')
    .innerJoin('memberships as m', 'm.id', 'c.membership_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select(coverColumns)
    .where('c.person_id', '=', personId)
    .where('c.status', '!=', 'excluded')
    .orderBy('c.year', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
}

/** Totals of the counted covers in scope: by plan, by regional union, by grassroots union. */
export async function summary(db: Executor, actor: Actor, year: number, orgId?: number) {
  const base = () => coversQuery(db, actor, { year, orgId }).where('c.status', 'in', ['listed', 'confirmed', 'pending-payment']);
  const sums = (eb: any) => [
    eb.fn.countAll().as('members'),
    eb.fn.count('c.id').filterWhere('c.status', '=', 'confirmed').as('confirmed'),
    eb.fn.sum('c.premium_fen').as('premium'),
    eb.fn.sum('c.subsidy_fen').as('subsidy'),
    eb.fn.sum('c.remainder_fen').as('remainder'),
  ];
  const [total, byPlan, byRegion, byUnion] = await Promise.all([
    base().select(sums).executeTakeFirstOrThrow(),
    base().select('c.plan').select(sums).groupBy('c.plan').orderBy('c.plan').execute(),
    base()
      .leftJoin('orgs as r', 'r.id', 'c.region_id')
      .select(['c.region_id', 'r.name as region_name'])
      .select(sums)
      .groupBy(['c.region_id', 'r.name'])
      .orderBy('c.region_id')
      .execute(),
    base().select(['c.org_id', 'o.name as org_name']).select(sums).groupBy(['c.org_id', 'o.name']).orderBy(sql`count(*)`, 'desc').limit(500).execute(),
  ]);
  return { total, byPlan, byRegion, byUnion };
}

// ---------------------------------------------------------------------------------------------
// Collective batches (service.ts keeps the steps, their order and the transactions).

export function insertBatch(db: Executor, v: { year: number; orgId: number; plan: ProtectionPlan; requestedBy: number; listsCount: number }) {
  return db
    .insertInto('protection_batches')
    .values({ year: v.year, org_id: v.orgId, plan: v.plan, requested_by: v.requestedBy, lists_count: v.listsCount })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function setBatchJob(db: Executor, batchId: number, jobId: number) {
  return db.updateTable('protection_batches').set({ job_id: jobId }).where('id', '=', batchId).execute();
}

/** The batch a job runs, with its org's path and name. */
export function batchToRun(db: Executor, batchId: number) {
  return db
    .selectFrom('protection_batches')
    .innerJoin('orgs', 'orgs.id', 'protection_batches.org_id')
    .select(['protection_batches.year', 'protection_batches.plan', 'protection_batches.status', 'orgs.path', 'orgs.name'])
    .where('protection_batches.id', '=', batchId)
    .executeTakeFirstOrThrow();
}

/** Active members per union (to group small unions into one transaction). */
export async function activeMembersPerOrg(db: Executor, orgIds: number[]) {
  const rows = await db
    .selectFrom('memberships')
    .select(['org_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'active')
    .where('org_id', 'in', orgIds.length ? orgIds : [-1])
    .groupBy('org_id')
    .execute();
  return new Map(rows.map((r) => [r.org_id, Number(r.n)]));
}

/** The batch's status under a row lock (one runner at a time). */
export function lockBatchStatus(trx: Executor, batchId: number) {
  return trx.selectFrom('protection_batches').select('status').where('id', '=', batchId).forUpdate().executeTakeFirstOrThrow();
}

/** The batch is built: its lists become drafts and the batch is done. */
export async function finishBatch(trx: Executor, batchId: number, memberCount: number) {
  await trx.updateTable('protection_lists').set({ status: 'draft' }).where('batch_id', '=', batchId).where('status', '=', 'building').execute();
  await trx.updateTable('protection_batches').set({ status: 'done', member_count: memberCount, finished_at: new Date() }).where('id', '=', batchId).execute();
}

export function failBatch(db: Executor, batchId: number, error: unknown) {
  return db
    .updateTable('protection_batches')
    .set({ status: 'failed', error: JSON.stringify(error), finished_at: new Date() })
    .where('id', '=', batchId)
    .execute();
}

export function listsOfBatch(db: Executor, batchId: number) {
  return db.selectFrom('protection_lists').select('id').where('batch_id', '=', batchId).execute();
}

/** A list and its covers out of the register (a failed batch). */
export async function deleteListWithCovers(trx: Executor, listId: number) {
  await trx.deleteFrom('protection_covers').where('list_id', '=', listId).execute();
  await trx.deleteFrom('protection_lists').where('id', '=', listId).execute();
}

export function findBatch(db: Executor, id: number) {
  return db
    .selectFrom('protection_batches')
    .innerJoin('orgs', 'orgs.id', 'protection_batches.org_id')
    .select([
      'protection_batches.id',
      'protection_batches.year',
      'protection_batches.plan',
      'protection_batches.status',
      'protection_batches.job_id',
      'protection_batches.lists_count',
      'protection_batches.member_count',
      'protection_batches.error',
      'orgs.id as org_id',
      'orgs.name as org_name',
      'orgs.path',
    ])
    .where('protection_batches.id', '=', id)
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Lists: count, evaluation, exclusions, submit, confirm.

export async function listCount(db: Executor, actor: Actor, q: { year: number; orgId?: number | undefined; status?: string | undefined }) {
  const r = await listsQuery(db, actor, q)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return r.n;
}

export async function listEvaluation(db: Executor, id: number) {
  return (await db.selectFrom('protection_lists').select('evaluation').where('id', '=', id).executeTakeFirstOrThrow()).evaluation;
}

export function listCoversOfMembers(db: Executor, listId: number, membershipIds: number[]) {
  return db
    .selectFrom('protection_covers')
    .select(['id', 'membership_id', 'status'])
    .where('list_id', '=', listId)
    .where('membership_id', 'in', membershipIds)
    .execute();
}

export function setCoversExcluded(trx: Executor, listId: number, membershipIds: number[], exclude: boolean, note: string | null) {
  return trx
    .updateTable('protection_covers')
    .set({ status: exclude ? 'excluded' : 'listed', note })
    .where('list_id', '=', listId)
    .where('membership_id', 'in', membershipIds)
    .execute();
}

export function setListSubmitted(trx: Executor, id: number, by: number, on: string) {
  return trx.updateTable('protection_lists').set({ status: 'submitted', submitted_by: by, submitted_on: on }).where('id', '=', id).execute();
}

/** The regional union's confirmation: the list and its listed covers. */
export async function confirmListAndCovers(trx: Executor, id: number, by: number, on: string) {
  await trx.updateTable('protection_lists').set({ status: 'confirmed', confirmed_by: by, confirmed_on: on }).where('id', '=', id).execute();
  await trx.updateTable('protection_covers').set({ status: 'confirmed' }).where('list_id', '=', id).where('status', '=', 'listed').execute();
}

// ---------------------------------------------------------------------------------------------
// The register as other modules read it (api.ts).

/** A person's cover rows of a coverage year, newest first. */
export function coverRowsOfPersonYear(db: Executor, personId: number, year: number) {
  return db
    .selectFrom('protection_covers')
    .select(['id', 'year', 'plan', 'mode', 'status', 'coverage_start', 'coverage_end', 'region_id'])
    .where('person_id', '=', personId)
    .where('year', '=', year)
    .orderBy('id', 'desc')
    .execute();
}

export async function anyCoverOfYear(db: Executor, year: number) {
  return !!(await db.selectFrom('protection_covers').select('id').where('year', '=', year).limit(1).executeTakeFirst());
}

/** Distinct persons with a cover in one of `statuses` for the year, per union path (each counts its subtree). */
export async function coveredPersonsPerPath(db: Executor, year: number, unionPaths: readonly string[], statuses: readonly string[]) {
  const r = await sql<{ path: string; n: string }>`
    select u.path, count(distinct c.person_id) as n
    from unnest(${[...unionPaths]}::text[]) as u(path)
    join orgs o on o.path like u.path || '%'
    join protection_covers c on c.org_id = o.id and c.year = ${year} and c.status = any(${[...statuses]}::text[])
    group by u.path`.execute(db);
  return new Map(r.rows.map((x) => [x.path, Number(x.n)]));
}

// ---------------------------------------------------------------------------------------------
// Remittances (remittances.ts): the regional union's voucher and the centre's reconciliation.

export function orgById(db: Executor, id: number) {
  return db.selectFrom('orgs').select(['id', 'name', 'path', 'depth']).where('id', '=', id).executeTakeFirst();
}

/** The remainder (fen) of a region's confirmed lists for the year, with how many lists and members. */
export async function remittanceDue(db: Executor, regionId: number, year: number) {
  const r = await sql<{ lists: number; members: number; due: string | number | null }>`
    select count(distinct l.id)::int as lists, count(c.id)::int as members, coalesce(sum(c.remainder_fen), 0) as due
    from protection_lists l join protection_covers c on c.list_id = l.id and c.status = 'confirmed'
    where l.region_id = ${regionId} and l.year = ${year} and l.status = 'confirmed'`.execute(db);
  const row = r.rows[0]!;
  return { lists: row.lists, members: row.members, dueFen: Number(row.due ?? 0) };
}

export function insertRemittance(
  trx: Executor,
  v: { year: number; regionId: number; expectedFen: number; declaredFen: number; documentId: number; late: boolean; uploadedBy: number; uploadedOn: string },
) {
  return trx
    .insertInto('protection_remittances')
    .values({
      year: v.year,
      region_id: v.regionId,
      expected_fen: v.expectedFen,
      declared_fen: v.declaredFen,
      document_id: v.documentId,
      late: v.late,
      uploaded_by: v.uploadedBy,
      uploaded_on: v.uploadedOn,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The region's confirmed lists of the year, and their confirmed covers, are remitted under this remittance. */
export async function markRemitted(trx: Executor, regionId: number, year: number, remittanceId: number) {
  const lists = trx.selectFrom('protection_lists').select('id').where('region_id', '=', regionId).where('year', '=', year).where('status', '=', 'confirmed');
  await trx.updateTable('protection_covers').set({ payment_state: 'remitted' }).where('list_id', 'in', lists).where('status', '=', 'confirmed').execute();
  await trx
    .updateTable('protection_lists')
    .set({ status: 'remitted', remittance_id: remittanceId })
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .where('status', '=', 'confirmed')
    .execute();
}

export function remittancesOfYear(db: Executor, actor: Actor, year: number) {
  return db
    .selectFrom('protection_remittances as r')
    .innerJoin('orgs', 'orgs.id', 'r.region_id')
    .selectAll('r')
    .select('orgs.name as region_name')
    .where('r.year', '=', year)
    .where(inScope(actor, 'orgs.path'))
    .orderBy('r.region_id')
    .execute();
}

export function orgFunctionCode(db: Executor, orgId: number | null) {
  return db
    .selectFrom('orgs')
    .select('function_code')
    .where('id', '=', orgId ?? -1)
    .executeTakeFirst();
}

export function lockRemittance(trx: Executor, actor: Actor, id: number) {
  return trx
    .selectFrom('protection_remittances as r')
    .innerJoin('orgs', 'orgs.id', 'r.region_id')
    .selectAll('r')
    .select(['orgs.name as region_name', 'orgs.path'])
    .where('r.id', '=', id)
    .where(inScope(actor, 'orgs.path'))
    .forUpdate('r')
    .executeTakeFirst();
}

/** Reconciled: the remittance, its lists, and their confirmed covers (paid today). */
export async function markReconciled(trx: Executor, id: number, v: { receivedFen: number; by: number; on: string }) {
  const done = await trx
    .updateTable('protection_remittances')
    .set({ status: 'reconciled', received_fen: v.receivedFen, reconciled_by: v.by, reconciled_on: v.on })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const lists = trx.selectFrom('protection_lists').select('id').where('remittance_id', '=', id);
  await trx
    .updateTable('protection_covers')
    .set({ payment_state: 'paid', paid_on: v.on })
    .where('list_id', 'in', lists)
    .where('status', '=', 'confirmed')
    .execute();
  await trx.updateTable('protection_lists').set({ status: 'reconciled' }).where('remittance_id', '=', id).execute();
  return done;
}

// ---------------------------------------------------------------------------------------------
// Instant and individual covers (enroll.ts).

/** The person's counted cover of the year (listed, confirmed or awaiting payment), if any. */
export function countedCoverOf(db: Executor, personId: number, year: number) {
  return db
    .selectFrom('protection_covers')
    .select(['id', 'plan', 'mode', 'status'])
    .where('person_id', '=', personId)
    .where('year', '=', year)
    .where('status', 'in', [...COUNTED])
    .executeTakeFirst();
}

export function insertCover(db: Executor, v: Insertable<ProtectionCoversTable>) {
  return db.insertInto('protection_covers').values(v).returning('id').executeTakeFirstOrThrow();
}

/** One cover with what its page shows (the register columns, the evaluation, the individual fields). */
export function coverWithEvaluation(db: Executor, id: number) {
  return db
    .selectFrom('protection_covers as c')
    .innerJoin('orgs as o', 'o.id', 'c.org_id')
    .innerJoin('memberships as m', 'm.id', 'c.membership_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select([...coverColumns, 'c.evaluation', 'c.first_individual', 'c.applied_on'])
    .where('c.id', '=', id)
    .executeTakeFirstOrThrow();
}

/** A membership in the caller's scope, with its union's path, name and unit category. */
export function membershipInScope(db: Executor, actor: Actor, membershipId: number) {
  return db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select(['memberships.id', 'memberships.person_id', 'memberships.org_id', 'memberships.status', 'orgs.path', 'orgs.name', 'orgs.unit_category'])
    .where('memberships.id', '=', membershipId)
    .where(inScope(actor, 'orgs.path'))
    .executeTakeFirst();
}

/** The person's active membership, with its union's path, name and unit category. */
export function activeMembershipOf(db: Executor, personId: number) {
  return db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select(['memberships.id', 'memberships.person_id', 'memberships.org_id', 'orgs.path', 'orgs.name', 'orgs.unit_category'])
    .where('memberships.person_id', '=', personId)
    .where('memberships.status', '=', 'active')
    .executeTakeFirst();
}

/** A card-without-cover upload under a row lock, in the caller's scope. */
export function lockInstantCover(trx: Executor, actor: Actor, id: number) {
  return trx
    .selectFrom('protection_covers as c')
    .innerJoin('orgs as o', 'o.id', 'c.org_id')
    .select(['c.id', 'c.year', 'c.plan', 'c.mode', 'c.status', 'c.unit_category', 'o.path'])
    .where('c.id', '=', id)
    .where(inScope(actor, 'o.path'))
    .forUpdate('c')
    .executeTakeFirst();
}

export function confirmInstantCover(
  trx: Executor,
  id: number,
  v: {
    on: string;
    coverageStart: string;
    coverageEnd: string;
    term: 'full-year' | 'half-year';
    premiumFen: number;
    subsidyFen: number;
    remainderFen: number;
    policy: string;
    evaluation: unknown;
  },
) {
  return trx
    .updateTable('protection_covers')
    .set({
      status: 'confirmed',
      confirmed_on: v.on,
      coverage_start: v.coverageStart,
      coverage_end: v.coverageEnd,
      term: v.term,
      premium_fen: v.premiumFen,
      subsidy_fen: v.subsidyFen,
      remainder_fen: v.remainderFen,
      policy: v.policy,
      evaluation: JSON.stringify(v.evaluation),
    })
    .where('id', '=', id)
    .execute();
}

/** A paid first individual enrollment of the person (the city subsidy only the first time). */
export function paidFirstIndividual(db: Executor, personId: number) {
  return db
    .selectFrom('protection_covers')
    .select('id')
    .where('person_id', '=', personId)
    .where('mode', '=', 'individual')
    .where('first_individual', '=', true)
    .where('status', '=', 'confirmed')
    .executeTakeFirst();
}

/** An individual application under a row lock, in the caller's scope. */
export function lockIndividualCover(trx: Executor, actor: Actor, id: number) {
  return trx
    .selectFrom('protection_covers as c')
    .innerJoin('orgs as o', 'o.id', 'c.org_id')
    .select(['c.id', 'c.year', 'c.plan', 'c.mode', 'c.status', 'c.unit_category', 'c.applied_on', 'c.first_individual', 'o.path'])
    .where('c.id', '=', id)
    .where(inScope(actor, 'o.path'))
    .forUpdate('c')
    .executeTakeFirst();
}

export function setDepositPaid(trx: Executor, id: number, paidOn: string) {
  return trx.updateTable('protection_covers').set({ status: 'confirmed', payment_state: 'paid', paid_on: paidOn }).where('id', '=', id).execute();
}

/** Individual applications past their payment deadline lapse; returns how many. */
export async function lapseUnpaid(db: Executor, today: string, note: string) {
  const r = await db
    .updateTable('protection_covers')
    .set({ status: 'lapsed', note })
    .where('status', '=', 'pending-payment')
    .where('mode', '=', 'individual')
    .where('payment_due', '<', today)
    .executeTakeFirst();
  return Number(r.numUpdatedRows ?? 0);
}

// ---------------------------------------------------------------------------------------------
// A list as a file (list-files.ts): exported, edited, imported again.

/** The rows of a list's file, by member number. */
export function listFileRows(db: Executor, listId: number) {
  return db
    .selectFrom('protection_covers as c')
    .innerJoin('memberships as m', 'm.id', 'c.membership_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select(['m.member_no', 'p.name', 'p.id_masked', 'c.status', 'c.note'])
    .where('c.list_id', '=', listId)
    .orderBy('m.member_no')
    .execute();
}

export function coversOfList(db: Executor, listId: number) {
  return db.selectFrom('protection_covers').select(['id', 'membership_id', 'status']).where('list_id', '=', listId).execute();
}

/** Memberships by member number (kernel columns). */
export function membershipsByNumber(db: Executor, memberNos: string[]) {
  return db.selectFrom('memberships').select(['id', 'person_id', 'org_id', 'status', 'member_no']).where('member_no', 'in', memberNos).execute();
}

/** Of these persons, those with a counted cover of the year outside the list. */
export async function coveredElsewhere(db: Executor, personIds: number[], year: number, listId: number) {
  const rows = await db
    .selectFrom('protection_covers')
    .select('person_id')
    .where('person_id', 'in', personIds)
    .where('year', '=', year)
    .where('status', 'in', [...COUNTED])
    .where((eb) => eb.or([eb('list_id', 'is', null), eb('list_id', '!=', listId)]))
    .execute();
  return rows.map((r) => r.person_id);
}

/** A new plan for a list: the list's amounts and every cover on it. */
export async function setListPlan(
  trx: Executor,
  listId: number,
  plan: ProtectionPlan,
  a: Pick<ListAmounts, 'policy' | 'evaluation' | 'premiumFen' | 'subsidyFen' | 'remainderFen' | 'coverageStart' | 'coverageEnd' | 'term'>,
) {
  await trx
    .updateTable('protection_lists')
    .set({
      plan,
      policy: a.policy,
      evaluation: JSON.stringify(a.evaluation),
      premium_fen: a.premiumFen,
      subsidy_fen: a.subsidyFen,
      remainder_fen: a.remainderFen,
      coverage_start: a.coverageStart,
      coverage_end: a.coverageEnd,
      term: a.term,
    })
    .where('id', '=', listId)
    .execute();
  await trx
    .updateTable('protection_covers')
    .set({
      plan,
      policy: a.policy,
      premium_fen: a.premiumFen,
      subsidy_fen: a.subsidyFen,
      remainder_fen: a.remainderFen,
      coverage_start: a.coverageStart,
      coverage_end: a.coverageEnd,
      term: a.term,
    })
    .where('list_id', '=', listId)
    .execute();
}

export function setCoverListed(trx: Executor, coverId: number, enroll: boolean, note: string | null) {
  return trx
    .updateTable('protection_covers')
    .set({ status: enroll ? 'listed' : 'excluded', note })
    .where('id', '=', coverId)
    .execute();
}

/** A member added to a list by file: a listed cover with the list's plan and amounts. */
export async function addToList(trx: Executor, listId: number, membershipId: number, personId: number) {
  await sql`insert into protection_covers (year, membership_id, person_id, org_id, region_id, list_id, plan, mode, unit_category, term,
      coverage_start, coverage_end, premium_fen, subsidy_fen, remainder_fen, payer, status, policy)
    select l.year, ${membershipId}, ${personId}, l.org_id, l.region_id, l.id, l.plan, 'collective', l.unit_category, l.term,
      l.coverage_start, l.coverage_end, l.premium_fen, l.subsidy_fen, l.remainder_fen, 'union', 'listed', l.policy
    from protection_lists l where l.id = ${listId}`.execute(trx);
}
