// Integration-test harness: a real database (PGlite in memory, or a fresh PostgreSQL database when
// SHISHI_TEST_DB=postgres), migrated and loaded with the demo; the app is driven through HTTP.
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { createServices } from '../src/bootstrap.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { loadConfig, type Config } from '../src/platform/config.ts';
import type { Services } from '../src/platform/services.ts';
import { loadDemoIfEmpty, DEMO_PASSWORD } from '../src/demo/load-demo.ts';

export const engine = process.env.SHISHI_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
const adminUrl = process.env.SHISHI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function openTestDatabase(which: 'pglite' | 'postgres' = engine): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (which === 'pglite') {
    const database = await openDatabase({ memory: true });
    return { database, drop: async () => {} };
  }
  const name = `shishi_test_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    database,
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  s: Services;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** Tests log in many times from one address: per-client limits are raised unless a test sets its own. */
const testRateLimits: Config['rateLimits'] = { login: 100_000, loginPerIp: 100_000, otp: 100_000, otpVerify: 100_000 };

export async function startTestApp(opts: { members?: number; serveWeb?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  const { database, drop } = await openTestDatabase();
  const config = loadConfig(
    {},
    {
      secret: 'test-secret-test-secret-test-secret-0123',
      logLevel: process.env.SHISHI_TEST_LOG ?? 'silent',
      demo: 'off',
      dataDir: path.join(os.tmpdir(), 'shishi-test'),
      rateLimits: testRateLimits,
      ...opts.config,
    },
  );
  const s = await createServices(config, { database, demoMode: true });
  await loadDemoIfEmpty(s, { members: opts.members ?? 300 });
  const app = (await buildApp(s, { serveWeb: opts.serveWeb ?? false })) as unknown as FastifyInstance;
  await app.ready();
  return {
    app,
    s,
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
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`));
  parts.push(typeof file.content === 'string' ? Buffer.from(file.content) : file.content);
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
