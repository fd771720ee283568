// Routes of the flexible workers' C/D cover and the D-class deliveries (flexible.ts; 002 “五送”, 001 项目7). Scoped to the
// caller's subtree like the cover register.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZBinary, ZId } from '../../platform/schemas.ts';
import { sendDownload } from '../../platform/download.ts';
import { exportFlexible } from './exports.ts';
import type { Services } from '../../platform/services.ts';
import * as F from './flexible-schema.ts';
import * as flexible from './flexible.ts';
import { ZYearQuery } from './schema.ts';

export async function flexibleRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['protection'];
  const read = { permission: 'protection.read' as const };
  api.get(
    '/protection/flexible/covers',
    {
      config: read,
      schema: {
        tags,
        summary: 'Flexible workers’ C/D covers of a year in my scope (masked), with the D-class deliveries',
        querystring: F.ZFlexibleQuery,
        response: { 200: F.ZFlexiblePage },
      },
    },
    (req) => flexible.listCovers(s, req.ctx, req.query),
  );
  api.get(
    '/protection/flexible/covers/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The C/D covers of a year as .xlsx with the same filters and scope (ID numbers masked), with the deliveries (at most EXPORT_MAX_ROWS rows)',
        querystring: F.ZFlexibleQuery.omit({ page: true, pageSize: true }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportFlexible(s, req.ctx, req.query)),
  );
  api.get(
    '/protection/flexible/summary',
    {
      config: read,
      schema: {
        tags,
        summary: 'Flexible workers covered by class, and D-class checkups done (scoped)',
        querystring: ZYearQuery,
        response: { 200: F.ZFlexibleSummary },
      },
    },
    (req) => flexible.summary(s, req.ctx, req.query.year, req.query.orgId),
  );
  api.get(
    '/protection/flexible/covers/:id',
    { config: read, schema: { tags, summary: 'One C/D cover with the engine’s evaluation', params: ZId, response: { 200: F.ZFlexibleDetail } } },
    (req) => flexible.getCover(s, req.ctx, req.params.id),
  );
  api.post(
    '/protection/flexible/covers',
    {
      config: { permission: 'protection.enroll' },
      schema: {
        tags,
        summary: 'Record a flexible worker’s cover for this year: the engine decides C or D (120-yuan dues paid in one go), under 60, one a year',
        body: F.ZFlexibleEnroll,
        response: { 201: F.ZFlexibleDetail },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return flexible.enroll(s, req.ctx, req.body);
    },
  );
  api.post(
    '/protection/flexible/covers/:id/deliveries',
    {
      config: { permission: 'protection.enroll' },
      schema: {
        tags,
        summary: 'The street / park / industry union records a delivery to a D-class member (checkup by 9/30, gifts never in cash)',
        params: ZId,
        body: F.ZDeliveryIn,
        response: { 201: F.ZFlexibleDetail.extend({ deliveryId: z.number() }) },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return flexible.recordDelivery(s, req.ctx, req.params.id, req.body);
    },
  );
}
