// What member protection and the gig workers' mutual protection delivered in a year, per union, for
// project targets fed by `deliveries` (platform/module.ts DeliveryCounter; projects/deliveries.ts).
// Member protection (003 附件1 项目1 “组织350万名工会会员参加会员专享基本保障”): a confirmed cover is a
// member enrolled; a listed one or one awaiting the member's payment is under way. Gig workers
// (001 项目5; 003 附件2-4): an active cover is delivered, a pending one under way. Counted by the
// member's union (the platform for gig covers), scoped in the query.
import { sql } from 'kysely';
import type { Executor } from '../../platform/context.ts';
import type { DeliveryQuery, DeliveryRow } from '../../platform/module.ts';

type Raw = { program: string; org_path: string; delivered: string | number; pending: string | number };
const toRow = (r: Raw): DeliveryRow => ({ program: r.program, orgPath: r.org_path, delivered: Number(r.delivered), pending: Number(r.pending) });

export async function memberCoverCounts(db: Executor, q: DeliveryQuery): Promise<DeliveryRow[]> {
  // Grouped by union id first (an index-only read of protection_covers_year_org_idx), then named by path.
  const byOrg = db
    .selectFrom('protection_covers')
    .where('year', '=', q.year)
    .where('status', 'in', ['confirmed', 'listed', 'pending-payment'])
    .select([
      'org_id',
      sql<number>`count(*) filter (where status = 'confirmed')`.as('delivered'),
      sql<number>`count(*) filter (where status <> 'confirmed')`.as('pending'),
    ])
    .groupBy('org_id')
    .as('c');
  let sel = db
    .selectFrom(byOrg)
    .innerJoin('orgs', 'orgs.id', 'c.org_id')
    .select([sql<string>`'member-protection'`.as('program'), 'orgs.path as org_path', 'c.delivered', 'c.pending'])
    .where('orgs.path', 'like', `${q.orgPath}%`);
  if (q.under !== undefined) sel = sel.where('orgs.path', 'like', `${q.under}%`);
  if (q.notUnder !== undefined) sel = sel.where('orgs.path', 'not like', `${q.notUnder}%`);
  return ((await sel.execute()) as Raw[]).map(toRow);
}

export async function gigCoverCounts(db: Executor, q: DeliveryQuery): Promise<DeliveryRow[]> {
  let sel = db
    .selectFrom('gig_covers')
    .where('year', '=', q.year)
    .where('status', 'in', ['active', 'pending'])
    .where('platform_path', 'like', `${q.orgPath}%`)
    .select([
      sql<string>`'gig-mutual-protection'`.as('program'),
      'platform_path as org_path',
      sql<number>`count(*) filter (where status = 'active')`.as('delivered'),
      sql<number>`count(*) filter (where status = 'pending')`.as('pending'),
    ])
    .groupBy('platform_path');
  if (q.under !== undefined) sel = sel.where('platform_path', 'like', `${q.under}%`);
  if (q.notUnder !== undefined) sel = sel.where('platform_path', 'not like', `${q.notUnder}%`);
  return ((await sel.execute()) as Raw[]).map(toRow);
}
