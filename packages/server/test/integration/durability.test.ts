// Durability of the embedded database (issue 8 §5). A power cut cannot be simulated here, so the tests check
// what can be: that PostgreSQL inside PGlite runs with fsync on and that a real fsync of the WAL happens before
// a commit is acknowledged (not after, not never), and that a process killed right after the
// acknowledgement (kill -9) loses nothing. PGlite on a data folder only: the in-memory test database has no
// disk, and a PostgreSQL server's durability is its own configuration.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/database.ts';
import { observeFsync } from '../../src/db/pglite-durable.ts';
import { engine } from '../harness.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
const dirs: string[] = [];
const tmpDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'shishi-durability-'));
  dirs.push(d);
  return d;
};
after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('durability of the embedded database', { skip: engine !== 'pglite' && 'PGlite only' }, () => {
  it('full (the default): fsync is on and the WAL is fsynced before COMMIT returns, on every write commit', async () => {
    const database = await openDatabase({ dataDir: tmpDir() });
    const walSyncs: string[] = [];
    const stop = observeFsync((f) => f.includes('/pg_wal/') && walSyncs.push(f));
    try {
      const settings = await sql<{
        fsync: string;
        wal: string;
        sc: string;
      }>`select current_setting('fsync') as fsync, current_setting('wal_sync_method') as wal, current_setting('synchronous_commit') as sc`.execute(database.db);
      assert.deepEqual(settings.rows[0], { fsync: 'on', wal: 'fsync', sc: 'on' });
      await sql`create table probe (n int primary key)`.execute(database.db);
      walSyncs.length = 0;
      let insideTransaction = -1;
      await database.db.transaction().execute(async (trx) => {
        await sql`insert into probe values (1)`.execute(trx);
        insideTransaction = walSyncs.length;
      });
      assert.equal(insideTransaction, 0, 'nothing is synced before COMMIT');
      assert.ok(walSyncs.length >= 1, 'the WAL was fsynced by the time the transaction resolved');
      walSyncs.length = 0;
      await sql`insert into probe values (2)`.execute(database.db);
      assert.ok(walSyncs.length >= 1, 'an autocommit write is synced too');
      walSyncs.length = 0;
      await sql`select count(*) from probe`.execute(database.db);
      await database.db.transaction().execute((trx) => sql`select * from probe`.execute(trx));
      assert.equal(walSyncs.length, 0, 'reads cost no fsync');
    } finally {
      stop();
      await database.close();
    }
  });

  it('relaxed: PGlite’s own defaults, fsync off and no sync at commit (what the default was before)', async () => {
    const database = await openDatabase({ dataDir: tmpDir(), durability: 'relaxed' });
    const syncs: string[] = [];
    const stop = observeFsync((f) => syncs.push(f));
    try {
      assert.equal((await sql<{ f: string }>`select current_setting('fsync') as f`.execute(database.db)).rows[0]!.f, 'off');
      await sql`create table probe (n int primary key)`.execute(database.db);
      await sql`insert into probe values (1)`.execute(database.db);
      assert.equal(syncs.length, 0);
    } finally {
      stop();
      await database.close();
    }
  });

  it('a process killed (kill -9) right after a commit is acknowledged keeps that commit, again and again', { timeout: 240_000 }, async () => {
    const dir = tmpDir();
    const child = path.join(here, '../durable-writer.ts');
    const data = path.join(dir, 'data');
    for (let round = 0; round < 4; round++) {
      const target = 3 + round * 7; // kill after a different number of commits each round
      const lastAck = await new Promise<number>((resolve, reject) => {
        const p = spawn(process.execPath, ['--import', 'tsx', child, data], { stdio: ['ignore', 'pipe', 'pipe'] });
        let acks = 0;
        let last = 0;
        let buf = '';
        let err = '';
        p.stderr.on('data', (d) => (err += d));
        p.stdout.on('data', (d: Buffer) => {
          buf += d.toString();
          for (const m of buf.matchAll(/ack (\d+)\n/g)) {
            last = Math.max(last, Number(m[1]));
            acks++;
          }
          buf = buf.slice(buf.lastIndexOf('\n') + 1);
          if (acks >= target && !p.killed) p.kill('SIGKILL');
        });
        p.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`writer exited ${code}: ${err}`))));
      });
      assert.ok(lastAck > 0);
      const database = await openDatabase({ dataDir: data });
      try {
        const rows = (await sql<{ n: number; c: number }>`select max(n) as n, count(*)::int as c from probe`.execute(database.db)).rows[0]!;
        assert.ok(rows.n >= lastAck, `round ${round}: acknowledged ${lastAck}, found up to ${rows.n}`);
        assert.equal(rows.c, rows.n, 'no gaps: every acknowledged row is there');
      } finally {
        await database.close();
      }
    }
  });
});
