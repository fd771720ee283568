// `shishi backup` / `shishi restore` (issue 8 §5), run as an operator would, on the engine named by
// SHISHI_TEST_DB: an embedded data folder (server stopped), or PostgreSQL through pg_dump / pg_restore.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { engine } from '../harness.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { PersonalDataVault } from '../../src/platform/personal-data.ts';

const run = promisify(execFile);
const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/shishi.mjs');
const adminUrl = process.env.SHISHI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECRET = 'test-secret-test-secret-test-secret-0123';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'shishi-backup-test-'));
const databases: string[] = [];

/** A place to hold a database: a data folder (PGlite) or a new empty PostgreSQL database. */
interface Target {
  env: NodeJS.ProcessEnv;
  dataDir: string;
  open(): Promise<Database>;
}
async function newTarget(name: string, opts: { secret?: string | null } = {}): Promise<Target> {
  const dataDir = path.join(work, name);
  fs.mkdirSync(dataDir);
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', SHISHI_DEMO: 'off', SHISHI_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.SHISHI_SECRET;
  if (engine === 'postgres') {
    // A server deployment sets SHISHI_SECRET; the embedded default keeps secret.key in the data folder.
    if (opts.secret !== null) env.SHISHI_SECRET = opts.secret ?? SECRET;
    const db = `shishi_backup_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`create database ${db}`);
    await c.end();
    databases.push(db);
    const url = new URL(adminUrl);
    url.pathname = `/${db}`;
    env.DATABASE_URL = url.toString();
    return { env, dataDir, open: () => openDatabase({ databaseUrl: url.toString() }) };
  }
  return { env, dataDir, open: () => openDatabase({ dataDir }) };
}

async function shishi(target: Target, ...args: string[]) {
  try {
    const r = await run(process.execPath, [bin, ...args], { env: target.env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e: any) {
    return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
  }
}
const ok = (r: { code: number; stdout: string; stderr: string }) => assert.equal(r.code, 0, r.stderr + r.stdout);

async function snapshotOf(t: Target) {
  const database = await t.open();
  try {
    const q = async (table: string) => Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(database.db)).rows[0]!.n);
    const person = (
      await sql<{ id_cipher: string; id_masked: string }>`select id_cipher, id_masked from persons where id_cipher is not null order by id limit 1`.execute(
        database.db,
      )
    ).rows[0]!;
    return { persons: await q('persons'), orgs: await q('orgs'), marker: await q('bench_marker').catch(() => -1), person };
  } finally {
    await database.close();
  }
}

let source: Target;
let file: string;
let original: Awaited<ReturnType<typeof snapshotOf>>;
const keyOf = (t: Target) => (engine === 'postgres' ? t.env.SHISHI_SECRET! : fs.readFileSync(path.join(t.dataDir, 'secret.key'), 'utf8').trim());

before(async () => {
  source = await newTarget('source');
  ok(await shishi(source, 'demo', '--members', '25'));
  original = await snapshotOf(source);
  file = path.join(work, 'shishi.backup');
});
after(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  if (!databases.length) return;
  const a = new pg.Client({ connectionString: adminUrl });
  await a.connect();
  for (const d of databases) await a.query(`drop database if exists ${d} with (force)`);
  await a.end();
});

describe(`backup and restore on ${engine}`, { timeout: 600_000 }, () => {
  it('backs up into one file with a manifest and a checksum, without the key, and says so loudly', async () => {
    const r = await shishi(source, 'backup', file);
    ok(r);
    assert.match(r.stdout, /^backup: .*shishi\.backup \((pglite|postgres), [\d.]+ MiB, sha256 [0-9a-f]{64}\)/);
    assert.match(r.stdout, /persons \d+/);
    assert.match(r.stderr, /does not hold the encryption key/);
    assert.match(r.stderr, /不含加密密钥/);
    const bytes = fs.readFileSync(file);
    const lines = bytes.subarray(0, 65536).toString('utf8').split('\n');
    assert.equal(lines[0], 'SHISHI-BACKUP 1');
    const manifest = JSON.parse(lines[1]!);
    assert.equal(manifest.engine, engine);
    assert.equal(manifest.counts.persons, original.persons);
    assert.equal(manifest.key.included, false);
    assert.equal(manifest.key.secret, undefined);
    assert.match(manifest.key.fingerprint, /^[0-9a-f]{16}$/);
    assert.ok(manifest.auditHead.seq > 0);
    assert.ok(!bytes.includes(Buffer.from(keyOf(source))), 'the key is nowhere in the file');
    assert.equal((fs.statSync(file).mode & 0o777).toString(8), '600');
  });

  it('restores into an empty target that has the key: the same data, readable, with the audit chain intact', async () => {
    // A change after the backup must not survive the restore.
    const database = await source.open();
    await sql`create table bench_marker (n int)`.execute(database.db);
    await database.close();

    const target = await newTarget('restored');
    if (engine === 'pglite') fs.copyFileSync(path.join(source.dataDir, 'secret.key'), path.join(target.dataDir, 'secret.key'));
    const r = await shishi(target, 'restore', file);
    ok(r);
    assert.match(r.stdout, /^restored: /);
    assert.match(r.stdout, new RegExp(`persons ${original.persons}(,|$)`));
    const now = await snapshotOf(target);
    assert.equal(now.persons, original.persons);
    assert.equal(now.orgs, original.orgs);
    assert.equal(now.marker, -1, 'a table made after the backup is not in the restore');
    assert.deepEqual(now.person, original.person);
    assert.match(new PersonalDataVault(keyOf(target)).open(now.person.id_cipher), /^\d{17}[\dX]$/, 'the ID number decrypts with the key at hand');
    const v = await shishi(target, 'audit', 'verify');
    ok(v);
    assert.match(v.stdout, /^OK: \d+ audit entries chained/);
    const restored = await target.open();
    const last = (await sql<{ action: string }>`select action from audit_log order by seq desc limit 2`.execute(restored.db)).rows.map((x) => x.action);
    await restored.close();
    assert.deepEqual(last, ['system.restore', 'system.backup'], 'the backup holds its own entry; the restore adds one');

    // Not again over data, unless --force.
    const again = await shishi(target, 'restore', file);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /add --force/);
    const forced = await shishi(target, 'restore', '--force', file);
    ok(forced);
    if (engine === 'pglite') {
      assert.match(forced.stdout, /the database that was there is kept in .*pgdata\.replaced-/);
      assert.equal(fs.readdirSync(target.dataDir).filter((f) => f.startsWith('pgdata.replaced-')).length, 1);
    }
    assert.equal((await snapshotOf(target)).persons, original.persons);
  });

  it('refuses a damaged, cut-short or foreign file, naming what is wrong', async () => {
    const target = await newTarget('damaged');
    if (engine === 'pglite') fs.copyFileSync(path.join(source.dataDir, 'secret.key'), path.join(target.dataDir, 'secret.key'));
    const bytes = fs.readFileSync(file);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 100]! ^= 0xff;
    fs.writeFileSync(path.join(work, 'flipped'), flipped);
    fs.writeFileSync(path.join(work, 'short'), bytes.subarray(0, bytes.length - 10));
    fs.writeFileSync(path.join(work, 'foreign'), 'PGDMP not ours\n');
    for (const [name, why] of [
      ['flipped', /checksum of the data does not match/],
      ['short', /cut short/],
      ['foreign', /does not begin with the backup header/],
    ] as const) {
      const r = await shishi(target, 'restore', path.join(work, name));
      assert.equal(r.code, 2, `${name}: ${r.stderr}`);
      assert.match(r.stderr, why);
      assert.match(r.stderr, /不是可用的 Shishi 备份/);
    }
    const missing = await shishi(target, 'restore', path.join(work, 'nothing-here'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /No such file/);
  });

  it('refuses to restore without the key the data was encrypted with; --with-key carries it', async () => {
    const keyless = await newTarget('keyless', { secret: engine === 'postgres' ? 'another-secret-another-secret-another-00' : null });
    const r = await shishi(keyless, 'restore', file);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /does not hold the encryption key, and the key in use .* (is missing|is not the one the data was encrypted with)/);
    assert.equal((await shishi(keyless, 'restore', file)).code, 2, 'and nothing was half-restored');

    const withKey = path.join(work, 'with-key.backup');
    const b = await shishi(source, 'backup', '--with-key', withKey);
    ok(b);
    assert.match(b.stderr, /This backup holds the encryption key/);
    assert.equal(JSON.parse(fs.readFileSync(withKey).subarray(0, 65536).toString('utf8').split('\n')[1]!).key.included, true);
    if (engine === 'pglite') {
      const fresh = await newTarget('fresh-with-key');
      const rr = await shishi(fresh, 'restore', withKey);
      ok(rr);
      assert.match(rr.stdout, /encryption key from the backup was written to secret.key/);
      assert.equal(keyOf(fresh), keyOf(source));
      assert.equal((fs.statSync(path.join(fresh.dataDir, 'secret.key')).mode & 0o777).toString(8), '600');
    } else {
      // A server's key comes from SHISHI_SECRET, which a restore cannot change: it says so.
      const rr = await shishi(keyless, 'restore', withKey);
      assert.equal(rr.code, 2);
      assert.match(rr.stderr, /differs from the one in use/);
    }
  });

  it('PostgreSQL: refuses clearly when the client tools are missing', { skip: engine !== 'postgres' && 'PostgreSQL only' }, async () => {
    const r = await shishi({ ...source, env: { ...source.env, PATH: path.join(work, 'no-such-bin') } }, 'backup', path.join(work, 'never'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /pg_dump not found: .*postgresql-client/);
    assert.ok(!fs.existsSync(path.join(work, 'never')));
  });
});
