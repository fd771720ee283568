// A first-come pool under load over real HTTP: N claims (default 10,000) on a pool of C places (default 6,000), all
// officers' claims for distinct members, K requests in flight, next to N plain authenticated point reads
// (GET /api/v1/auth/me) on the same server, the ceiling (measured before and after the claims). A benchmark, not a test:
//   node --import tsx packages/server/bench/pools.bench.ts --engine pglite|postgres
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { createServices } from '../src/bootstrap.ts';
import { loadConfig } from '../src/platform/config.ts';
import { loadDemoIfEmpty, DEMO_PASSWORD } from '../src/demo/load-demo.ts';
import { openTestDatabase } from '../test/harness.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'pglite' },
    claims: { type: 'string', default: '10000' },
    places: { type: 'string', default: '6000' },
    inflight: { type: 'string', default: '256' },
  },
});
const engine = values.engine as 'pglite' | 'postgres';
const N = Number(values.claims),
  C = Number(values.places),
  K = Number(values.inflight);
const { database, drop } = await openTestDatabase(engine);
const config = loadConfig({}, { secret: 'bench-secret-bench-secret-bench-secret-00', logLevel: 'warn', demo: 'off', dataDir: os.tmpdir() });
const s = await createServices({ ...config, rateLimits: { login: 1e6, loginPerIp: 1e6, otp: 1e6, otpVerify: 1e6 } }, { database });
const app = await buildApp(s, { serveWeb: false });
try {
  await loadDemoIfEmpty(s, { members: 0 });
  const db = s.database.db;
  const unions = (await db.selectFrom('orgs').select('id').where('kind', '=', 'grassroots').execute()).map((o) => o.id);
  await sql`insert into persons (name, id_hash, id_cipher, id_masked, birth_date, sex)
    select 'bench' || g, 'bench-' || g, 'x', '310***********0000', date '1990-01-01', 'male' from generate_series(1, ${N}) g`.execute(db);
  await sql`insert into memberships (person_id, org_id, region_id, member_no, joined_on)
    select m.person_id, m.org_id, region_of_path(o.path), m.member_no, m.joined_on from (
      select p.id as person_id, (${sql.raw(`array[${unions.join(',')}]::bigint[]`)})[1 + (p.id % ${unions.length})] as org_id, lpad((9000000000 + p.id)::text, 10, '0') as member_no, date '2020-01-01' as joined_on
      from persons p where p.id_hash like 'bench-%') m join orgs o on o.id = m.org_id`.execute(db);
  const people = (await sql<{ id: number }>`select id from persons where id_hash like 'bench-%' order by id`.execute(db)).rows.map((r) => Number(r.id));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/v1`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = (await (await fetch(`${base}/auth/me`, { headers: { cookie } })).json()) as { orgId: number };
  const pool = (await (
    await fetch(`${base}/pools`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'bench',
        capacity: C,
        orgId: me.orgId,
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 3600_000).toISOString(),
      }),
    })
  ).json()) as { id: number };

  async function run(make: (i: number) => Promise<Response>) {
    const lat: number[] = [];
    const codes = new Map<string, number>();
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: K }, async () => {
        for (let i = next++; i < N; i = next++) {
          const a = performance.now();
          const r = await make(i);
          const body = (await r.json()) as { code?: string };
          lat.push(performance.now() - a);
          const k = r.status < 300 ? String(r.status) : `${r.status} ${body.code}`;
          codes.set(k, (codes.get(k) ?? 0) + 1);
        }
      }),
    );
    const secs = (performance.now() - t0) / 1000;
    lat.sort((x, y) => x - y);
    return { rate: N / secs, p99: lat[Math.floor(lat.length * 0.99)]!, codes, secs };
  }
  // Warm-up (JIT, connections) on reads only.
  await run(() => fetch(`${base}/auth/me`, { headers: { cookie } }));
  const reads = await run(() => fetch(`${base}/auth/me`, { headers: { cookie } }));
  const claims = await run((i) =>
    fetch(`${base}/pools/${pool.id}/claims`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ memberId: people[i] }),
    }),
  );
  // The ceiling again after the claims: the machine is shared, so the claims are compared with the mean of the reads
  // measured just before and just after them.
  const readsAfter = await run(() => fetch(`${base}/auth/me`, { headers: { cookie } }));
  const ceiling = (reads.rate + readsAfter.rate) / 2;
  const final = (await (await fetch(`${base}/pools/${pool.id}`, { headers: { cookie } })).json()) as { taken: number; remaining: number };
  const granted = claims.codes.get('201') ?? 0;
  const refused = claims.codes.get('409 pool-full') ?? 0;
  console.log(
    `pools (${engine}, ${os.cpus().length} cores, ${K} in flight): ${N} claims on ${C} places: granted ${granted}, refused ${refused} pool-full, other ${JSON.stringify(Object.fromEntries([...claims.codes].filter(([k]) => k !== '201' && k !== '409 pool-full')))}; pool taken ${final.taken}, remaining ${final.remaining}`,
  );
  console.log(
    `  claims ${claims.rate.toFixed(0)}/s, p99 ${claims.p99.toFixed(1)} ms; ceiling GET /auth/me ${ceiling.toFixed(0)}/s (before ${reads.rate.toFixed(0)}/s, p99 ${reads.p99.toFixed(1)} ms; after ${readsAfter.rate.toFixed(0)}/s, p99 ${readsAfter.p99.toFixed(1)} ms); claims at ${((claims.rate / ceiling) * 100).toFixed(0)}% of the ceiling`,
  );
  if (granted !== C || final.taken !== C) {
    console.error('OVERSOLD OR LOST A PLACE');
    process.exitCode = 1;
  }
} finally {
  await app.close();
  await s.jobs.stop();
  await database.close();
  await drop();
}
