// Sessions: the cookie holds a random token; the database keeps only its SHA-256, so a stolen
// database does not yield usable sessions, and a forged cookie matches nothing.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Actor, Role } from './access.ts';
import type { Executor } from './context.ts';
import type { Services } from './services.ts';

export const SESSION_COOKIE = 'shishi_session';

const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');

export async function createSession(s: Services, accountId: number, ip: string | null) {
  const token = crypto.randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + s.config.sessionAbsoluteHours * 3600_000);
  await s.database.db
    .insertInto('sessions')
    .values({ id: tokenHash(token), account_id: accountId, expires_at: expires, ip })
    .execute();
  return { token, expires };
}

// A short in-process cache, so that polling (progress bars) does not wait on an embedded database
// busy with a long transaction. Revocation here drops the account's entries at once; another process
// sharing a PostgreSQL server keeps its own cache, so there a revoked session lasts at most 10 s.
const cache = new Map<string, { actor: Actor; at: number }>();
const CACHE_MS = 10_000;
// When each account's sessions were last ended or changed: a cached entry read before that is stale,
// even one a concurrent request put back while the revoking transaction was still open.
const invalidatedAt = new Map<number, number>();

export async function revokeSession(s: Services, sessionId: string) {
  cache.delete(sessionId);
  await s.database.db.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', sessionId).execute();
}

/**
 * End every live session of an account (optionally all but one), inside the caller's transaction.
 * Call `forgetCachedSessions` once it has committed. Returns how many sessions ended.
 */
export async function revokeAccountSessions(db: Executor, accountId: number, opts: { except?: string } = {}) {
  let q = db.updateTable('sessions').set({ revoked_at: new Date() }).where('account_id', '=', accountId).where('revoked_at', 'is', null);
  if (opts.except) q = q.where('id', '<>', opts.except);
  const r = await q.executeTakeFirst();
  forgetCachedSessions(accountId);
  return Number(r.numUpdatedRows);
}

/** Drop an account's cached sessions, so the next request reads status, role, org and flags afresh. */
export function forgetCachedSessions(accountId: number) {
  invalidatedAt.set(accountId, Date.now());
  for (const [id, hit] of cache) if (hit.actor.accountId === accountId) cache.delete(id);
}

/** The actor behind a cookie token, or null when the session is unknown, revoked, idle too long or expired. */
export async function resolveSession(s: Services, token: string | undefined): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const id = tokenHash(token);
  const hit = cache.get(id);
  if (hit && Date.now() - hit.at < CACHE_MS && hit.at > (invalidatedAt.get(hit.actor.accountId) ?? 0)) return hit.actor;
  const readAt = Date.now();
  const idleMs = s.config.sessionIdleMinutes * 60_000;
  const row = await s.database.db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .leftJoin('orgs', 'orgs.id', 'accounts.org_id')
    .select([
      'sessions.id as sessionId',
      'sessions.last_seen_at',
      'accounts.id as accountId',
      'accounts.username',
      'accounts.display_name',
      'accounts.role',
      'accounts.org_id',
      'accounts.person_id',
      'accounts.status',
      'accounts.must_change_password',
      'orgs.path as org_path',
      'orgs.name as org_name',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  if (!row || row.status !== 'active') return null;
  if (Date.now() - new Date(row.last_seen_at).getTime() > idleMs) return null;
  // Touch at most once a minute: the idle timer needs minutes, not every request.
  if (Date.now() - new Date(row.last_seen_at).getTime() > 60_000)
    await s.database.db.updateTable('sessions').set({ last_seen_at: new Date() }).where('id', '=', id).execute();
  const actor: Actor = {
    accountId: row.accountId,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    orgId: row.org_id,
    orgName: row.org_name,
    orgPath: row.org_path,
    personId: row.person_id,
    sessionId: row.sessionId,
    mustChangePassword: row.must_change_password,
  };
  if (cache.size > 10_000) cache.clear();
  cache.set(id, { actor, at: readAt });
  return actor;
}

/**
 * The actor of an account for work done on its behalf outside a request (a queued job carries the
 * account id, never a whole actor): null when the account is gone or disabled since.
 */
export async function actorOfAccount(s: Services, accountId: number, sessionId: string): Promise<Actor | null> {
  const row = await s.database.db
    .selectFrom('accounts')
    .leftJoin('orgs', 'orgs.id', 'accounts.org_id')
    .select([
      'accounts.id',
      'accounts.username',
      'accounts.display_name',
      'accounts.role',
      'accounts.org_id',
      'accounts.person_id',
      'accounts.status',
      'orgs.path as org_path',
      'orgs.name as org_name',
    ])
    .where('accounts.id', '=', accountId)
    .executeTakeFirst();
  if (!row || row.status !== 'active') return null;
  return {
    accountId: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    orgId: row.org_id,
    orgName: row.org_name,
    orgPath: row.org_path,
    personId: row.person_id,
    sessionId,
    mustChangePassword: false,
  };
}

/** Live sessions per account (not revoked, not past their absolute expiry). */
export async function liveSessionCounts(db: Executor, ids: number[]) {
  if (!ids.length) return new Map<number, number>();
  const rows = await db
    .selectFrom('sessions')
    .select(['account_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('account_id', 'in', ids)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .groupBy('account_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.account_id), Number(r.n)]));
}
