#!/usr/bin/env node
// `npm test`: type-check, lint and format check (Biome), policy cases (as data), unit tests, integration tests on PGlite and on
// PostgreSQL, and browser tests in headless Chromium. Ends with one line `N passed, M failed`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const only = process.argv.slice(2); // e.g. `npm test -- unit integration:pglite`

function find(dir, pattern, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) find(p, pattern, out);
    else if (pattern.test(e.name)) out.push(path.relative(root, p));
  }
  return out.sort();
}

const unitFiles = [...find(path.join(root, 'packages/policy/src'), /\.test\.ts$/), ...find(path.join(root, 'packages/server/src'), /\.test\.ts$/)];
const integrationFiles = find(path.join(root, 'packages/server/test/integration'), /\.test\.ts$/);
const browserFiles = find(path.join(root, 'packages/web/test'), /\.e2e\.ts$/);

// Browser tests drive the UI; what differs between the engines is the server's SQL, which the
// integration stage runs in full on both. So by default each browser file runs once, the files
// alternating between the engines (both engines still serve the UI in every run), which halves the
// slowest stage on the 2-core CI machine. SHISHI_BROWSER_BOTH=1 runs every browser file on both.
const browserBoth = !!process.env.SHISHI_BROWSER_BOTH;
const browserOn = (db) => (browserBoth ? browserFiles : browserFiles.filter((_, i) => (i % 2 === 0) === (db === 'pglite')));
const nodeTest = (files, env = {}) => ({
  cmd: process.execPath,
  args: ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files],
  env,
  kind: 'node-test',
});
const stages = [
  { name: 'typecheck', cmd: 'npm', args: ['run', '-s', 'typecheck'], kind: 'plain' },
  { name: 'lint', cmd: 'npm', args: ['run', '-s', 'lint'], kind: 'plain' },
  { name: 'policy', cmd: process.execPath, args: ['--import', 'tsx', 'packages/policy/scripts/run-cases.ts'], kind: 'cases' },
  { name: 'unit', ...nodeTest(unitFiles) },
  { name: 'integration:pglite', ...nodeTest(integrationFiles, { SHISHI_TEST_DB: 'pglite' }) },
  { name: 'integration:postgres', ...nodeTest(integrationFiles, { SHISHI_TEST_DB: 'postgres' }) },
  { name: 'browser:pglite', ...nodeTest(browserOn('pglite'), { SHISHI_TEST_DB: 'pglite' }), needs: () => browserOn('pglite').length > 0 },
  { name: 'browser:postgres', ...nodeTest(browserOn('postgres'), { SHISHI_TEST_DB: 'postgres' }), needs: () => browserOn('postgres').length > 0 },
].filter((s) => !only.length || only.some((o) => s.name.startsWith(o)));

// PostgreSQL and Chromium: started or installed when missing (see scripts/ensure-env.sh).
if (!process.env.SHISHI_SKIP_ENSURE) await new Promise((r) => spawn('bash', ['scripts/ensure-env.sh'], { cwd: root, stdio: 'inherit' }).on('close', r));
if (browserFiles.length && stages.some((s) => s.name.startsWith('browser')) && !fs.existsSync(path.join(root, 'packages/web/dist/index.html')))
  await new Promise((r) => spawn('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).on('close', r));

// Two stages run at a time (the two engines are independent, and each test process is mostly
// single-threaded, so two fit the 2-core machine); a stage's output is printed when it ends.
// SHISHI_TEST_SERIAL=1 runs one stage at a time, streaming its output.
const serial = !!process.env.SHISHI_TEST_SERIAL;
let passed = 0;
let failed = 0;
const summary = [];

function runStage(s, stream) {
  const started = Date.now();
  if (stream) process.stdout.write(`\n=== ${s.name} ===\n`);
  return new Promise((resolve) => {
    const child = spawn(s.cmd, s.args, { cwd: root, env: { ...process.env, ...s.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => {
      text += d;
      if (stream) process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      text += d;
      if (stream) process.stderr.write(d);
    });
    child.on('close', (code) => {
      if (!stream) process.stdout.write(`\n=== ${s.name} ===\n${text}`);
      let p = 0;
      let f = 0;
      if (s.kind === 'node-test') {
        p = Number(/ℹ pass (\d+)/.exec(text)?.[1] ?? 0);
        f = Number(/ℹ fail (\d+)/.exec(text)?.[1] ?? 0);
      } else if (s.kind === 'cases') {
        const m = /^(\d+) passed, (\d+) failed$/m.exec(text);
        p = Number(m?.[1] ?? 0);
        f = Number(m?.[2] ?? 0);
      } else {
        p = code === 0 ? 1 : 0;
      }
      if (code !== 0 && f === 0) f = 1;
      resolve({ name: s.name, p, f, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const runnable = stages.filter((s) => !s.needs || s.needs());
// Two slots (SHISHI_TEST_JOBS), the longest stages first: when one engine's integration stage ends,
// the next stage starts in its slot at once instead of waiting for the other engine (a whole core
// sat idle for minutes between groups).
const slots = serial ? 1 : Math.max(1, Number(process.env.SHISHI_TEST_JOBS ?? 2));
const weight = { 'integration:pglite': 0, 'integration:postgres': 1, 'browser:pglite': 2, 'browser:postgres': 3, unit: 4, typecheck: 5, policy: 6 };
const queue = [...runnable].sort((a, b) => (weight[a.name] ?? 9) - (weight[b.name] ?? 9));
const results = new Map();
await Promise.all(
  Array.from({ length: slots }, async () => {
    for (let s = queue.shift(); s; s = queue.shift()) results.set(s.name, await runStage(s, slots === 1));
  }),
);
for (const s of runnable) {
  const r = results.get(s.name);
  passed += r.p;
  failed += r.f;
  summary.push(`${r.name}: ${r.p} passed, ${r.f} failed (${r.seconds.toFixed(1)} s)`);
}
console.log(`\n=== summary ===\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
