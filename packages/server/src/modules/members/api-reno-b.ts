// The members module's exported read API for the call and survey modules (added by the
// renovation, issue 13): where an actor sits in the tree. Reads kernel columns only.
import type { Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';

/**
 * Where the actor sits in the tree: an officer's org, a member's union (active membership). Calls
 * and published candidates of every union on the way up from here are open to the actor.
 */
export async function homePath(db: Executor, actor: Actor): Promise<string | null> {
  if (actor.orgPath) return actor.orgPath;
  if (actor.personId == null) return null;
  const m = await db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select('orgs.path')
    .where('memberships.person_id', '=', actor.personId)
    .where('memberships.status', '=', 'active')
    .executeTakeFirst();
  return m?.path ?? null;
}
