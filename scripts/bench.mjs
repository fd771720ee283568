#!/usr/bin/env node
// `npm run bench`: benchmarks, not tests. Import speed on both databases next to the raw bulk load,
// and the policy engine's batch evaluation. BENCH_ROWS sets the import size (default 1,000,000).
// `npm run bench -- durability`: what fsync-per-commit costs the embedded database (BENCH_DURABILITY_ROWS,
// default 100,000; BENCH_WRITES, default 2,000; BENCH_ROUNDS, default 3).
// `npm run bench -- pages`: every member page over HTTP on PostgreSQL next to GET /auth/me, with EXPLAIN (ANALYZE, BUFFERS)
// of each query (BENCH_MEMBERS, default 20,000; BENCH_DATABASE to use a loaded database; 3,500,000 for the scale).
// `npm run bench -- export`: the member export streamed over HTTP on PostgreSQL (federation and a district, .csv and .xlsx) next to a raw COPY of the same rows, with the server's peak memory (BENCH_MEMBERS as for pages).
// `npm run bench -- pools`: 10,000 claims on a 6,000-place first-come pool over HTTP on each database, next to point reads.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const rows = process.env.BENCH_ROWS ?? '1000000';
// BENCH_FORMAT=xlsx: the member file as an .xlsx workbook (at most ~450,000 rows fit XLSX_LIMITS), to see its memory stay flat.
const format = process.env.BENCH_FORMAT ?? 'csv';
const only = process.argv.slice(2);
const runs = [
  ['policy', ['--import', 'tsx', 'packages/policy/bench/evaluate-many.bench.ts']],
  [
    'import:pglite',
    [
      '--expose-gc',
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      'packages/server/bench/import.bench.ts',
      '--engine',
      'pglite',
      '--rows',
      rows,
      '--format',
      format,
    ],
  ],
  [
    'import:postgres',
    [
      '--expose-gc',
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      'packages/server/bench/import.bench.ts',
      '--engine',
      'postgres',
      '--rows',
      rows,
      '--format',
      format,
    ],
  ],
  [
    'durability',
    [
      '--max-old-space-size=4096',
      '--import',
      'tsx',
      'packages/server/bench/durability.bench.ts',
      '--writes',
      process.env.BENCH_WRITES ?? '2000',
      '--rows',
      process.env.BENCH_DURABILITY_ROWS ?? '100000',
      '--rounds',
      process.env.BENCH_ROUNDS ?? '3',
    ],
  ],
  [
    'enrollment',
    ['--max-old-space-size=4096', '--import', 'tsx', 'packages/server/bench/enrollment.bench.ts', '--rows', process.env.BENCH_ENROLL_ROWS ?? '3500000'],
  ],
  ['pools:pglite', ['--max-old-space-size=4096', '--import', 'tsx', 'packages/server/bench/pools.bench.ts', '--engine', 'pglite']],
  ['pools:postgres', ['--max-old-space-size=4096', '--import', 'tsx', 'packages/server/bench/pools.bench.ts', '--engine', 'postgres']],
  [
    'pages',
    [
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      'packages/server/bench/pages.bench.ts',
      '--members',
      process.env.BENCH_MEMBERS ?? '20000',
      ...(process.env.BENCH_DATABASE ? ['--database', process.env.BENCH_DATABASE] : []),
      '--requests',
      process.env.BENCH_REQUESTS ?? '100',
    ],
  ],
  [
    'export',
    [
      '--expose-gc',
      '--max-old-space-size=4096',
      '--import',
      'tsx',
      'packages/server/bench/export.bench.ts',
      '--members',
      process.env.BENCH_MEMBERS ?? '20000',
      ...(process.env.BENCH_DATABASE ? ['--database', process.env.BENCH_DATABASE] : []),
    ],
  ],
].filter(([name]) => !only.length || only.some((o) => name.startsWith(o)));
let failed = 0;
for (const [name, args] of runs) {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
