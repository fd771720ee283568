import { sql, type AliasableExpression, type ExpressionBuilder, type Insertable, type Kysely, type SqlBool, type Updateable } from 'kysely';
import type { CardStatus, DB } from '../../db/schema.ts';
import { isQueryCanceled } from '../../db/query-guard.ts';
import { inRegion, inScope, scopePath, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import type { TMemberList } from './schema.ts';

// Members are seen through memberships. A membership row is seen by the unions whose subtree holds
// its org (a union keeps its own history: joined, left, member number). The person behind it (the
// record, personal fields, entitlements) is seen only while their *current* membership (the active
// one, or the last one once none is active) is in scope: a union that transferred a member out no
// longer reads what the new union records. The filter is part of every query here.

/** The org path of the person's current membership (the active one, else the last one joined). */
function currentMembershipPath(eb: ExpressionBuilder<any, any>) {
  return eb
    .selectFrom('memberships as cm')
    .innerJoin('orgs as co', 'co.id', 'cm.org_id')
    .select('co.path')
    .whereRef('cm.person_id', '=', 'persons.id')
    .orderBy(sql`cm.status = 'active'`, 'desc')
    .orderBy('cm.joined_on', 'desc')
    .orderBy('cm.id', 'desc')
    .limit(1);
}

/** For a query over `persons`: the person's current membership lies in the actor's scope. */
export function currentInScope(actor: Actor) {
  const root = scopePath(actor);
  return (eb: ExpressionBuilder<any, any>): AliasableExpression<SqlBool> =>
    root === null ? sql<SqlBool>`false` : eb(currentMembershipPath(eb), 'like', `${root}%`);
}

const listColumns = [
  'persons.id as person_id',
  'persons.name',
  'persons.id_masked',
  'persons.phone_masked',
  'persons.birth_date',
  'persons.sex',
  'persons.categories',
  'memberships.id as membership_id',
  'memberships.member_no',
  'memberships.joined_on',
  'memberships.left_on',
  'memberships.status',
  'memberships.card_status',
  'memberships.e_membership',
  'orgs.id as org_id',
  'orgs.name as org_name',
] as const;

/**
 * The most rows a list counts, and pages through (issue 14 §2; LIST_COUNT_CAP, default 10,000). Past
 * it a counted total says "10,000+" (`totalCapped`) and no page beyond it is served: counting 3.5
 * million rows for a page of 20 cost seconds, a page at offset 3 million reads as many, and nobody
 * pages through ten thousand rows instead of narrowing the search.
 */
export const COUNT_CAP = 10_000;

/** Which question a search term asks: each kind is answered by one index (see `listMembers`). */
export function searchKind(term: string, lookup: { idHash?: string; phoneHash?: string }): 'id' | 'mobile' | 'member-no' | 'name' {
  if (lookup.idHash) return 'id';
  if (lookup.phoneHash) return 'mobile';
  if (/^\d{10}$/.test(term)) return 'member-no';
  return 'name';
}

/** A LIKE pattern for names starting with `term` (its own % _ \\ taken literally). */
const namePrefix = (term: string) => `${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;

function listQuery(db: Executor, actor: Actor, q: TMemberList, lookup: { idHash?: string; phoneHash?: string }, orgPath: string | null) {
  let query = db
    .selectFrom('memberships')
    .innerJoin('persons', 'persons.id', 'memberships.person_id')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .where(inRegion(actor, 'memberships.region_id'))
    .where(inScope(actor, 'orgs.path'))
    .where('memberships.status', '=', q.status);
  if (q.orgId) query = query.where('orgs.path', 'like', `${orgPath ?? '-'}%`);
  // The category as a literal (a value of the zod enum memberCategories): the planner can then use the
  // category's partial index (migration 0045), which a bound parameter would hide from it.
  if (q.category) query = query.where(sql<boolean>`persons.categories @> array[${sql.lit(q.category)}]::text[]`);
  if (q.cardStatus) query = query.where('memberships.card_status', '=', q.cardStatus);
  if (q.sex) query = query.where('persons.sex', '=', q.sex);
  if (q.q) {
    // One predicate per kind of term, each served by its own index (blind index of the ID number or
    // mobile, the member number, the name prefix): an OR of all four across two tables could use none
    // of them, and a search by a full ID number read all 3.5 million memberships (70 s).
    const term = q.q;
    switch (searchKind(term, lookup)) {
      case 'id':
        query = query.where('persons.id_hash', '=', lookup.idHash!);
        break;
      case 'mobile':
        // A mobile may have changed since the person left: only the current union finds them by it.
        query = query.where('persons.phone_hash', '=', lookup.phoneHash!).where(currentInScope(actor));
        break;
      case 'member-no':
        query = query.where('memberships.member_no', '=', term);
        break;
      case 'name':
        query = query.where('persons.name', 'like', namePrefix(term));
    }
  }
  return query;
}

/**
 * A page of memberships, newest first, and how many there are: exactly up to `cap`, else `cap` with
 * `capped`. The total of a list filtered by at most one of card status, sex or category (and by org)
 * comes from `member_counts`, exact at any size; other totals count the matching rows, stopping after
 * cap + 1, within `budgetMs` on PostgreSQL: a count that would take longer (a common surname within
 * a district has to look at every holder of that name in the federation) is stopped, and the total
 * is then the rows seen so far with `capped` (at least that many), and one more page offered.
 * `pageable`: the rows the list may page through.
 */
export async function listMembers(
  db: Executor,
  actor: Actor,
  q: TMemberList,
  lookup: { idHash?: string; phoneHash?: string },
  cap: number = COUNT_CAP,
  budgetMs = 0,
  sparseLimit = SPARSE_LIMIT,
) {
  const orgPath = q.orgId ? ((await db.selectFrom('orgs').select('path').where('id', '=', q.orgId).executeTakeFirst())?.path ?? null) : null;
  const query = listQuery(db, actor, q, lookup, orgPath);
  const offset = (q.page - 1) * q.pageSize;
  const sparse = await sparseHits(db, query, q, lookup, sparseLimit);
  if (sparse) {
    const ids = sparse.slice(offset, offset + q.pageSize);
    const rows = ids.length
      ? await query
          .select(listColumns)
          .select((eb) => currentInScope(actor)(eb).as('current_in_scope'))
          .where('memberships.id', 'in', ids)
          .orderBy('memberships.id', 'desc')
          .execute()
      : [];
    return { total: Math.min(sparse.length, cap), capped: sparse.length > cap, pageable: Math.min(sparse.length, cap), rows };
  }
  const rows = await query
    .select(listColumns)
    .select((eb) => currentInScope(actor)(eb).as('current_in_scope'))
    .orderBy('memberships.id', 'desc')
    .limit(q.pageSize)
    .offset(offset)
    .execute();
  const seen = offset + rows.length;
  const dims = [
    q.cardStatus && (['card', q.cardStatus] as const),
    q.sex && (['sex', q.sex] as const),
    q.category && (['category', q.category] as const),
  ].filter(Boolean) as (readonly ['card' | 'sex' | 'category', string])[];
  let total: number;
  if (rows.length < q.pageSize && (rows.length > 0 || offset === 0)) total = seen;
  else if (!q.q && q.status === 'active' && dims.length <= 1 && (!q.orgId || orgPath)) {
    const [dim, key] = dims[0] ?? ['card', null];
    total = await activeCount(db, actor, orgPath, dim, key);
  } else {
    const counted = await cappedCount(db, query, cap, budgetMs);
    if (counted === null) return { total: seen, capped: true, pageable: Math.min(cap, seen + (rows.length === q.pageSize ? q.pageSize : 0)), rows };
    if (counted > cap) return { total: cap, capped: true, pageable: cap, rows };
    total = counted;
  }
  return { total, capped: false, pageable: Math.min(total, cap), rows };
}

/**
 * A search whose matching persons are few (issue 14 §2): a name prefix, or a rare category (model
 * workers are 0.2 % of members), with the default status and no other filter. The newest-first walk
 * of memberships finds such rows late: the 7,144 model workers sit among the older ids, so a page read
 * 100,000 memberships and probed a persons row for each (428 ms warm at 3.5 M members); a common
 * surname read 13,742 holders and the count probed 45,000. When at most SPARSE_LIMIT persons match
 * (counted index-only: the name index carries the id, each rare category has a partial index,
 * migration 0045), all their memberships in scope are read at once — index-only through
 * `memberships_active_person_idx`, which 0045 makes carry the id and region — sorted here, and the
 * page fetched by id: the total is then exact, at any page. Otherwise (王: 245,000 persons; frontline
 * workers: a third of the register) matches are dense and the walk finds a page at once; the count
 * stays budgeted. Returns the matching membership ids newest first, or null for the walk.
 */
export const SPARSE_LIMIT = 20_000;
/** Categories rare enough to have a partial index of their holders (migration 0045); frontline workers are a third of members. */
export const SPARSE_CATEGORIES: readonly string[] = ['model-worker', 'craftsman', 'worker-in-hardship', 'flexible-worker', 'gig-worker'];

async function sparseHits(db: Executor, query: ReturnType<typeof listQuery>, q: TMemberList, lookup: { idHash?: string; phoneHash?: string }, limit: number) {
  if (q.status !== 'active' || q.cardStatus || q.sex) return null;
  const byName = q.q && !q.category && searchKind(q.q, lookup) === 'name';
  const byCategory = q.category && !q.q && SPARSE_CATEGORIES.includes(q.category);
  if (!byName && !byCategory) return null;
  let persons = db.selectFrom('persons').select(sql`1`.as('one'));
  persons = byName
    ? persons.where('persons.name', 'like', namePrefix(q.q!))
    : persons.where(sql<boolean>`persons.categories @> array[${sql.lit(q.category!)}]::text[]`);
  const candidates = Number(
    (
      await db
        .selectFrom(persons.limit(limit + 1).as('c'))
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  if (candidates > limit) return null;
  const ids = (await query.select('memberships.id').execute()).map((r) => Number(r.id));
  return ids.sort((a, b) => b - a);
}

/** Matching rows up to cap + 1; null when the count ran past `budgetMs` (PostgreSQL; PGlite has no statement timeout). */
async function cappedCount(db: Executor, query: ReturnType<typeof listQuery>, cap: number, budgetMs: number): Promise<number | null> {
  const count = async (ex: Executor) =>
    Number(
      (
        await ex
          .selectFrom(
            query
              .select(sql`1`.as('one'))
              .limit(cap + 1)
              .as('hits'),
          )
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  if (!budgetMs || db.isTransaction) return count(db);
  try {
    return await (db as Kysely<DB>).transaction().execute(async (trx) => {
      await sql.raw(`set local statement_timeout = ${Math.max(1, Math.floor(budgetMs))}`).execute(trx);
      return count(trx);
    });
  } catch (err) {
    if (isQueryCanceled(err)) return null;
    throw err;
  }
}

/** Active memberships in the actor's scope (and under `orgPath`), from the maintained counts: all of them, or those with one key of a dimension. */
async function activeCount(db: Executor, actor: Actor, orgPath: string | null, dim: 'card' | 'sex' | 'category', key: string | null) {
  let q = db
    .selectFrom('member_counts')
    .innerJoin('orgs', 'orgs.id', 'member_counts.org_id')
    .where(inRegion(actor, 'member_counts.region_id'))
    .where(inScope(actor, 'orgs.path'))
    .where('member_counts.dim', '=', dim)
    .select(sql<string>`coalesce(sum(member_counts.n), 0)`.as('n'));
  if (key !== null) q = q.where('member_counts.key', '=', key);
  if (orgPath) q = q.where('orgs.path', 'like', `${orgPath}%`);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Active memberships in the actor's scope (and under `orgPath`) by card status, sex and category, from the maintained counts. */
export async function activeCounts(db: Executor, actor: Actor, orgPath: string | null) {
  let q = db
    .selectFrom('member_counts')
    .innerJoin('orgs', 'orgs.id', 'member_counts.org_id')
    .where(inRegion(actor, 'member_counts.region_id'))
    .where(inScope(actor, 'orgs.path'))
    .select(['member_counts.dim', 'member_counts.key', sql<string>`sum(member_counts.n)`.as('n')])
    .groupBy(['member_counts.dim', 'member_counts.key'])
    .having(sql`sum(member_counts.n)`, '<>', 0);
  if (orgPath) q = q.where('orgs.path', 'like', `${orgPath}%`);
  return (await q.execute()).map((r) => ({ dim: r.dim, key: r.key, n: Number(r.n) }));
}

/** Fold the counts' deltas into one row per group (a daily job); returns the rows removed. */
export async function compactCounts(db: Executor) {
  const r = await sql<{ n: number | string }>`select compact_member_counts() as n`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** A person, if their current membership lies in the actor's scope (or it is the member themself). */
export async function findPersonInScope(db: Executor, actor: Actor, personId: number) {
  if (actor.role === 'member') {
    if (actor.personId !== personId) return undefined;
    return db.selectFrom('persons').selectAll().where('id', '=', personId).executeTakeFirst();
  }
  return db.selectFrom('persons').selectAll().where('persons.id', '=', personId).where(currentInScope(actor)).executeTakeFirst();
}

/** What the registry holds about a person that the programs read (sex, birth date, categories); no scope check. */
export function registryPerson(db: Executor, personId: number) {
  return db.selectFrom('persons').select(['id', 'sex', 'birth_date', 'categories']).where('id', '=', personId).executeTakeFirst();
}

/** Every membership of a person, newest first; with `scopedTo`, only those in that actor's scope (a past union's own rows). */
export function membershipsOf(db: Executor, personId: number, scopedTo?: Actor) {
  let q = db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select([
      'memberships.id',
      'memberships.member_no',
      'memberships.joined_on',
      'memberships.left_on',
      'memberships.status',
      'memberships.card_status',
      'memberships.e_membership',
      'memberships.note',
      'orgs.id as org_id',
      'orgs.name as org_name',
      'orgs.path as org_path',
      'orgs.kind as org_kind',
      'orgs.unit_category',
    ])
    .where('memberships.person_id', '=', personId)
    .orderBy('memberships.joined_on', 'desc')
    .orderBy('memberships.id', 'desc');
  if (scopedTo) q = q.where(inRegion(scopedTo, 'memberships.region_id')).where(inScope(scopedTo, 'orgs.path'));
  return q.execute();
}

export async function nextMemberNo(db: Executor): Promise<string> {
  const r = await sql<{ n: number }>`select nextval('member_no_seq') as n`.execute(db);
  return String(r.rows[0]!.n).padStart(10, '0');
}

/**
 * The export of the list: the list's own query (the same filters, scope and region), newest first
 * like the page, read in chunks of `chunk` rows by a keyset on the membership id — each chunk one
 * index-ordered read that starts where the last stopped, so the whole export costs one pass over the
 * matching rows at any size, and memory holds one chunk.
 */
export async function* exportChunks(
  db: Executor,
  actor: Actor,
  q: TMemberList,
  lookup: { idHash?: string; phoneHash?: string },
  orgPath: string | null,
  chunk = 5000,
) {
  let before: number | null = null;
  for (;;) {
    let query = listQuery(db, actor, q, lookup, orgPath);
    if (before !== null) query = query.where('memberships.id', '<', before);
    const rows = await query.select(listColumns).orderBy('memberships.id', 'desc').limit(chunk).execute();
    if (rows.length) yield rows;
    if (rows.length < chunk) return;
    before = rows[rows.length - 1]!.membership_id;
  }
}

// ---------------------------------------------------------------------------------------------
// For other modules, through ./api.ts: the import's registry checks, its bulk insert and clean-up,
// and the login's lookup of a member by phone.

/** Active memberships of the persons with these ID hashes, with the union they are in. */
/** The blind index of each person's ID number (to match a register that keeps only that, e.g. the gig covers). */
export async function idHashesOf(db: Executor, personIds: readonly number[]) {
  if (!personIds.length) return [];
  return db
    .selectFrom('persons')
    .select(['id as personId', 'id_hash as idHash'])
    .where('id', 'in', [...personIds])
    .execute();
}

/** Which of these member numbers are already used. */
// ---- the member import's staging (migration 0040): rows of a batch waiting for its commit ----

/** The columns of `member_staging`, in the order `StagedRow` lists them (a COPY row). */
export const stagingColumns = [
  'batch_id',
  'row_no',
  'ok',
  'id_hash',
  'member_no',
  'name',
  'id_cipher',
  'id_masked',
  'birth_date',
  'sex',
  'phone_hash',
  'phone_cipher',
  'phone_masked',
  'categories',
  'org_id',
  'joined_on',
  'card_status',
  'e_membership',
] as const;

/**
 * Rows staged with an ID number (or member number) that an earlier row of the batch already has,
 * with that earlier row: the first row holding a value keeps it, every later one is a duplicate.
 */
export async function stagedDuplicates(db: Executor, batchId: number, column: 'id_hash' | 'member_no') {
  const col = sql.ref(column);
  const r = await sql<{ row_no: number; first: number; ok: boolean; member_no: string | null; id_masked: string | null }>`
    select row_no, first, ok, member_no, id_masked from (
      select row_no, ok, member_no, id_masked, min(row_no) over (partition by ${col}) as first
        from member_staging where batch_id = ${batchId} and ${col} is not null) d
     where row_no <> first order by row_no`.execute(db);
  return r.rows;
}

/** Staged rows (still ok) whose person is already an active member somewhere, with that union's name and path. */
export async function stagedAlreadyMembers(db: Executor, batchId: number) {
  const r = await sql<{ row_no: number; id_masked: string; org_name: string; org_path: string }>`
    select s.row_no, s.id_masked, o.name as org_name, o.path as org_path
      from member_staging s
      join persons p on p.id_hash = s.id_hash
      join memberships m on m.person_id = p.id and m.status = 'active'
      join orgs o on o.id = m.org_id
     where s.batch_id = ${batchId} and s.ok order by s.row_no`.execute(db);
  return r.rows;
}

/** Staged rows (still ok) whose member number is already used in the registry. */
export async function stagedTakenMemberNos(db: Executor, batchId: number) {
  const r = await sql<{ row_no: number; member_no: string }>`
    select s.row_no, s.member_no from member_staging s
     where s.batch_id = ${batchId} and s.ok and s.member_no is not null
       and exists (select 1 from memberships m where m.member_no = s.member_no) order by s.row_no`.execute(db);
  return r.rows;
}

/** Mark staged rows as rejected (the checks over the whole batch found a problem): the commit skips them. */
export async function rejectStaged(db: Executor, batchId: number, rowNos: readonly number[]) {
  for (let i = 0; i < rowNos.length; i += 10_000)
    await sql`update member_staging set ok = false where batch_id = ${batchId} and row_no = any(${rowNos.slice(i, i + 10_000)}::int[])`.execute(db);
}

/** The first and last row number of a batch's rows to import, and how many there are. */
export async function stagedRange(db: Executor, batchId: number) {
  const r = await sql<{ lo: number | null; hi: number | null; n: number }>`
    select min(row_no) as lo, max(row_no) as hi, count(*)::int as n from member_staging where batch_id = ${batchId} and ok`.execute(db);
  return r.rows[0]!;
}

/** Statistics of the staging table after a batch is staged: PGlite has no autovacuum, and a planner that thinks it empty scans it whole for every chunk of the commit. */
export async function analyzeStaging(db: Executor) {
  await sql`analyze member_staging`.execute(db);
}

export async function deleteStaged(db: Executor, batchId: number) {
  await sql`delete from member_staging where batch_id = ${batchId}`.execute(db);
}

/**
 * The staged rows of a batch with row numbers in [from, to), as new members in the caller's
 * transaction, in row order, each carrying the batch: a person per new ID number (an existing person
 * without an active membership rejoins as the same record), then their memberships. One
 * INSERT … SELECT per table, read straight from the staging table. The person and the region are
 * looked up row by row (one probe of a unique index each): PGlite has no autovacuum, so during a
 * long import the planner believes `persons` is as small as it was and a join hashed the whole table
 * for every chunk (quadratic: 2 s a chunk at 200,000 rows). Returns the memberships written.
 */
export async function insertStaged(trx: Executor, batchId: number, from: number, to: number): Promise<number> {
  await sql`
    insert into persons (name, id_hash, id_cipher, id_masked, birth_date, sex, phone_hash, phone_cipher, phone_masked, categories, import_batch_id)
    select s.name, s.id_hash, s.id_cipher, s.id_masked, s.birth_date, s.sex, s.phone_hash, s.phone_cipher, s.phone_masked, s.categories, s.batch_id
      from member_staging s
     where s.batch_id = ${batchId} and s.row_no >= ${from} and s.row_no < ${to} and s.ok
     order by s.row_no
    on conflict (id_hash) do nothing`.execute(trx);
  const ins = await sql`
    insert into memberships (person_id, org_id, region_id, member_no, joined_on, card_status, e_membership, import_batch_id)
    select (select p.id from persons p where p.id_hash = s.id_hash), s.org_id, (select region_of_path(o.path) from orgs o where o.id = s.org_id),
           coalesce(s.member_no, lpad(nextval('member_no_seq')::text, 10, '0')),
           s.joined_on, s.card_status, s.e_membership, s.batch_id
      from member_staging s
     where s.batch_id = ${batchId} and s.row_no >= ${from} and s.row_no < ${to} and s.ok
     order by s.row_no`.execute(trx);
  return Number(ins.numAffectedRows ?? 0);
}

/** Up to `limit` memberships a batch wrote. */
export async function membershipIdsOfBatch(db: Executor, batchId: number, limit: number) {
  return (await db.selectFrom('memberships').select('id').where('import_batch_id', '=', batchId).orderBy('id').limit(limit).execute()).map((r) => r.id);
}

/** Up to `limit` persons a batch created that have no membership (left). */
export async function orphanPersonIdsOfBatch(db: Executor, batchId: number, limit: number) {
  return (
    await db
      .selectFrom('persons')
      .select('id')
      .where('import_batch_id', '=', batchId)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('memberships').select('memberships.id').whereRef('memberships.person_id', '=', 'persons.id'))))
      .orderBy('id')
      .limit(limit)
      .execute()
  ).map((r) => r.id);
}

export async function deleteRows(db: Executor, table: 'memberships' | 'persons', ids: readonly number[]) {
  await db
    .deleteFrom(table)
    .where('id', 'in', [...ids])
    .execute();
}

/** The person with an active membership a phone (blind index) belongs to. */
export async function memberByPhone(db: Executor, phoneHash: string) {
  return db
    .selectFrom('persons')
    .innerJoin('memberships', (j) => j.onRef('memberships.person_id', '=', 'persons.id').on('memberships.status', '=', 'active'))
    .select(['persons.id', 'persons.name', 'persons.phone_masked'])
    .where('persons.phone_hash', '=', phoneHash)
    .executeTakeFirst();
}

// ---- the card's events (migration 0027; see cards.ts) ----

export function cardEventsOf(db: Executor, personId: number) {
  return db
    .selectFrom('card_events as e')
    .innerJoin('orgs as o', 'o.id', 'e.org_id')
    .leftJoin('accounts as a', 'a.id', 'e.actor_account_id')
    .select([
      'e.id',
      'e.membership_id',
      'e.event',
      'e.year',
      'e.on_date',
      'e.from_status',
      'e.to_status',
      'e.note',
      'e.created_at',
      'a.display_name as actor_name',
      'o.name as org_name',
    ])
    .where('e.person_id', '=', personId)
    .orderBy('e.id', 'desc')
    .limit(200)
    .execute();
}

export async function registeredYears(db: Executor, membershipId: number) {
  const rows = await db.selectFrom('card_events').select('year').where('membership_id', '=', membershipId).where('event', '=', 'register').execute();
  return rows.map((r) => r.year!);
}

export async function insertCardEvent(db: Executor, row: Insertable<DB['card_events']>) {
  await db.insertInto('card_events').values(row).execute();
}

export async function setCardState(db: Executor, membershipId: number, status: CardStatus, eMembership?: boolean) {
  await db
    .updateTable('memberships')
    .set({ card_status: status, ...(eMembership !== undefined ? { e_membership: eMembership } : {}), updated_at: new Date() })
    .where('id', '=', membershipId)
    .execute();
}

export function orgByPath(db: Executor, path: string) {
  return db.selectFrom('orgs').select(['id', 'name', 'path']).where('path', '=', path).executeTakeFirst();
}

/** The active unions directly under `orgId`, in tree order. */
export function childUnions(db: Executor, orgId: number) {
  return db.selectFrom('orgs').select(['id', 'name', 'path']).where('parent_id', '=', orgId).where('status', '=', 'active').orderBy('path').execute();
}

/** Active memberships by card status, per union of `paths` (each its subtree), from the maintained counts. */
export async function cardCountsPerUnion(db: Executor, paths: readonly string[]): Promise<Map<string, Partial<Record<CardStatus, number>>>> {
  const out = new Map<string, Partial<Record<CardStatus, number>>>();
  if (!paths.length) return out;
  const r = await sql<{ path: string; key: CardStatus; n: string }>`
    select u.path, mc.key, sum(mc.n) as n
    from unnest(${[...paths]}::text[]) as u(path)
    join orgs o on o.path like u.path || '%'
    join member_counts mc on mc.org_id = o.id and mc.dim = 'card'
    group by u.path, mc.key`.execute(db);
  for (const x of r.rows) {
    const m = out.get(x.path) ?? {};
    m[x.key] = Number(x.n);
    out.set(x.path, m);
  }
  return out;
}

/** Memberships under `subtreePath` whose region is not their org's (after an org moved across regions). */
export async function reRegionMemberships(db: Executor, subtreePath: string) {
  const r = await sql`
    update memberships m set region_id = region_of_path(o.path), updated_at = now()
      from orgs o
     where o.id = m.org_id and o.path like ${subtreePath + '%'} and m.region_id <> region_of_path(o.path)`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

// ---------------------------------------------------------------------------------------------
// The register's writes and small reads (the rules and their order are the service's)

const personBasicsQuery = (db: Executor, id: number) =>
  db.selectFrom('persons').select(['id', 'name', 'id_masked', 'phone_masked', 'categories']).where('id', '=', id);

/** A person's name, masked ID number and phone and categories, unscoped, or undefined. */
export const personBasics = (db: Executor, id: number) => personBasicsQuery(db, id).executeTakeFirst();
/** The same for a person who must exist (the caller has just found their membership). */
export const personBasicsOrThrow = (db: Executor, id: number) => personBasicsQuery(db, id).executeTakeFirstOrThrow();

/** The person with this ID number (its blind index), whole, or undefined. */
export function personByIdHash(db: Executor, idHash: string) {
  return db.selectFrom('persons').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
}

/** A person's active membership with its union's name and path, or undefined. */
export function activeMembershipOrg(db: Executor, personId: number) {
  return db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select(['orgs.name', 'orgs.path', 'memberships.person_id'])
    .where('memberships.person_id', '=', personId)
    .where('memberships.status', '=', 'active')
    .executeTakeFirst();
}

/** The membership holding a member number, if any. */
export function membershipByNo(db: Executor, memberNo: string) {
  return db.selectFrom('memberships').select('id').where('member_no', '=', memberNo).executeTakeFirst();
}

export function insertPerson(trx: Executor, values: Insertable<DB['persons']>) {
  return trx.insertInto('persons').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updatePerson(trx: Executor, id: number, set: Updateable<DB['persons']>) {
  await trx.updateTable('persons').set(set).where('id', '=', id).execute();
}

/** A new membership; its id. */
export async function insertMembership(trx: Executor, values: Insertable<DB['memberships']>) {
  return (await trx.insertInto('memberships').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateMembership(trx: Executor, id: number, set: Updateable<DB['memberships']>) {
  await trx.updateTable('memberships').set(set).where('id', '=', id).execute();
}
