// Issue 14 §5 "Beyond one machine" (docs/scale.md), on plain PostgreSQL: the schema is ready to be
// distributed by region. In a scratch schema the distributed tables are copied hash-partitioned by
// `region_id` (8 partitions, keys including the column, as the Citus shards would be), loaded from the
// demo data; then the hot requests of a district officer and of a grassroots officer run through HTTP
// with their SQL captured (a Kysely plugin on the services' database), and each captured statement is
// explained against the partitioned copies: every distributed table it reads must prune to exactly
// one partition (one shard). A hot query that does not name the column reads all 8 and fails here.
// The one exception is a read keyed by a person (their current membership, their whole history for
// entitlements): it probes `memberships (person_id)` on every partition, by index; docs/scale.md says
// how those become single-shard at the move. PGlite: skipped (no second engine to distribute onto).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CompiledQuery, sql, type KyselyPlugin, type Kysely, type RootOperationNode, type QueryId } from 'kysely';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { demoMember } from '../../src/demo/load-demo.ts';
import type { DB } from '../../src/db/schema.ts';

const PARTITIONS = 8;
/** The tables distributed by region (docs/scale.md, co-location group "region") and their scratch keys. */
const distributed: Record<string, string | null> = {
  memberships: 'region_id, id',
  member_counts: null,
  applications: 'region_id, id',
  payout_entries: 'region_id, id',
  protection_covers: 'region_id, id',
};
const SCHEMA = 'dist_scratch';

let t: TestApp;
let original: Kysely<DB>;
const cookies: Record<string, string> = {};
let captured: { node: RootOperationNode; queryId: QueryId }[] = [];
const capture: KyselyPlugin = {
  transformQuery(args) {
    captured.push({ node: args.node, queryId: args.queryId });
    return args.node;
  },
  async transformResult(args) {
    return args.result;
  },
};

interface Scan {
  relation: string;
  alias: string;
  indexCond: string;
  filter: string;
}
function scansOf(plan: any, out: Scan[] = []): Scan[] {
  if (plan['Relation Name'])
    out.push({
      relation: plan['Relation Name'],
      alias: plan['Alias'] ?? '',
      indexCond: plan['Index Cond'] ?? plan['Recheck Cond'] ?? '',
      filter: plan['Filter'] ?? '',
    });
  for (const p of plan.Plans ?? []) scansOf(p, out);
  return out;
}

/** Per distributed table a statement reads: the partitions its plan scans, and whether every one of those scans is keyed by person_id. */
function partitionsRead(plan: any) {
  // Per table and alias: one statement may read a table twice (the list's page, and a person's current membership).
  const byTable = new Map<string, { table: string; partitions: Set<string>; personKeyed: boolean }>();
  for (const s of scansOf(plan)) {
    const m = /^(.*)_p(\d+)$/.exec(s.relation);
    const table = m && m[1]! in distributed ? m[1]! : s.relation in distributed ? s.relation : null;
    if (!table) continue;
    // A partition's scan is aliased <alias>_<n> (memberships_3, m_3): strip the suffix to find the table's alias.
    const alias = s.alias.replace(/_\d+$/, '');
    const key = alias && alias !== table ? `${table} as ${alias}` : table;
    const e = byTable.get(key) ?? { table, partitions: new Set(), personKeyed: true };
    e.partitions.add(s.relation);
    if (!/\bperson_id = /.test(`${s.indexCond} ${s.filter}`)) e.personKeyed = false;
    byTable.set(key, e);
  }
  return byTable;
}

/** EXPLAIN a statement against the partitioned copies (search_path: the scratch schema first). */
async function explain(sqlText: string, parameters: readonly unknown[]) {
  return original.connection().execute(async (c) => {
    await sql.raw(`set search_path = ${SCHEMA}, public`).execute(c);
    try {
      const r = await c.executeQuery<{ 'QUERY PLAN': any }>(CompiledQuery.raw(`explain (format json) ${sqlText}`, [...parameters]));
      const json = r.rows[0]!['QUERY PLAN'];
      return (typeof json === 'string' ? JSON.parse(json) : json)[0].Plan;
    } finally {
      await sql.raw('set search_path = public').execute(c);
    }
  });
}

interface Violation {
  request: string;
  table: string;
  partitions: number;
  sql: string;
}
const personKeyedSeen = new Set<string>();
const prunedReads = new Map<string, number>();

/** Run one request as `user`, explain every statement it issued that reads a distributed table; return what failed to prune. */
async function check(user: string, label: string, url: string): Promise<{ statements: number; violations: Violation[] }> {
  captured = [];
  const res = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: cookies[user]! } });
  assert.equal(res.statusCode, 200, `${label}: ${res.body}`);
  const issued = captured.map((c) => original.getExecutor().compileQuery(c.node, c.queryId));
  captured = [];
  const violations: Violation[] = [];
  let statements = 0;
  for (const q of issued) {
    if (!/^\s*(select|with)\b/i.test(q.sql)) continue;
    if (!Object.keys(distributed).some((tb) => new RegExp(`"${tb}"|\\b${tb}\\b`).test(q.sql))) continue;
    statements++;
    const plan = await explain(q.sql, q.parameters);
    for (const [table, e] of partitionsRead(plan)) {
      if (e.partitions.size === 1) {
        prunedReads.set(e.table, (prunedReads.get(e.table) ?? 0) + 1);
        continue;
      }
      if (e.personKeyed) {
        personKeyedSeen.add(`${label}: ${table} by person_id`);
        continue;
      }
      violations.push({ request: `${user} ${label}`, table, partitions: e.partitions.size, sql: q.sql });
    }
  }
  return { statements, violations };
}

describe(`distribution by region on ${engine}`, {
  skip: engine !== 'postgres' && 'the partitioned copies need PostgreSQL (SHISHI_TEST_DB=postgres); PGlite has nothing to distribute onto',
}, () => {
  before(async () => {
    t = await startTestApp({ members: 400 });
    for (const u of ['pudong', 'grassroots', 'admin']) cookies[u] = await t.login(u);
    original = t.s.database.db;
    const db = original;
    await sql.raw(`drop schema if exists ${SCHEMA} cascade; create schema ${SCHEMA}`).execute(db);
    for (const [table, key] of Object.entries(distributed)) {
      await sql.raw(`create table ${SCHEMA}.${table} (like public.${table} including defaults) partition by hash (region_id)`).execute(db);
      for (let i = 0; i < PARTITIONS; i++)
        await sql
          .raw(`create table ${SCHEMA}.${table}_p${i} partition of ${SCHEMA}.${table} for values with (modulus ${PARTITIONS}, remainder ${i})`)
          .execute(db);
      if (key) await sql.raw(`alter table ${SCHEMA}.${table} add primary key (${key})`).execute(db);
      // The table's own indexes; a unique one that does not hold the distribution column cannot be
      // enforced per shard (docs/scale.md says where each goes), so here it is a plain index.
      const idx = await sql<{
        indexdef: string;
        indexname: string;
      }>`select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = ${table}`.execute(db);
      for (const x of idx.rows) {
        if (x.indexname.endsWith('_pkey')) continue;
        const def = x.indexdef
          .replace(/^CREATE UNIQUE INDEX/, 'CREATE INDEX')
          .replace(` ON public.${table} `, ` ON ${SCHEMA}.${table} `)
          .replace(`INDEX ${x.indexname} `, `INDEX ${x.indexname}_d `);
        await sql.raw(def).execute(db);
      }
      await sql.raw(`insert into ${SCHEMA}.${table} select * from public.${table}`).execute(db);
      await sql.raw(`analyze ${SCHEMA}.${table}`).execute(db);
    }
    (t.s.database as { db: Kysely<DB> }).db = original.withPlugin(capture);
  });
  after(async () => {
    if (!t) return;
    t.s.database.db = original;
    await sql.raw(`drop schema if exists ${SCHEMA} cascade`).execute(original);
    await t.close();
  });

  it('keeps region_id equal to the region of the row’s org on every distributed table', async () => {
    const db = original;
    const wrong = await sql<{ t: string; n: number }>`
      select 'memberships' as t, count(*)::int as n from memberships m join orgs o on o.id = m.org_id where m.region_id <> region_of_path(o.path)
      union all select 'member_counts', count(*)::int from member_counts c join orgs o on o.id = c.org_id where c.region_id <> region_of_path(o.path) and c.n <> 0
      union all select 'applications', count(*)::int from applications where region_id <> region_of_path(org_path)
      union all select 'payout_entries', count(*)::int from payout_entries where region_id <> region_of_path(org_path)`.execute(db);
    for (const r of wrong.rows) assert.equal(r.n, 0, `${r.t}: rows whose region_id is not their org's region`);
    const regions = await sql<{ n: number }>`select count(distinct region_id)::int as n from memberships`.execute(db);
    assert.ok(regions.rows[0]!.n >= 2, 'the demo spreads members over several regions');
  });

  it('catches a query that does not name the distribution column (the check itself)', async () => {
    const path = (await original.selectFrom('orgs').select('path').where('short_name', '=', '浦东新区').executeTakeFirstOrThrow()).path;
    const plan = await explain(
      `select m.id from memberships m join orgs o on o.id = m.org_id where o.path like $1 and m.status = 'active' order by m.id desc limit 20`,
      [`${path}%`],
    );
    assert.equal(partitionsRead(plan).get('memberships as m')?.partitions.size, PARTITIONS, 'scope by path alone reads every partition');
    const pruned = await explain(
      `select m.id from memberships m join orgs o on o.id = m.org_id where m.region_id = $2 and o.path like $1 and m.status = 'active' order by m.id desc limit 20`,
      [`${path}%`, Number(path.split('.')[1])],
    );
    assert.equal(partitionsRead(pruned).get('memberships as m')?.partitions.size, 1);
  });

  it('prunes every hot query of a district and of a grassroots officer to one partition', async () => {
    const db = original;
    const member = await db
      .selectFrom('persons')
      .innerJoin('memberships', 'memberships.person_id', 'persons.id')
      .select(['persons.id', 'memberships.member_no', 'memberships.org_id'])
      .where('persons.name', '=', demoMember.name)
      .where('memberships.status', '=', 'active')
      .executeTakeFirstOrThrow();
    const street = (await db.selectFrom('orgs').select('parent_id').where('id', '=', member.org_id).executeTakeFirstOrThrow()).parent_id!;
    const year = (await db.selectFrom('protection_covers').select('year').orderBy('year', 'desc').executeTakeFirst())?.year ?? 2025;
    const batch = await db
      .selectFrom('payout_batch_items as i')
      .innerJoin('payout_entries as e', 'e.id', 'i.entry_id')
      .innerJoin('orgs as o', 'o.id', 'e.region_id')
      .select('i.batch_id')
      .where('o.short_name', '=', '浦东')
      .executeTakeFirst();
    const requests: [string, string][] = [
      ['member list, first page', '/members'],
      ['member list, page 2', '/members?page=2&pageSize=10'],
      ['search by name', `/members?q=${encodeURIComponent(demoMember.name)}`],
      ['search by surname', `/members?q=${encodeURIComponent(demoMember.name.slice(0, 1))}`],
      ['search by ID number', `/members?q=${demoMember.idNumber}`],
      ['search by mobile', `/members?q=${demoMember.mobile}`],
      ['search by member number', `/members?q=${member.member_no}`],
      ['filter: category', '/members?category=model-worker'],
      ['filter: card none + female', '/members?cardStatus=none&sex=female'],
      ['filter: transferred', '/members?status=transferred'],
      ['filter: one street', `/members?orgId=${street}`],
      ['home charts', '/members/stats'],
      ['a member', `/members/${member.id}`],
      ['a member’s history', `/members/${member.id}/history`],
      ['a member’s entitlements', `/members/${member.id}/entitlements`],
      ['applications', '/applications'],
      ['review queue', '/applications/queue'],
      ['cover register', `/protection/enrollments?year=${year}`],
      ...(batch ? [['a payout batch', `/payouts/batches/${batch.batch_id}`] as [string, string]] : []),
    ];
    const violations: Violation[] = [];
    let statements = 0;
    for (const user of ['pudong', 'grassroots']) {
      for (const [label, url] of requests) {
        if (user === 'grassroots' && url.startsWith('/payouts')) continue;
        const r = await check(user, label, url);
        statements += r.statements;
        violations.push(...r.violations);
      }
    }
    assert.ok(statements >= requests.length, `explained ${statements} statements`);
    assert.deepEqual(
      violations.map((v) => `${v.request}: ${v.table} read ${v.partitions} partitions\n  ${v.sql}`),
      [],
      'every hot query of a caller inside one region names region_id',
    );
    // The person-keyed reads (docs/scale.md "Keyed by a person"): exactly these, probing by person_id.
    for (const p of personKeyedSeen) assert.match(p, /: memberships( as cm)? by person_id$/, p);
    console.log(
      `${statements} statements explained; person-keyed reads (fan out by index, see docs/scale.md):\n# ${[...personKeyedSeen].join('\n  ')}\n  single-partition reads per table: ${JSON.stringify(Object.fromEntries(prunedReads))}`,
    );
    for (const table of ['memberships', 'member_counts', 'applications', 'protection_covers'])
      assert.ok(prunedReads.get(table), `some hot query reads ${table}`);
  });

  it('moves a street’s memberships, and their counts, to the region it is moved into', async () => {
    const db = original;
    const street = await db
      .selectFrom('orgs')
      .select(['id', 'path'])
      .where('kind', '=', 'street')
      .where('path', 'like', `${(await db.selectFrom('orgs').select('path').where('short_name', '=', '浦东新区').executeTakeFirstOrThrow()).path}%`)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('memberships as m')
            .innerJoin('orgs as u', 'u.id', 'm.org_id')
            .select('m.id')
            .whereRef('u.path', 'like', sql`orgs.path || '%'`)
            .where('m.status', '=', 'active'),
        ),
      )
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const jiading = await db.selectFrom('orgs').select(['id', 'path']).where('short_name', '=', '嘉定区').executeTakeFirstOrThrow();
    const before = Number(
      (await sql<{ n: number }>`select count(*)::int as n from memberships m join orgs o on o.id = m.org_id where o.path like ${street.path + '%'}`.execute(db))
        .rows[0]!.n,
    );
    assert.ok(before > 0);
    const statsBefore = (await t.app.inject({ method: 'GET', url: '/api/v1/members/stats', headers: { cookie: cookies.admin! } })).json().total;
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${street.id}/move`,
      payload: { parentId: jiading.id },
      headers: { cookie: cookies.admin! },
    });
    assert.equal(moved.statusCode, 200, moved.body);
    const region = Number(jiading.path.split('.')[1]);
    const r = await sql<{ n: number; wrong: number }>`
      select count(*)::int as n, count(*) filter (where m.region_id <> ${region})::int as wrong
        from memberships m join orgs o on o.id = m.org_id where o.path like ${`${jiading.path}${street.id}.%`}`.execute(db);
    assert.deepEqual(r.rows[0], { n: before, wrong: 0 });
    const counted = await sql<{
      n: number;
    }>`select coalesce(sum(c.n), 0)::int as n from member_counts c join orgs o on o.id = c.org_id where c.dim = 'sex' and c.region_id = ${region} and o.path like ${`${jiading.path}${street.id}.%`}`.execute(
      db,
    );
    const truth = await sql<{
      n: number;
    }>`select count(*)::int as n from memberships m join orgs o on o.id = m.org_id where m.status = 'active' and o.path like ${`${jiading.path}${street.id}.%`}`.execute(
      db,
    );
    assert.equal(counted.rows[0]!.n, truth.rows[0]!.n, 'the moved street’s counts are found under its new region');
    const statsAfter = (await t.app.inject({ method: 'GET', url: '/api/v1/members/stats', headers: { cookie: cookies.admin! } })).json().total;
    assert.equal(statsAfter, statsBefore, 'the federation’s total is unchanged');
  });
});
