import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyAuditChain } from '../../platform/audit-chain.ts';
import type { Services } from '../../platform/services.ts';
import * as service from './service.ts';
import { ZIsoDate } from '../../platform/schemas.ts';

const ZAuditList = z.object({
  entity: z.string().max(40).optional(),
  entityId: z.string().max(40).optional(),
  action: z.string().max(60).optional(),
  actor: z.string().max(64).optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export async function auditRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/audit', { config: { permission: 'audit.read' }, schema: { tags: ['audit'], summary: 'The audit trail (read-only): who did what, when, before/after', querystring: ZAuditList } }, (req) =>
    service.auditTrail(s, req.ctx, req.query),
  );
  api.get('/audit/verify', { config: { permission: 'audit.read' }, schema: { tags: ['audit'], summary: 'Verify the hash chain of the whole audit trail: OK with the count and head, or the first changed, missing or unchained entry' } }, () =>
    verifyAuditChain(s.database.db),
  );
  api.get('/login-log', { config: { permission: 'login-log.read' }, schema: { tags: ['audit'], summary: 'Login attempts (kept apart from the operation log)', querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50), username: z.string().max(64).optional() }) } }, (req) =>
    service.loginLog(s, req.query),
  );
}
