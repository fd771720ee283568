// Integration-test harness: a real database (PGlite in memory, or a fresh PostgreSQL database when
// SHISHI_TEST_DB=postgres), migrated and loaded with the demo; the app is driven through HTTP.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { createServices } from '../src/bootstrap.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { loadConfig, type Config } from '../src/platform/config.ts';
import { fixedClock, systemClock } from '../src/platform/clock.ts';
import type { Services } from '../src/platform/services.ts';
import { loadDemoIfEmpty, DEMO_PASSWORD } from '../src/demo/load-demo.ts';

export const engine = process.env.SHISHI_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
const adminUrl = process.env.SHISHI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const testSecret = 'test-secret-test-secret-test-secret-0123';

export async function openTestDatabase(
  which: 'pglite' | 'postgres' = engine,
  opts: { loadDataDir?: Blob; template?: string } = {},
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (which === 'pglite') {
    const database = await openDatabase({ memory: true, ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}) });
    return { database, drop: async () => {} };
  }
  const name = `shishi_test_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
  await withAdmin(async (admin) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name}${opts.template ? ` template ${opts.template}` : ''}`);
        return;
      } catch (e) {
        // Another run copying the same template at this instant: wait and retry.
        if (!/being accessed by other users/.test(String(e)) || attempt > 20) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return { database, drop: () => withAdmin(async (a) => void (await a.query(`drop database if exists ${name} with (force)`))) };
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

// A migrated database with the demo loaded is built once and copied for every test file (PostgreSQL:
// CREATE DATABASE … TEMPLATE; PGlite: a dump of its data directory in the temp folder). The key covers
// everything the copy depends on: the migrations and demo sources, the member count and the day.
function templateKey(members: number) {
  const h = crypto.createHash('sha256');
  const src = path.resolve(import.meta.dirname, '../src');
  for (const dir of ['db/migrations', 'db', 'demo']) {
    const full = path.join(src, dir);
    for (const f of fs
      .readdirSync(full)
      .filter((x) => x.endsWith('.ts'))
      .sort())
      h.update(f).update(fs.readFileSync(path.join(full, f)));
  }
  h.update(`${members}|${systemClock().today()}`);
  return h.digest('hex').slice(0, 16);
}

const testConfig = () =>
  loadConfig({}, { secret: testSecret, logLevel: process.env.SHISHI_TEST_LOG ?? 'silent', demo: 'off', dataDir: path.join(os.tmpdir(), 'shishi-test') });

async function buildTemplate(database: Database, members: number) {
  const s = await createServices(testConfig(), { database, demoMode: true });
  await loadDemoIfEmpty(s, { members });
  await s.jobs.stop();
}

async function openFromTemplate(members: number): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (process.env.SHISHI_TEST_TEMPLATE === 'off') {
    const fresh = await openTestDatabase();
    await buildTemplate(fresh.database, members);
    return fresh;
  }
  const key = templateKey(members);
  if (engine === 'pglite') {
    const dir = path.join(os.tmpdir(), 'shishi-test-templates');
    const file = path.join(dir, `pglite-${key}.tar`);
    if (!fs.existsSync(file)) {
      const { database } = await openTestDatabase('pglite');
      await buildTemplate(database, members);
      const blob = await database.dumpDataDir!();
      await database.close();
      fs.mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
      fs.renameSync(tmp, file); // atomic: a concurrent run sees the whole file or none
    }
    return openTestDatabase('pglite', { loadDataDir: new Blob([fs.readFileSync(file)]) });
  }
  const template = `shishi_tpl_${key}`;
  await withAdmin(async (admin) => {
    // One builder at a time per key; others wait on the advisory lock and then find it built.
    await admin.query('select pg_advisory_lock(hashtext($1))', [template]);
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
      if (exists.rowCount) return;
      const building = `${template}_b${crypto.randomBytes(3).toString('hex')}`;
      await admin.query(`create database ${building}`);
      const url = new URL(adminUrl);
      url.pathname = `/${building}`;
      const database = await openDatabase({ databaseUrl: url.toString() });
      await buildTemplate(database, members);
      await database.close();
      await admin.query(`alter database ${building} rename to ${template}`);
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  return openTestDatabase('postgres', { template });
}

export interface TestApp {
  app: FastifyInstance;
  s: Services;
  login(username: string, password?: string): Promise<string>;
  /** Pin the services' clock to a day (the 2018 programs run inside their windows), or back to the real day. */
  pinToday(day?: string): void;
  close(): Promise<void>;
}

/** Tests log in many times from one address: per-client limits are raised unless a test sets its own. */
const testRateLimits: Config['rateLimits'] = { login: 100_000, loginPerIp: 100_000, otp: 100_000, otpVerify: 100_000 };

export async function startTestApp(opts: { members?: number; serveWeb?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  const { database, drop } = await openFromTemplate(opts.members ?? 300);
  const s = await createServices({ ...testConfig(), rateLimits: testRateLimits, ...opts.config }, { database, demoMode: true });
  await loadDemoIfEmpty(s, { members: opts.members ?? 300 });
  const app = (await buildApp(s, { serveWeb: opts.serveWeb ?? false })) as unknown as FastifyInstance;
  await app.ready();
  return {
    app,
    s,
    pinToday(day) {
      s.clock = day ? fixedClock(day) : systemClock();
    },
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const c = res.cookies.find((x) => x.name === 'shishi_session');
      return `shishi_session=${c!.value}`;
    },
    async close() {
      await app.close();
      await s.jobs.stop();
      await database.close();
      await drop();
    },
  };
}

/** A multipart/form-data body with plain fields first and then one file (field `file`). */
export function multipart(fields: Record<string, string>, file: { name: string; content: Buffer | string; type?: string }) {
  const boundary = `----shishi${Date.now().toString(16)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
    ),
  );
  parts.push(typeof file.content === 'string' ? Buffer.from(file.content) : file.content);
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
