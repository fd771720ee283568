// SQL of the audit module: the audit trail (written by platform/audit.ts), its chain head, the login log.
import { sql } from 'kysely';
import type { Executor } from '../../platform/context.ts';

export interface AuditFilter {
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Entries bound to this org's subtree (its path), when given. */
  orgPath?: string | undefined;
  page: number;
  pageSize: number;
}

/** Audit entries under an org path (and those bound to no org), newest first. */
export async function listAudit(db: Executor, root: string, q: AuditFilter) {
  let query = db.selectFrom('audit_log').where((eb) => eb.or([eb('org_path', 'like', `${root}%`), eb('org_path', 'is', null)]));
  if (q.entity) query = query.where('entity', '=', q.entity);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.action) query = query.where('action', 'like', `${q.action.replace(/[%_\\]/g, '')}%`);
  if (q.actor) query = query.where('actor_name', '=', q.actor);
  if (q.from) query = query.where('at', '>=', new Date(`${q.from}T00:00:00+08:00`));
  if (q.to) query = query.where('at', '<', new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000));
  if (q.orgPath) query = query.where('org_path', 'like', `${q.orgPath}%`);
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { total: Number(total), rows };
}

/** The action codes written so far (for the filter), under an org path. */
export async function auditActions(db: Executor, root: string) {
  const rows = await db
    .selectFrom('audit_log')
    .select('action')
    .distinct()
    .where((eb) => eb.or([eb('org_path', 'like', `${root}%`), eb('org_path', 'is', null)]))
    .orderBy('action')
    .execute();
  return rows.map((r) => r.action);
}

/** Display names of the accounts, members (persons), orgs an audit page names (kernel columns only). */
export async function objectLabels(db: Executor, ids: { account: number[]; member: number[]; org: number[] }) {
  const [accounts, persons, orgs] = await Promise.all([
    ids.account.length ? db.selectFrom('accounts').select(['id', 'username', 'display_name']).where('id', 'in', ids.account).execute() : [],
    ids.member.length ? db.selectFrom('persons').select(['id', 'name', 'id_masked']).where('id', 'in', ids.member).execute() : [],
    ids.org.length ? db.selectFrom('orgs').select(['id', 'name']).where('id', 'in', ids.org).execute() : [],
  ]);
  return {
    account: new Map(accounts.map((a) => [String(a.id), `${a.display_name}（${a.username}）`])),
    member: new Map(persons.map((p) => [String(p.id), `${p.name}（${p.id_masked}）`])),
    org: new Map(orgs.map((o) => [String(o.id), o.name])),
  };
}

export interface LoginFilter {
  username?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  success?: 'true' | 'false' | undefined;
  page: number;
  pageSize: number;
}

export async function listLogins(db: Executor, q: LoginFilter) {
  let query = db.selectFrom('login_log');
  if (q.username) query = query.where('username', '=', q.username);
  if (q.from) query = query.where('at', '>=', new Date(`${q.from}T00:00:00+08:00`));
  if (q.to) query = query.where('at', '<', new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000));
  if (q.success) query = query.where('success', '=', q.success === 'true');
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { total: Number(total), rows };
}

export interface LoginAttempt {
  username: string | null;
  accountId: number | null;
  method: 'password' | 'otp';
  success: boolean;
  reason?: string | undefined;
  ip: string | null;
}

export async function insertLogin(db: Executor, e: LoginAttempt) {
  await db
    .insertInto('login_log')
    .values({ username: e.username, account_id: e.accountId, method: e.method, success: e.success, reason: e.reason ?? null, ip: e.ip })
    .execute();
}

/** Login attempts before `cutoff`, oldest first, locked so that two workers do not archive the same rows twice. */
export async function lockOldLogins(trx: Executor, cutoff: Date, limit: number) {
  return (
    await sql<Record<string, unknown> & { id: number }>`
      select id, at, username, account_id, method, success, reason, ip from login_log
      where at < ${cutoff} order by id limit ${limit} for update skip locked`.execute(trx)
  ).rows;
}

export async function deleteLogins(trx: Executor, ids: readonly number[]) {
  await trx
    .deleteFrom('login_log')
    .where('id', 'in', [...ids])
    .execute();
}

export async function chainHead(db: Executor) {
  return (await sql<{ seq: number; hash: string }>`select seq, hash from audit_chain where id = 1`.execute(db)).rows[0] ?? null;
}
