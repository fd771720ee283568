// Collective enrollment of N members on PostgreSQL through the real path (one batch job: the engine's amounts per
// list, written by INSERT … SELECT per union, chunked), next to a SQL baseline: one INSERT … SELECT computing the
// same amounts in SQL (CASE over plan and unit category). A benchmark, not a test:
//   node --import tsx packages/server/bench/enrollment.bench.ts --rows 200000
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createServices } from '../src/bootstrap.ts';
import { loadConfig } from '../src/platform/config.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { loadDemoIfEmpty } from '../src/demo/load-demo.ts';
import * as protection from '../src/modules/protection/service.ts';
import type { Actor } from '../src/platform/access.ts';
import { openTestDatabase } from '../test/harness.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: process.env.BENCH_ENROLL_ROWS ?? '3500000' } } });
const rows = Number(values.rows);
const { database, drop } = await openTestDatabase('postgres');
const config = loadConfig({}, { secret: 'bench-secret-bench-secret-bench-secret-00', logLevel: 'warn', demo: 'off', dataDir: os.tmpdir() });
const s = await createServices(config, { database });
try {
  await loadDemoIfEmpty(s, { members: 0 });
  const db = s.database.db;
  await sql`delete from protection_claims; delete from protection_covers; delete from protection_lists; delete from protection_remittances; delete from protection_batches`.execute(
    db,
  );
  const district = await db.selectFrom('orgs').select(['id', 'path']).where('kind', '=', 'district').where('name', 'like', '浦东%').executeTakeFirstOrThrow();
  const unions = (await db.selectFrom('orgs').select('id').where('path', 'like', `${district.path}%`).where('kind', '=', 'grassroots').execute()).map(
    (o) => o.id,
  );
  // N synthetic members, spread over Pudong's grassroots unions (bench data: placeholder hashes, not real ID numbers).
  await sql`insert into persons (name, id_hash, id_cipher, id_masked, birth_date, sex)
    select 'bench' || g, 'bench-' || g, 'x', '310***********0000', date '1990-01-01', 'male' from generate_series(1, ${rows}) g`.execute(db);
  await sql`insert into memberships (person_id, org_id, region_id, member_no, joined_on)
    select m.person_id, m.org_id, region_of_path(o.path), m.member_no, m.joined_on from (
      select p.id as person_id, (${sql.raw(`array[${unions.join(',')}]::bigint[]`)})[1 + (p.id % ${unions.length})] as org_id, lpad((9000000000 + p.id)::text, 10, '0') as member_no, date '2020-01-01' as joined_on
      from persons p where p.id_hash like 'bench-%') m join orgs o on o.id = m.org_id`.execute(db);
  await sql`analyze persons; analyze memberships`.execute(db);
  const admin = await db
    .selectFrom('accounts')
    .innerJoin('orgs', 'orgs.id', 'accounts.org_id')
    .select(['accounts.id', 'orgs.id as org_id', 'orgs.path'])
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const actor: Actor = {
    accountId: admin.id,
    username: 'admin',
    displayName: 'bench',
    role: 'federation-admin',
    orgId: admin.org_id,
    orgName: null,
    orgPath: admin.path,
    personId: null,
    sessionId: 'bench',
  };
  const ctx = { actor, ip: null, requestId: 'bench', lang: 'zh' as const };
  s.clock = fixedClock('2024-11-15');
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const started = await protection.startCollective(s, ctx, { year: 2025, orgId: district.id, plan: 'B' });
  await s.jobs.drain();
  const x = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const b = await protection.getBatch(s, ctx, started.batchId);
  if (b.status !== 'done' || b.members < rows) throw new Error(`batch ${b.status}: ${b.members} of ${rows}`);
  await sql`delete from protection_claims; delete from protection_covers; delete from protection_lists; delete from protection_batches`.execute(db);
  // Baseline: one statement, amounts computed in SQL (003 附件2-1 一(三): B 90 / ordinary 40, special 22.5).
  const t1 = performance.now();
  await sql`insert into protection_covers (year, membership_id, person_id, org_id, region_id, list_id, plan, mode, unit_category, term,
      coverage_start, coverage_end, premium_fen, subsidy_fen, remainder_fen, payer, status, policy)
    select 2025, m.id, m.person_id, m.org_id, split_part(o.path, '.', 2)::bigint, null, 'B', 'collective', o.unit_category, 'full-year',
      date '2025-01-01', date '2025-12-31', 9000, case when o.unit_category = 'special' then 2250 else 4000 end,
      9000 - case when o.unit_category = 'special' then 2250 else 4000 end, 'union', 'listed', '2025'
    from memberships m join orgs o on o.id = m.org_id
    where o.path like ${`${district.path}%`} and o.kind = 'grassroots' and m.status = 'active'
      and not exists (select 1 from protection_covers c where c.person_id = m.person_id and c.year = 2025 and c.status in ('listed','confirmed','pending-payment'))`.execute(
    db,
  );
  const y = (performance.now() - t1) / 1000;
  console.log(
    `enrollment: ${rows} members in ${x.toFixed(1)} s; SQL baseline ${y.toFixed(1)} s; ratio ${(x / y).toFixed(2)} (peak RSS +${Math.round((peak - rss0) / 1048576)} MiB, ${unions.length} unions)`,
  );
} finally {
  await s.jobs.stop();
  await database.close();
  await drop();
}
