import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { ZFormDescriptor, ZId, ZInstance, ZInstanceCreate, ZInstanceList, ZInstanceUpdate } from './schema.ts';
import * as service from './service.ts';

export async function programRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['programs'];
  api.get(
    '/programs',
    {
      config: { permission: 'programs.read' },
      schema: {
        tags,
        summary: 'Programs opened for a year: windows, channels, review chain, documents, contacts',
        querystring: z.object({ program: z.string().max(60).optional(), year: z.coerce.number().int().optional() }),
        response: { 200: ZInstanceList },
      },
    },
    (req) => service.listInstances(s, req.ctx, req.query),
  );
  api.get(
    '/programs/:id',
    { config: { permission: 'programs.read' }, schema: { tags, summary: 'One program instance', params: ZId, response: { 200: ZInstance } } },
    (req) => service.getInstance(s, req.ctx, req.params.id),
  );
  api.get(
    '/programs/:id/form',
    {
      config: { permission: 'programs.read' },
      schema: {
        tags,
        summary: 'The application form of the program: JSON Schema with labels, field order and conditional fields (x-visible-when)',
        params: ZId,
        response: { 200: ZFormDescriptor },
      },
    },
    (req) => service.getForm(s, req.ctx, req.params.id),
  );
  api.post(
    '/programs',
    {
      config: { permission: 'programs.manage' },
      schema: {
        tags,
        summary: 'Open a policy program for a year (windows, channels, review chain, documents, settlement)',
        body: ZInstanceCreate,
        response: { 201: ZInstance },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createInstance(s, req.ctx, req.body);
    },
  );
  api.patch(
    '/programs/:id',
    {
      config: { permission: 'programs.manage' },
      schema: { tags, summary: 'Change a program instance (open/close, windows, chain …)', params: ZId, body: ZInstanceUpdate, response: { 200: ZInstance } },
    },
    (req) => service.updateInstance(s, req.ctx, req.params.id, req.body),
  );
}
