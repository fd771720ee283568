// SQL of the imports module: import batches and their staged rows.
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';

/** Whether any import batch (of any state) names this org. */
export async function anyBatchOf(db: Executor, orgId: number) {
  return !!(await db.selectFrom('import_batches').select('id').where('org_id', '=', orgId).limit(1).executeTakeFirst());
}

/** The caller's own member imports that were checked and wait for a decision (import the valid rows, or discard). */
export async function awaitingDecision(db: Executor, accountId: number) {
  return db.selectFrom('import_batches').select(['id', 'file_name']).where('created_by', '=', accountId).where('kind', '=', 'members').where('status', '=', 'validated').orderBy('id', 'desc').execute();
}

/** Import batches in the caller's scope, newest first, one page, with the total. */
export async function batchPage(db: Executor, actor: Actor, offset: number, limit: number) {
  const q = db.selectFrom('import_batches').innerJoin('orgs', 'orgs.id', 'import_batches.org_id').where(inScope(actor, 'orgs.path'));
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .select(['import_batches.id', 'import_batches.kind', 'import_batches.file_name', 'import_batches.status', 'import_batches.total', 'import_batches.valid_count', 'import_batches.invalid_count', 'import_batches.imported_count', 'import_batches.created_at', 'orgs.name as org_name'])
    .orderBy('import_batches.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return { total: Number(total), rows };
}
