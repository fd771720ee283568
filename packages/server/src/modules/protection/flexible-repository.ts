// The SQL of the flexible workers' C/D cover and its deliveries (flexible_covers, flexible_deliveries; migration 0034).
import { sql } from 'kysely';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import type { FlexibleDeliveriesTable } from '../../db/schema.ts';
import type { Insertable } from 'kysely';

/** The member's active membership in the caller's scope, with what the engine needs (birth date, categories). */
export function activeMember(db: Executor, actor: Actor, personId: number) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('orgs as o', 'o.id', 'm.org_id')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .select(['m.id as membership_id', 'm.person_id', 'm.org_id', 'm.member_no', 'o.path', 'o.name as org_name', 'p.name', 'p.birth_date', 'p.categories'])
    .where('m.person_id', '=', personId)
    .where('m.status', '=', 'active')
    .where(inScope(actor, 'o.path'))
    .executeTakeFirst();
}

export function personInScope(db: Executor, actor: Actor, personId: number) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('orgs as o', 'o.id', 'm.org_id')
    .select('m.person_id')
    .where('m.person_id', '=', personId)
    .where(inScope(actor, 'o.path'))
    .executeTakeFirst();
}

export function orgKind(db: Executor, orgId: number) {
  return db.selectFrom('orgs').select(['id', 'kind', 'name']).where('id', '=', orgId).executeTakeFirst();
}

export function activeCoverOf(db: Executor, personId: number, year: number) {
  return db
    .selectFrom('flexible_covers')
    .select(['id', 'plan', 'enrolled_on'])
    .where('person_id', '=', personId)
    .where('year', '=', year)
    .where('status', '=', 'active')
    .executeTakeFirst();
}

export function insertCover(
  db: Executor,
  v: {
    year: number;
    membershipId: number;
    personId: number;
    orgId: number;
    regionId: number | null;
    plan: 'C' | 'D';
    channel: 'qr-code' | 'dues' | 'officer';
    duesPaidFen: number;
    duesPaidOn: string | null;
    enrolledOn: string;
    coverageStart: string;
    coverageEnd: string;
    maxBenefitFen: number | null;
    deliveriesDue: unknown;
    policy: string;
    evaluation: unknown;
    enrolledBy: number;
  },
) {
  return db
    .insertInto('flexible_covers')
    .values({
      year: v.year,
      membership_id: v.membershipId,
      person_id: v.personId,
      org_id: v.orgId,
      region_id: v.regionId,
      plan: v.plan,
      channel: v.channel,
      dues_paid_fen: v.duesPaidFen,
      dues_paid_on: v.duesPaidOn,
      enrolled_on: v.enrolledOn,
      coverage_start: v.coverageStart,
      coverage_end: v.coverageEnd,
      max_benefit_fen: v.maxBenefitFen,
      deliveries_due: JSON.stringify(v.deliveriesDue),
      policy: v.policy,
      evaluation: JSON.stringify(v.evaluation),
      enrolled_by: v.enrolledBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export interface FlexibleFilter {
  year: number;
  orgId?: number | undefined;
  plan?: 'C' | 'D' | undefined;
  q?: string | undefined;
  checkup?: 'done' | 'missing' | undefined;
}

const columns = [
  'c.id',
  'c.year',
  'c.person_id',
  'c.membership_id',
  'c.org_id',
  'c.region_id',
  'c.plan',
  'c.channel',
  'c.dues_paid_fen',
  'c.dues_paid_on',
  'c.enrolled_on',
  'c.coverage_start',
  'c.coverage_end',
  'c.max_benefit_fen',
  'c.deliveries_due',
  'c.status',
  'c.policy',
  'm.member_no',
  'p.name',
  'p.id_masked',
  'o.name as org_name',
  'o.path as org_path',
] as const;

function coversQuery(db: Executor, actor: Actor, f: FlexibleFilter) {
  let q = db
    .selectFrom('flexible_covers as c')
    .innerJoin('orgs as o', 'o.id', 'c.org_id')
    .innerJoin('memberships as m', 'm.id', 'c.membership_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .where(inScope(actor, 'o.path'))
    .where('c.year', '=', f.year)
    .where('c.status', '=', 'active');
  if (f.plan) q = q.where('c.plan', '=', f.plan);
  if (f.orgId !== undefined)
    q = q.where('o.path', 'like', (eb) => eb.selectFrom('orgs as o2').select(sql<string>`o2.path || '%'`.as('p')).where('o2.id', '=', f.orgId!));
  if (f.q) {
    const term = f.q;
    q = q.where((eb) => eb.or([eb('p.name', 'like', `${term.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`), eb('m.member_no', '=', term)]));
  }
  if (f.checkup) {
    const done = (eb: any) =>
      eb.exists(eb.selectFrom('flexible_deliveries as d').select('d.id').whereRef('d.cover_id', '=', 'c.id').where('d.kind', '=', 'checkup'));
    q = q.where('c.plan', '=', 'D').where((eb) => (f.checkup === 'done' ? done(eb) : eb.not(done(eb))));
  }
  return q;
}

export function coverPage(db: Executor, actor: Actor, f: FlexibleFilter, offset: number, limit: number) {
  return coversQuery(db, actor, f).select(columns).orderBy('c.id', 'desc').offset(offset).limit(limit).execute();
}

export async function coverCount(db: Executor, actor: Actor, f: FlexibleFilter) {
  const r = await coversQuery(db, actor, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export type FlexibleCoverRow = Awaited<ReturnType<typeof coverPage>>[number];

export function coverById(db: Executor, actor: Actor, id: number) {
  return db
    .selectFrom('flexible_covers as c')
    .innerJoin('orgs as o', 'o.id', 'c.org_id')
    .innerJoin('memberships as m', 'm.id', 'c.membership_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select([...columns, 'c.evaluation'])
    .where('c.id', '=', id)
    .where(inScope(actor, 'o.path'))
    .executeTakeFirst();
}

export function coversOfPerson(db: Executor, personId: number) {
  return db
    .selectFrom('flexible_covers as c')
    .innerJoin('orgs as o', 'o.id', 'c.org_id')
    .innerJoin('memberships as m', 'm.id', 'c.membership_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select(columns)
    .where('c.person_id', '=', personId)
    .where('c.status', '=', 'active')
    .orderBy('c.year', 'desc')
    .execute();
}

export function deliveriesOf(db: Executor, coverIds: number[]) {
  if (!coverIds.length) return Promise.resolve([]);
  return db.selectFrom('flexible_deliveries').selectAll().where('cover_id', 'in', coverIds).orderBy('cover_id').orderBy('id').execute();
}

export function insertDelivery(db: Executor, v: Insertable<FlexibleDeliveriesTable>) {
  return db.insertInto('flexible_deliveries').values(v).returning('id').executeTakeFirstOrThrow();
}

/** Counts by plan and, for D, how many had their checkup (scoped). */
export async function summary(db: Executor, actor: Actor, year: number, orgId?: number) {
  const rows = await coversQuery(db, actor, { year, orgId })
    .select((eb) => [
      'c.plan',
      eb.fn.countAll<number>().as('members'),
      eb.fn.count<number>(sql`case when exists (select 1 from flexible_deliveries d where d.cover_id = c.id and d.kind = 'checkup') then 1 end`).as('checkups'),
    ])
    .groupBy('c.plan')
    .execute();
  return rows.map((r) => ({ plan: r.plan, members: Number(r.members), checkups: Number(r.checkups) }));
}
