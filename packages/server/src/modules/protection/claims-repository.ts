// The SQL of member-protection claims (protection_claims). claims.ts keeps the rules, the order of the
// steps and the transactions; memberships, persons and orgs are read through their kernel columns only.
import { sql, type Insertable } from 'kysely';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import type { ProtectionClaimsTable, ProtectionClaimType } from '../../db/schema.ts';

/** Hospital benefit (fen) already paid or approved on a cover, leaving one claim out. */
export async function hospitalPaidOn(db: Executor, coverId: number, exceptId?: number) {
  let q = db
    .selectFrom('protection_claims')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_fen'), sql<number>`0`).as('fen'))
    .where('cover_id', '=', coverId)
    .where('claim_type', '=', 'hospitalization')
    .where('status', 'in', ['approved', 'paid']);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return Number((await q.executeTakeFirstOrThrow()).fen);
}

function membershipBase(db: Executor) {
  return db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select(['memberships.id', 'memberships.person_id', 'memberships.org_id', 'orgs.path']);
}

/** The person's membership a claim is filed on: the active one first, then the newest. */
export function membershipOfPerson(db: Executor, personId: number) {
  return membershipBase(db)
    .where('memberships.person_id', '=', personId)
    .orderBy(sql`case when memberships.status = 'active' then 0 else 1 end`)
    .orderBy('memberships.id', 'desc')
    .executeTakeFirst();
}

export function membershipById(db: Executor, membershipId: number) {
  return membershipBase(db).where('memberships.id', '=', membershipId).executeTakeFirst();
}

/** A live (not rejected) claim that already holds this document. */
export function claimUsingDocument(db: Executor, documentId: number) {
  return db
    .selectFrom('protection_claims')
    .select('id')
    .where('status', '<>', 'rejected')
    .where(sql<boolean>`documents @> ${JSON.stringify([{ id: documentId }])}::jsonb`)
    .executeTakeFirst();
}

export async function insertClaim(trx: Executor, v: Insertable<ProtectionClaimsTable>) {
  return (await trx.insertInto('protection_claims').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export interface ClaimFilter {
  year?: number | undefined;
  status?: 'filed' | 'approved' | 'rejected' | 'paid' | undefined;
  overdue?: boolean | undefined;
  claimType?: ProtectionClaimType | undefined;
  orgId?: number | undefined;
}

/** Claims in the caller's scope (actor), or of one person (personId, the member's own). */
export function claimsQuery(db: Executor, actor: Actor | null, f: ClaimFilter & { personId?: number }, today: string) {
  let q = db
    .selectFrom('protection_claims as k')
    .innerJoin('orgs as o', 'o.id', 'k.org_id')
    .innerJoin('memberships as m', 'm.id', 'k.membership_id')
    .innerJoin('persons as p', 'p.id', 'k.person_id')
    .leftJoin('protection_covers as c', 'c.id', 'k.cover_id')
    .leftJoin('orgs as r', 'r.id', 'k.pay_to_org_id');
  if (f.personId !== undefined) q = q.where('k.person_id', '=', f.personId);
  else q = q.where(inScope(actor!, 'o.path'));
  if (f.year !== undefined) q = q.where('k.year', '=', f.year);
  if (f.status) q = q.where('k.status', '=', f.status);
  if (f.claimType) q = q.where('k.claim_type', '=', f.claimType);
  if (f.overdue) q = q.where('k.status', 'in', ['filed', 'approved']).where('k.pay_by', '<', today);
  if (f.orgId !== undefined)
    q = q.where('o.path', 'like', (eb) => eb.selectFrom('orgs as o2').select(sql<string>`o2.path || '%'`.as('p')).where('o2.id', '=', f.orgId!));
  return q;
}

const claimColumns = [
  'k.id',
  'k.cover_id',
  'k.person_id',
  'k.membership_id',
  'k.org_id',
  'k.region_id',
  'k.year',
  'k.plan',
  'k.claim_type',
  'k.event_date',
  'k.hospital_days',
  'k.filed_on',
  'k.filed_as',
  'k.status',
  'k.amount_fen',
  'k.filing_deadline',
  'k.pay_within_days',
  'k.pay_by',
  'k.pay_to',
  'k.pay_to_org_id',
  'k.policy',
  'k.review_reason',
  'k.reviewed_on',
  'k.paid_on',
  'k.payment_reference',
  'k.description',
  'k.documents',
  'o.name as org_name',
  'o.path as org_path',
  'm.member_no',
  'p.name',
  'p.id_masked',
  'c.mode',
  'c.coverage_start',
  'c.coverage_end',
  'r.name as pay_to_org_name',
] as const;

export type ClaimRow = Awaited<ReturnType<typeof claimPageRows>>[number];
export function claimPageRows(db: Executor, actor: Actor | null, f: ClaimFilter & { personId?: number }, today: string, offset: number, limit: number) {
  return claimsQuery(db, actor, f, today).select(claimColumns).orderBy('k.id', 'desc').offset(offset).limit(limit).execute();
}

export async function claimCount(db: Executor, actor: Actor | null, f: ClaimFilter & { personId?: number }, today: string) {
  const r = await claimsQuery(db, actor, f, today)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** One claim with its evaluation, as claimsQuery scopes it. */
export function claimWithEvaluation(db: Executor, actor: Actor | null, f: { personId?: number }, today: string, id: number) {
  return claimsQuery(db, actor, f, today).select(claimColumns).select('k.evaluation').where('k.id', '=', id).executeTakeFirst();
}

/** The documents of a claim in the caller's scope. */
export function claimDocumentsInScope(db: Executor, actor: Actor, claimId: number) {
  return db
    .selectFrom('protection_claims as k')
    .innerJoin('orgs as o', 'o.id', 'k.org_id')
    .select(['k.id', 'k.documents', 'o.path'])
    .where('k.id', '=', claimId)
    .where(inScope(actor, 'o.path'))
    .executeTakeFirst();
}

/** The function code of an org (the mutual-aid centre reviews and pays). */
export async function functionCodeOf(db: Executor, orgId: number | null) {
  return (
    (
      await db
        .selectFrom('orgs')
        .select('function_code')
        .where('id', '=', orgId ?? -1)
        .executeTakeFirst()
    )?.function_code ?? null
  );
}

/** The claim under a row lock, in the caller's scope, with its org path. */
export function lockClaimInScope(trx: Executor, actor: Actor, id: number) {
  return trx
    .selectFrom('protection_claims as k')
    .innerJoin('orgs as o', 'o.id', 'k.org_id')
    .selectAll('k')
    .select('o.path')
    .where('k.id', '=', id)
    .where(inScope(actor, 'o.path'))
    .forUpdate('k')
    .executeTakeFirst();
}

export function setClaimApproved(trx: Executor, id: number, v: { amountFen: number; evaluation: unknown; reason: string | null; by: number; on: string }) {
  return trx
    .updateTable('protection_claims')
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
}

export function setClaimRejected(trx: Executor, id: number, v: { reason: string; by: number; on: string }) {
  return trx
    .updateTable('protection_claims')
    .set({ status: 'rejected', review_reason: v.reason, reviewed_by: v.by, reviewed_on: v.on })
    .where('id', '=', id)
    .execute();
}

export async function claimStatus(db: Executor, id: number) {
  return (await db.selectFrom('protection_claims').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
}

/** The claim the ledger pays, under a row lock. */
export function lockClaimForLedger(trx: Executor, id: number) {
  return trx
    .selectFrom('protection_claims as k')
    .innerJoin('orgs as o', 'o.id', 'k.org_id')
    .select(['k.status', 'k.amount_fen', 'k.pay_to', 'k.pay_to_org_id', 'o.path'])
    .where('k.id', '=', id)
    .forUpdate('k')
    .executeTakeFirst();
}

export function setClaimPaid(trx: Executor, id: number, v: { paidOn: string; by: number; reference: string | null }) {
  return trx
    .updateTable('protection_claims')
    .set({ status: 'paid', paid_on: v.paidOn, paid_by: v.by, payment_reference: v.reference })
    .where('id', '=', id)
    .execute();
}
