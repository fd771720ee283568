// The applications module's exported API for other modules (issue 13, module walls): applications
// are read through these, never by naming the applications table.
import { can, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import * as repo from './repository.ts';

/** Application numbers as other modules join them, read-only: `id`, `no`, `org_path`. Join as a subquery, e.g. `.innerJoin(applicationRefs(db).as('a'), 'a.id', 'e.application_id')`. */
export const applicationRefs = (db: Executor) => repo.applicationRefs(db);

/** One application's number and union, or undefined. The caller checks the scope against `orgPath`. */
export async function applicationRef(db: Executor, id: number) {
  const r = await repo.applicationRefRow(db, id);
  return r ? { id: r.id, no: r.no, orgPath: r.org_path } : undefined;
}

/** Whether a program instance has applications in review or returned (its review chain cannot change length then). */
export async function hasOpenApplications(db: Executor, instanceId: number) {
  const r = await repo.anyOpenApplication(db, instanceId);
  return !!r;
}

export { programActivity, type ProgramActivity, type ProgramActivityByOrg } from './activity.ts';

/**
 * What waits for the caller among applications (the 待办 list), by the rules of the service: the
 * review steps whose turn is theirs (role + org, as the queue), of which overdue past the step's time
 * limit, and the unit-channel applications of their subtree returned for correction (to resubmit or withdraw).
 */
export async function applicationWork(db: Executor, actor: Actor, today: string) {
  const out = { toReview: 0, overdue: 0, returned: 0 };
  if (can(actor, 'applications.review') && actor.orgId) {
    const r = await repo.turnCounts(db, actor.role, actor.orgId, today);
    out.toReview = r.n;
    out.overdue = r.late;
  }
  if (can(actor, 'applications.submit') && actor.role !== 'member') {
    out.returned = await repo.returnedUnitCount(db, actor);
  }
  return out;
}

/**
 * Acts on an application's current step as the caller, in the caller's transaction: what
 * `POST /applications/:id/approve` does (the final step re-evaluates and books the payable). The sites
 * module approves the district's step when the on-site inspection passes and the final one at acceptance.
 */
export { approveTx as approveStep } from './service.ts';

/** An application's state for another module: status, step, amount, applicant. */
export async function applicationState(db: Executor, id: number) {
  return repo.applicationStateRow(db, id);
}

/**
 * Members who applied for anything in `year` (a card used for a service), per union of `unionPaths`
 * (each counts its subtree): the 使用率 of the card-work index (000 “卡卡”服务会员行动 一).
 */
export async function applicantsPerUnion(db: Executor, year: number, unionPaths: readonly string[]): Promise<Map<string, number>> {
  if (!unionPaths.length) return new Map();
  const rows = await repo.applicantCounts(db, year, unionPaths);
  return new Map(rows.map((x) => [x.path, Number(x.n)]));
}

/** An application's form as filed, for another module's printable form (the caller checks the scope against `orgPath`). */
export async function applicationForm(db: Executor, id: number) {
  const r = await repo.applicationFormRow(db, id);
  return r
    ? {
        id: r.id,
        no: r.no,
        program: r.program,
        status: r.status,
        form: r.input as Record<string, unknown>,
        appliedOn: r.applied_on,
        applicantKind: r.applicant_kind,
        applicantOrgId: r.applicant_org_id,
        orgPath: r.org_path,
      }
    : undefined;
}
