import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { readUpload } from '../../platform/upload.ts';
import * as service from './service.ts';
import { ZDocument, ZDocumentContent } from './schema.ts';

export async function documentRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];
  api.post(
    '/documents',
    {
      config: { permission: 'applications.submit' },
      schema: {
        tags,
        summary:
          'Upload one document (multipart: field `type` first, then `file`); PDF, JPEG or PNG by content, ≤ 10 MB, stored with its SHA-256; attach it when submitting',
        consumes: ['multipart/form-data'],
        response: { 201: ZDocument },
      },
    },
    async (req, reply) => {
      const up = await readUpload(req, s);
      reply.status(201);
      return service.uploadDocument(s, req.ctx, up.buffer, up.fileName, up.fields.type);
    },
  );
  api.get(
    '/documents/:id/content',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags,
        summary: 'The document itself, for reviewers in scope (audited)',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: ZDocumentContent },
      },
    },
    async (req, reply) => {
      const d = await service.readContent(s, req.ctx, req.params.id);
      return reply
        .type(d.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(d.fileName)}`)
        .header('x-checksum-sha256', d.sha256)
        .header('content-security-policy', "sandbox; default-src 'none'")
        .send(d.body);
    },
  );
}
