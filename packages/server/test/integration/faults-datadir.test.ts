// Two processes must never open one embedded data folder (issue 8 §4): a CLI command run while
// another process holds the folder is refused with exit code 2 and a message naming that process,
// and the holder's data stays intact. Real processes: the CLI is spawned as a user would run it.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { after, before, describe, it } from 'node:test';
import { engine, openTestDatabase } from '../harness.ts';
import { createServices } from '../../src/bootstrap.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { LOCK_FILE, lockDataDir } from '../../src/db/data-dir-lock.ts';
import { loadDemoIfEmpty } from '../../src/demo/load-demo.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { idCheckCharacter } from '../../src/platform/identifiers.ts';

const run = promisify(execFile);
const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/shishi.mjs');
const secret = 'test-secret-test-secret-test-secret-0123';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shishi-lock-it-'));
const env: NodeJS.ProcessEnv = { ...process.env, SHISHI_SECRET: secret, LOG_LEVEL: 'warn', SHISHI_DEMO: 'off', SHISHI_DATA_DIR: dir };
delete env.DATABASE_URL;
delete env.SHISHI_TODAY;

async function shishi(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  try {
    const r = await run(process.execPath, [bin, ...args], { env: { ...env, ...extraEnv }, maxBuffer: 16 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e: any) {
    return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
  }
}

const validId = (first17: string) => first17 + idCheckCharacter(first17);
const csv = path.join(dir, 'members.csv');
fs.writeFileSync(
  csv,
  [
    '姓名,身份证号,所属基层工会,入会日期',
    `锁一,${validId('31011019900101001')},上海张江芯源微电子有限公司工会,2024-01-01`,
    `锁二,${validId('31011019900101002')},上海张江芯源微电子有限公司工会,2024-01-01`,
  ].join('\n'),
);

const countMembers = async (d: Database) =>
  Number(
    (
      await d.db
        .selectFrom('memberships')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('one process per embedded data folder (PGlite)', { skip: engine !== 'pglite' }, () => {
  let held: Database;
  let before_: number;
  before(async () => {
    held = await openDatabase({ dataDir: dir });
    const s = await createServices(loadConfig({}, { secret, logLevel: 'silent', demo: 'off', dataDir: dir }), { database: held });
    await loadDemoIfEmpty(s, { members: 20 });
    before_ = await countMembers(held);
  });

  it('refuses a writing CLI command while this process holds the folder, and the data stays intact', async () => {
    const lock = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'));
    assert.equal(lock.pid, process.pid);
    for (const args of [
      ['import', 'members', csv],
      ['db', 'migrate'],
      ['demo', '--members', '5'],
    ]) {
      const r = await shishi(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, new RegExp(`正被进程 ${process.pid}`));
      assert.match(r.stderr, new RegExp(`in use by process ${process.pid}.*DATABASE_URL`));
    }
    // The holder was not disturbed: same rows, still writable.
    assert.equal(await countMembers(held), before_);
    await sql`create table lock_probe (x int)`.execute(held.db);
    await sql`insert into lock_probe values (1)`.execute(held.db);
  });

  it('lets the CLI in once the holder has closed, and after a holder was killed', async () => {
    await held.close();
    assert.equal(fs.existsSync(path.join(dir, LOCK_FILE)), false, 'released on close');
    const ok = await shishi(['import', 'members', csv]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /imported 2 \(imported\)/);

    // A server that is killed (no clean shutdown) leaves its lock behind; the next process sees the pid is gone.
    const server = spawn(process.execPath, [bin, 'serve'], {
      env: { ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (b: Buffer) => {
        out += b.toString();
        if (out.includes('Shishi is running')) resolve();
      };
      server.stdout.on('data', onData);
      server.stderr.on('data', onData);
      server.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
    });
    const busy = await shishi(['import', 'members', csv]);
    assert.equal(busy.code, 2, busy.stderr);
    assert.match(busy.stderr, new RegExp(`in use by process ${server.pid}`));
    server.removeAllListeners('exit');
    server.kill('SIGKILL');
    await new Promise((r) => server.once('exit', r));
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid, server.pid, 'a killed holder leaves its lock');
    const after_ = await shishi(['db', 'migrate']);
    assert.equal(after_.code, 0, after_.stderr);

    const reopened = await openDatabase({ dataDir: dir });
    try {
      assert.equal(await countMembers(reopened), before_ + 2, 'the holder’s rows and the CLI import are all there');
    } finally {
      await reopened.close();
    }
  });
});

describe('no folder lock with a PostgreSQL server', { skip: engine !== 'postgres' }, () => {
  it('runs a CLI command on DATABASE_URL while another process holds the data folder', async () => {
    const lock = lockDataDir(dir);
    const { database, drop } = await openTestDatabase('postgres');
    try {
      const url = new URL(database.location);
      const r = await shishi(['db', 'migrate'], { DATABASE_URL: url.toString() });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /migrated: postgres/);
    } finally {
      lock.release();
      await database.close();
      await drop();
    }
  });
});
