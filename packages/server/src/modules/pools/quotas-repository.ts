// SQL of offers, requests, rosters and settlements (module pools). Org-bound reads are scoped inside the query.
import { sql, type Insertable, type Updateable } from 'kysely';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import type { QuotaOffersTable, QuotaSettlementsTable } from '../../db/schema.ts';

// ---------------------------------------------------------------------------------------------
// Offers.

function offers(db: Executor) {
  return db
    .selectFrom('quota_offers as o')
    .innerJoin('orgs as a', 'a.id', 'o.agency_org_id')
    .selectAll('o')
    .select(['a.name as agency_name', 'a.path as agency_path'])
    .select((eb) =>
      eb.fn
        .coalesce(
          eb
            .selectFrom('place_grants as g')
            .innerJoin('orgs as t', 't.id', 'g.to_org_id')
            .select(sql<number>`sum(g.places - g.returned)`.as('n'))
            .whereRef('g.program', '=', 'o.program')
            .whereRef('g.year', '=', 'o.year')
            .whereRef('g.site', '=', 'o.code')
            .where('g.parent_id', 'is', null),
          sql<number>`0`,
        )
        .as('granted'),
    );
}

export function offerById(db: Executor, id: number) {
  return offers(db).where('o.id', '=', id).executeTakeFirst();
}
export type OfferRow = NonNullable<Awaited<ReturnType<typeof offerById>>>;

export function offerByCode(db: Executor, program: string, year: number, code: string) {
  return offers(db).where('o.program', '=', program).where('o.year', '=', year).where('o.code', '=', code).executeTakeFirst();
}

export function listOffers(db: Executor, q: { year?: number | undefined; program?: string | undefined }) {
  let s = offers(db);
  if (q.year) s = s.where('o.year', '=', q.year);
  if (q.program) s = s.where('o.program', '=', q.program);
  return s.orderBy('o.year', 'desc').orderBy('o.program').orderBy('o.id').limit(500).execute();
}

export function lockOffer(db: Executor, id: number) {
  return db.selectFrom('quota_offers').select(['id', 'capacity']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertOffer(trx: Executor, v: Insertable<QuotaOffersTable>) {
  return (await trx.insertInto('quota_offers').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export function updateOffer(trx: Executor, id: number, v: Updateable<QuotaOffersTable>) {
  return trx.updateTable('quota_offers').set(v).where('id', '=', id).execute();
}

// ---------------------------------------------------------------------------------------------
// Requests.

export function requests(db: Executor, actor: Actor) {
  return db
    .selectFrom('quota_requests as r')
    .innerJoin('orgs as d', 'd.id', 'r.org_id')
    .selectAll('r')
    .select(['d.name as org_name', 'd.path as org_path'])
    .where(inScope(actor, 'd.path'));
}
export type RequestRow = Awaited<ReturnType<ReturnType<typeof requests>['execute']>>[number];

export function listRequests(db: Executor, actor: Actor, f: { year?: number | undefined; program?: string | undefined }) {
  let sel = requests(db, actor);
  if (f.year) sel = sel.where('r.year', '=', f.year);
  if (f.program) sel = sel.where('r.program', '=', f.program);
  return sel.orderBy('r.year', 'desc').orderBy('d.path').limit(500).execute();
}

export function requestById(db: Executor, actor: Actor, id: number) {
  return requests(db, actor).where('r.id', '=', id).executeTakeFirst();
}

/** A district's request of a program year; the unique (program, year, org) refuses a second one (23505). */
export async function insertRequest(
  trx: Executor,
  v: { program: string; year: number; orgId: number; deadline: string; submittedOn: string; submittedBy: number },
  rows: { offerId: number; places: number }[],
) {
  const { id } = await trx
    .insertInto('quota_requests')
    .values({
      program: v.program,
      year: v.year,
      org_id: v.orgId,
      deadline: v.deadline,
      status: 'submitted',
      submitted_on: v.submittedOn,
      submitted_by: v.submittedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('quota_request_rows')
    .values(rows.map((r, i) => ({ request_id: id, row_no: i + 1, offer_id: r.offerId, requested: r.places })))
    .execute();
  return id;
}

export function setRowGranted(trx: Executor, rowId: number, granted: number, grantId: number | null) {
  return trx.updateTable('quota_request_rows').set({ granted, grant_id: grantId }).where('id', '=', rowId).execute();
}

/** The request is granted: rows not named get 0. */
export async function markRequestGranted(trx: Executor, id: number, on: string, by: number) {
  await trx.updateTable('quota_request_rows').set({ granted: 0 }).where('request_id', '=', id).where('granted', 'is', null).execute();
  await trx.updateTable('quota_requests').set({ status: 'granted', granted_on: on, granted_by: by }).where('id', '=', id).execute();
}

export function requestRows(db: Executor, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('quota_request_rows as w')
    .innerJoin('quota_offers as o', 'o.id', 'w.offer_id')
    .select([
      'w.id',
      'w.request_id',
      'w.row_no',
      'w.offer_id',
      'w.requested',
      'w.granted',
      'w.grant_id',
      'o.code',
      'o.title',
      'o.capacity',
      'o.program',
      'o.year',
    ])
    .where('w.request_id', 'in', ids)
    .orderBy('w.request_id')
    .orderBy('w.row_no')
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Rosters.

export function rosters(db: Executor, actor: Actor) {
  return db
    .selectFrom('rosters as r')
    .innerJoin('orgs as u', 'u.id', 'r.org_id')
    .innerJoin('quota_offers as o', 'o.id', 'r.offer_id')
    .leftJoin('quota_settlements as st', 'st.roster_id', 'r.id')
    .leftJoin('quota_settlement_rosters as sr', 'sr.roster_id', 'r.id')
    .selectAll('r')
    .select(['u.name as org_name', 'u.path as org_path', 'o.code', 'o.title', 'o.provider_org_id', 'o.provider_name'])
    .select((eb) => eb.fn.coalesce('st.id', 'sr.settlement_id').as('settlement_id'))
    .select((eb) => eb.selectFrom('roster_entries as e').select(sql<number>`count(*)`.as('n')).whereRef('e.roster_id', '=', 'r.id').as('persons'))
    .where(inScope(actor, 'u.path'));
}
export type RosterRow = Awaited<ReturnType<ReturnType<typeof rosters>['execute']>>[number];

export function listRosters(db: Executor, actor: Actor, f: { year?: number | undefined; program?: string | undefined }) {
  let sel = rosters(db, actor);
  if (f.year) sel = sel.where('r.year', '=', f.year);
  if (f.program) sel = sel.where('r.program', '=', f.program);
  return sel.orderBy('r.id', 'desc').limit(500).execute();
}

export function rosterById(db: Executor, actor: Actor, id: number) {
  return rosters(db, actor).where('r.id', '=', id).executeTakeFirst();
}

export async function insertRoster(
  trx: Executor,
  v: { offerId: number; grantId: number; orgId: number; program: string; year: number; startsOn: string; endsOn: string; createdBy: number },
) {
  return (
    await trx
      .insertInto('rosters')
      .values({
        offer_id: v.offerId,
        grant_id: v.grantId,
        org_id: v.orgId,
        program: v.program,
        year: v.year,
        starts_on: v.startsOn,
        ends_on: v.endsOn,
        status: 'draft',
        created_by: v.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

/** Entries appended after row `base`; the unique (subsidy group, year, person) refuses a person twice a year (23505). */
export function insertEntries(
  trx: Executor,
  rosterId: number,
  base: number,
  group: string,
  year: number,
  rows: { person_id: number; membership_id: number; platform_org_id: number | null }[],
) {
  return trx
    .insertInto('roster_entries')
    .values(
      rows.map((x, i) => ({
        roster_id: rosterId,
        row_no: base + i + 1,
        person_id: x.person_id,
        membership_id: x.membership_id,
        subsidy_group: group,
        year,
        platform_org_id: x.platform_org_id,
      })),
    )
    .execute();
}

export function setRosterStatus(trx: Executor, ids: number[], status: 'submitted' | 'settled') {
  return trx.updateTable('rosters').set({ status }).where('id', 'in', ids).execute();
}

export function rosterEntries(db: Executor, rosterId: number) {
  return db
    .selectFrom('roster_entries as e')
    .innerJoin('memberships as m', 'm.id', 'e.membership_id')
    .innerJoin('persons as p', 'p.id', 'e.person_id')
    .innerJoin('orgs as o', 'o.id', 'm.org_id')
    .select(['e.row_no', 'e.person_id', 'm.member_no', 'p.name', 'o.name as org_name'])
    .where('e.roster_id', '=', rosterId)
    .orderBy('e.row_no')
    .execute();
}

/** Members by member number, active, with what the roster rules read (sex, categories, union path). */
export function membersByNo(db: Executor, nos: string[]) {
  if (!nos.length) return Promise.resolve([]);
  return db
    .selectFrom('memberships as m')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .innerJoin('orgs as o', 'o.id', 'm.org_id')
    .select(['m.id as membership_id', 'm.member_no', 'm.person_id', 'p.name', 'p.sex', 'p.categories', 'o.path', 'o.name as org_name'])
    .where('m.member_no', 'in', nos)
    .where('m.status', '=', 'active')
    .execute();
}

/** Who of these persons already is on a roster of the subsidy group in the year (and which roster). */
export function alreadyOnRosters(db: Executor, group: string, year: number, personIds: number[]) {
  if (!personIds.length) return Promise.resolve([]);
  return db
    .selectFrom('roster_entries as e')
    .innerJoin('rosters as r', 'r.id', 'e.roster_id')
    .innerJoin('quota_offers as o', 'o.id', 'r.offer_id')
    .select(['e.person_id', 'r.id as roster_id', 'o.title'])
    .where('e.subsidy_group', '=', group)
    .where('e.year', '=', year)
    .where('e.person_id', 'in', personIds)
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Settlements.

/** Settlements with their union and payee; a half-year settlement (period H1/H2) has no roster or offer of its own. */
export function settlements(db: Executor) {
  return db
    .selectFrom('quota_settlements as st')
    .leftJoin('rosters as r', 'r.id', 'st.roster_id')
    .leftJoin('quota_offers as o', 'o.id', 'r.offer_id')
    .innerJoin('orgs as u', 'u.id', 'st.org_id')
    .innerJoin('orgs as pv', 'pv.id', 'st.provider_org_id')
    .selectAll('st')
    .select([
      'o.title',
      'o.code',
      'st.program as offer_program',
      'st.year as offer_year',
      'u.name as org_name',
      'u.path as org_path',
      'pv.name as provider_name',
      'pv.path as provider_path',
    ]);
}

export function listSettlementRows(db: Executor) {
  return settlements(db).orderBy('st.id', 'desc').limit(500).execute();
}

export function settlementById(db: Executor, id: number) {
  return settlements(db).where('st.id', '=', id).executeTakeFirst();
}

export function lockedSettlement(trx: Executor, id: number) {
  return settlements(trx).where('st.id', '=', id).forUpdate('st').executeTakeFirst();
}

/** A claim; the unique roster (or the unique half-year of a union) refuses a second one (23505). */
export async function insertSettlement(trx: Executor, v: Insertable<QuotaSettlementsTable>) {
  return (await trx.insertInto('quota_settlements').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export function linkSettlementRosters(trx: Executor, settlementId: number, rosterIds: number[]) {
  return trx
    .insertInto('quota_settlement_rosters')
    .values(rosterIds.map((r) => ({ settlement_id: settlementId, roster_id: r })))
    .execute();
}

/** Moves a settlement on from `from` only (a concurrent move loses: false). */
export async function moveSettlement(trx: Executor, id: number, from: QuotaSettlementsTable['status'], v: Updateable<QuotaSettlementsTable>) {
  const n = await trx.updateTable('quota_settlements').set(v).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(n.numUpdatedRows) > 0;
}

/** The function (department) of an org: 'rights', 'finance', …, or null. */
export async function orgFunction(db: Executor, orgId: number) {
  return (await db.selectFrom('orgs').select('function_code').where('id', '=', orgId).executeTakeFirst())?.function_code ?? null;
}

/** The submitted, unsettled rosters of a program year under a union whose trips ended within [from, to], with their offers. */
export function unsettledRosters(db: Executor, program: string, year: number, orgPath: string, from: string, to: string) {
  return db
    .selectFrom('rosters as r')
    .innerJoin('orgs as u', 'u.id', 'r.org_id')
    .innerJoin('quota_offers as o', 'o.id', 'r.offer_id')
    .selectAll('o')
    .select(['r.id as roster_id', 'r.starts_on', 'r.ends_on', 'u.name as org_name', 'o.title as offer_title'])
    .select((eb) => eb.selectFrom('roster_entries as e').select(sql<number>`count(*)`.as('n')).whereRef('e.roster_id', '=', 'r.id').as('persons'))
    .where('r.program', '=', program)
    .where('r.year', '=', year)
    .where('r.status', '=', 'submitted') // a settled roster, per roster or in a half-year, is 'settled'
    .where('u.path', 'like', `${orgPath}%`)
    .where('r.ends_on', '>=', from)
    .where('r.ends_on', '<=', to)
    .orderBy('r.ends_on')
    .orderBy('r.id')
    .forUpdate('r')
    .execute();
}

/** A union's settlement of a half-year, if it has one. */
export function periodSettlement(db: Executor, program: string, year: number, period: 'H1' | 'H2', orgId: number) {
  return db
    .selectFrom('quota_settlements')
    .select('id')
    .where('program', '=', program)
    .where('year', '=', year)
    .where('period', '=', period)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
}

/** The rosters a half-year settlement covers. */
export function settlementRosters(db: Executor, settlementId: number) {
  return db
    .selectFrom('quota_settlement_rosters as sr')
    .innerJoin('rosters as r', 'r.id', 'sr.roster_id')
    .innerJoin('quota_offers as o', 'o.id', 'r.offer_id')
    .innerJoin('orgs as u', 'u.id', 'r.org_id')
    .select(['r.id', 'r.starts_on', 'r.ends_on', 'o.title', 'u.name as org_name'])
    .select((eb) => eb.selectFrom('roster_entries as e').select(sql<number>`count(*)`.as('n')).whereRef('e.roster_id', '=', 'r.id').as('persons'))
    .where('sr.settlement_id', '=', settlementId)
    .orderBy('r.ends_on')
    .orderBy('r.id')
    .execute();
}

/** Satisfaction returned with the settlements of a program year under a union (for the project's evaluation). */
export function settlementSatisfaction(db: Executor, programs: string[], year: number, orgPath: string) {
  return db
    .selectFrom('quota_settlements as st')
    .innerJoin('orgs as u', 'u.id', 'st.org_id')
    .select([
      sql<number>`count(*)`.as('settlements'),
      sql<number>`coalesce(sum((st.satisfaction->>'responses')::int), 0)`.as('responses'),
      sql<number>`coalesce(sum((st.satisfaction->>'satisfied')::int), 0)`.as('satisfied'),
      sql<number>`coalesce(sum(st.persons), 0)`.as('persons'),
    ])
    .where('st.program', 'in', programs)
    .where('st.year', '=', year)
    .where('u.path', 'like', `${orgPath}%`)
    .executeTakeFirstOrThrow();
}
export type SettlementRow = Awaited<ReturnType<ReturnType<typeof settlements>['execute']>>[number];

// ---------------------------------------------------------------------------------------------
// Reminders and the member's own trips (issue 10 §3).

/** Submitted rosters starting within [from, to] whose members have not been reminded yet. */
export function rostersToRemind(db: Executor, from: string, to: string) {
  return db
    .selectFrom('rosters as r')
    .innerJoin('quota_offers as o', 'o.id', 'r.offer_id')
    .innerJoin('orgs as u', 'u.id', 'r.org_id')
    .select(['r.id', 'r.starts_on', 'r.ends_on', 'o.title', 'o.site', 'u.name as org_name'])
    .where('r.status', '=', 'submitted')
    .where('r.reminded_on', 'is', null)
    .where('r.starts_on', '>=', from)
    .where('r.starts_on', '<=', to)
    .orderBy('r.starts_on')
    .orderBy('r.id')
    .limit(1000)
    .execute();
}

/** Marks a roster reminded on `on`, once: false when another run got there first. */
export async function markReminded(trx: Executor, rosterId: number, on: string) {
  const r = await trx.updateTable('rosters').set({ reminded_on: on }).where('id', '=', rosterId).where('reminded_on', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The members of a roster with their sealed mobile (null when the register has none). */
export function rosterRecipients(db: Executor, rosterId: number) {
  return db
    .selectFrom('roster_entries as e')
    .innerJoin('persons as p', 'p.id', 'e.person_id')
    .select(['e.person_id', 'p.name', 'p.phone_cipher'])
    .where('e.roster_id', '=', rosterId)
    .orderBy('e.row_no')
    .execute();
}

/** A member's trips and checkups: the submitted or settled rosters they are on (a draft is the union's, not yet theirs). */
export function tripsOfPerson(db: Executor, personId: number) {
  return db
    .selectFrom('roster_entries as e')
    .innerJoin('rosters as r', 'r.id', 'e.roster_id')
    .innerJoin('quota_offers as o', 'o.id', 'r.offer_id')
    .innerJoin('orgs as u', 'u.id', 'r.org_id')
    .select(['r.id', 'r.program', 'r.year', 'r.starts_on', 'r.ends_on', 'r.status', 'o.title', 'o.site', 'o.provider_name', 'u.name as org_name'])
    .where('e.person_id', '=', personId)
    .where('r.status', '<>', 'draft')
    .orderBy('r.starts_on', 'desc')
    .limit(50)
    .execute();
}
