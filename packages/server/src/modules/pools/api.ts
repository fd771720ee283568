// What other modules may read of the place programs (module pools).
import type { Executor } from '../../platform/context.ts';
import * as q from './quotas-repository.ts';
import { claimsToRemind as repoClaimsToRemind, heldBy as repoHeldBy, markClaimReminded as repoMarkClaimReminded } from './repository.ts';

/**
 * The providers' and districts' satisfaction forms (满意度测评表, 000 六(一)3; 001 项目3 四(三)) returned with the
 * settlements of `programs` in `year` under the union at `orgPath`: how many settlements, forms, satisfied, persons.
 * The project's evaluation reads them beside its own surveys (issue 10 §4: “satisfaction results feed the evaluation”).
 */
export async function settlementSatisfaction(db: Executor, programs: string[], year: number, orgPath: string) {
  if (!programs.length) return { settlements: 0, responses: 0, satisfied: 0, persons: 0, satisfiedPercent: null };
  const r = await q.settlementSatisfaction(db, programs, year, orgPath);
  const responses = Number(r.responses);
  const satisfied = Number(r.satisfied);
  return {
    settlements: Number(r.settlements),
    responses,
    satisfied,
    persons: Number(r.persons),
    satisfiedPercent: responses ? Math.round((satisfied / responses) * 1000) / 10 : null,
  };
}

/**
 * First-come pools for other modules (the 公益乐学 class sessions are pools of program `class`): open one in the
 * caller's transaction, claim a place (the same coalesced claim as `POST /pools/:id/claims`), give one back, read one.
 */
export { createPoolTx, releaseClaimTx, poolView, poolViews, claim as claimPlace, listClaims as claimsOfPool, myPlaces } from './service.ts';

/** Which of `poolIds` the person holds a place in. */
export const poolsHeldBy = (db: Executor, poolIds: number[], personId: number) => repoHeldBy(db, poolIds, personId);

/** The bookings (claims) on `poolIds` whose member was not reminded yet (issue 10 §3), with the name and sealed mobile. */
export const claimsToRemind = (db: Executor, poolIds: number[]) => repoClaimsToRemind(db, poolIds);

/** Marks one booking reminded, once, in the caller's transaction: false when it was already, or the place was given back. */
export const markClaimReminded = (trx: Executor, claimId: number, on: string) => repoMarkClaimReminded(trx, claimId, on);
