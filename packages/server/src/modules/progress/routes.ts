import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.ts';
import { sendDownload, XLSX } from '../../platform/download.ts';
import { ZBinary } from '../../platform/schemas.ts';
import * as S from './schema.ts';
import { ZExport, ZId, ZReportCreate, ZReportList, ZReturn } from './schema.ts';
import * as service from './service.ts';

export async function progressRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['progress'];
  api.get(
    '/projects/:id/reports',
    {
      config: { permission: 'projects.read' },
      schema: {
        tags,
        summary: 'Progress reports of a project and the filing grid (union × period, overdue flagged)',
        params: ZId,
        querystring: ZReportList,
        response: { 200: S.ZReportGrid },
      },
    },
    (req) => service.listReports(s, req.ctx, req.params.id, req.query),
  );
  api.post(
    '/projects/:id/reports',
    {
      config: { permission: 'progress.report' },
      schema: {
        tags,
        summary: 'File a progress report for a due period (subsidy by the policy engine when the plan links it)',
        params: ZId,
        body: ZReportCreate,
        response: { 201: S.ZReport },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.submitReport(s, req.ctx, req.params.id, req.body);
    },
  );
  api.get(
    '/projects/:id/reports/export',
    {
      config: { permission: 'projects.read' },
      schema: { tags, summary: 'One period as .xlsx in the columns of the official 汇总表', params: ZId, querystring: ZExport, response: { 200: ZBinary } },
    },
    async (req, reply) => {
      const out = await service.exportPeriod(s, req.ctx, req.params.id, req.query.period);
      return sendDownload(reply, { fileName: out.fileName, type: XLSX, body: out.body });
    },
  );
  api.get(
    '/reports/:id',
    { config: { permission: 'projects.read' }, schema: { tags, summary: 'One progress report', params: ZId, response: { 200: S.ZReport } } },
    (req) => service.getReport(s, req.ctx, req.params.id),
  );
  api.post(
    '/reports/:id/accept',
    { config: { permission: 'progress.review' }, schema: { tags, summary: 'The level above accepts a report', params: ZId, response: { 200: S.ZReport } } },
    (req) => service.reviewReport(s, req.ctx, req.params.id, 'accepted'),
  );
  api.post(
    '/reports/:id/return',
    {
      config: { permission: 'progress.review' },
      schema: { tags, summary: 'The level above returns a report with a reason', params: ZId, body: ZReturn, response: { 200: S.ZReport } },
    },
    (req) => service.reviewReport(s, req.ctx, req.params.id, 'returned', req.body.reason),
  );
  api.get(
    '/progress/overdue',
    { config: { permission: 'projects.read' }, schema: { tags, summary: 'Overdue reports in my scope', response: { 200: S.ZOverdue } } },
    (req) => service.listOverdue(s, req.ctx),
  );
  api.post(
    '/progress/reminders',
    {
      config: { permission: 'progress.review' },
      schema: { tags, summary: 'Write reminders for overdue reports to the outbox now (the daily job does the same)', response: { 200: S.ZReminders } },
    },
    () => service.sendReminders(s),
  );
}
