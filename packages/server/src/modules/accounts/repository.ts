// SQL for officer accounts. Every query is bound to the actor's scope through the account's org.
import { sql } from 'kysely';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import type { AccountSearch } from './schema.ts';

const columns = [
  'accounts.id',
  'accounts.username',
  'accounts.display_name',
  'accounts.role',
  'accounts.status',
  'accounts.disabled_at',
  'accounts.locked_until',
  'accounts.last_login_at',
  'accounts.password_changed_at',
  'accounts.must_change_password',
  'accounts.holder_id_masked',
  'accounts.holder_id_hash',
  'accounts.created_at',
  'orgs.id as org_id',
  'orgs.name as org_name',
  'orgs.kind as org_kind',
  'orgs.path as org_path',
] as const;

const scoped = (db: Executor, actor: Actor) => db.selectFrom('accounts').innerJoin('orgs', 'orgs.id', 'accounts.org_id').where(inScope(actor, 'orgs.path'));

export type AccountRow = NonNullable<Awaited<ReturnType<typeof findAccount>>>;

export async function findAccount(db: Executor, actor: Actor, id: number, opts: { lock?: boolean } = {}) {
  let q = scoped(db, actor).select(columns).where('accounts.id', '=', id);
  if (opts.lock) q = q.forUpdate('accounts');
  return q.executeTakeFirst();
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function searchAccounts(db: Executor, actor: Actor, f: AccountSearch & { holderHash?: string | null; orgPath?: string | null }) {
  let q = scoped(db, actor);
  if (f.holderHash) q = q.where('accounts.holder_id_hash', '=', f.holderHash);
  else if (f.q) q = q.where((eb) => eb.or([eb('accounts.username', 'ilike', likePattern(f.q!)), eb('accounts.display_name', 'ilike', likePattern(f.q!))]));
  if (f.role) q = q.where('accounts.role', '=', f.role);
  if (f.orgPath) q = q.where('orgs.path', 'like', `${f.orgPath}%`);
  if (f.status === 'active') q = q.where('accounts.status', '=', 'active');
  if (f.status === 'disabled') q = q.where('accounts.status', '=', 'disabled');
  if (f.status === 'locked') q = q.where('accounts.locked_until', '>', sql<Date>`now()`);
  if (f.status === 'password-change') q = q.where('accounts.must_change_password', '=', true);
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .select(columns)
    .orderBy('accounts.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { total: Number(total), rows };
}

export async function orgInScope(db: Executor, actor: Actor, orgId: number) {
  return db.selectFrom('orgs').select(['id', 'kind', 'path', 'name']).where('id', '=', orgId).where(inScope(actor, 'orgs.path')).executeTakeFirst();
}

export async function usernameTaken(db: Executor, username: string) {
  return !!(await db.selectFrom('accounts').select('id').where('username', '=', username).executeTakeFirst());
}

export async function insertOfficer(
  db: Executor,
  a: { username: string; displayName: string; role: string; orgId: number; passwordHash: string; holder: { hash: string; cipher: string; masked: string } },
) {
  return db
    .insertInto('accounts')
    .values({
      username: a.username,
      display_name: a.displayName,
      role: a.role,
      org_id: a.orgId,
      password_hash: a.passwordHash,
      password_changed_at: new Date(),
      // The initial password is the administrator's, not the holder's: changed at first login.
      must_change_password: true,
      holder_id_hash: a.holder.hash,
      holder_id_cipher: a.holder.cipher,
      holder_id_masked: a.holder.masked,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The changed columns of an account (display name, role, org, holder), as the service collected them. */
export async function updateColumns(db: Executor, id: number, set: Record<string, unknown>) {
  await db.updateTable('accounts').set(set).where('id', '=', id).execute();
}

export async function markDisabled(db: Executor, id: number) {
  await db.updateTable('accounts').set({ status: 'disabled', disabled_at: new Date() }).where('id', '=', id).execute();
}

export async function markEnabled(db: Executor, id: number) {
  await db.updateTable('accounts').set({ status: 'active', disabled_at: null, failed_count: 0, locked_until: null }).where('id', '=', id).execute();
}

/** A reset: the new (temporary) password must be changed at the next login; a lock is lifted. */
export async function setTemporaryPassword(db: Executor, id: number, hash: string) {
  await db
    .updateTable('accounts')
    .set({ password_hash: hash, password_changed_at: new Date(), must_change_password: true, failed_count: 0, locked_until: null })
    .where('id', '=', id)
    .execute();
}

export async function unlock(db: Executor, id: number) {
  await db.updateTable('accounts').set({ locked_until: null, failed_count: 0 }).where('id', '=', id).execute();
}

export async function holdersOf(db: Executor, ids: number[]) {
  return db.selectFrom('accounts').select(['id', 'holder_id_hash', 'org_id', 'display_name']).where('id', 'in', ids).execute();
}

/** Whether an account has a password (a member's login account has none: it logs in by one-time code). */
export async function hasPassword(db: Executor, id: number) {
  const r = await db
    .selectFrom('accounts')
    .select((eb) => eb('password_hash', 'is not', null).as('has_password'))
    .where('id', '=', id)
    .executeTakeFirst();
  return r?.has_password === true;
}

export async function holderOf(db: Executor, accountId: number) {
  const r = await db.selectFrom('accounts').select('holder_id_hash').where('id', '=', accountId).executeTakeFirst();
  return r?.holder_id_hash ?? null;
}

/** Active officer accounts bound to these orgs (optionally of one role): whom to tell about work at that union. */
export async function activeOfficerIds(db: Executor, orgIds: readonly number[], role?: string): Promise<number[]> {
  if (!orgIds.length) return [];
  let q = db
    .selectFrom('accounts')
    .select('id')
    .where('org_id', 'in', [...orgIds])
    .where('status', '=', 'active')
    .where('role', '!=', 'member');
  if (role) q = q.where('role', '=', role);
  return (await q.orderBy('id').execute()).map((r) => r.id);
}

/** The member login of a person, if they have one. */
export async function memberAccountId(db: Executor, personId: number): Promise<number | null> {
  const r = await db.selectFrom('accounts').select('id').where('person_id', '=', personId).where('role', '=', 'member').executeTakeFirst();
  return r?.id ?? null;
}

// ---------------------------------------------------------------------------------------------
// Logins (for auth, through the accounts service): the account a username names, the failure
// count and lock, the last login, a member's own login account, one's own password.

export async function accountByUsername(db: Executor, username: string) {
  return db
    .selectFrom('accounts')
    .select(['id', 'username', 'password_hash', 'status', 'locked_until', 'must_change_password'])
    .where('username', '=', username)
    .executeTakeFirst();
}

/**
 * One more failure, counted in one statement, so concurrent wrong passwords cannot all read the same
 * count. SET sees the row as it was: a locked account stays as it is, the failure that reaches the
 * limit locks it for `lockMinutes` and starts the count again.
 */
export async function countFailure(db: Executor, id: number, max: number, lockMinutes: number) {
  const lockFor = `${lockMinutes} minutes`;
  return db
    .updateTable('accounts')
    .set({
      failed_count: sql<number>`case when locked_until > now() then failed_count when failed_count + 1 >= ${max} then 0 else failed_count + 1 end`,
      locked_until: sql<Date | null>`case when locked_until > now() then locked_until when failed_count + 1 >= ${max} then now() + ${lockFor}::interval else null end`,
    })
    .where('id', '=', id)
    .returning(['failed_count', 'locked_until'])
    .executeTakeFirstOrThrow();
}

/** A successful login clears the failures, unless the account is locked (then nothing changes and undefined comes back). */
export async function clearFailuresUnlessLocked(db: Executor, id: number) {
  return db
    .updateTable('accounts')
    .set({ failed_count: 0, locked_until: null, last_login_at: new Date() })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', sql<Date>`now()`)]))
    .returning(['must_change_password'])
    .executeTakeFirst();
}

export async function lockedUntilOf(db: Executor, id: number) {
  return (await db.selectFrom('accounts').select('locked_until').where('id', '=', id).executeTakeFirstOrThrow()).locked_until;
}

export async function touchLastLogin(db: Executor, id: number) {
  await db.updateTable('accounts').set({ last_login_at: new Date() }).where('id', '=', id).execute();
}

export async function memberLogin(db: Executor, personId: number) {
  return db.selectFrom('accounts').select(['id', 'status']).where('person_id', '=', personId).where('role', '=', 'member').executeTakeFirst();
}

export async function insertMemberLogin(db: Executor, personId: number, name: string) {
  return db
    .insertInto('accounts')
    .values({ username: `member-${personId}`, display_name: name, role: 'member', person_id: personId })
    .returning(['id', 'status'])
    .executeTakeFirstOrThrow();
}

export async function passwordOf(db: Executor, id: number) {
  return db.selectFrom('accounts').select(['id', 'password_hash', 'must_change_password']).where('id', '=', id).executeTakeFirstOrThrow();
}

export async function setOwnPassword(db: Executor, id: number, hash: string) {
  await db.updateTable('accounts').set({ password_hash: hash, password_changed_at: new Date(), must_change_password: false }).where('id', '=', id).execute();
}
