import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZOk } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import * as S from './schema.ts';
import * as service from './service.ts';

// My portal notices (for members and officers alike): what the outbox holds for my account or person.
export async function notificationRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  api.get(
    '/me/notifications',
    {
      config: { permission: 'account.self' },
      schema: { tags, summary: 'My portal notices, newest first', querystring: S.ZNoticeQuery, response: { 200: S.ZNoticeList } },
    },
    (req) => service.myNotices(s, req.ctx, { unread: req.query.unread === 'true', page: req.query.page, pageSize: req.query.pageSize }),
  );
  api.post(
    '/me/notifications/:id/read',
    { config: { permission: 'account.self' }, schema: { tags, summary: 'Mark one of my notices read', params: S.ZNoticeId, response: { 200: ZOk } } },
    (req) => service.markRead(s, req.ctx, req.params.id),
  );
}
