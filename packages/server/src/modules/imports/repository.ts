// SQL of the imports module: import batches and their staged rows.
import type { Executor } from '../../platform/context.ts';

/** Whether any import batch (of any state) names this org. */
export async function anyBatchOf(db: Executor, orgId: number) {
  return !!(await db.selectFrom('import_batches').select('id').where('org_id', '=', orgId).limit(1).executeTakeFirst());
}
