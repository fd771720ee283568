import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { scopePath } from '../../platform/access.ts';
import { verifyAuditChain } from '../../platform/audit-chain.ts';
import type { Services } from '../../platform/services.ts';
import { maskPersonalData } from '../../platform/personal-data.ts';

const ZAuditList = z.object({
  entity: z.string().max(40).optional(),
  entityId: z.string().max(40).optional(),
  action: z.string().max(60).optional(),
  actor: z.string().max(64).optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export async function auditRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/audit', { config: { permission: 'audit.read' }, schema: { tags: ['audit'], summary: 'The audit trail (read-only): who did what, when, before/after', querystring: ZAuditList } }, async (req) => {
    const q = req.query;
    const root = scopePath(req.ctx.actor!) ?? '-';
    let query = s.database.db.selectFrom('audit_log').where((eb) => eb.or([eb('org_path', 'like', `${root}%`), eb('org_path', 'is', null)]));
    if (q.entity) query = query.where('entity', '=', q.entity);
    if (q.entityId) query = query.where('entity_id', '=', q.entityId);
    if (q.action) query = query.where('action', 'like', `${q.action.replace(/[%_\\]/g, '')}%`);
    if (q.actor) query = query.where('actor_name', '=', q.actor);
    if (q.from) query = query.where('at', '>=', new Date(`${q.from}T00:00:00+08:00`));
    if (q.to) query = query.where('at', '<', new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000));
    const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    // writeAudit masks what it stores; entries written before it did are masked on the way out.
    const items = await query.selectAll().orderBy('id', 'desc').limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute();
    return {
      total: Number(total), page: q.page, pageSize: q.pageSize,
      items: items.map((e) => ({ id: e.id, at: e.at, actor: e.actor_name, actorRole: e.actor_role, action: e.action, entity: e.entity, entityId: e.entity_id, ...maskPersonalData({ summary: e.summary, before: e.before, after: e.after }), ip: e.ip, requestId: e.request_id })),
    };
  });
  api.get('/audit/verify', { config: { permission: 'audit.read' }, schema: { tags: ['audit'], summary: 'Verify the hash chain of the whole audit trail: OK with the count and head, or the first changed, missing or unchained entry' } }, () =>
    verifyAuditChain(s.database.db),
  );
  api.get('/login-log', { config: { permission: 'login-log.read' }, schema: { tags: ['audit'], summary: 'Login attempts (kept apart from the operation log)', querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50), username: z.string().max(64).optional() }) } }, async (req) => {
    let query = s.database.db.selectFrom('login_log');
    if (req.query.username) query = query.where('username', '=', req.query.username);
    const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    // writeAudit masks what it stores; entries written before it did are masked on the way out.
    const items = await query.selectAll().orderBy('id', 'desc').limit(req.query.pageSize).offset((req.query.page - 1) * req.query.pageSize).execute();
    return { total: Number(total), page: req.query.page, pageSize: req.query.pageSize, items: items.map((e) => ({ id: e.id, at: e.at, username: e.username, method: e.method, success: e.success, reason: e.reason, ip: e.ip })) };
  });
}
