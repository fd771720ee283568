// The member export at scale (issue 14 §2: "exports of a district (hundreds of thousands of rows)
// streamed, memory flat"), over real HTTP on PostgreSQL, next to its ceiling in the same run: a raw
// `COPY (the same rows) TO STDOUT` of the database. For the federation and for a district, as .csv
// and .xlsx: rows, bytes, seconds, rows/s, and the server process's peak heap and RSS above what it
// held before the request (sampled every 20 ms, garbage included) and the heap it still holds after a
// forced collection every MiB received (retained) — flat memory means the retained figure does not grow
// with the rows. The GCs slow the export a little; read the seconds from a run without --expose-gc. A benchmark, not a test:
//   node --import tsx packages/server/bench/export.bench.ts [--members 20000] [--database URL]
// Without --database it uses (and creates) `shishi_bench_pages_<members>` on 127.0.0.1:5432, the
// database of pages.bench.ts, loading the demo into it once.
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { createServices } from '../src/bootstrap.ts';
import { loadConfig } from '../src/platform/config.ts';
import { loadDemoIfEmpty, DEMO_PASSWORD } from '../src/demo/load-demo.ts';

const { values } = parseArgs({ options: { members: { type: 'string', default: '20000' }, database: { type: 'string' } } });
const members = Number(values.members);
const admin = 'postgres://postgres@127.0.0.1:5432/postgres';
let url = values.database;
if (!url) {
  const name = `shishi_bench_pages_${members}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  if (!(await c.query('select 1 from pg_database where datname = $1', [name])).rowCount) await c.query(`create database ${name}`);
  await c.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  url = u.toString();
}
const config = loadConfig({ ...process.env, DATABASE_URL: url }, { logLevel: 'warn', demo: 'off' });
const s = await createServices({ ...config, rateLimits: { login: 1e6, loginPerIp: 1e6, otp: 1e6, otpVerify: 1e6 } });
const app = await buildApp(s, { serveWeb: false });
const MB = (n: number) => (n / 1048576).toFixed(0);
try {
  const t0 = Date.now();
  if ((await loadDemoIfEmpty(s, { members })).loaded) console.log(`loaded the demo with ${members} members in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/v1`;
  const cookieOf = async (username: string) => {
    const r = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
    return r.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  };
  const db = s.database.db;
  const pathOf = async (username: string) =>
    (
      await db
        .selectFrom('accounts')
        .innerJoin('orgs', 'orgs.id', 'accounts.org_id')
        .select('orgs.path')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).path;

  /** The ceiling: the database writing the same rows (the export's columns, active memberships in scope) as CSV. */
  async function rawCopy(path: string) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const t = performance.now();
    const r =
      await c.query(`copy (select m.member_no, p.name, p.id_masked, p.phone_masked, p.sex, p.birth_date, o.name, m.joined_on, m.card_status, m.e_membership, p.categories
      from memberships m join persons p on p.id = m.person_id join orgs o on o.id = m.org_id where m.status = 'active' and o.path like '${path.replace(/'/g, "''")}%' order by m.id desc) to '/dev/null' with (format csv)`);
    const secs = (performance.now() - t) / 1000;
    await c.end();
    return { rows: r.rowCount ?? 0, secs };
  }

  async function exportOnce(cookie: string, format: 'csv' | 'xlsx') {
    global.gc?.();
    const before = process.memoryUsage();
    let peakHeap = 0,
      peakRss = 0;
    const timer = setInterval(() => {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed - before.heapUsed);
      peakRss = Math.max(peakRss, m.rss - before.rss);
    }, 20);
    const t = performance.now();
    const r = await fetch(`${base}/members/export?format=${format}`, { headers: { cookie } });
    let bytes = 0,
      lines = 0,
      nextGc = 1 << 20,
      retained = 0;
    const reader = r.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      // Retained memory: every MiB received, collect garbage and read what the heap still holds.
      if (global.gc && bytes >= nextGc) {
        nextGc += 1 << 20;
        global.gc();
        retained = Math.max(retained, process.memoryUsage().heapUsed - before.heapUsed);
      }
      if (format === 'csv') for (const b of value) if (b === 10) lines++;
    }
    const secs = (performance.now() - t) / 1000;
    clearInterval(timer);
    return { status: r.status, bytes, rows: format === 'csv' ? lines - 1 : null, secs, peakHeap, peakRss, retained };
  }

  console.log(
    `members ${members}; machine ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    '| who | format | rows | MB | s | rows/s | raw COPY s (ceiling) | export ÷ COPY | peak heap Δ MB | retained heap Δ MB (GC each MiB) | peak RSS Δ MB |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const who of ['admin', 'pudong']) {
    const cookie = await cookieOf(who);
    const raw = await rawCopy(await pathOf(who));
    for (const format of ['csv', 'xlsx'] as const) {
      const x = await exportOnce(cookie, format);
      const rows = x.rows ?? raw.rows;
      console.log(
        `| ${who} | ${format} | ${rows} | ${MB(x.bytes)} | ${x.secs.toFixed(1)} | ${Math.round(rows / x.secs)} | ${raw.secs.toFixed(2)} | ${(x.secs / raw.secs).toFixed(1)}× | ${MB(x.peakHeap)} | ${MB(x.retained)} | ${MB(x.peakRss)} |`,
      );
      if (x.status !== 200) console.log(`  status ${x.status}`);
    }
  }
} finally {
  await app.close();
  await s.jobs.stop();
  await s.database.close();
}
