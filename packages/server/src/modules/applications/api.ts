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

/**
 * Acts on an application's current step as the caller, in the caller's transaction: what
 * `POST /applications/:id/approve` does (the final step re-evaluates and books the payable). The sites
 * module approves the district's step when the on-site inspection passes and the final one at acceptance.
 */
export { approveTx as approveStep } from './service.ts';

/** An application's state for another module: status, step, amount, applicant. */
export async function applicationState(db: Executor, id: number) {
  return db.selectFrom('applications').select(['id', 'no', 'status', 'step', 'step_level', 'step_actor_role', 'step_actor_org_id', 'amount_fen', 'applicant_kind', 'applicant_org_id', 'instance_id', 'evaluation', 'org_path']).where('id', '=', id).executeTakeFirst();
}
