// SQL of the imports module: import batches and their staged rows.
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';

/** Whether any import batch (of any state) names this org. */
export async function anyBatchOf(db: Executor, orgId: number) {
  return !!(await db.selectFrom('import_batches').select('id').where('org_id', '=', orgId).limit(1).executeTakeFirst());
}

/** The caller's own member imports that were checked and wait for a decision (import the valid rows, or discard). */
export async function awaitingDecision(db: Executor, accountId: number) {
  return db
    .selectFrom('import_batches')
    .select(['id', 'file_name'])
    .where('created_by', '=', accountId)
    .where('kind', '=', 'members')
    .where('status', '=', 'validated')
    .orderBy('id', 'desc')
    .execute();
}

/** A page of the import batches in the actor's scope, newest first, with the union's name. */
export async function listBatches(db: Executor, actor: Actor, page: number, pageSize: number) {
  const q = db.selectFrom('import_batches').innerJoin('orgs', 'orgs.id', 'import_batches.org_id').where(inScope(actor, 'orgs.path'));
  const [{ total }, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    q
      .select([
        'import_batches.id',
        'import_batches.kind',
        'import_batches.file_name',
        'import_batches.status',
        'import_batches.total',
        'import_batches.valid_count',
        'import_batches.invalid_count',
        'import_batches.imported_count',
        'import_batches.created_at',
        'orgs.name as org_name',
      ])
      .orderBy('import_batches.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  return { total: Number(total), rows };
}

// ---- the member import (members-import.ts) ----

/** An org in the actor's scope, with its path and kind. */
export async function orgInScope(db: Executor, actor: Actor, orgId: number) {
  return db.selectFrom('orgs').select(['id', 'path', 'kind']).where('id', '=', orgId).where(inScope(actor, 'orgs.path')).executeTakeFirst();
}

/** An org by id, with its path and kind. */
export async function orgById(db: Executor, orgId: number) {
  return db.selectFrom('orgs').select(['id', 'path', 'kind']).where('id', '=', orgId).executeTakeFirst();
}

/** The grassroots unions the actor may import into. */
export async function grassrootsInScope(db: Executor, actor: Actor) {
  return db.selectFrom('orgs').select(['id', 'name', 'code', 'status']).where('kind', '=', 'grassroots').where(inScope(actor, 'orgs.path')).execute();
}

/** A new member batch, before its rows are checked: no valid rows yet, so it cannot be committed until `finishValidation`. */
export async function insertMemberBatch(db: Executor, v: { orgId: number; createdBy: number; fileName: string; checksum: string }) {
  return (
    await db
      .insertInto('import_batches')
      .values({
        kind: 'members',
        org_id: v.orgId,
        created_by: v.createdBy,
        file_name: v.fileName,
        checksum: v.checksum,
        total: 0,
        valid_count: 0,
        invalid_count: 0,
        errors: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

/** The checked batch's counts and problems (the first 100,000). */
export async function finishValidation(db: Executor, id: number, v: { total: number; validCount: number; invalidCount: number; errors: unknown[] }) {
  await db
    .updateTable('import_batches')
    .set({ total: v.total, valid_count: v.validCount, invalid_count: v.invalidCount, errors: JSON.stringify(v.errors.slice(0, 100_000)) })
    .where('id', '=', id)
    .execute();
}

/** A batch whose check failed part-way (the file broke a rule past its header): it goes, with its staged rows. */
export async function deleteBatch(db: Executor, id: number) {
  await db.deleteFrom('import_batches').where('id', '=', id).execute();
}

/** A batch in the actor's scope, with its union's path and name. */
export async function batchInScope(db: Executor, actor: Actor, id: number) {
  return db
    .selectFrom('import_batches')
    .innerJoin('orgs', 'orgs.id', 'import_batches.org_id')
    .selectAll('import_batches')
    .select(['orgs.path as org_path', 'orgs.name as org_name'])
    .where('import_batches.id', '=', id)
    .where(inScope(actor, 'orgs.path'))
    .executeTakeFirst();
}

/** validated → importing; false if another request got there first. */
export async function markImporting(trx: Executor, id: number) {
  const r = await trx.updateTable('import_batches').set({ status: 'importing' }).where('id', '=', id).where('status', '=', 'validated').executeTakeFirst();
  return !!r.numUpdatedRows;
}

export async function setBatchJob(trx: Executor, id: number, jobId: number) {
  await trx.updateTable('import_batches').set({ job_id: jobId }).where('id', '=', id).execute();
}

export async function markDiscarded(trx: Executor, id: number) {
  await trx.updateTable('import_batches').set({ status: 'discarded', finished_at: new Date() }).where('id', '=', id).execute();
}

/** What the import job needs of its batch. */
export async function batchForImport(db: Executor, id: number) {
  return db
    .selectFrom('import_batches')
    .innerJoin('orgs', 'orgs.id', 'import_batches.org_id')
    .select([
      'import_batches.valid_count',
      'import_batches.file_name',
      'import_batches.status',
      'import_batches.imported_count',
      'import_batches.imported_through',
      'orgs.path',
    ])
    .where('import_batches.id', '=', id)
    .executeTakeFirstOrThrow();
}

/** The batch's cursor, locked for the chunk's transaction. */
export async function lockCursor(trx: Executor, id: number) {
  return trx.selectFrom('import_batches').select(['status', 'imported_through', 'imported_count']).where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

export async function advanceCursor(trx: Executor, id: number, importedThrough: number, importedCount: number) {
  await trx.updateTable('import_batches').set({ imported_through: importedThrough, imported_count: importedCount }).where('id', '=', id).execute();
}

/** importing → imported; false if the batch moved on meanwhile. */
export async function markImported(trx: Executor, id: number) {
  const r = await trx
    .updateTable('import_batches')
    .set({ status: 'imported', finished_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'importing')
    .executeTakeFirst();
  return !!r.numUpdatedRows;
}

export async function markFailed(db: Executor, id: number) {
  await db.updateTable('import_batches').set({ status: 'failed', finished_at: new Date() }).where('id', '=', id).where('status', '=', 'importing').execute();
}

export async function setBatchErrors(db: Executor, id: number, errors: unknown[]) {
  await db
    .updateTable('import_batches')
    .set({ errors: JSON.stringify(errors) })
    .where('id', '=', id)
    .execute();
}

export async function setImportedCount(db: Executor, id: number, n: number) {
  await db.updateTable('import_batches').set({ imported_count: n }).where('id', '=', id).execute();
}
