#!/usr/bin/env node
// `npm test`: type-check, policy cases (as data), unit tests, integration tests on PGlite and on
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

const nodeTest = (files, env = {}) => ({ cmd: process.execPath, args: ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files], env, kind: 'node-test' });
const stages = [
  { name: 'typecheck', cmd: 'npm', args: ['run', '-s', 'typecheck'], kind: 'plain' },
  { name: 'policy', cmd: process.execPath, args: ['--import', 'tsx', 'packages/policy/scripts/run-cases.ts'], kind: 'cases' },
  { name: 'unit', ...nodeTest(unitFiles) },
  { name: 'integration:pglite', ...nodeTest(integrationFiles, { SHISHI_TEST_DB: 'pglite' }) },
  { name: 'integration:postgres', ...nodeTest(integrationFiles, { SHISHI_TEST_DB: 'postgres' }) },
  { name: 'browser:pglite', ...nodeTest(browserFiles, { SHISHI_TEST_DB: 'pglite' }), needs: () => browserFiles.length > 0 },
  { name: 'browser:postgres', ...nodeTest(browserFiles, { SHISHI_TEST_DB: 'postgres' }), needs: () => browserFiles.length > 0 },
].filter((s) => !only.length || only.some((o) => s.name.startsWith(o)));

// PostgreSQL and Chromium: started or installed when missing (see scripts/ensure-env.sh).
if (!process.env.SHISHI_SKIP_ENSURE) await new Promise((r) => spawn('bash', ['scripts/ensure-env.sh'], { cwd: root, stdio: 'inherit' }).on('close', r));
if (browserFiles.length && stages.some((s) => s.name.startsWith('browser')) && !fs.existsSync(path.join(root, 'packages/web/dist/index.html')))
  await new Promise((r) => spawn('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).on('close', r));

let passed = 0;
let failed = 0;
const summary = [];
for (const s of stages) {
  if (s.needs && !s.needs()) continue;
  const started = Date.now();
  process.stdout.write(`\n=== ${s.name} ===\n`);
  const out = await new Promise((resolve) => {
    const child = spawn(s.cmd, s.args, { cwd: root, env: { ...process.env, ...s.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => { text += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { text += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code, text }));
  });
  let p = 0;
  let f = 0;
  if (s.kind === 'node-test') {
    p = Number(/ℹ pass (\d+)/.exec(out.text)?.[1] ?? 0);
    f = Number(/ℹ fail (\d+)/.exec(out.text)?.[1] ?? 0);
  } else if (s.kind === 'cases') {
    const m = /^(\d+) passed, (\d+) failed$/m.exec(out.text);
    p = Number(m?.[1] ?? 0);
    f = Number(m?.[2] ?? 0);
  } else {
    p = out.code === 0 ? 1 : 0;
  }
  if (out.code !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
  summary.push(`${s.name}: ${p} passed, ${f} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(`\n=== summary ===\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
