import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.ts';
import { ZHealth } from './schema.ts';
import { health } from './service.ts';

export async function healthRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/health', { config: { public: true }, schema: { tags: ['system'], summary: 'Liveness and database check', response: { 200: ZHealth } } }, () =>
    health(s),
  );
}
