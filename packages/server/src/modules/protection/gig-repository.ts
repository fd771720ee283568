// All SQL of the gig workers' mutual protection (tables gig_rosters, gig_covers, gig_claims, migration 0028). Every
// list is scoped inside the query by the platform's path (a platform officer sees its platform; the agency the federation).
import { sql, type Insertable } from 'kysely';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import type { GigClaimsTable, GigClaimType, GigCoversTable, GigRostersTable } from '../../db/schema.ts';

export const LIVE = ['pending', 'active'] as const;

export const platformOf = (db: Executor, orgId: number) =>
  db.selectFrom('orgs').select(['id', 'name', 'path', 'kind', 'status']).where('id', '=', orgId).executeTakeFirst();

export const functionOf = async (db: Executor, orgId: number | null) =>
  orgId ? ((await db.selectFrom('orgs').select('function_code').where('id', '=', orgId).executeTakeFirst())?.function_code ?? null) : null;

/** Live covers (pending or active) of these ID numbers (blind indexes) in a coverage year, with the platform and the day it submitted. */
export async function liveCoversOf(db: Executor, idHashes: string[], year: number) {
  const out = [];
  for (let i = 0; i < idHashes.length; i += 1000) {
    const chunk = idHashes.slice(i, i + 1000);
    out.push(
      ...(await db
        .selectFrom('gig_covers as c')
        .innerJoin('gig_rosters as r', 'r.id', 'c.roster_id')
        .innerJoin('orgs as o', 'o.id', 'c.platform_id')
        .select(['c.id_hash', 'c.platform_id', 'c.roster_id', 'c.status', 'o.name as platform_name', 'r.enrolled_on'])
        .where('c.id_hash', 'in', chunk)
        .where('c.year', '=', year)
        .where('c.status', 'in', [...LIVE])
        .execute()),
    );
  }
  return out;
}

export async function insertRoster(trx: Executor, r: Insertable<GigRostersTable>, covers: Omit<Insertable<GigCoversTable>, 'roster_id'>[]) {
  const row = await trx.insertInto('gig_rosters').values(r).returning('id').executeTakeFirstOrThrow();
  for (let i = 0; i < covers.length; i += 500)
    await trx
      .insertInto('gig_covers')
      .values(covers.slice(i, i + 500).map((c) => ({ ...c, roster_id: row.id })))
      .execute();
  return row.id;
}

const rosterColumns = [
  'r.id',
  'r.platform_id',
  'r.platform_path',
  'r.year',
  'r.enrolled_on',
  'r.enrollment_mode',
  'r.term',
  'r.coverage_start',
  'r.coverage_end',
  'r.premium_fen',
  'r.total_fen',
  'r.policy',
  'r.status',
  'r.source',
  'r.file_name',
  'r.row_count',
  'r.accepted',
  'r.refused',
  'r.submitted_at',
  'r.reviewed_on',
  'r.review_reason',
  'o.name as platform_name',
  'a.display_name as submitted_by_name',
] as const;

export interface RosterFilter {
  year?: number | undefined;
  status?: 'submitted' | 'approved' | 'returned' | undefined;
  platformId?: number | undefined;
}
function rostersQuery(db: Executor, actor: Actor, f: RosterFilter) {
  let q = db
    .selectFrom('gig_rosters as r')
    .innerJoin('orgs as o', 'o.id', 'r.platform_id')
    .innerJoin('accounts as a', 'a.id', 'r.submitted_by')
    .where(inScope(actor, 'r.platform_path'));
  if (f.year !== undefined) q = q.where('r.year', '=', f.year);
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.platformId !== undefined) q = q.where('r.platform_id', '=', f.platformId);
  return q;
}
export const rosterPage = (db: Executor, actor: Actor, f: RosterFilter, offset: number, limit: number) =>
  rostersQuery(db, actor, f).select(rosterColumns).orderBy('r.id', 'desc').offset(offset).limit(limit).execute();
export const rosterCount = async (db: Executor, actor: Actor, f: RosterFilter) =>
  Number(
    (
      await rostersQuery(db, actor, f)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
export const findRoster = (db: Executor, actor: Actor, id: number) =>
  rostersQuery(db, actor, {}).select(rosterColumns).where('r.id', '=', id).executeTakeFirst();
export type RosterRow = NonNullable<Awaited<ReturnType<typeof findRoster>>>;

export const lockRoster = (trx: Executor, actor: Actor, id: number) =>
  trx
    .selectFrom('gig_rosters as r')
    .select(['r.id', 'r.status', 'r.platform_path', 'r.year'])
    .where('r.id', '=', id)
    .where(inScope(actor, 'r.platform_path'))
    .forUpdate()
    .executeTakeFirst();

export const firstEvaluation = async (db: Executor, rosterId: number) =>
  (
    await db
      .selectFrom('gig_covers')
      .select('evaluation')
      .where('roster_id', '=', rosterId)
      .where('status', '<>', 'refused')
      .orderBy('row_no')
      .limit(1)
      .executeTakeFirst()
  )?.evaluation ?? null;

const coverColumns = [
  'c.id',
  'c.roster_id',
  'c.row_no',
  'c.platform_id',
  'c.year',
  'c.name',
  'c.id_masked',
  'c.phone_masked',
  'c.age',
  'c.status',
  'c.refusal_code',
  'c.refusal',
  'c.enrollment_mode',
  'c.coverage_start',
  'c.coverage_end',
  'c.premium_fen',
  'c.waiting_days',
  'c.activated_on',
  'c.sms_at',
  'o.name as platform_name',
] as const;
export interface CoverFilter {
  rosterId?: number;
  year?: number | undefined;
  status?: 'pending' | 'active' | 'returned' | 'refused' | undefined;
  platformId?: number | undefined;
  q?: string | undefined;
}
function coversQuery(db: Executor, actor: Actor, f: CoverFilter) {
  let q = db.selectFrom('gig_covers as c').innerJoin('orgs as o', 'o.id', 'c.platform_id').where(inScope(actor, 'c.platform_path'));
  if (f.rosterId !== undefined) q = q.where('c.roster_id', '=', f.rosterId);
  if (f.year !== undefined) q = q.where('c.year', '=', f.year);
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.platformId !== undefined) q = q.where('c.platform_id', '=', f.platformId);
  if (f.q) q = q.where('c.name', 'like', `${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
  return q;
}
export const coverPage = (db: Executor, actor: Actor, f: CoverFilter, offset: number, limit: number) =>
  coversQuery(db, actor, f)
    .select(coverColumns)
    .orderBy(f.rosterId !== undefined ? 'c.row_no' : 'c.id', f.rosterId !== undefined ? 'asc' : 'desc')
    .offset(offset)
    .limit(limit)
    .execute();
export const coverCount = async (db: Executor, actor: Actor, f: CoverFilter) =>
  Number(
    (
      await coversQuery(db, actor, f)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
export const findCover = (db: Executor, actor: Actor, id: number) =>
  coversQuery(db, actor, {}).select(coverColumns).select(['c.platform_path', 'c.policy']).where('c.id', '=', id).executeTakeFirst();
export type CoverRow = Awaited<ReturnType<typeof coverPage>>[number];

/** On approval: the roster's pending covers become active; returns who is to be told by SMS. */
export async function activateCovers(trx: Executor, rosterId: number, today: string) {
  return trx
    .updateTable('gig_covers')
    .set({ status: 'active', activated_on: today, sms_at: sql`now()` })
    .where('roster_id', '=', rosterId)
    .where('status', '=', 'pending')
    .returning(['id', 'name', 'phone_cipher', 'coverage_start', 'coverage_end'])
    .execute();
}

/** On return: the pending covers go back with the roster, so the workers may be enrolled again. */
export const returnCovers = (trx: Executor, rosterId: number) =>
  trx.updateTable('gig_covers').set({ status: 'returned' }).where('roster_id', '=', rosterId).where('status', '=', 'pending').execute();

export const setRosterReviewed = (
  trx: Executor,
  id: number,
  v: { status: 'approved' | 'returned'; reviewedBy: number; today: string; reason: string | null },
) =>
  trx
    .updateTable('gig_rosters')
    .set({ status: v.status, reviewed_by: v.reviewedBy, reviewed_on: v.today, review_reason: v.reason })
    .where('id', '=', id)
    .execute();

/** Gig covers of a coverage year in the caller's scope: workers in force and pending, premiums (fen), by platform. */
export async function coverTotals(db: Executor, actor: Actor, year: number) {
  const rows = await db
    .selectFrom('gig_covers as c')
    .innerJoin('orgs as o', 'o.id', 'c.platform_id')
    .select((eb) => [
      'c.platform_id',
      'o.name as platform_name',
      eb.fn.count<number>(sql`case when c.status = 'active' then 1 end`).as('active'),
      eb.fn.count<number>(sql`case when c.status = 'pending' then 1 end`).as('pending'),
      eb.fn.coalesce(eb.fn.sum<number>(sql`case when c.status = 'active' then c.premium_fen end`), sql<number>`0`).as('premium_fen'),
    ])
    .where(inScope(actor, 'c.platform_path'))
    .where('c.year', '=', year)
    .where('c.status', 'in', ['active', 'pending'])
    .groupBy(['c.platform_id', 'o.name'])
    .orderBy('c.platform_id')
    .execute();
  return rows.map((r) => ({
    platformId: Number(r.platform_id),
    platformName: r.platform_name,
    active: Number(r.active),
    pending: Number(r.pending),
    premiumFen: Number(r.premium_fen),
  }));
}

// ---------------------------------------------------------------------------------------------
// Claims (gig-claims.ts keeps the rules, the order of the steps and the transactions).

/** Approved or paid amounts (fen) on a cover for these benefits (on one event date, if given), leaving one claim out. */
export async function claimedFen(db: Executor, coverId: number, types: GigClaimType[], eventDate?: string, exceptId?: number) {
  let q = db
    .selectFrom('gig_claims')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_fen'), sql<number>`0`).as('fen'))
    .where('cover_id', '=', coverId)
    .where('claim_type', 'in', types)
    .where('status', 'in', ['approved', 'paid']);
  if (eventDate) q = q.where('event_date', '=', eventDate);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return Number((await q.executeTakeFirstOrThrow()).fen);
}

/** An approved or paid critical-illness claim on the cover. */
export const grantedCriticalIllness = (db: Executor, coverId: number) =>
  db
    .selectFrom('gig_claims')
    .select('id')
    .where('cover_id', '=', coverId)
    .where('claim_type', '=', 'critical-illness')
    .where('status', 'in', ['approved', 'paid'])
    .executeTakeFirst();

/** The cover a claim is filed on, in the caller's scope, with its platform's name. */
export const coverForClaim = (db: Executor, actor: Actor, coverId: number) =>
  db
    .selectFrom('gig_covers as c')
    .innerJoin('orgs as o', 'o.id', 'c.platform_id')
    .select([
      'c.id',
      'c.status',
      'c.name',
      'c.year',
      'c.platform_id',
      'c.platform_path',
      'c.enrollment_mode',
      'c.coverage_start',
      'c.coverage_end',
      'o.name as platform_name',
    ])
    .where('c.id', '=', coverId)
    .where(inScope(actor, 'c.platform_path'))
    .executeTakeFirst();

export const insertClaim = async (trx: Executor, v: Insertable<GigClaimsTable>) =>
  (await trx.insertInto('gig_claims').values(v).returning('id').executeTakeFirstOrThrow()).id;

const claimColumns = [
  'k.id',
  'k.cover_id',
  'k.platform_id',
  'k.year',
  'k.claim_type',
  'k.event_date',
  'k.hospital_days',
  'k.out_of_pocket_fen',
  'k.disability_grade',
  'k.outcome_on',
  'k.filed_on',
  'k.filed_as',
  'k.status',
  'k.amount_fen',
  'k.filing_deadline',
  'k.pay_within_days',
  'k.pay_by',
  'k.pay_to',
  'k.bank',
  'k.account_name',
  'k.account_masked',
  'k.policy',
  'k.review_reason',
  'k.reviewed_on',
  'k.paid_on',
  'k.payment_reference',
  'k.description',
  'c.name',
  'c.id_masked',
  'c.enrollment_mode',
  'c.coverage_start',
  'c.coverage_end',
  'o.name as platform_name',
] as const;
export interface ClaimFilter {
  year?: number | undefined;
  status?: 'filed' | 'approved' | 'rejected' | 'paid' | undefined;
  coverId?: number | undefined;
}
function claimsQuery(db: Executor, actor: Actor, f: ClaimFilter) {
  let q = db
    .selectFrom('gig_claims as k')
    .innerJoin('gig_covers as c', 'c.id', 'k.cover_id')
    .innerJoin('orgs as o', 'o.id', 'k.platform_id')
    .where(inScope(actor, 'k.platform_path'));
  if (f.year !== undefined) q = q.where('k.year', '=', f.year);
  if (f.status) q = q.where('k.status', '=', f.status);
  if (f.coverId !== undefined) q = q.where('k.cover_id', '=', f.coverId);
  return q;
}
export type ClaimRow = Awaited<ReturnType<typeof claimRows>>[number];
export const claimRows = (db: Executor, actor: Actor, f: ClaimFilter, offset: number, limit: number) =>
  claimsQuery(db, actor, f).select(claimColumns).orderBy('k.id', 'desc').offset(offset).limit(limit).execute();
export const claimCount = async (db: Executor, actor: Actor, f: ClaimFilter) =>
  Number(
    (
      await claimsQuery(db, actor, f)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
export const claimWithEvaluation = (db: Executor, actor: Actor, id: number) =>
  claimsQuery(db, actor, {}).select(claimColumns).select('k.evaluation').where('k.id', '=', id).executeTakeFirst();

export const lockClaim = (trx: Executor, actor: Actor, id: number) =>
  trx.selectFrom('gig_claims as k').selectAll('k').where('k.id', '=', id).where(inScope(actor, 'k.platform_path')).forUpdate().executeTakeFirst();

export const coverOfClaim = (db: Executor, coverId: number) =>
  db.selectFrom('gig_covers').select(['id', 'status', 'enrollment_mode', 'coverage_start', 'coverage_end']).where('id', '=', coverId).executeTakeFirstOrThrow();

export const setClaimApproved = (trx: Executor, id: number, v: { amountFen: number; evaluation: unknown; reason: string | null; by: number; on: string }) =>
  trx
    .updateTable('gig_claims')
    .set({
      status: 'approved',
      amount_fen: v.amountFen,
      evaluation: JSON.stringify(v.evaluation),
      review_reason: v.reason,
      reviewed_by: v.by,
      reviewed_on: v.on,
    })
    .where('id', '=', id)
    .execute();

export const setClaimRejected = (trx: Executor, id: number, v: { reason: string; by: number; on: string }) =>
  trx.updateTable('gig_claims').set({ status: 'rejected', review_reason: v.reason, reviewed_by: v.by, reviewed_on: v.on }).where('id', '=', id).execute();

export const claimStatus = async (db: Executor, id: number) =>
  (await db.selectFrom('gig_claims').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

/** The worker's name and sealed mobile (the SMS when a claim is paid). */
export const workerContact = (db: Executor, coverId: number) =>
  db.selectFrom('gig_covers').select(['name', 'phone_cipher']).where('id', '=', coverId).executeTakeFirstOrThrow();

export const lockClaimForLedger = (trx: Executor, id: number) =>
  trx.selectFrom('gig_claims').select(['status', 'amount_fen', 'pay_to', 'platform_path']).where('id', '=', id).forUpdate().executeTakeFirst();

export const setClaimPaid = (trx: Executor, id: number, v: { paidOn: string; by: number; reference: string | null }) =>
  trx.updateTable('gig_claims').set({ status: 'paid', paid_on: v.paidOn, paid_by: v.by, payment_reference: v.reference }).where('id', '=', id).execute();
