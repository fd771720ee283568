import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalidField } from '../../platform/errors.ts';
import type { Services } from '../../platform/services.ts';
import { readUpload } from '../../platform/upload.ts';
import * as imp from './members-import.ts';
import * as repo from './repository.ts';
import { ZBatchOut, ZBatchPage, ZBatchProgress, ZImportList } from './schema.ts';
import { ZBinary } from '../../platform/schemas.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZId = z.object({ id: z.coerce.number().int().positive() });

export async function importRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];

  api.get(
    '/imports/template/members',
    { config: { permission: 'members.import' }, schema: { tags, summary: 'Blank member import template (.xlsx)', response: { 200: ZBinary } } },
    async (_req, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="member-template.xlsx"')
        .send(await imp.memberTemplate()),
  );
  api.post(
    '/imports/members',
    {
      config: { permission: 'members.import' },
      schema: {
        tags,
        summary:
          'Upload a member file (.xlsx/.csv, multipart field `file`, optional field `orgId` before it) and validate every row; nothing is written to the registry yet',
        consumes: ['multipart/form-data'],
        response: { 201: ZBatchOut },
      },
    },
    async (req, reply) => {
      const up = await readUpload(req, s);
      let orgId: number | null = null;
      if (up.fields.orgId) {
        orgId = Number(up.fields.orgId);
        if (!Number.isInteger(orgId) || orgId <= 0) throw invalidField('orgId', 'invalid', { zh: '组织ID应为正整数', en: 'orgId must be a positive integer' });
      }
      reply.status(201);
      return imp.validateMemberFile(s, req.ctx, up.buffer, up.fileName, orgId);
    },
  );
  api.get(
    '/imports',
    {
      config: { permission: 'members.import' },
      schema: { tags, summary: 'Import batches in my scope', querystring: ZImportList, response: { 200: ZBatchPage } },
    },
    async (req) => {
      const { total, rows } = await repo.listBatches(s.database.db, req.ctx.actor!, req.query.page, req.query.pageSize);
      return {
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          fileName: r.file_name,
          status: r.status,
          total: r.total,
          validCount: r.valid_count,
          invalidCount: r.invalid_count,
          importedCount: r.imported_count,
          createdAt: r.created_at,
          orgName: r.org_name,
        })),
      };
    },
  );
  api.get(
    '/imports/:id',
    {
      config: { permission: 'members.import' },
      schema: { tags, summary: 'A batch: counts, first errors, progress', params: ZId, response: { 200: ZBatchOut } },
    },
    (req) => imp.getBatch(s, req.ctx, req.params.id),
  );
  api.get(
    '/imports/:id/progress',
    { config: { permission: 'members.import' }, schema: { tags, summary: 'Progress of an importing batch', params: ZId, response: { 200: ZBatchProgress } } },
    (req) => imp.batchProgress(s, req.ctx, req.params.id),
  );
  api.get(
    '/imports/:id/errors.xlsx',
    {
      config: { permission: 'members.import' },
      schema: { tags, summary: 'Error report naming row and column (.xlsx)', params: ZId, response: { 200: ZBinary } },
    },
    async (req, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="import-${req.params.id}-errors.xlsx"`)
        .send(await imp.errorReport(s, req.ctx, req.params.id)),
  );
  api.post(
    '/imports/:id/commit',
    {
      config: { permission: 'members.import' },
      schema: { tags, summary: 'Import the valid rows (a job; all or nothing)', params: ZId, response: { 200: ZBatchOut } },
    },
    (req) => imp.startCommit(s, req.ctx, req.params.id),
  );
  api.post(
    '/imports/:id/discard',
    { config: { permission: 'members.import' }, schema: { tags, summary: 'Discard a validated batch', params: ZId, response: { 200: ZBatchOut } } },
    (req) => imp.discardBatch(s, req.ctx, req.params.id),
  );
}
