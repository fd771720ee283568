// The `shishi projects …` and `shishi reports overdue` commands, run as a user would, against a fresh
// database of the engine named by SHISHI_TEST_DB (an embedded data dir, or a new PostgreSQL database).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { engine } from '../harness.ts';

const run = promisify(execFile);
const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/shishi.mjs');
const adminUrl = process.env.SHISHI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;

async function shishi(...args: string[]) {
  try {
    const r = await run(process.execPath, [bin, ...args], { env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e: any) {
    return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
  }
}

before(async () => {
  const base: NodeJS.ProcessEnv = { ...process.env, SHISHI_SECRET: 'test-secret-test-secret-test-secret-0123', LOG_LEVEL: 'warn', SHISHI_DEMO: 'off' };
  delete base.SHISHI_TODAY;
  if (engine === 'postgres') {
    const name = `shishi_cli_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`create database ${name}`);
    await c.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    env = { ...base, DATABASE_URL: url.toString() };
    cleanup = async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shishi-cli-'));
    delete base.DATABASE_URL;
    env = { ...base, SHISHI_DATA_DIR: dir };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const demo = await shishi('demo', '--members', '50');
  assert.equal(demo.code, 0, demo.stderr);
});
after(async () => cleanup?.());

describe(`cli: projects and reports on ${engine}`, () => {
  it('lists a year’s lists with numbered projects, as text and as JSON', async () => {
    const r = await shishi('projects', 'list', '--year', '2025');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /上海市总工会 2025: 2025年上海市总工会服务职工实事项目清单（沪工总办〔2024〕189号）/);
    assert.match(r.stdout, /^ {2} 3\. 万家企业和谐劳动关系指导服务 {2}\[in-progress \d+(\.\d)?%/m);
    const j = await shishi('projects', 'list', '--year', '2021', '--json');
    const out = JSON.parse(j.stdout);
    assert.equal(out.slates.length, 1);
    assert.equal(out.slates[0].orgName, '嘉定区总工会');
    const none = await shishi('projects', 'list', '--year', '2025', '--org', '999999');
    assert.match(none.stdout, /no lists for 2025/);
  });

  it('prints the dashboard as JSON and the overdue reports; bad input exits 2 naming the option', async () => {
    const d = await shishi('projects', 'dashboard', '--year', '2022');
    assert.equal(d.code, 0, d.stderr);
    const dash = JSON.parse(d.stdout);
    assert.equal(dash.projects.length, 12);
    assert.equal(dash.charts.progress.series.length, 2);
    const o = await shishi('reports', 'overdue');
    assert.equal(o.code, 0, o.stderr);
    const overdue = JSON.parse(o.stdout);
    assert.ok(overdue.items.some((x: any) => x.period === '2025-11' && x.year === 2025));
    const bad = await shishi('projects', 'list', '--year', 'twenty');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--year 应为 2000 到 2100 的整数/);
    assert.match(bad.stderr, /--year must be a whole number/);
    const missing = await shishi('projects', 'dashboard', '--year', '1999');
    assert.equal(missing.code, 2);
  });
});
