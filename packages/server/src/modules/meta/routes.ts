import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.ts';
import { ZMeta } from './schema.ts';
import { meta } from './service.ts';

/** The rules the UI needs to mirror (so it never copies them): names, tree shape, roles, password policy. */
export async function metaRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/meta',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Vocabularies and rules for clients: org kinds and their allowed parents, roles, member categories, password policy',
        response: { 200: ZMeta },
      },
    },
    () => meta(s),
  );
}
