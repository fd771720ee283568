// The applications module's exported API for other modules (issue 13, module walls): applications
// are read through these, never by naming the applications table.
import type { Executor } from '../../platform/context.ts';

/** Application numbers as other modules join them, read-only: `id`, `no`, `org_path`. Join as a subquery, e.g. `.innerJoin(applicationRefs(db).as('a'), 'a.id', 'e.application_id')`. */
export const applicationRefs = (db: Executor) => db.selectFrom('applications').select(['id', 'no', 'org_path']);

/** One application's number and union, or undefined. The caller checks the scope against `orgPath`. */
export async function applicationRef(db: Executor, id: number) {
  const r = await db.selectFrom('applications').select(['id', 'no', 'org_path']).where('id', '=', id).executeTakeFirst();
  return r ? { id: r.id, no: r.no, orgPath: r.org_path } : undefined;
}

/** Whether a program instance has applications in review or returned (its review chain cannot change length then). */
export async function hasOpenApplications(db: Executor, instanceId: number) {
  const r = await db.selectFrom('applications').select('id').where('instance_id', '=', instanceId).where('status', 'in', ['in-review', 'returned']).executeTakeFirst();
  return !!r;
}

export { programActivity, type ProgramActivity, type ProgramActivityByOrg } from './activity.ts';
