// The audit module's service: reading the audit trail and the login log, and the login log's one
// writer (`logLogin`, called by auth for every attempt).
import { scopePath } from '../../platform/access.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import { maskPersonalData } from '../../platform/personal-data.ts';
import type { Services } from '../../platform/services.ts';
import * as repo from './repository.ts';

export type { LoginAttempt } from './repository.ts';

/** Record one login attempt (password or one-time code, success or why not), apart from the audit trail. */
export const logLogin = (db: Executor, e: repo.LoginAttempt) => repo.insertLogin(db, e);

export async function auditTrail(s: Services, ctx: RequestContext, q: repo.AuditFilter) {
  const root = scopePath(ctx.actor!) ?? '-';
  const { total, rows } = await repo.listAudit(s.database.db, root, q);
  // writeAudit masks what it stores; entries written before it did are masked on the way out.
  return {
    total, page: q.page, pageSize: q.pageSize,
    items: rows.map((e) => ({ id: e.id, at: e.at, actor: e.actor_name, actorRole: e.actor_role, action: e.action, entity: e.entity, entityId: e.entity_id, ...maskPersonalData({ summary: e.summary, before: e.before, after: e.after }), ip: e.ip, requestId: e.request_id })),
  };
}

export async function loginLog(s: Services, q: { username?: string | undefined; page: number; pageSize: number }) {
  const { total, rows } = await repo.listLogins(s.database.db, q);
  return { total, page: q.page, pageSize: q.pageSize, items: rows.map((e) => ({ id: e.id, at: e.at, username: e.username, method: e.method, success: e.success, reason: e.reason, ip: e.ip })) };
}
