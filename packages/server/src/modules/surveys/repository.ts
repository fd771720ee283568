// The SQL of the surveys module.
import { sql } from 'kysely';
import type { Executor } from '../../platform/context.ts';

/** How many surveys ask about a project. */
export async function surveysOfProject(db: Executor, projectId: number) {
  const n = await db.selectFrom('surveys').select(sql<number>`count(*)`.as('n')).where('project_id', '=', projectId).executeTakeFirst();
  return Number(n?.n ?? 0);
}
