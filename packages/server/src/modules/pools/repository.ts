// All SQL of the pools module. Orgs, memberships and persons are read through the kernel columns only;
// every org-bound read is scoped inside the query (the caller's subtree, or the pools over the caller's union).
import { sql } from 'kysely';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';

export function orgInScope(db: Executor, actor: Actor, orgId: number) {
  return db.selectFrom('orgs').select(['id', 'name', 'path', 'kind', 'status']).where('id', '=', orgId).where(inScope(actor, 'orgs.path')).executeTakeFirst();
}

/** The active unions right below an org, in tree order (the rows of a 名额分配表). */
export function activeChildren(db: Executor, parentId: number) {
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'kind', 'path'])
    .where('parent_id', '=', parentId)
    .where('status', '=', 'active')
    .orderBy('path')
    .limit(5000)
    .execute();
}

export function orgById(db: Executor, orgId: number) {
  return db.selectFrom('orgs').select(['id', 'name', 'path', 'kind', 'status']).where('id', '=', orgId).executeTakeFirst();
}

const poolColumns = [
  'pools.id',
  'pools.title',
  'pools.program',
  'pools.year',
  'pools.org_id',
  'pools.capacity',
  'pools.taken',
  'pools.opens_at',
  'pools.closes_at',
  'orgs.name as org_name',
  'orgs.path as org_path',
] as const;

export function poolById(db: Executor, id: number) {
  return db.selectFrom('pools').innerJoin('orgs', 'orgs.id', 'pools.org_id').select(poolColumns).where('pools.id', '=', id).executeTakeFirst();
}
export function poolsByIds(db: Executor, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('pools').innerJoin('orgs', 'orgs.id', 'pools.org_id').select(poolColumns).where('pools.id', 'in', ids).execute();
}
export type PoolRow = NonNullable<Awaited<ReturnType<typeof poolById>>>;

/**
 * The pools an org path sees: those of its subtree (an officer's scope) and those of the unions above it
 * (a federation-wide pool is open to every union under the federation).
 */
export function poolsSeenFrom(db: Executor, path: string, subtree: boolean, year?: number) {
  let q = db.selectFrom('pools').innerJoin('orgs', 'orgs.id', 'pools.org_id').select(poolColumns);
  q = q.where((eb) =>
    subtree
      ? eb.or([eb('orgs.path', 'like', `${path}%`), eb(sql.val(path), 'like', sql<string>`orgs.path || '%'`)])
      : eb(sql.val(path), 'like', sql<string>`orgs.path || '%'`),
  );
  if (year) q = q.where('pools.year', '=', year);
  return q.orderBy('pools.opens_at', 'desc').orderBy('pools.id', 'desc').limit(200).execute();
}

export function insertPool(
  db: Executor,
  v: { title: string; program: string | null; year: number | null; orgId: number; capacity: number; opensAt: Date; closesAt: Date; createdBy: number },
) {
  return db
    .insertInto('pools')
    .values({
      title: v.title,
      program: v.program,
      year: v.year,
      org_id: v.orgId,
      capacity: v.capacity,
      opens_at: v.opensAt,
      closes_at: v.closesAt,
      created_by: v.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The active membership of a person, with the path of their union; for an officer, only when it lies in their scope. */
export function activeMembership(db: Executor, personId: number, actor: Actor | null) {
  let q = db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select(['memberships.id', 'memberships.person_id', 'memberships.org_id', 'orgs.path'])
    .where('memberships.person_id', '=', personId)
    .where('memberships.status', '=', 'active');
  if (actor) q = q.where(inScope(actor, 'orgs.path'));
  return q.executeTakeFirst();
}

/** The pool row, locked for the batch that writes its claims (batches of one pool queue on it, in every process). */
export function lockPool(db: Executor, id: number) {
  return db
    .selectFrom('pools')
    .innerJoin('orgs', 'orgs.id', 'pools.org_id')
    .select(poolColumns)
    .where('pools.id', '=', id)
    .forUpdate('pools')
    .executeTakeFirst();
}

/** The active memberships of several persons, with their union's path (the caller checks the scope per claim). */
export function activeMemberships(db: Executor, personIds: number[]) {
  if (!personIds.length) return Promise.resolve([]);
  return db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select(['memberships.id', 'memberships.person_id', 'memberships.org_id', 'orgs.path'])
    .where('memberships.person_id', 'in', personIds)
    .where('memberships.status', '=', 'active')
    .execute();
}
export type MemberRow = Awaited<ReturnType<typeof activeMemberships>>[number];

/** Several claim rows in one statement; the members who already hold a place in the pool are left out of the answer. */
export function insertClaims(db: Executor, rows: { poolId: number; personId: number; membershipId: number; orgId: number; claimedBy: number }[]) {
  return db
    .insertInto('pool_claims')
    .values(rows.map((v) => ({ pool_id: v.poolId, person_id: v.personId, membership_id: v.membershipId, org_id: v.orgId, claimed_by: v.claimedBy })))
    .onConflict((oc) => oc.columns(['pool_id', 'person_id']).doNothing())
    .returning(['id', 'person_id'])
    .execute();
}

/** Take `n` places at once: no row when that would pass the capacity. */
export function takePlaces(db: Executor, poolId: number, n: number) {
  return db
    .updateTable('pools')
    .set((eb) => ({ taken: eb('taken', '+', n) }))
    .where('id', '=', poolId)
    .where(sql<boolean>`taken + ${n} <= capacity`)
    .returning(['taken', 'capacity'])
    .executeTakeFirst();
}

/** One member's claim on a pool, with the path of the union it was claimed under. */
export function claimOf(db: Executor, poolId: number, personId: number) {
  return db
    .selectFrom('pool_claims as c')
    .innerJoin('orgs as o', 'o.id', 'c.org_id')
    .select(['c.id', 'c.person_id', 'o.path'])
    .where('c.pool_id', '=', poolId)
    .where('c.person_id', '=', personId)
    .executeTakeFirst();
}

export function deleteClaim(db: Executor, id: number) {
  return db.deleteFrom('pool_claims').where('id', '=', id).execute();
}

/** One place back (the claim row is already gone, under the pool's lock). */
export function givePlaceBack(db: Executor, poolId: number) {
  return db
    .updateTable('pools')
    .set((eb) => ({ taken: eb('taken', '-', 1) }))
    .where('id', '=', poolId)
    .returning(['taken', 'capacity'])
    .executeTakeFirstOrThrow();
}

/** Which of the pools a person holds a place in. */
export async function heldBy(db: Executor, poolIds: number[], personId: number) {
  if (!poolIds.length) return new Set<number>();
  const rows = await db.selectFrom('pool_claims').select('pool_id').where('pool_id', 'in', poolIds).where('person_id', '=', personId).execute();
  return new Set(rows.map((r) => r.pool_id));
}

export function claimsOfPool(db: Executor, poolId: number, offset: number, limit: number) {
  return db
    .selectFrom('pool_claims as c')
    .innerJoin('memberships as m', 'm.id', 'c.membership_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .innerJoin('orgs as o', 'o.id', 'c.org_id')
    .select(['c.id', 'c.pool_id', 'c.person_id', 'c.org_id', 'c.created_at', 'm.member_no', 'p.name', 'o.name as org_name', 'o.path'])
    .where('c.pool_id', '=', poolId)
    .orderBy('c.id')
    .offset(offset)
    .limit(limit)
    .execute();
}

export async function countClaims(db: Executor, poolId: number) {
  const r = await db
    .selectFrom('pool_claims')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('pool_id', '=', poolId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function claimsOfPerson(db: Executor, personId: number) {
  return db
    .selectFrom('pool_claims as c')
    .innerJoin('pools', 'pools.id', 'c.pool_id')
    .innerJoin('orgs', 'orgs.id', 'pools.org_id')
    .select(['c.id', 'c.pool_id', 'c.created_at', 'pools.title', 'pools.program', 'pools.year', 'orgs.name as org_name'])
    .where('c.person_id', '=', personId)
    .orderBy('c.id', 'desc')
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Places down the tree.

const grantColumns = [
  'g.id',
  'g.program',
  'g.year',
  'g.site',
  'g.parent_id',
  'g.from_org_id',
  'g.to_org_id',
  'g.places',
  'g.allocated',
  'g.returned',
  'g.granted_on',
  'f.name as from_name',
  'f.path as from_path',
  't.name as to_name',
  't.path as to_path',
  't.kind as to_kind',
] as const;

function grants(db: Executor) {
  return db.selectFrom('place_grants as g').innerJoin('orgs as f', 'f.id', 'g.from_org_id').innerJoin('orgs as t', 't.id', 'g.to_org_id').select(grantColumns);
}

/** A grant, when the caller sees it: given to or from a union in their subtree. */
export function grantById(db: Executor, actor: Actor, id: number) {
  return grants(db)
    .where('g.id', '=', id)
    .where((eb) => eb.or([inScope(actor, 't.path')(eb), inScope(actor, 'f.path')(eb)]))
    .executeTakeFirst();
}
export type GrantRow = NonNullable<Awaited<ReturnType<typeof grantById>>>;

export function listGrants(db: Executor, actor: Actor, q: { year?: number | undefined; program?: string | undefined; parentId?: number | undefined }) {
  let sel = grants(db).where((eb) => eb.or([inScope(actor, 't.path')(eb), inScope(actor, 'f.path')(eb)]));
  if (q.year) sel = sel.where('g.year', '=', q.year);
  if (q.program) sel = sel.where('g.program', '=', q.program);
  if (q.parentId) sel = sel.where('g.parent_id', '=', q.parentId);
  return sel.orderBy('g.year', 'desc').orderBy('t.path').orderBy('g.id').limit(500).execute();
}

export function childrenOf(db: Executor, parentId: number) {
  return grants(db).where('g.parent_id', '=', parentId).orderBy('t.path').execute();
}

/** Reserve `n` places of a grant for a split: the conditional UPDATE that refuses over-allocation. */
export function reserve(db: Executor, grantId: number, n: number) {
  return db
    .updateTable('place_grants')
    .set((eb) => ({ allocated: eb('allocated', '+', n) }))
    .where('id', '=', grantId)
    .where(sql<boolean>`allocated + returned + ${n} <= places`)
    .returning(['allocated', 'places'])
    .executeTakeFirst();
}

export function insertGrant(
  db: Executor,
  v: {
    program: string;
    year: number;
    site: string | null;
    parentId: number | null;
    fromOrgId: number;
    toOrgId: number;
    places: number;
    grantedOn: string;
    grantedBy: number | null;
  },
) {
  return db
    .insertInto('place_grants')
    .values({
      program: v.program,
      year: v.year,
      site: v.site,
      parent_id: v.parentId,
      from_org_id: v.fromOrgId,
      to_org_id: v.toOrgId,
      places: v.places,
      granted_on: v.grantedOn,
      granted_by: v.grantedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Split grants whose month has passed with places still not passed down (not to grassroots unions, who use theirs on rosters). */
export function expiredWithPlaces(db: Executor, grantedBefore: string) {
  return db
    .selectFrom('place_grants as g')
    .innerJoin('orgs as t', 't.id', 'g.to_org_id')
    .select(['g.id', 'g.parent_id', 'g.places', 'g.allocated', 'g.returned', 't.path'])
    .where('g.granted_on', '<', grantedBefore)
    .where('t.kind', '!=', 'grassroots')
    .where(sql<boolean>`g.allocated + g.returned < g.places`)
    .orderBy(sql`length(t.path)`, 'desc')
    .execute();
}

/** Give a grant's unpassed places back: `returned` grows, and its parent gets them back to hand out again (re-read: a child may just have returned some). */
export async function giveBack(db: Executor, id: number) {
  const g = await db
    .selectFrom('place_grants')
    .select(['id', 'parent_id', 'places', 'allocated', 'returned'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!g) return 0;
  const n = g.places - g.allocated - g.returned;
  if (n <= 0) return 0;
  await db
    .updateTable('place_grants')
    .set((eb) => ({ returned: eb('returned', '+', n) }))
    .where('id', '=', g.id)
    .execute();
  if (g.parent_id)
    await db
      .updateTable('place_grants')
      .set((eb) => ({ allocated: eb('allocated', '-', n) }))
      .where('id', '=', g.parent_id)
      .execute();
  return n;
}

// ---------------------------------------------------------------------------------------------
// Booking reminders (issue 10 §3, migration 0046): the claims of a pool not reminded yet, marked once.

/** The claims on `poolIds` whose holder was not reminded yet, with the pool's title and the holder's name and sealed mobile. */
export function claimsToRemind(db: Executor, poolIds: number[]) {
  if (!poolIds.length) return Promise.resolve([]);
  return db
    .selectFrom('pool_claims as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .innerJoin('pools as l', 'l.id', 'c.pool_id')
    .select(['c.id', 'c.pool_id', 'c.person_id', 'p.name', 'p.phone_cipher', 'l.title'])
    .where('c.pool_id', 'in', poolIds)
    .where('c.reminded_on', 'is', null)
    .orderBy('c.pool_id')
    .orderBy('c.id')
    .execute();
}

/** Marks a claim reminded on `on`, once: false when another run got there first or the place was given back. */
export async function markClaimReminded(trx: Executor, claimId: number, on: string) {
  const r = await trx.updateTable('pool_claims').set({ reminded_on: on }).where('id', '=', claimId).where('reminded_on', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
