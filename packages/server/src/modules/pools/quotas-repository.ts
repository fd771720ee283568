// SQL of offers, requests, rosters and settlements (module pools). Org-bound reads are scoped inside the query.
import { sql } from 'kysely';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';

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
          eb.selectFrom('place_grants as g').innerJoin('orgs as t', 't.id', 'g.to_org_id').select(sql<number>`sum(g.places - g.returned)`.as('n'))
            .whereRef('g.program', '=', 'o.program').whereRef('g.year', '=', 'o.year').whereRef('g.site', '=', 'o.code').where('g.parent_id', 'is', null),
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

export function requestRows(db: Executor, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('quota_request_rows as w')
    .innerJoin('quota_offers as o', 'o.id', 'w.offer_id')
    .select(['w.id', 'w.request_id', 'w.row_no', 'w.offer_id', 'w.requested', 'w.granted', 'w.grant_id', 'o.code', 'o.title', 'o.capacity', 'o.program', 'o.year'])
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
    .select(['u.name as org_name', 'u.path as org_path', 'o.code', 'o.title'])
    .select((eb) => eb.fn.coalesce('st.id', 'sr.settlement_id').as('settlement_id'))
    .select((eb) => eb.selectFrom('roster_entries as e').select(sql<number>`count(*)`.as('n')).whereRef('e.roster_id', '=', 'r.id').as('persons'))
    .where(inScope(actor, 'u.path'));
}
export type RosterRow = Awaited<ReturnType<ReturnType<typeof rosters>['execute']>>[number];

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
    .select(['o.title', 'o.code', 'st.program as offer_program', 'st.year as offer_year', 'u.name as org_name', 'u.path as org_path', 'pv.name as provider_name', 'pv.path as provider_path']);
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
  return db.selectFrom('quota_settlements').select('id').where('program', '=', program).where('year', '=', year).where('period', '=', period).where('org_id', '=', orgId).executeTakeFirst();
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
