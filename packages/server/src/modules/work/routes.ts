import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.ts';
import { ZWork } from './schema.ts';
import { myWork } from './service.ts';

export async function workRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/me/work',
    {
      config: { permission: 'account.self' },
      schema: {
        tags: ['work'],
        summary:
          'What waits for me (待办): applications at my review step, returned applications to correct, progress reports to file or accept, payout batches to sign or pay, imports needing a decision — counts and links, in my scope',
        response: { 200: ZWork },
      },
    },
    (req) => myWork(s, req.ctx),
  );
}
