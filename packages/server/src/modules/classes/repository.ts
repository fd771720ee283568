// All SQL of the classes module: its own tables, and the kernel (orgs, memberships) for scope.
// A course's places are a pool of the pools module, read through its api (never its tables).
import { sql } from 'kysely';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';

const courseColumns = [
  'c.pool_id',
  'c.org_id',
  'c.category',
  'c.teaching_point',
  'c.venue',
  'c.teacher',
  'c.starts_at',
  'c.ends_at',
  'o.name as org_name',
  'o.path as org_path',
] as const;
const courses = (db: Executor) => db.selectFrom('class_courses as c').innerJoin('orgs as o', 'o.id', 'c.org_id').select(courseColumns);

export function insertCourse(
  db: Executor,
  v: { poolId: number; orgId: number; category: string; teachingPoint: string; venue: string; teacher: string | null; startsAt: Date; endsAt: Date },
) {
  return db
    .insertInto('class_courses')
    .values({
      pool_id: v.poolId,
      org_id: v.orgId,
      category: v.category,
      teaching_point: v.teachingPoint,
      venue: v.venue,
      teacher: v.teacher,
      starts_at: v.startsAt,
      ends_at: v.endsAt,
    })
    .execute();
}

export function courseById(db: Executor, id: number) {
  return courses(db).where('c.pool_id', '=', id).executeTakeFirst();
}
export type CourseRow = NonNullable<Awaited<ReturnType<typeof courseById>>>;

/**
 * Courses seen from an org path: an officer's — those of unions in their subtree and of the unions above theirs
 * (a federation-wide course is open to all); a member's (`subtree` false) — only those of the unions above theirs.
 */
export function coursesSeenFrom(db: Executor, path: string, subtree: boolean, year?: number) {
  let q = courses(db).where((eb) =>
    subtree
      ? eb.or([eb('o.path', 'like', `${path}%`), eb(sql.val(path), 'like', sql<string>`o.path || '%'`)])
      : eb(sql.val(path), 'like', sql<string>`o.path || '%'`),
  );
  if (year) q = q.where(sql<boolean>`extract(year from c.starts_at at time zone 'Asia/Shanghai') = ${year}`);
  return q.orderBy('c.starts_at').orderBy('c.pool_id').limit(300).execute();
}

export function coursesByIds(db: Executor, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return courses(db).where('c.pool_id', 'in', ids).orderBy('c.starts_at').execute();
}

/** The union path of a person's active membership (members see the courses above their union). */
export async function memberPath(db: Executor, personId: number) {
  const r = await db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select('orgs.path')
    .where('memberships.person_id', '=', personId)
    .where('memberships.status', '=', 'active')
    .executeTakeFirst();
  return r?.path ?? null;
}

export function orgInScope(db: Executor, actor: Actor, orgId: number) {
  return db.selectFrom('orgs').select(['id', 'name', 'path', 'kind']).where('id', '=', orgId).where(inScope(actor, 'orgs.path')).executeTakeFirst();
}

export function orgKind(db: Executor, orgId: number) {
  return db.selectFrom('orgs').select(['id', 'name', 'kind']).where('id', '=', orgId).executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// 企业版送教上门.

/** Serialise the bookings of one unit's year (no two take the last free visit at once), until the transaction ends. */
export async function lockUnitYear(db: Executor, orgId: number, year: number) {
  await sql`select pg_advisory_xact_lock(hashtext(${`class-visit:${orgId}:${year}`}))`.execute(db);
}

export async function bookedVisits(db: Executor, orgId: number, year: number) {
  const r = await db
    .selectFrom('class_visits')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .where('status', '=', 'booked')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function insertVisit(
  db: Executor,
  v: {
    orgId: number;
    year: number;
    visitOn: string;
    startTime: string;
    category: string;
    address: string;
    contactName: string;
    contactPhone: string;
    attendees: number;
    evaluation: unknown;
    bookedBy: number;
  },
) {
  return db
    .insertInto('class_visits')
    .values({
      org_id: v.orgId,
      year: v.year,
      visit_on: v.visitOn,
      start_time: v.startTime,
      category: v.category,
      address: v.address,
      contact_name: v.contactName,
      contact_phone: v.contactPhone,
      attendees: v.attendees,
      evaluation: JSON.stringify(v.evaluation),
      booked_by: v.bookedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

const visitColumns = [
  'v.id',
  'v.org_id',
  'v.year',
  'v.visit_on',
  'v.start_time',
  'v.category',
  'v.address',
  'v.contact_name',
  'v.contact_phone',
  'v.attendees',
  'v.status',
  'v.evaluation',
  'v.created_at',
  'o.name as org_name',
  'o.path as org_path',
] as const;

export function visitById(db: Executor, actor: Actor, id: number) {
  return db
    .selectFrom('class_visits as v')
    .innerJoin('orgs as o', 'o.id', 'v.org_id')
    .select(visitColumns)
    .where('v.id', '=', id)
    .where(inScope(actor, 'o.path'))
    .executeTakeFirst();
}
export type VisitRow = NonNullable<Awaited<ReturnType<typeof visitById>>>;

export function listVisits(db: Executor, actor: Actor, year?: number) {
  let q = db.selectFrom('class_visits as v').innerJoin('orgs as o', 'o.id', 'v.org_id').select(visitColumns).where(inScope(actor, 'o.path'));
  if (year) q = q.where('v.year', '=', year);
  return q.orderBy('v.visit_on', 'desc').orderBy('v.id', 'desc').limit(500).execute();
}

export function cancelVisit(db: Executor, id: number, at: Date) {
  return db
    .updateTable('class_visits')
    .set({ status: 'cancelled', cancelled_at: at })
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .returning('id')
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Reminders (issue 10 §3 “Reminders by SMS outbox”, migration 0046).

/** Courses starting in [from, before) — their bookings are reminded (classes/reminders.ts). */
export function coursesStartingBetween(db: Executor, from: Date, before: Date) {
  return courses(db).where('c.starts_at', '>', from).where('c.starts_at', '<', before).orderBy('c.starts_at').orderBy('c.pool_id').limit(5000).execute();
}

/** Booked visits on a day in [from, to] whose contact was not reminded yet. */
export function visitsToRemind(db: Executor, from: string, to: string) {
  return db
    .selectFrom('class_visits as v')
    .innerJoin('orgs as o', 'o.id', 'v.org_id')
    .select(['v.id', 'v.visit_on', 'v.start_time', 'v.category', 'v.address', 'v.contact_name', 'v.contact_phone', 'o.name as org_name'])
    .where('v.status', '=', 'booked')
    .where('v.reminded_on', 'is', null)
    .where('v.visit_on', '>=', from)
    .where('v.visit_on', '<=', to)
    .orderBy('v.visit_on')
    .orderBy('v.id')
    .limit(10000)
    .execute();
}

/** Marks a visit reminded on `on`, once: false when another run got there first or it was cancelled. */
export async function markVisitReminded(trx: Executor, id: number, on: string) {
  const r = await trx
    .updateTable('class_visits')
    .set({ reminded_on: on })
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .where('reminded_on', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
