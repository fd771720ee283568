// Import speed: N synthetic members through the real import path (parse → check → stage → checks over
// the staged file → commit chunk by chunk) on one engine, next to the raw bulk load (COPY) of the same rows, so the
// cost of validation and encryption is visible. A benchmark, not a test:
//   node --import tsx packages/server/bench/import.bench.ts --engine pglite|postgres --rows 1000000 [--format csv|xlsx]
// Beside the wall-clock times it prints this process's CPU time for both: PGlite runs inside this process, so on
// PGlite that ratio does not depend on what else the machine runs (on PostgreSQL the server's CPU is not in it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { createServices } from '../src/bootstrap.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { loadConfig } from '../src/platform/config.ts';
import { loadDemoIfEmpty } from '../src/demo/load-demo.ts';
import { syntheticPeople } from '../src/demo/synthetic-people.ts';
import { maskIdNumber, maskMobile } from '../src/platform/identifiers.ts';
import { regionOfPath, type Actor } from '../src/platform/access.ts';
import * as imp from '../src/modules/imports/members-import.ts';
import { openTestDatabase } from '../test/harness.ts';

const { values } = parseArgs({
  options: { engine: { type: 'string', default: 'pglite' }, rows: { type: 'string', default: '1000000' }, format: { type: 'string', default: 'csv' } },
});
const engine = values.engine as 'pglite' | 'postgres';
const rows = Number(values.rows);
const format = values.format as 'csv' | 'xlsx';

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
const mb = (n: number) => `${(n / 1048576).toFixed(0)} MiB`;

async function freshDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (engine === 'postgres') return openTestDatabase('postgres');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shishi-bench-'));
  const database = await openDatabase({ dataDir: dir });
  return { database, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function setup() {
  const { database, drop } = await freshDatabase();
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
  const unions = (await s.database.db.selectFrom('orgs').select(['id', 'path']).where('kind', '=', 'grassroots').execute()).map((o) => ({
    id: o.id,
    region: regionOfPath(o.path),
  }));
  return { s, actor, unions, drop };
}

function csvOf(unions: { id: number }[]) {
  // Built in pieces of 10,000 lines: the file is what the import gets, not the garbage of building it (peak RSS).
  const pieces: Buffer[] = [Buffer.from('姓名,身份证号,手机号,所属基层工会,入会日期')];
  let lines: string[] = [];
  let i = 0;
  for (const p of syntheticPeople({ seed: 7, count: rows, referenceDate: '2025-01-01' })) {
    lines.push(`\n${p.name},${p.idNumber},${p.mobile},${unions[i++ % unions.length]!.id},${p.joinedOn}`);
    if (lines.length === 10_000) {
      pieces.push(Buffer.from(lines.join('')));
      lines = [];
    }
  }
  pieces.push(Buffer.from(lines.join('')));
  return Buffer.concat(pieces);
}

/** The same rows as an .xlsx (one sheet, text cells, shared strings off as in our exports), written by exceljs's streaming writer. */
async function xlsxOf(unions: { id: number }[]) {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (b: Buffer) => parts.push(b));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('会员');
  ws.addRow(['姓名', '身份证号', '手机号', '所属基层工会', '入会日期']).commit();
  let i = 0;
  for (const p of syntheticPeople({ seed: 7, count: rows, referenceDate: '2025-01-01' }))
    ws.addRow([p.name, p.idNumber, p.mobile, String(unions[i++ % unions.length]!.id), p.joinedOn]).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(parts);
}

const t0 = Date.now();
const a = await setup();
const file = format === 'xlsx' ? await xlsxOf(a.unions) : csvOf(a.unions);
console.log(
  `${engine}: ${rows.toLocaleString()} rows, ${format === 'xlsx' ? 'xlsx' : 'CSV'} ${mb(file.length)} (generated in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
);

// 1. The import as a user runs it (after a collection, so the peak is the import's, not the file generator's).
(globalThis as { gc?: () => void }).gc?.();
peak = 0;
let t = Date.now();
let cpu = process.cpuUsage();
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
const ctx = { actor: a.actor, ip: null, requestId: 'bench', lang: 'zh' as const };
const batch = await imp.validateMemberFile(a.s, ctx, file, `bench.${format}`, null);
const validateMs = Date.now() - t;
const validateCpu = cpuSeconds(cpu);
peak = Math.max(peak, process.memoryUsage().rss);
if (batch.validCount !== rows) throw new Error(`expected ${rows} valid rows, got ${batch.validCount}: ${JSON.stringify(batch.errors.slice(0, 3))}`);
t = Date.now();
await imp.startCommit(a.s, ctx, batch.id);
await a.s.jobs.drain();
const commitMs = Date.now() - t;
const importCpu = cpuSeconds(cpu);
peak = Math.max(peak, process.memoryUsage().rss);
const done = await imp.getBatch(a.s, ctx, batch.id);
if (done.importedCount !== rows) throw new Error(`imported ${done.importedCount}`);
const importPeak = peak;
await a.s.database.close();
await a.drop();

// 2. The raw bulk load of the same rows (already encrypted), no validation.
const b = await setup();
const prepared: { persons: unknown[][]; memberships: unknown[][] } = { persons: [], memberships: [] };
let i = 0;
for (const p of syntheticPeople({ seed: 7, count: rows, referenceDate: '2025-01-01' })) {
  i++;
  prepared.persons.push([
    i + 10,
    p.name,
    b.s.vault.blindIndex(p.idNumber),
    b.s.vault.seal(p.idNumber),
    maskIdNumber(p.idNumber),
    p.birthDate,
    p.sex,
    b.s.vault.blindIndex(p.mobile),
    b.s.vault.seal(p.mobile),
    maskMobile(p.mobile),
    [],
  ]);
  prepared.memberships.push([
    i + 10,
    i + 10,
    b.unions[i % b.unions.length]!.id,
    b.unions[i % b.unions.length]!.region,
    String(4000000000 + i),
    p.joinedOn,
    'none',
    false,
  ]);
}
peak = 0;
t = Date.now();
cpu = process.cpuUsage();
await b.s.database.copyRows(
  'persons',
  ['id', 'name', 'id_hash', 'id_cipher', 'id_masked', 'birth_date', 'sex', 'phone_hash', 'phone_cipher', 'phone_masked', 'categories'],
  prepared.persons,
);
await b.s.database.copyRows(
  'memberships',
  ['id', 'person_id', 'org_id', 'region_id', 'member_no', 'joined_on', 'card_status', 'e_membership'],
  prepared.memberships,
);
const rawMs = Date.now() - t;
const rawCpu = cpuSeconds(cpu);
peak = Math.max(peak, process.memoryUsage().rss);
const rawPeak = peak;
await b.s.database.close();
await b.drop();
clearInterval(sampler);

const rate = (ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString()} rows/s`;
console.log(
  `  import  validate+stage ${(validateMs / 1000).toFixed(1)} s, commit ${(commitMs / 1000).toFixed(1)} s → ${rate(validateMs + commitMs)} (peak RSS ${mb(importPeak)})`,
);
console.log(
  `  raw ${engine === 'postgres' ? 'COPY FROM STDIN' : "COPY FROM '/dev/blob'"} ${(rawMs / 1000).toFixed(1)} s → ${rate(rawMs)} (peak RSS ${mb(rawPeak)})`,
);
const phases = Object.entries(imp.importTimings)
  .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`)
  .join(', ');
console.log(`  where the import's time went: ${phases}`);
console.log(
  `  CPU time of this process: import ${importCpu.toFixed(1)} s (validate+stage ${validateCpu.toFixed(1)} s, commit ${(importCpu - validateCpu).toFixed(1)} s), raw load ${rawCpu.toFixed(1)} s (${(importCpu / rawCpu).toFixed(1)}×${engine === 'postgres' ? '; the server’s CPU is not counted' : ''}); load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
);
console.log(`  validation and staging cost: ${((validateMs + commitMs) / rawMs).toFixed(1)}× the raw load`);
process.exit(0);
