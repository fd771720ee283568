import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyAuditChain } from '../../platform/audit-chain.ts';
import { sendDownload } from '../../platform/download.ts';
import type { Services } from '../../platform/services.ts';
import * as service from './service.ts';
import { ZIsoDate } from '../../platform/schemas.ts';

const ZAuditFilter = z.object({
  entity: z.string().max(40).optional(),
  entityId: z.string().max(40).optional(),
  action: z.string().max(60).optional(),
  actor: z.string().max(64).optional(),
  orgId: z.coerce.number().int().positive().optional().describe('entries bound to this org’s subtree'),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});
const ZAuditList = ZAuditFilter.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
const ZLoginFilter = z.object({
  username: z.string().max(64).optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  success: z.enum(['true', 'false']).optional(),
});
const ZLoginList = ZLoginFilter.extend({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50) });

const ZBilingual = z.object({ zh: z.string(), en: z.string() });
const ZAt = z.union([z.date(), z.string()]);
const ZAuditPage = z.object({
  total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
  items: z.array(z.object({
    id: z.number().int(), at: ZAt, actor: z.string().nullable(), actorRole: z.string().nullable(), action: z.string(), actionName: ZBilingual, entity: z.string(), entityName: ZBilingual,
    entityId: z.string().nullable(), object: z.string(), summary: z.any(), before: z.any(), after: z.any(), ip: z.string().nullable(), requestId: z.string().nullable(),
  })),
});
const ZLoginPage = z.object({
  total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
  items: z.array(z.object({ id: z.number().int(), at: ZAt, username: z.string().nullable(), method: z.string(), success: z.boolean(), reason: z.string().nullable(), ip: z.string().nullable() })),
});
const ZBinary = z.any().describe('binary file');

export async function auditRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];
  api.get('/audit', { config: { permission: 'audit.read' }, schema: { tags, summary: 'The audit trail (read-only): who did what to which record, when, before/after; actions and objects named in Chinese; filters by action, person, org (subtree) and date', querystring: ZAuditList, response: { 200: ZAuditPage } } }, (req) =>
    service.auditTrail(s, req.ctx, req.query),
  );
  api.get('/audit/actions', { config: { permission: 'audit.read' }, schema: { tags, summary: 'The actions written so far in my scope, with their names (for the filter)', response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: ZBilingual })) }) } } }, (req) =>
    service.auditActions(s, req.ctx),
  );
  api.get('/audit/export.xlsx', { config: { permission: 'audit.read' }, schema: { tags, summary: 'The audit trail with the same filters as .xlsx, Chinese headers (at most 10,000 rows, newest first)', querystring: ZAuditFilter, response: { 200: ZBinary } } }, async (req, reply) =>
    sendDownload(reply, await service.exportAudit(s, req.ctx, { ...req.query, page: 1, pageSize: 1 })),
  );
  api.get('/audit/verify', { config: { permission: 'audit.read' }, schema: { tags, summary: 'Verify the hash chain of the whole audit trail: OK with the count and head, or the first changed, missing or unchained entry' } }, () =>
    verifyAuditChain(s.database.db),
  );
  api.get('/login-log', { config: { permission: 'login-log.read' }, schema: { tags, summary: 'Login attempts (kept apart from the operation log); filters by username, date and result', querystring: ZLoginList, response: { 200: ZLoginPage } } }, (req) =>
    service.loginLog(s, req.query),
  );
  api.get('/login-log/export.xlsx', { config: { permission: 'login-log.read' }, schema: { tags, summary: 'The login log with the same filters as .xlsx, Chinese headers', querystring: ZLoginFilter, response: { 200: ZBinary } } }, async (req, reply) =>
    sendDownload(reply, await service.exportLoginLog(s, { ...req.query, page: 1, pageSize: 1 })),
  );
}
