import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../platform/services.ts';

export async function healthRoutes(api: FastifyInstance, s: Services) {
  api.get('/health', { config: { public: true }, schema: { tags: ['system'], summary: 'Liveness and database check' } }, async () => {
    const started = Date.now();
    await sql`select 1`.execute(s.database.db);
    return { status: 'ok', database: s.database.engine, databaseMs: Date.now() - started, version: '0.1.0' };
  });
}
