// The imports module's API for other modules.
import type { Executor } from '../../platform/context.ts';
import * as repo from './repository.ts';

/** Whether an org has import history (a batch of any state names it): such an org is kept, not deleted. */
export const hasBatches = (db: Executor, orgId: number) => repo.anyBatchOf(db, orgId);
