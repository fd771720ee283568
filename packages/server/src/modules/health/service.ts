// Liveness: the process answers and the database runs a statement.
import type { Services } from '../../platform/services.ts';
import { ping } from './repository.ts';

export async function health(s: Services) {
  const started = Date.now();
  await ping(s.database.db);
  return { status: 'ok' as const, database: s.database.engine, databaseMs: Date.now() - started, version: '0.1.0' };
}
