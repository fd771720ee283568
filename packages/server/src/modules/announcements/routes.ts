import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.ts';
import { sendDownload } from '../../platform/download.ts';
import { ZBinary, ZId, ZOk } from '../../platform/schemas.ts';
import { exportAnnouncements } from './exports.ts';
import * as S from './schema.ts';
import * as service from './service.ts';

export async function announcementRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['announcements'];
  api.get(
    '/announcements',
    {
      config: { permission: 'announcements.read' },
      schema: {
        tags,
        summary:
          'Notices (通知公告): my inbox from the unions on my way up (pinned first, then newest), or what the unions of my subtree published, with read counts',
        querystring: S.ZAnnouncementList,
        response: { 200: S.ZAnnouncementPage },
      },
    },
    (req) => service.list(s, req.ctx, req.query),
  );
  api.get(
    '/announcements/export.xlsx',
    {
      config: { permission: 'announcements.read' },
      schema: {
        tags,
        summary: 'The inbox or the published list as .xlsx with the same filters and scope, in the page’s columns (at most EXPORT_MAX_ROWS rows)',
        querystring: S.ZAnnouncementList.omit({ page: true, pageSize: true }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportAnnouncements(s, req.ctx, req.query)),
  );
  api.get(
    '/announcements/:id',
    {
      config: { permission: 'announcements.read' },
      schema: {
        tags,
        summary: 'One notice (a reader of its audience, or an officer of the publishing subtree)',
        params: ZId,
        response: { 200: S.ZAnnouncement },
      },
    },
    (req) => service.get(s, req.ctx, req.params.id),
  );
  api.post(
    '/announcements/:id/read',
    {
      config: { permission: 'announcements.read' },
      schema: { tags, summary: 'Record that I opened the notice (once per account)', params: ZId, response: { 200: ZOk } },
    },
    (req) => service.markRead(s, req.ctx, req.params.id),
  );
  api.post(
    '/announcements',
    {
      config: { permission: 'announcements.publish' },
      schema: {
        tags,
        summary: 'Publish a notice for my union or one below it, to its officers or to its members too (audited)',
        body: S.ZAnnouncementCreate,
        response: { 201: S.ZAnnouncement },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.publish(s, req.ctx, req.body);
    },
  );
  api.post(
    '/announcements/:id/withdraw',
    {
      config: { permission: 'announcements.publish' },
      schema: {
        tags,
        summary: 'Withdraw a published notice, with a reason (audited); notices are not edited after publication',
        params: ZId,
        body: S.ZWithdraw,
        response: { 200: S.ZAnnouncement },
      },
    },
    (req) => service.withdraw(s, req.ctx, req.params.id, req.body.reason),
  );
}
