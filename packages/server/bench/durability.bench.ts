// What durable commits cost on the embedded database: SHISHI_DURABILITY=relaxed (PGlite's defaults, fsync off)
// next to full (the default: the WAL fsynced before every commit is acknowledged), and a PostgreSQL server for
// reference. Two figures: small audited writes (one row and its audit entry per transaction, what most requests
// do) and a member import through the real path. A benchmark, not a test:
//   node --import tsx packages/server/bench/durability.bench.ts --writes 2000 --rows 100000
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createServices } from '../src/bootstrap.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { loadConfig } from '../src/platform/config.ts';
import { writeAudit } from '../src/platform/audit.ts';
import { loadDemoIfEmpty } from '../src/demo/load-demo.ts';
import { syntheticPeople } from '../src/demo/synthetic-people.ts';
import type { Actor } from '../src/platform/access.ts';
import * as imp from '../src/modules/imports/members-import.ts';
import { openTestDatabase } from '../test/harness.ts';

const { values } = parseArgs({
  options: {
    writes: { type: 'string', default: '2000' },
    rows: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
    postgres: { type: 'string', default: 'auto' },
  },
});
const writes = Number(values.writes);
const rows = Number(values.rows);
const rounds = Number(values.rounds);

type Mode = { name: string; open: () => Promise<{ database: Database; drop: () => Promise<void> }> };
const pglite = (durability: 'full' | 'relaxed'): Mode => ({
  name: `PGlite ${durability}`,
  async open() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shishi-bench-durability-'));
    const database = await openDatabase({ dataDir: dir, durability });
    return { database, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  },
});
const modes: Mode[] = [pglite('relaxed'), pglite('full')];
if (values.postgres !== 'off') modes.push({ name: 'PostgreSQL server', open: () => openTestDatabase('postgres') });

async function measure(mode: Mode) {
  const { database, drop } = await mode.open();
  try {
    const config = loadConfig({}, { secret: 'bench-secret-bench-secret-bench-secret-00', logLevel: 'warn', demo: 'off', dataDir: os.tmpdir() });
    const s = await createServices(config, { database });
    await loadDemoIfEmpty(s, { members: 0 });
    const root = await s.database.db.selectFrom('orgs').select(['id', 'path', 'name']).where('parent_id', 'is', null).executeTakeFirstOrThrow();
    const actor: Actor = {
      accountId: 1,
      username: 'bench',
      displayName: 'bench',
      role: 'federation-admin',
      orgId: root.id,
      orgName: root.name,
      orgPath: root.path,
      personId: null,
      sessionId: 'bench',
    };
    const ctx = { actor, ip: null, requestId: 'bench', lang: 'zh' as const };

    // 1. Small writes, each its own committed transaction.
    await sql`create table bench_writes (n int primary key, note text)`.execute(s.database.db);
    let t = performance.now();
    for (let n = 1; n <= writes; n++)
      await s.database.db.transaction().execute(async (trx) => {
        await sql`insert into bench_writes values (${n}, 'a small change')`.execute(trx);
        await writeAudit(trx, ctx, { action: 'bench.write', entity: 'bench', entityId: n, summary: 'a small change' });
      });
    const writeMs = performance.now() - t;

    // 2. A member import: validate and stage, then one-transaction commit.
    const unions = (await s.database.db.selectFrom('orgs').select('id').where('kind', '=', 'grassroots').execute()).map((o) => o.id);
    const lines = ['姓名,身份证号,手机号,所属基层工会,入会日期'];
    let i = 0;
    for (const p of syntheticPeople({ seed: 11, count: rows, referenceDate: '2025-01-01' }))
      lines.push(`${p.name},${p.idNumber},${p.mobile},${unions[i++ % unions.length]},${p.joinedOn}`);
    t = performance.now();
    const batch = await imp.validateMemberFile(s, ctx, Buffer.from(lines.join('\n')), 'bench.csv', null);
    await imp.startCommit(s, ctx, batch.id);
    await s.jobs.drain();
    const importMs = performance.now() - t;
    const done = await imp.getBatch(s, ctx, batch.id);
    if (done.importedCount !== rows) throw new Error(`imported ${done.importedCount} of ${rows}`);
    return { writesPerSec: writes / (writeMs / 1000), msPerWrite: writeMs / writes, importRowsPerSec: rows / (importMs / 1000), importS: importMs / 1000 };
  } finally {
    await database.close();
    await drop();
  }
}

console.log(
  `durability: ${writes.toLocaleString()} single-row audited writes (one transaction each), then a ${rows.toLocaleString()}-member import; ${rounds} rounds, modes interleaved, medians`,
);
// Interleaved rounds and medians: on a shared machine the load drifts more than fsync costs.
const samples = new Map<string, Awaited<ReturnType<typeof measure>>[]>();
for (let round = 0; round < rounds; round++)
  for (const m of modes) {
    try {
      const r = await measure(m);
      samples.set(m.name, [...(samples.get(m.name) ?? []), r]);
    } catch (err) {
      if (m.name.startsWith('PostgreSQL') && values.postgres === 'auto') {
        if (round === 0) console.log(`  (${m.name} skipped: ${(err as Error).message})`);
      } else throw err;
    }
  }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results = [...samples].map(([name, rs]) => ({
  name,
  r: {
    writesPerSec: median(rs.map((x) => x.writesPerSec)),
    msPerWrite: median(rs.map((x) => x.msPerWrite)),
    importRowsPerSec: median(rs.map((x) => x.importRowsPerSec)),
    importS: median(rs.map((x) => x.importS)),
  },
}));
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`  ${pad('', 20)}${pad('writes/s', 12)}${pad('ms/write', 11)}${pad('import rows/s', 15)}import s`);
for (const { name, r } of results)
  console.log(
    `  ${pad(name, 20)}${pad(Math.round(r.writesPerSec).toLocaleString(), 12)}${pad(r.msPerWrite.toFixed(2), 11)}${pad(Math.round(r.importRowsPerSec).toLocaleString(), 15)}${r.importS.toFixed(1)}`,
  );
const relaxed = results.find((x) => x.name === 'PGlite relaxed')?.r;
const full = results.find((x) => x.name === 'PGlite full')?.r;
if (relaxed && full)
  console.log(
    `  full vs relaxed: writes ×${(full.writesPerSec / relaxed.writesPerSec).toFixed(2)}, import ×${(full.importRowsPerSec / relaxed.importRowsPerSec).toFixed(2)}`,
  );
process.exit(0);
