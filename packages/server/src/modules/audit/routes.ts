import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendDownload } from '../../platform/download.ts';
import type { Services } from '../../platform/services.ts';
import { ZAuditActions, ZAuditFilter, ZAuditList, ZAuditPage, ZBinary, ZChainReport, ZLoginFilter, ZLoginList, ZLoginPage } from './schema.ts';
import * as service from './service.ts';

export async function auditRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];
  api.get(
    '/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        summary:
          'The audit trail (read-only): who did what to which record, when, before/after; actions and objects named in Chinese; filters by action, person, org (subtree) and date',
        querystring: ZAuditList,
        response: { 200: ZAuditPage },
      },
    },
    (req) => service.auditTrail(s, req.ctx, req.query),
  );
  api.get(
    '/audit/actions',
    {
      config: { permission: 'audit.read' },
      schema: { tags, summary: 'The actions written so far in my scope, with their names (for the filter)', response: { 200: ZAuditActions } },
    },
    (req) => service.auditActions(s, req.ctx),
  );
  api.get(
    '/audit/export.xlsx',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        summary: 'The audit trail with the same filters as .xlsx, Chinese headers (at most 10,000 rows, newest first)',
        querystring: ZAuditFilter,
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await service.exportAudit(s, req.ctx, { ...req.query, page: 1, pageSize: 1 })),
  );
  api.get(
    '/audit/verify',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        summary: 'Verify the hash chain of the whole audit trail: OK with the count and head, or the first changed, missing or unchained entry',
        response: { 200: ZChainReport },
      },
    },
    () => service.verifyChain(s),
  );
  api.get(
    '/login-log',
    {
      config: { permission: 'login-log.read' },
      schema: {
        tags,
        summary: 'Login attempts (kept apart from the operation log); filters by username, date and result',
        querystring: ZLoginList,
        response: { 200: ZLoginPage },
      },
    },
    (req) => service.loginLog(s, req.query),
  );
  api.get(
    '/login-log/export.xlsx',
    {
      config: { permission: 'login-log.read' },
      schema: { tags, summary: 'The login log with the same filters as .xlsx, Chinese headers', querystring: ZLoginFilter, response: { 200: ZBinary } },
    },
    async (req, reply) => sendDownload(reply, await service.exportLoginLog(s, { ...req.query, page: 1, pageSize: 1 })),
  );
}
