// SQL of the programs module: program instances (program_instances) with the union that runs them,
// and the kernel reads of orgs it needs (the federation, an org by function code). Functions take the
// db or the caller's transaction and plain parameters and return rows; the rules are the service's.
import type { Insertable, Updateable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../platform/context.ts';

/** Program instances with their union's name and path. */
const instanceQuery = (db: Executor) =>
  db
    .selectFrom('program_instances')
    .innerJoin('orgs', 'orgs.id', 'program_instances.org_id')
    .selectAll('program_instances')
    .select(['orgs.name as org_name', 'orgs.path as org_path', 'orgs.kind as org_kind']);

export function findInstance(db: Executor, id: number) {
  return instanceQuery(db).where('program_instances.id', '=', id).executeTakeFirst();
}

/** Instances by program and year, newest year first; `hideDrafts` leaves drafts out. */
export function listInstanceRows(db: Executor, q: { program?: string; year?: number; hideDrafts: boolean }) {
  let query = instanceQuery(db);
  if (q.program) query = query.where('program_instances.program', '=', q.program);
  if (q.year) query = query.where('program_instances.year', '=', q.year);
  if (q.hideDrafts) query = query.where('program_instances.status', '<>', 'draft');
  return query.orderBy('program_instances.year', 'desc').orderBy('program_instances.id').execute();
}

/** The program instances as other modules join them: id, program code, year, title, union, settlement rules. */
export const instanceView = (db: Executor) => db.selectFrom('program_instances').select(['id', 'program', 'year', 'title', 'org_id', 'settlement']);

/** The id of the instance of a program for a year run by an org, if opened. */
export async function instanceIdFor(db: Executor, key: { program: string; year: number; orgId: number }) {
  const r = await db
    .selectFrom('program_instances')
    .select('id')
    .where('program', '=', key.program)
    .where('year', '=', key.year)
    .where('org_id', '=', key.orgId)
    .executeTakeFirst();
  return r?.id;
}

export async function insertInstance(trx: Executor, values: Insertable<DB['program_instances']>) {
  return (await trx.insertInto('program_instances').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Inserts an instance unless one for the same program, year and org exists; its id, or undefined. */
export async function insertInstanceIfAbsent(trx: Executor, values: Insertable<DB['program_instances']>) {
  const row = await trx
    .insertInto('program_instances')
    .values(values)
    .onConflict((oc) => oc.columns(['program', 'year', 'org_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function updateInstanceRow(trx: Executor, id: number, set: Updateable<DB['program_instances']>) {
  await trx.updateTable('program_instances').set(set).where('id', '=', id).execute();
}

// ---------------------------------------------------------------------------------------------
// Kernel reads of orgs

/** The federation: the root org (the lowest id without a parent); it must exist. */
export async function federationId(db: Executor) {
  return (await db.selectFrom('orgs').select('id').where('parent_id', 'is', null).orderBy('id').executeTakeFirstOrThrow()).id;
}

/** The active org (department or agency) with a function code, or undefined. */
export function activeOrgByFunction(db: Executor, functionCode: string) {
  return db.selectFrom('orgs').select(['id', 'name']).where('function_code', '=', functionCode).where('status', '=', 'active').executeTakeFirst();
}

/** An org's kind and status, or undefined. */
export function orgKindStatus(db: Executor, id: number) {
  return db.selectFrom('orgs').select(['id', 'kind', 'status']).where('id', '=', id).executeTakeFirst();
}

/** The required-documents lists of the newest 500 program instances (document-type names for the audit trail). */
export function recentRequiredDocuments(db: Executor) {
  return db.selectFrom('program_instances').select('required_documents').orderBy('id', 'desc').limit(500).execute();
}
