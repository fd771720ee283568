// SQL of the imports module: import batches and their staged rows.
import type { Executor } from '../../platform/context.ts';

/** Whether any import batch (of any state) names this org. */
export async function anyBatchOf(db: Executor, orgId: number) {
  return !!(await db.selectFrom('import_batches').select('id').where('org_id', '=', orgId).limit(1).executeTakeFirst());
}

/** The caller's own member imports that were checked and wait for a decision (import the valid rows, or discard). */
export async function awaitingDecision(db: Executor, accountId: number) {
  return db.selectFrom('import_batches').select(['id', 'file_name']).where('created_by', '=', accountId).where('kind', '=', 'members').where('status', '=', 'validated').orderBy('id', 'desc').execute();
}
