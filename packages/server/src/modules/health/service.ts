// Liveness: the process answers and the database runs a statement.
import { sql } from 'kysely';
import type { Services } from '../../platform/services.ts';

export async function health(s: Services) {
  const started = Date.now();
  await sql`select 1`.execute(s.database.db);
  return { status: 'ok' as const, database: s.database.engine, databaseMs: Date.now() - started, version: '0.1.0' };
}
