// SQL of the site register: sites with their union and district, events, inspections, service log.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../platform/context.ts';
import { inScope, type Actor } from '../../platform/access.ts';

export const siteQuery = (db: Executor) =>
  db
    .selectFrom('sites')
    .innerJoin('orgs as o', 'o.id', 'sites.org_id')
    .leftJoin('orgs as r', 'r.id', 'sites.region_org_id')
    .selectAll('sites')
    .select(['o.name as org_name', 'r.name as region_name', 'r.short_name as region_short']);
export type SiteRow = Awaited<ReturnType<ReturnType<typeof siteQuery>['executeTakeFirstOrThrow']>>;

export async function siteById(db: Executor, id: number, forUpdate = false) {
  let q = siteQuery(db).where('sites.id', '=', id);
  if (forUpdate) q = q.forUpdate('sites');
  return q.executeTakeFirst();
}

/** The district (or industry) union above an org path: the second segment when it is one. */
export async function regionOf(db: Executor, path: string) {
  const seg = path.split('.').filter(Boolean);
  if (seg.length < 2) return null;
  const r = await db.selectFrom('orgs').select(['id', 'kind']).where('id', '=', Number(seg[1])).executeTakeFirst();
  return r && (r.kind === 'district' || r.kind === 'industry') ? r.id : null;
}

export async function nextSiteNo(db: Executor, kind: string, year: number) {
  const r = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('sites', 'id')) as id`.execute(db);
  const id = Number(r.rows[0]!.id);
  const letters: Record<string, string> = {
    'nursing-room': 'MM',
    'childcare-studio': 'QZ',
    'health-point': 'JK',
    'fitness-station': 'JS',
    'driver-home': 'SJ',
    canteen: 'ST',
    'culture-team': 'WT',
  };
  return { id, no: `${letters[kind] ?? 'ZD'}${year}-${String(id).padStart(6, '0')}` };
}

export const eventsOf = (db: Executor, siteId: number) =>
  db
    .selectFrom('site_events')
    .leftJoin('orgs', 'orgs.id', 'site_events.actor_org_id')
    .selectAll('site_events')
    .select('orgs.name as org_name')
    .where('site_id', '=', siteId)
    .orderBy('site_events.id')
    .execute();

export const inspectionsOf = (db: Executor, siteId: number) =>
  db
    .selectFrom('site_inspections')
    .leftJoin('orgs', 'orgs.id', 'site_inspections.org_id')
    .selectAll('site_inspections')
    .select('orgs.name as org_name')
    .where('site_id', '=', siteId)
    .orderBy('site_inspections.id', 'desc')
    .execute();

export const serviceLogOf = (db: Executor, siteId: number) =>
  db
    .selectFrom('site_service_log')
    .select(['id', 'on_date', 'kind', 'description', 'attendees'])
    .where('site_id', '=', siteId)
    .orderBy('on_date', 'desc')
    .limit(200)
    .execute();

export async function addEvent(
  db: Executor,
  e: {
    siteId: number;
    action: string;
    from: string | null;
    to: string;
    actorId: number | null;
    actorName: string;
    actorOrgId: number | null;
    comment?: string | null | undefined;
    notice?: Record<string, unknown> | null;
    onDate: string;
  },
) {
  return db
    .insertInto('site_events')
    .values({
      site_id: e.siteId,
      action: e.action,
      from_status: e.from,
      to_status: e.to,
      actor_id: e.actorId,
      actor_name: e.actorName,
      actor_org_id: e.actorOrgId,
      comment: e.comment ?? null,
      notice: e.notice ? JSON.stringify(e.notice) : null,
      on_date: e.onDate,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The last passed acceptance inspection of a site (its evaluation carries the engine's input). */
export const lastPassedAcceptance = (db: Executor, siteId: number) =>
  db
    .selectFrom('site_inspections')
    .select(['id', 'evaluation', 'inspected_on'])
    .where('site_id', '=', siteId)
    .where('purpose', '=', 'acceptance')
    .where('passed', '=', true)
    .orderBy('id', 'desc')
    .executeTakeFirst();

/** How many notices of a kind were issued in a year, for the notice number. */
export async function noticeCount(db: Executor, action: string, year: number) {
  const r = await db
    .selectFrom('site_events')
    .select(sql<number>`count(*)`.as('n'))
    .where('action', '=', action)
    .where('on_date', '>=', `${year}-01-01`)
    .where('on_date', '<=', `${year}-12-31`)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Sites under a yellow card whose deadline is before a day (the daily job's list). */
export async function overdueYellowCards(db: Executor, today: string) {
  const rows = await db.selectFrom('sites').select('id').where('status', '=', 'yellow-card').where('yellow_deadline', '<', today).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** The notice of a site's last event of a kind (the yellow card a red card follows). */
export async function lastNotice(db: Executor, siteId: number, action: string) {
  const r = await db
    .selectFrom('site_events')
    .select('notice')
    .where('site_id', '=', siteId)
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return (r?.notice ?? null) as { no?: string; items?: string[]; issuer?: string } | null;
}

/** A district's sites of a kind funded in a year that can be claimed for: listed, with an application, in the caller's subtree. */
export function claimableSites(db: Executor, actor: Actor, q: { kind: string; year: number; regionOrgId: number | null }) {
  let query = siteQuery(db)
    .where(inScope(actor, 'sites.org_path'))
    .where('sites.kind', '=', q.kind as any)
    .where('sites.funded_year', '=', q.year)
    .where('sites.status', 'in', ['accepted', 'plaqued', 'yellow-card'])
    .where('sites.application_id', 'is not', null);
  if (q.regionOrgId !== null) query = query.where('sites.region_org_id', '=', q.regionOrgId);
  return query.orderBy('sites.id').limit(5000).execute();
}

// ---------------------------------------------------------------------------------------------
// Statements of the service (moved from service.ts, issue 13 §1: SQL lives in the repository)

/** The register's list query in the caller's scope, with its filters. */
export function filteredSites(
  db: Executor,
  actor: Actor,
  q: {
    kind?: string | undefined;
    status?: string | undefined;
    regionOrgId?: number | undefined;
    fundedYear?: number | undefined;
    plaqueYear?: number | undefined;
    q?: string | undefined;
  },
) {
  let query = siteQuery(db).where(inScope(actor, 'sites.org_path'));
  if (q.kind) query = query.where('sites.kind', '=', q.kind as any);
  if (q.status) query = query.where('sites.status', '=', q.status as any);
  if (q.regionOrgId) query = query.where('sites.region_org_id', '=', q.regionOrgId);
  if (q.fundedYear) query = query.where('sites.funded_year', '=', q.fundedYear);
  if (q.plaqueYear) query = query.where('sites.plaque_year', '=', q.plaqueYear);
  if (q.q) query = query.where((eb) => eb.or([eb('sites.name', 'like', `%${q.q}%`), eb('sites.address', 'like', `%${q.q}%`), eb('sites.no', '=', q.q!)]));
  return query;
}
export type SiteFilter = Parameters<typeof filteredSites>[2];

export const sitePage = (db: Executor, actor: Actor, q: SiteFilter, offset: number, limit: number) =>
  filteredSites(db, actor, q).orderBy('sites.id', 'desc').offset(offset).limit(limit).execute();

export async function siteCount(db: Executor, actor: Actor, q: SiteFilter) {
  return (await filteredSites(db, actor, q).clearSelect().select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n;
}

/** An org as a site's union: its id, path, name, kind and status. */
export const orgForSite = (db: Executor, orgId: number) =>
  db.selectFrom('orgs').select(['id', 'path', 'name', 'kind', 'status']).where('id', '=', orgId).executeTakeFirst();

export async function insertSite(db: Executor, values: Insertable<DB['sites']>) {
  await db.insertInto('sites').values(values).execute();
}

/** Changes a site's columns (and its updated_at). */
export async function updateSite(db: Executor, id: number, set: Updateable<DB['sites']>) {
  await db
    .updateTable('sites')
    .set({ ...set, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function insertInspection(db: Executor, values: Insertable<DB['site_inspections']>) {
  return db.insertInto('site_inspections').values(values).returning('id').executeTakeFirstOrThrow();
}

/** One inspection of a site, or undefined. */
export const inspectionOfSite = (db: Executor, siteId: number, inspectionId: number) =>
  db
    .selectFrom('site_inspections')
    .select(['id', 'inspected_on', 'inspector', 'passed'])
    .where('id', '=', inspectionId)
    .where('site_id', '=', siteId)
    .executeTakeFirst();

export async function insertServiceLog(db: Executor, values: Insertable<DB['site_service_log']>) {
  await db.insertInto('site_service_log').values(values).execute();
}

/** A district (or industry union) named by id, name, short name or the start of its name. */
export function districtNamed(db: Executor, d: string) {
  return db
    .selectFrom('orgs')
    .select('id')
    .where('kind', 'in', ['district', 'industry'])
    .where((eb) => (/^\d+$/.test(d) ? eb('id', '=', Number(d)) : eb.or([eb('name', '=', d), eb('short_name', '=', d), eb('name', 'like', `${d}%`)])))
    .orderBy('id')
    .executeTakeFirst();
}

/** Listed sites for the public map, by kind and district (regionId -1: none), at most 5,000. */
export function publicSiteRows(db: Executor, statuses: readonly string[], q: { kind?: string | undefined; regionId?: number | undefined }) {
  let query = siteQuery(db).where('sites.status', 'in', [...statuses] as any);
  if (q.kind) query = query.where('sites.kind', '=', q.kind as any);
  if (q.regionId !== undefined) query = query.where('sites.region_org_id', '=', q.regionId);
  return query.orderBy('sites.region_org_id').orderBy('sites.id').limit(5000).execute();
}

/** The districts that have listed sites (the public map's filter). */
export const districtsWithSites = (db: Executor, statuses: readonly string[]) =>
  db
    .selectFrom('sites')
    .innerJoin('orgs', 'orgs.id', 'sites.region_org_id')
    .select(['orgs.id', 'orgs.name'])
    .distinct()
    .where('sites.status', 'in', [...statuses] as any)
    .orderBy('orgs.id')
    .execute();

/** The de-listed or closed sites of some applications (the payout guard). */
export function unpaidSitesOf(db: Executor, applicationIds: number[]) {
  return db
    .selectFrom('sites')
    .select(['application_id', 'no', 'name', 'status'])
    .where('application_id', 'in', applicationIds)
    .where('status', 'in', ['red-card', 'closed'])
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Statements of the application forms (adapters.ts), the yellow-card job (cards.ts) and the sheets (sheets.ts)

/** What an application form checks of the site it names: kind, subkind, union path, status and application. */
export const siteForForm = (db: Executor, id: number) =>
  db.selectFrom('sites').select(['id', 'no', 'kind', 'subkind', 'org_path', 'status', 'application_id']).where('id', '=', id).executeTakeFirst();

/**
 * Links a site to the application that names it (its program instance and funded year, and the form's
 * subkind), and fills the register's area and opening hours from the form where the register has none.
 */
export async function linkSiteToApplication(
  db: Executor,
  id: number,
  link: {
    applicationId: number;
    instanceId: number;
    year: number;
    subkind?: string | undefined;
    areaSqm?: number | undefined;
    openingHours?: string | undefined;
  },
) {
  await db
    .updateTable('sites')
    .set({
      application_id: link.applicationId,
      program_instance_id: link.instanceId,
      funded_year: link.year,
      ...(link.subkind ? { subkind: link.subkind } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
  if (link.areaSqm) await db.updateTable('sites').set({ size_m2: link.areaSqm }).where('id', '=', id).where('size_m2', 'is', null).execute();
  if (link.openingHours)
    await db.updateTable('sites').set({ opening_hours: link.openingHours }).where('id', '=', id).where('opening_hours', 'is', null).execute();
}

/** A site still under its yellow card gets the red card (the daily job); nothing changes otherwise. */
export async function redCardIfYellow(db: Executor, id: number) {
  await db
    .updateTable('sites')
    .set({ status: 'red-card', yellow_deadline: null, updated_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'yellow-card')
    .execute();
}

/** The contacts and opening hours of some sites (the register's export). */
export async function contactsOfSites(db: Executor, ids: number[]) {
  if (!ids.length) return [];
  return db.selectFrom('sites').select(['id', 'contacts', 'opening_hours']).where('id', 'in', ids).execute();
}

/** An org's id, name, kind and path (a district named in a claim query). */
export const orgOfRegion = (db: Executor, id: number) => db.selectFrom('orgs').select(['id', 'name', 'path', 'kind']).where('id', '=', id).executeTakeFirst();

/** Which of these register numbers are already in the register (the import registers new sites only). */
export async function existingSiteNos(db: Executor, nos: string[]) {
  if (!nos.length) return new Set<string>();
  const rows = await db.selectFrom('sites').select('no').where('no', 'in', nos).execute();
  return new Set(rows.map((r) => r.no));
}
