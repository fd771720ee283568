import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest } from '../../platform/errors.ts';
import type { Services } from '../../platform/services.ts';
import { ZExportFormat, ZId, ZOrgCreate, ZOrgDetail, ZOrgImportResult, ZOrgList, ZOrgMove, ZOrgOut, ZOrgPage, ZOrgUpdate } from './schema.ts';
import { ZBinary } from '../../platform/schemas.ts';
import * as service from './service.ts';
import { exportOrgs, importOrgs, orgTemplate } from './transfer.ts';
import { readUpload } from '../../platform/upload.ts';

export async function orgRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['orgs'];
  api.get(
    '/orgs',
    {
      config: { permission: 'orgs.read' },
      schema: { tags, summary: 'List orgs in my scope (children of parentId, search, paginate)', querystring: ZOrgList, response: { 200: ZOrgPage } },
    },
    (req) => service.listOrgs(s, req.ctx, req.query),
  );
  api.get('/orgs/root', { config: { permission: 'orgs.read' }, schema: { tags, summary: 'The top org of my scope', response: { 200: ZOrgOut } } }, (req) =>
    service.scopeRoot(s, req.ctx),
  );
  api.get(
    '/orgs/export',
    {
      config: { permission: 'orgs.read' },
      schema: {
        tags,
        summary: 'Export my subtree as .xlsx or .csv (the columns of the import template); with q / kind / status, only the orgs the list shows',
        querystring: ZExportFormat,
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => {
      const out = await exportOrgs(s, req.ctx, req.query);
      return reply.type(out.type).header('content-disposition', `attachment; filename="orgs.${out.ext}"`).send(out.body);
    },
  );
  api.get(
    '/orgs/import/template',
    { config: { permission: 'orgs.write' }, schema: { tags, summary: 'Blank org import template (.xlsx)', response: { 200: ZBinary } } },
    async (_req, reply) =>
      reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="org-template.xlsx"')
        .send(await orgTemplate()),
  );
  api.post(
    '/orgs/import',
    {
      config: { permission: 'orgs.write' },
      schema: {
        tags,
        summary: 'Import orgs from .xlsx/.csv (multipart field `file`); all rows or none',
        querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
        consumes: ['multipart/form-data'],
        response: { 200: ZOrgImportResult },
      },
    },
    async (req) => {
      const file = await readUpload(req, s);
      return importOrgs(s, req.ctx, file.buffer, file.fileName, { dryRun: req.query.dryRun === 'true' });
    },
  );
  api.get(
    '/orgs/:id',
    { config: { permission: 'orgs.read' }, schema: { tags, summary: 'One org with its ancestors and counts', params: ZId, response: { 200: ZOrgDetail } } },
    (req) => service.getOrg(s, req.ctx, req.params.id),
  );
  api.post(
    '/orgs',
    {
      config: { permission: 'orgs.write' },
      schema: { tags, summary: 'Create an org under a parent in my scope', body: ZOrgCreate, response: { 201: ZOrgOut } },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createOrg(s, req.ctx, req.body);
    },
  );
  api.patch(
    '/orgs/:id',
    { config: { permission: 'orgs.write' }, schema: { tags, summary: 'Update an org', params: ZId, body: ZOrgUpdate, response: { 200: ZOrgOut } } },
    (req) => {
      if (!Object.keys(req.body).length) throw badRequest('invalid-input', { zh: '没有要修改的字段', en: 'Nothing to change' });
      return service.updateOrg(s, req.ctx, req.params.id, req.body);
    },
  );
  api.post(
    '/orgs/:id/move',
    {
      config: { permission: 'orgs.write' },
      schema: { tags, summary: 'Move an org (and its subtree) under another parent', params: ZId, body: ZOrgMove, response: { 200: ZOrgOut } },
    },
    (req) => service.moveOrg(s, req.ctx, req.params.id, req.body.parentId),
  );
  api.post(
    '/orgs/:id/deactivate',
    { config: { permission: 'orgs.write' }, schema: { tags, summary: 'Deactivate an org (history kept)', params: ZId, response: { 200: ZOrgOut } } },
    (req) => service.setOrgStatus(s, req.ctx, req.params.id, 'inactive'),
  );
  api.post(
    '/orgs/:id/activate',
    { config: { permission: 'orgs.write' }, schema: { tags, summary: 'Reactivate an org', params: ZId, response: { 200: ZOrgOut } } },
    (req) => service.setOrgStatus(s, req.ctx, req.params.id, 'active'),
  );
  api.delete(
    '/orgs/:id',
    {
      config: { permission: 'orgs.write' },
      schema: { tags, summary: 'Delete an org that has no history (else 409: deactivate it)', params: ZId, response: { 204: z.null().describe('deleted') } },
    },
    async (req, reply) => {
      await service.deleteOrg(s, req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
