// The orgs module's exported API for other modules: one org's identity by id (kernel columns), and
// the full org row in or out of the caller's scope (members' transfers check the target first).
import type { Executor } from '../../platform/context.ts';
import * as repo from './repository.ts';

export interface OrgRef {
  id: number;
  path: string;
  kind: string;
  name: string;
  short_name: string | null;
  parent_id: number | null;
}

/** One org's identity and place in the tree, or undefined. */
export async function findOrg(db: Executor, id: number): Promise<OrgRef | undefined> {
  return repo.orgRef(db, id);
}

/** The org's full row if it lies in the actor's subtree. */
export const findOrgInScope = repo.findOrg;
/** The org's full row whatever the caller's scope (checks that need the row before deciding). */
export const findOrgUnscoped = repo.findOrgUnscoped;
