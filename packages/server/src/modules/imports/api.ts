// The imports module's API for other modules.
import type { Executor } from '../../platform/context.ts';
import * as repo from './repository.ts';

/** Whether an org has import history (a batch of any state names it): such an org is kept, not deleted. */
export const hasBatches = (db: Executor, orgId: number) => repo.anyBatchOf(db, orgId);

/** The caller's checked member imports waiting for a decision (the 待办 list). */
export const importsAwaitingDecision = (db: Executor, accountId: number) => repo.awaitingDecision(db, accountId);
