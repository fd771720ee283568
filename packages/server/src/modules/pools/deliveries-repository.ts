// What the place programs delivered in a year, per union, for project targets fed by `deliveries`
// (platform/module.ts DeliveryCounter; projects/deliveries.ts): the members on the rosters of trips
// and checkups (003 附件1 项目6 两病筛查, 项目9 疗休养; 001 项目3, 项目4; 000 体检). A roster the
// provider's settlement has closed counts as delivered; a submitted one as under way; a draft not
// at all. Counted by the roster's union (the one that filled it), scoped in the query.
import { sql } from 'kysely';
import type { Executor } from '../../platform/context.ts';
import type { DeliveryQuery, DeliveryRow } from '../../platform/module.ts';

export async function rosterCounts(db: Executor, q: DeliveryQuery): Promise<DeliveryRow[]> {
  let sel = db
    .selectFrom('roster_entries')
    .innerJoin('rosters', 'rosters.id', 'roster_entries.roster_id')
    .innerJoin('orgs', 'orgs.id', 'rosters.org_id')
    .where('rosters.year', '=', q.year)
    .where('rosters.program', 'in', [...q.programCodes])
    .where('rosters.status', 'in', ['submitted', 'settled'])
    .where('orgs.path', 'like', `${q.orgPath}%`)
    .select([
      'rosters.program',
      'orgs.path as org_path',
      sql<number>`count(*) filter (where rosters.status = 'settled')`.as('delivered'),
      sql<number>`count(*) filter (where rosters.status = 'submitted')`.as('pending'),
    ])
    .groupBy(['rosters.program', 'orgs.path']);
  if (q.under !== undefined) sel = sel.where('orgs.path', 'like', `${q.under}%`);
  if (q.notUnder !== undefined) sel = sel.where('orgs.path', 'not like', `${q.notUnder}%`);
  const rows = await sel.execute();
  return rows.map((r) => ({ program: r.program, orgPath: r.org_path, delivered: Number(r.delivered), pending: Number(r.pending) }));
}
