// The database check of GET /health.
import { sql } from 'kysely';
import type { Executor } from '../../platform/context.ts';

export async function ping(db: Executor) {
  await sql`select 1`.execute(db);
}
