import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../platform/errors.ts';
import type { Services } from '../../platform/services.ts';
import { renderTemplate } from './service.ts';

// My portal notices (for members and officers alike): what the outbox holds for my account or person.
export async function notificationRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  const mine = (accountId: number, personId: number | null) =>
    s.database.db
      .selectFrom('notifications')
      .where('channel', '=', 'portal')
      .where((eb) => (personId ? eb.or([eb('account_id', '=', accountId), eb('person_id', '=', personId)]) : eb('account_id', '=', accountId)));
  api.get('/me/notifications', { config: { permission: 'account.self' }, schema: { tags, summary: 'My portal notices, newest first', querystring: z.object({ unread: z.enum(['true', 'false']).optional(), page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) }) } }, async (req) => {
    const a = req.ctx.actor!;
    let q = mine(a.accountId, a.personId);
    if (req.query.unread === 'true') q = q.where('status', '<>', 'read');
    const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const { unread } = await mine(a.accountId, a.personId).where('status', '<>', 'read').select((eb) => eb.fn.countAll<number>().as('unread')).executeTakeFirstOrThrow();
    const rows = await q.select(['id', 'template', 'payload', 'status', 'created_at']).orderBy('id', 'desc').limit(req.query.pageSize).offset((req.query.page - 1) * req.query.pageSize).execute();
    return {
      total: Number(total),
      unread: Number(unread),
      items: rows.map((r) => ({
        id: r.id,
        template: r.template,
        text: { zh: renderTemplate(r.template, r.payload as Record<string, unknown>, 'zh'), en: renderTemplate(r.template, r.payload as Record<string, unknown>, 'en') },
        payload: r.payload,
        read: r.status === 'read',
        at: r.created_at,
      })),
    };
  });
  api.post('/me/notifications/:id/read', { config: { permission: 'account.self' }, schema: { tags, summary: 'Mark one of my notices read', params: z.object({ id: z.coerce.number().int().positive() }) } }, async (req) => {
    const a = req.ctx.actor!;
    const r = await mine(a.accountId, a.personId).select('id').where('id', '=', req.params.id).executeTakeFirst();
    if (!r) throw notFound('notification', req.params.id);
    await s.database.db.updateTable('notifications').set({ status: 'read' }).where('id', '=', r.id).execute();
    return { ok: true };
  });
}
