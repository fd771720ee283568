import { sql, type Insertable, type Updateable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import type { TOrgList } from './schema.ts';

// Every read here is filtered by the actor's scope inside the query.

const orgColumns = [
  'orgs.id',
  'orgs.parent_id',
  'orgs.path',
  'orgs.depth',
  'orgs.kind',
  'orgs.name',
  'orgs.short_name',
  'orgs.code',
  'orgs.unit_category',
  'orgs.function_code',
  'orgs.allocation_no',
  'orgs.status',
  'orgs.address',
  'orgs.contact_name',
  'orgs.contact_phone',
  'orgs.created_at',
  'orgs.updated_at',
  'orgs.deactivated_at',
] as const;

/** One org's identity and place in the tree (the kernel's columns), unscoped, or undefined. */
export function orgRef(db: Executor, id: number) {
  return db.selectFrom('orgs').select(['id', 'path', 'kind', 'name', 'short_name', 'parent_id']).where('id', '=', id).executeTakeFirst();
}

export function findOrg(db: Executor, actor: Actor, id: number) {
  return db.selectFrom('orgs').select(orgColumns).where('orgs.id', '=', id).where(inScope(actor, 'orgs.path')).executeTakeFirst();
}

/** Unscoped lookup, for checks that need the row before deciding (e.g. a transfer's target union). */
export function findOrgUnscoped(db: Executor, id: number) {
  return db.selectFrom('orgs').select(orgColumns).where('orgs.id', '=', id).executeTakeFirst();
}

/** The list's filters (children of parentId, kind, status, a name / short name / credit code search), scoped: one definition for the page and its export. */
function filtered(db: Executor, actor: Actor, q: OrgFilter) {
  let query = db.selectFrom('orgs').where(inScope(actor, 'orgs.path'));
  if (q.parentId !== undefined) query = query.where('orgs.parent_id', '=', q.parentId);
  if (q.kind) query = query.where('orgs.kind', '=', q.kind);
  if (q.status !== 'all') query = query.where('orgs.status', '=', q.status);
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('orgs.name', 'like', like), eb('orgs.short_name', 'like', like), eb('orgs.code', '=', q.q!.toUpperCase())]));
  }
  return query;
}
export type OrgFilter = Pick<TOrgList, 'parentId' | 'kind' | 'status' | 'q'>;

export async function listOrgs(db: Executor, actor: Actor, q: TOrgList) {
  const query = filtered(db, actor, q);
  const [{ total }] = (await query.select((eb) => eb.fn.countAll<number>().as('total')).execute()) as [{ total: number }];
  const rows = await query
    .select(orgColumns)
    .select((eb) => [
      eb
        .selectFrom('orgs as c')
        .whereRef('c.parent_id', '=', 'orgs.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('child_count'),
    ])
    .orderBy('orgs.allocation_no', (ob) => ob.asc().nullsLast())
    .orderBy('orgs.kind')
    .orderBy('orgs.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { total: Number(total), rows };
}

export function ancestors(db: Executor, path: string) {
  const ids = path.split('.').filter(Boolean).map(Number);
  return db.selectFrom('orgs').select(['id', 'name', 'kind']).where('id', 'in', ids).orderBy('depth').execute();
}

export async function orgCounts(db: Executor, org: { id: number; path: string }) {
  const r = await sql<{ children: number; descendants: number; members: number; members_ever: number }>`
    select
      (select count(*) from orgs where parent_id = ${org.id}) as children,
      (select count(*) from orgs where path like ${org.path + '%'} and id <> ${org.id}) as descendants,
      (select count(*) from memberships m join orgs o on o.id = m.org_id where o.path like ${org.path + '%'} and m.status = 'active') as members,
      (select count(*) from memberships where org_id = ${org.id}) as members_ever
  `.execute(db);
  const row = r.rows[0]!;
  return { children: Number(row.children), descendants: Number(row.descendants), members: Number(row.members), membersEver: Number(row.members_ever) };
}

/** The orgs of the export: the list's filters (default: the whole subtree, every status), in tree order, with the parent's name. */
export function subtreeForExport(db: Executor, actor: Actor, q: OrgFilter = { status: 'all' }) {
  return filtered(db, actor, q)
    .leftJoin('orgs as p', 'p.id', 'orgs.parent_id')
    .select(orgColumns)
    .select(['p.name as parent_name'])
    .orderBy('orgs.path')
    .execute();
}

/** The org at exactly this path, whole, with its count of children, or undefined. */
export function orgAtPath(db: Executor, path: string) {
  return db
    .selectFrom('orgs')
    .selectAll()
    .select((eb) => [
      eb
        .selectFrom('orgs as c')
        .whereRef('c.parent_id', '=', 'orgs.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('child_count'),
    ])
    .where('path', '=', path)
    .executeTakeFirst();
}

/** The org holding a credit code (other than `exceptId`), if any. */
export function orgWithCode(db: Executor, code: string, exceptId?: number) {
  let q = db.selectFrom('orgs').select('id').where('code', '=', code);
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  return q.executeTakeFirst();
}

/** A new org; its id (its path is set once the id is known). */
export async function insertOrg(trx: Executor, values: Insertable<DB['orgs']>) {
  return (await trx.insertInto('orgs').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateOrgRow(trx: Executor, id: number, set: Updateable<DB['orgs']>) {
  await trx.updateTable('orgs').set(set).where('id', '=', id).execute();
}

/** Moves a subtree: every org under `oldPath` gets `newPath` in its place and `delta` added to its depth. */
export async function movePaths(trx: Executor, oldPath: string, newPath: string, delta: number) {
  await sql`update orgs set path = ${newPath} || substr(path, ${oldPath.length + 1}), depth = depth + ${delta}, updated_at = now()
              where path like ${oldPath + '%'}`.execute(trx);
}

/** An active child of the org, if any. */
export function activeChild(db: Executor, parentId: number) {
  return db.selectFrom('orgs').select('id').where('parent_id', '=', parentId).where('status', '=', 'active').executeTakeFirst();
}

/** An account of the org, if any (kernel read of accounts). */
export function anyAccountOf(db: Executor, orgId: number) {
  return db.selectFrom('accounts').select('id').where('org_id', '=', orgId).executeTakeFirst();
}

export async function deleteOrgRow(trx: Executor, id: number) {
  await trx.deleteFrom('orgs').where('id', '=', id).execute();
}
