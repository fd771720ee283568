// The orgs module's exported read API for the call, project, progress and survey modules (added by
// the renovation, issue 13): one org's identity by id. Reads kernel columns only.
import type { Executor } from '../../platform/context.ts';

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
  return db.selectFrom('orgs').select(['id', 'path', 'kind', 'name', 'short_name', 'parent_id']).where('id', '=', id).executeTakeFirst();
}
