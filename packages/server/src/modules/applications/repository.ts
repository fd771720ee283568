// SQL of the applications module: applications and their review steps (application_steps), with
// the kernel's display columns (person, membership, org) they are shown with. Functions take the
// db or the caller's transaction and plain parameters and return rows; the rules, the order of the
// steps and the transactions are the service's (service.ts).
import { sql, type Insertable, type Updateable } from 'kysely';
import type { ApplicationStatus, DB } from '../../db/schema.ts';
import { inRegion, inScope, type Actor } from '../../platform/access.ts';
import { notFound } from '../../platform/errors.ts';
import type { Executor } from '../../platform/context.ts';
import { instanceView } from '../programs/api.ts';
import { paidByApplication } from '../payouts/api.ts';
import type { TList } from './schema.ts';

const appColumns = [
  'applications.id',
  'applications.no',
  'applications.instance_id',
  'applications.program',
  'applications.person_id',
  'applications.membership_id',
  'applications.org_id',
  'applications.org_path',
  'applications.region_org_id',
  'applications.channel',
  'applications.submitted_by',
  'applications.subject_key',
  'applications.subject_label',
  'applications.input',
  'applications.evaluation',
  'applications.amount_fen',
  'applications.status',
  'applications.step',
  'applications.step_level',
  'applications.step_actor_role',
  'applications.step_actor_org_id',
  'applications.step_started_on',
  'applications.step_due_on',
  'applications.applied_on',
  'applications.decided_on',
  'applications.reject_reason',
  'applications.created_at',
  'applications.updated_at',
  'applications.applicant_kind',
  'applications.applicant_org_id',
] as const;

function baseQuery(db: Executor) {
  return (
    db
      .selectFrom('applications')
      // An organisation applicant has no person or membership (issue 11 §1).
      .leftJoin('persons', 'persons.id', 'applications.person_id')
      // Co-located on the region (migration 0031): the join names the distribution column, so a caller's region filter reaches memberships too.
      .leftJoin('memberships', (j) =>
        j.onRef('memberships.id', '=', 'applications.membership_id').onRef('memberships.region_id', '=', 'applications.region_id'),
      )
      .innerJoin('orgs', 'orgs.id', 'applications.org_id')
      .innerJoin(instanceView(db).as('pi'), 'pi.id', 'applications.instance_id')
      .leftJoin('orgs as step_org', 'step_org.id', 'applications.step_actor_org_id')
      .leftJoin('orgs as region', 'region.id', 'applications.region_org_id')
      .select(appColumns)
      .select([
        'persons.name',
        'persons.id_masked',
        'memberships.member_no',
        'orgs.name as org_name',
        'pi.title as program_title',
        'pi.year',
        'step_org.name as step_org_name',
        'region.name as region_name',
      ])
  );
}

/** One application the actor may see: in their scope, or their own (a member). */
export async function loadApplication(db: Executor, actor: Actor, id: number, lock = false) {
  let q = baseQuery(db).where('applications.id', '=', id);
  q =
    actor.role === 'member'
      ? q.where('applications.person_id', '=', actor.personId ?? -1)
      : q.where(inRegion(actor, 'applications.region_id')).where(inScope(actor, 'applications.org_path'));
  if (lock) q = q.forUpdate('applications');
  const r = await q.executeTakeFirst();
  if (!r) throw notFound('application', id);
  return r;
}

export type ApplicationRow = Awaited<ReturnType<typeof loadApplication>>;

/**
 * A page of applications and the count of all: the actor's scope ('scope'), the reviewer's queue
 * (their role and org's turn, by due date) or a member's own ('mine'), filtered by `q`.
 */
export async function listApplicationRows(db: Executor, actor: Actor, q: TList, mode: 'scope' | 'queue' | 'mine', today: string) {
  let query = baseQuery(db);
  if (mode === 'mine') query = query.where('applications.person_id', '=', actor.personId ?? -1);
  else query = query.where(inRegion(actor, 'applications.region_id')).where(inScope(actor, 'applications.org_path'));
  if (mode === 'queue')
    query = query
      .where('applications.status', '=', 'in-review')
      .where('applications.step_actor_role', '=', actor.role)
      .where('applications.step_actor_org_id', '=', actor.orgId ?? -1);
  if (q.programId) query = query.where('applications.instance_id', '=', q.programId);
  if (q.status) query = query.where('applications.status', '=', q.status);
  if (q.overdue === 'true') query = query.where('applications.status', '=', 'in-review').where('applications.step_due_on', '<', today);
  if (q.q) {
    const term = q.q;
    query = query.where((eb) =>
      eb.or([
        eb('applications.no', '=', term),
        eb('memberships.member_no', '=', term),
        eb('persons.name', 'like', `${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`),
      ]),
    );
  }
  const { total } = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy(mode === 'queue' ? 'applications.step_due_on' : 'applications.id', mode === 'queue' ? 'asc' : 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { total: Number(total), rows };
}

/** An application's hand-offs, oldest first, with the acting org's name. */
export function stepsOf(db: Executor, applicationId: number) {
  return db
    .selectFrom('application_steps')
    .leftJoin('orgs', 'orgs.id', 'application_steps.actor_org_id')
    .select([
      'application_steps.step',
      'application_steps.level',
      'application_steps.action',
      'application_steps.actor_name',
      'orgs.name as org_name',
      'application_steps.comment',
      'application_steps.due_on',
      'application_steps.at',
      'application_steps.evaluation',
    ])
    .where('application_id', '=', applicationId)
    .orderBy('application_steps.id')
    .execute();
}

/** An application's status, unscoped (the caller has just acted on it). */
export async function statusOf(db: Executor, id: number) {
  return (await db.selectFrom('applications').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
}

// ---------------------------------------------------------------------------------------------
// The applicant's registry facts (kernel reads)

/** A person's active membership with its org's path and kind, or undefined. */
export function activeMembership(db: Executor, personId: number) {
  return db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select(['memberships.id', 'memberships.org_id', 'memberships.joined_on', 'memberships.member_no', 'orgs.path', 'orgs.kind'])
    .where('memberships.person_id', '=', personId)
    .where('memberships.status', '=', 'active')
    .executeTakeFirst();
}

/** An org's id, path, name and kind, or undefined. */
export function orgById(db: Executor, id: number) {
  return db.selectFrom('orgs').select(['id', 'path', 'name', 'kind']).where('id', '=', id).executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// A member's register of one program (catalog.ts MemberRegister)

/** The fen a member's live applications of a program hold in a year, by the form's date field `yearField`. */
export async function amountInYear(db: Executor, p: { program: string; personId: number; yearField: string; year: number; excludeApplicationId?: number }) {
  let q = db
    .selectFrom('applications')
    .select(sql<string>`coalesce(sum(amount_fen), 0)`.as('fen'))
    .where('program', '=', p.program)
    .where('person_id', '=', p.personId)
    .where('status', 'in', ['in-review', 'returned', 'approved'])
    .where(sql<boolean>`input->>${p.yearField} like ${`${p.year}-%`}`);
  if (p.excludeApplicationId) q = q.where('id', '<>', p.excludeApplicationId);
  return Number((await q.executeTakeFirstOrThrow()).fen);
}

/** Serialises, until the transaction ends, the applications of one member to one program. */
export async function lockMemberProgram(db: Executor, program: string, personId: number) {
  await sql`select pg_advisory_xact_lock(hashtext(${`${program}:${personId}`}))`.execute(db);
}

// ---------------------------------------------------------------------------------------------
// Writing

/** A live application (neither rejected nor withdrawn) of the program for the same subject, other than `selfId`. */
export function liveDuplicate(db: Executor, program: string, subjectKey: string, selfId?: number) {
  let q = db
    .selectFrom('applications')
    .select(['id', 'no', 'status', 'org_path', 'person_id'])
    .where('program', '=', program)
    .where('subject_key', '=', subjectKey)
    .where('status', 'not in', ['rejected', 'withdrawn']);
  if (selfId) q = q.where('id', '<>', selfId);
  return q.executeTakeFirst();
}

/** The next application id, taken before the insert so the number can carry it. */
export async function nextApplicationId(db: Executor) {
  const idRow = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('applications', 'id')) as id`.execute(db);
  return Number(idRow.rows[0]!.id);
}

export async function insertApplication(trx: Executor, values: Insertable<DB['applications']>) {
  await trx.insertInto('applications').values(values).execute();
}

export async function updateApplication(trx: Executor, id: number, set: Updateable<DB['applications']>) {
  await trx.updateTable('applications').set(set).where('id', '=', id).execute();
}

export async function insertStep(trx: Executor, values: Insertable<DB['application_steps']>) {
  await trx.insertInto('application_steps').values(values).execute();
}

// ---------------------------------------------------------------------------------------------
// Reminders

/** Applications in review past their step's due date, not yet reminded on `on` (at most 10,000). */
export function overdueToRemind(db: Executor, on: string) {
  return db
    .selectFrom('applications')
    .select(['id', 'no', 'step_actor_role', 'step_actor_org_id', 'step_due_on', 'step_level', 'org_path'])
    .where('status', '=', 'in-review')
    .where('step_due_on', '<', on)
    .where((eb) => eb.or([eb('last_reminded_on', 'is', null), eb('last_reminded_on', '<', on)]))
    .limit(10000)
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Reads other modules make through api.ts

/** Application numbers as other modules join them, read-only: `id`, `no`, `org_path`. */
export const applicationRefs = (db: Executor) => db.selectFrom('applications').select(['id', 'no', 'org_path']);

export function applicationRefRow(db: Executor, id: number) {
  return applicationRefs(db).where('id', '=', id).executeTakeFirst();
}

export async function anyOpenApplication(db: Executor, instanceId: number) {
  return db.selectFrom('applications').select('id').where('instance_id', '=', instanceId).where('status', 'in', ['in-review', 'returned']).executeTakeFirst();
}

/** Steps in review whose turn is the role's at the org, and how many of them are past due on `today`. */
export async function turnCounts(db: Executor, role: string, orgId: number, today: string) {
  const r = await db
    .selectFrom('applications')
    .select([sql<number>`count(*)`.as('n'), sql<number>`count(*) filter (where step_due_on < ${today})`.as('late')])
    .where('status', '=', 'in-review')
    .where('step_actor_role', '=', role)
    .where('step_actor_org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return { n: Number(r.n), late: Number(r.late) };
}

/** Unit-channel applications returned for correction in the actor's subtree. */
export async function returnedUnitCount(db: Executor, actor: Actor) {
  const r = await db
    .selectFrom('applications')
    .select(sql<number>`count(*)`.as('n'))
    .where('status', '=', 'returned')
    .where('channel', '=', 'unit')
    .where(inScope(actor, 'org_path'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function applicationStateRow(db: Executor, id: number) {
  return db
    .selectFrom('applications')
    .select([
      'id',
      'no',
      'status',
      'step',
      'step_level',
      'step_actor_role',
      'step_actor_org_id',
      'amount_fen',
      'applicant_kind',
      'applicant_org_id',
      'instance_id',
      'evaluation',
      'org_path',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Distinct persons who applied in `year` (created then, Beijing time), per union path (its subtree). */
export async function applicantCounts(db: Executor, year: number, unionPaths: readonly string[]) {
  const r = await sql<{ path: string; n: string }>`
    select u.path, count(distinct a.person_id) as n
    from unnest(${[...unionPaths]}::text[]) as u(path)
    join applications a on a.org_path like u.path || '%'
    where a.person_id is not null and a.created_at >= ${`${year}-01-01T00:00:00+08:00`}::timestamptz and a.created_at < ${`${year + 1}-01-01T00:00:00+08:00`}::timestamptz
    group by u.path`.execute(db);
  return r.rows;
}

/** An application's filed form and applicant, unscoped (the caller checks the scope). */
export function applicationFormRow(db: Executor, id: number) {
  return db
    .selectFrom('applications')
    .select(['id', 'no', 'program', 'status', 'input', 'applied_on', 'applicant_kind', 'applicant_org_id', 'org_path'])
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Activity and reports (activity.ts, reports.ts): grouped counts and amounts.

const activityStatuses: ApplicationStatus[] = ['in-review', 'returned', 'approved', 'rejected', 'withdrawn'];

export type ActivityRow = { program: string; org_path: string; total: number; approved_fen: number; paid_count: number; paid_fen: number } & Record<
  ApplicationStatus,
  number
>;

/**
 * Applications of the program instances of these codes and year, per program and applicant union: counts by status,
 * the approved amount, and the paid net (ledger entries of paid batches, per application). `orgPath` bounds the
 * subtree; `under` / `notUnder` keep only (or leave out) the applications under a path.
 */
export async function programActivityRows(db: Executor, q: { codes: string[]; year: number; orgPath?: string | undefined; under?: string; notUnder?: string }) {
  const paid = paidByApplication(db, q.codes).as('paid');
  let base = db
    .selectFrom('applications')
    .innerJoin(instanceView(db).as('pi'), 'pi.id', 'applications.instance_id')
    .leftJoin(paid, 'paid.application_id', 'applications.id')
    .select([
      'pi.program',
      'applications.org_path',
      sql<number>`count(*)`.as('total'),
      ...activityStatuses.map((st) => sql<number>`count(*) filter (where applications.status = ${st})`.as(st)),
      sql<number>`coalesce(sum(applications.amount_fen) filter (where applications.status = 'approved'), 0)`.as('approved_fen'),
      sql<number>`count(*) filter (where paid.fen > 0)`.as('paid_count'),
      sql<number>`coalesce(sum(paid.fen), 0)`.as('paid_fen'),
    ])
    .where('pi.program', 'in', q.codes)
    .where('pi.year', '=', q.year)
    .groupBy(['pi.program', 'applications.org_path']);
  if (q.orgPath) base = base.where('applications.org_path', 'like', `${q.orgPath}%`);
  if (q.under !== undefined) base = base.where('applications.org_path', 'like', `${q.under}%`);
  if (q.notUnder !== undefined) base = base.where('applications.org_path', 'not like', `${q.notUnder}%`);
  return (await base.execute()) as unknown as ActivityRow[];
}

/** The report per program instance and regional union, in the caller's scope (`today` decides what is overdue). */
export function reportRows(db: Executor, actor: Actor, today: string, programId?: number) {
  let q = db
    .selectFrom('applications')
    .innerJoin(instanceView(db).as('pi'), 'pi.id', 'applications.instance_id')
    .leftJoin(paidByApplication(db).as('paid'), 'paid.application_id', 'applications.id')
    .leftJoin('orgs as region', 'region.id', 'applications.region_org_id')
    .where(inScope(actor, 'applications.org_path'))
    .select([
      'pi.id as program_id',
      'pi.program',
      'pi.title',
      'pi.year',
      'region.id as region_id',
      'region.name as region_name',
      sql<number>`count(*)`.as('total'),
      sql<number>`count(*) filter (where applications.status = 'in-review')`.as('in_review'),
      sql<number>`count(*) filter (where applications.status = 'returned')`.as('returned'),
      sql<number>`count(*) filter (where applications.status = 'approved')`.as('approved'),
      sql<number>`count(*) filter (where applications.status = 'rejected')`.as('rejected'),
      sql<number>`count(*) filter (where applications.status = 'withdrawn')`.as('withdrawn'),
      sql<number>`count(*) filter (where applications.status = 'in-review' and applications.step_due_on < ${today})`.as('overdue'),
      sql<number>`coalesce(sum(applications.amount_fen) filter (where applications.status = 'approved'), 0)`.as('approved_fen'),
      sql<number>`coalesce(sum(paid.fen), 0)`.as('paid_fen'),
    ])
    .groupBy(['pi.id', 'pi.program', 'pi.title', 'pi.year', 'region.id', 'region.name'])
    .orderBy('pi.id')
    .orderBy('region.name');
  if (programId) q = q.where('pi.id', '=', programId);
  return q.execute();
}

/** The rows of a program instance's summary form (汇总表), in the caller's scope, masked columns only. */
export function summaryFormRows(db: Executor, actor: Actor, programId: number, status?: string) {
  let q = db
    .selectFrom('applications')
    .leftJoin('persons', 'persons.id', 'applications.person_id')
    .leftJoin('memberships', 'memberships.id', 'applications.membership_id')
    .innerJoin('orgs', 'orgs.id', 'applications.org_id')
    .leftJoin('orgs as region', 'region.id', 'applications.region_org_id')
    .leftJoin('orgs as step_org', 'step_org.id', 'applications.step_actor_org_id')
    .select([
      'applications.no',
      'applications.channel',
      'applications.input',
      'applications.amount_fen',
      'applications.status',
      'applications.step_level',
      'applications.step_due_on',
      'applications.applied_on',
      'persons.name',
      'persons.id_masked',
      'memberships.member_no',
      'orgs.name as org_name',
      'region.name as region_name',
      'step_org.name as step_org_name',
    ])
    .where('applications.instance_id', '=', programId)
    .where(inScope(actor, 'applications.org_path'))
    .orderBy('applications.no');
  if (status) q = q.where('applications.status', '=', status as any);
  return q.execute();
}

// ---------------------------------------------------------------------------------------------
// Booking reminders (issue 10 §3 “Reminders by SMS outbox”, migration 0046)

/**
 * Approved bookings of a program whose day (the form's `dayField`) lies in [from, to] and that were not reminded yet,
 * with the member applicant's name and sealed mobile (an organisation applicant: its name; the mobile is the form's).
 */
export function bookingsToRemind(db: Executor, program: string, dayField: string, from: string, to: string) {
  const day = sql<string>`a.input ->> ${dayField}`;
  return db
    .selectFrom('applications as a')
    .leftJoin('persons as p', 'p.id', 'a.person_id')
    .leftJoin('orgs as o', 'o.id', 'a.applicant_org_id')
    .select(['a.id', 'a.no', 'a.person_id', 'a.input', 'p.name', 'p.phone_cipher', 'o.name as org_name'])
    .select(day.as('day'))
    .where('a.program', '=', program)
    .where('a.status', '=', 'approved')
    .where('a.booking_reminded_on', 'is', null)
    .where(day, '>=', from)
    .where(day, '<=', to)
    .orderBy(day)
    .orderBy('a.id')
    .limit(10000)
    .execute();
}

/** Marks a booking reminded on `on`, once: false when another run got there first (or it is no longer approved). */
export async function markBookingReminded(trx: Executor, id: number, on: string) {
  const r = await trx
    .updateTable('applications')
    .set({ booking_reminded_on: on })
    .where('id', '=', id)
    .where('status', '=', 'approved')
    .where('booking_reminded_on', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
