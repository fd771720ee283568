// The hash-chained audit trail (issue 8 §5): every committed entry is chained at COMMIT (seq gapless, hash =
// SHA-256(previous hash || canonical entry)), concurrent transactions do not fork the chain, and
// `GET /audit/verify` / `shishi audit verify` name the first entry a superuser changed, removed or slipped in.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { writeAudit } from '../../src/platform/audit.ts';
import { canonicalEntry, verifyAuditChain } from '../../src/platform/audit-chain.ts';
import { openDatabase } from '../../src/db/database.ts';
import type { DB } from '../../src/db/schema.ts';
import type { RequestContext } from '../../src/platform/context.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const ctx: RequestContext = { actor: null, ip: '10.0.0.1', requestId: 'chain-test', lang: 'zh' };

before(async () => {
  t = await startTestApp({ members: 50 });
  for (const u of ['auditor', 'admin', 'security']) cookies[u] = await t.login(u);
});
after(async () => t?.close());

const verifyApi = async (user: string | null = 'auditor') =>
  t.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: user ? { cookie: cookies[user]! } : {} });

/** What a superuser can do: switch the audit triggers off, change the table, switch them on again. */
async function asSuperuser(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<unknown>) {
  await db.transaction().execute(async (trx) => {
    await sql`alter table audit_log disable trigger user`.execute(trx);
    await fn(trx);
    await sql`alter table audit_log enable trigger user`.execute(trx);
  });
}

async function chainStats(db: Kysely<DB>) {
  return (
    await sql<{ n: number; max: number; min: number; distinct: number; unsealed: number }>`
    select count(*)::int as n, max(seq) as max, min(seq) as min, count(distinct seq)::int as distinct, count(*) filter (where seq is null or hash is null)::int as unsealed
    from audit_log`.execute(db)
  ).rows[0]!;
}

describe(`audit hash chain on ${engine}`, () => {
  it('chains every committed entry (seq 1..N, no gaps); the auditor verifies it over HTTP, others may not', async () => {
    const st = await chainStats(t.s.database.db);
    assert.ok(st.n > 0);
    assert.deepEqual({ min: st.min, max: st.max, distinct: st.distinct, unsealed: st.unsealed }, { min: 1, max: st.n, distinct: st.n, unsealed: 0 });
    const res = await verifyApi();
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.ok, true);
    assert.equal(body.count, st.n);
    assert.equal(body.head.seq, st.n);
    assert.match(body.head.hash, /^[0-9a-f]{64}$/);
    assert.equal(body.broken, null);
    assert.equal((await verifyApi('admin')).statusCode, 403, 'the system administrator does not read the audit trail');
    assert.equal((await verifyApi('security')).statusCode, 403);
    assert.equal((await verifyApi(null)).statusCode, 401);
  });

  it('a rolled-back transaction leaves neither entry nor gap; concurrent transactions never fork the chain', async () => {
    const db = t.s.database.db;
    const before = await chainStats(db);
    const pause = () => new Promise((r) => setTimeout(r, Math.random() * 15));
    const work = Array.from({ length: 12 }, (_, i) =>
      db
        .transaction()
        .execute(async (trx) => {
          for (let k = 0; k < 3; k++) {
            await writeAudit(trx, ctx, { action: 'test.concurrent', entity: 'test', entityId: `${i}-${k}`, summary: `tx ${i} entry ${k}` });
            await pause();
          }
          if (i % 4 === 3) throw new Error('roll back');
        })
        .catch((e: Error) => (e.message === 'roll back' ? 'rolled back' : Promise.reject(e))),
    );
    const outcomes = await Promise.all(work);
    assert.equal(outcomes.filter((o) => o === 'rolled back').length, 3);
    const st = await chainStats(db);
    assert.equal(st.n, before.n + 9 * 3);
    assert.deepEqual({ max: st.max, distinct: st.distinct, unsealed: st.unsealed }, { max: st.n, distinct: st.n, unsealed: 0 });
    const r = await verifyAuditChain(db);
    assert.equal(r.ok, true, JSON.stringify(r.broken));
    assert.equal(r.count, st.n);
  });

  it('hashes what is stored, byte for byte alike in SQL and in JavaScript (quotes, control characters, emoji, JSON)', async () => {
    const db = t.s.database.db;
    const awkward = 'a "quote" \\ back\\slash\n\t\r\b\f \u0001\u001f \u007f \u2028 工会 😀 \'single\'';
    await db.transaction().execute((trx) =>
      writeAudit(
        trx,
        { ...ctx, requestId: 'awkward' },
        {
          action: 'test.awkward',
          entity: 'test',
          entityId: 'x',
          orgPath: '1.',
          summary: awkward,
          before: { z: 1, a: [1.5, null, true, 'é'], nested: { '': awkward } },
          after: [awkward, 12345678901234, -0.25],
        },
      ),
    );
    const row = (
      await sql<{ db_canonical: string } & Record<string, any>>`
      select audit_log_canonical(a) as db_canonical, seq, id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, actor_id, actor_name,
             actor_role, org_path, action, entity, entity_id, summary, before::text as before, after::text as after, ip, request_id
      from audit_log a where request_id = 'awkward'`.execute(db)
    ).rows[0]!;
    assert.equal(canonicalEntry(row as any), row.db_canonical);
    assert.doesNotThrow(() => JSON.parse(row.db_canonical), 'the canonical form is JSON');
    assert.equal((await verifyAuditChain(db)).ok, true);
  });

  it('stays append-only: update, delete, truncate, a hand-made seal and a preset seq are all refused', async () => {
    const db = t.s.database.db;
    await assert.rejects(sql`update audit_log set summary = 'x' where seq = 1`.execute(db), /append-only/);
    await assert.rejects(sql`update audit_log set hash = hash where seq = 1`.execute(db), /append-only/);
    await assert.rejects(sql`delete from audit_log where seq = 1`.execute(db), /append-only/);
    await assert.rejects(sql`truncate audit_log`.execute(db), /append-only/);
    await assert.rejects(sql`insert into audit_log (action, entity, seq, hash) values ('x', 'y', 99999, 'forged')`.execute(db), /set by the chain/);
    // Sealing one's own fresh entry by hand (before COMMIT seals it) is refused too.
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await writeAudit(trx, ctx, { action: 'test.forge', entity: 'test' });
        await sql`update audit_log set seq = 99999, hash = 'forged' where action = 'test.forge'`.execute(trx);
      }),
      /append-only/,
    );
    await assert.rejects(sql`update audit_chain set seq = 1`.execute(db), /changed only by sealing/);
    await assert.rejects(sql`delete from audit_chain`.execute(db), /changed only by sealing/);
    await assert.rejects(sql`truncate audit_chain`.execute(db), /changed only by sealing/);
    assert.equal((await verifyAuditChain(db)).ok, true);
  });

  it('names the entry a superuser changed, then the one after a removed entry, a removed last entry and one slipped in', async () => {
    const db = t.s.database.db;
    const mid = (
      await sql<{ id: number; seq: number; summary: string | null }>`select id, seq, summary from audit_log order by seq offset 3 limit 1`.execute(db)
    ).rows[0]!;

    // 1. A changed value.
    await asSuperuser(db, (trx) => sql`update audit_log set summary = 'nothing happened here' where id = ${mid.id}`.execute(trx));
    let res = (await verifyApi()).json();
    assert.equal(res.ok, false);
    assert.equal(res.broken.id, mid.id);
    assert.equal(res.broken.reason, 'hash-mismatch');
    assert.match(res.broken.message.en, new RegExp(`entry ${mid.id} `));
    assert.equal(res.count, mid.seq - 1, 'the entries before it are intact');
    await asSuperuser(db, (trx) => sql`update audit_log set summary = ${mid.summary} where id = ${mid.id}`.execute(trx));
    assert.equal((await verifyAuditChain(db)).ok, true, 'putting the value back mends it: the hash is of the content');

    // 2. A removed entry in the middle: the chain breaks at the next one.
    const next = (await sql<{ id: number }>`select id from audit_log where seq = ${mid.seq + 1}`.execute(db)).rows[0]!;
    await asSuperuser(db, async (trx) => {
      await sql`create table tamper_copy as select * from audit_log where id = ${mid.id}`.execute(trx);
      await sql`delete from audit_log where id = ${mid.id}`.execute(trx);
    });
    res = (await verifyAuditChain(db)) as any;
    assert.equal(res.ok, false);
    assert.equal(res.broken.reason, 'missing-entries');
    assert.equal(res.broken.id, next.id);
    await asSuperuser(db, (trx) => sql`insert into audit_log select * from tamper_copy; drop table tamper_copy`.execute(trx));
    assert.equal((await verifyAuditChain(db)).ok, true);

    // 3. The last entry removed: only the head can tell.
    await asSuperuser(db, async (trx) => {
      await sql`create table tamper_copy as select * from audit_log order by seq desc limit 1`.execute(trx);
      await sql`delete from audit_log where id = (select id from tamper_copy)`.execute(trx);
    });
    res = (await verifyAuditChain(db)) as any;
    assert.equal(res.ok, false);
    assert.equal(res.broken.reason, 'head-mismatch');
    await asSuperuser(db, (trx) => sql`insert into audit_log select * from tamper_copy; drop table tamper_copy`.execute(trx));
    assert.equal((await verifyAuditChain(db)).ok, true);

    // 4. An entry written past the triggers is not in the chain.
    let slipped = 0;
    await asSuperuser(db, async (trx) => {
      slipped = (
        await sql<{ id: number }>`insert into audit_log (action, entity, summary) values ('member.update', 'member', 'backdated') returning id`.execute(trx)
      ).rows[0]!.id;
    });
    res = (await verifyAuditChain(db)) as any;
    assert.equal(res.ok, false);
    assert.equal(res.broken.reason, 'unchained-entry');
    assert.equal(res.broken.id, slipped);
    await asSuperuser(db, (trx) => sql`delete from audit_log where id = ${slipped}`.execute(trx));
    assert.equal((await verifyAuditChain(db)).ok, true);
  });
});

describe(`shishi audit verify on ${engine}`, () => {
  const run = promisify(execFile);
  const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/shishi.mjs');
  const adminUrl = process.env.SHISHI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let env: NodeJS.ProcessEnv;
  let open: () => ReturnType<typeof openDatabase>;
  let cleanup: () => Promise<void>;
  const shishi = async (...args: string[]) => {
    try {
      const r = await run(process.execPath, [bin, ...args], { env });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e: any) {
      return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
    }
  };
  before(async () => {
    const base: NodeJS.ProcessEnv = { ...process.env, SHISHI_SECRET: 'test-secret-test-secret-test-secret-0123', LOG_LEVEL: 'warn', SHISHI_DEMO: 'off' };
    delete base.DATABASE_URL;
    if (engine === 'postgres') {
      const name = `shishi_chain_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`create database ${name}`);
      await c.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      env = { ...base, DATABASE_URL: url.toString() };
      open = () => openDatabase({ databaseUrl: url.toString() });
      cleanup = async () => {
        const a = new pg.Client({ connectionString: adminUrl });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      };
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shishi-chain-'));
      env = { ...base, SHISHI_DATA_DIR: dir };
      open = () => openDatabase({ dataDir: dir });
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    }
    const demo = await shishi('demo', '--members', '20');
    assert.equal(demo.code, 0, demo.stderr);
  });
  after(async () => cleanup?.());

  it('prints OK with the count (exit 0), and after a superuser edit names the entry (exit 1)', async () => {
    let r = await shishi('audit', 'verify');
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.match(r.stdout, /^OK: \d+ audit entries chained, head \d+ [0-9a-f]{64}/);
    const database = await open();
    let id = 0;
    try {
      id = (await sql<{ id: number }>`select id from audit_log order by seq limit 1`.execute(database.db)).rows[0]!.id;
      await asSuperuser(database.db, (trx) => sql`update audit_log set actor_name = 'someone else' where id = ${id}`.execute(trx));
    } finally {
      await database.close();
    }
    r = await shishi('audit', 'verify');
    assert.equal(r.code, 1);
    assert.match(r.stdout, new RegExp(`audit entry ${id} \\(chain position 1\\) was changed`));
    r = await shishi('audit', 'verify', '--json');
    assert.equal(JSON.parse(r.stdout).broken.id, id);
  });
});
