import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'shishi-lock-'));
const lockOf = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'));

describe('data folder lock', () => {
  it('names the holder, refuses a second opener and is gone after release', () => {
    const dir = tmp();
    const lock = lockDataDir(dir);
    assert.equal(lockOf(dir).pid, process.pid);
    assert.throws(
      () => lockDataDir(dir),
      (e: any) => e.code === 'data-dir-in-use' && e.status === 409 && e.messages.en.includes(String(process.pid)) && /正被进程/.test(e.messages.zh),
    );
    lock.release();
    assert.equal(fs.existsSync(path.join(dir, LOCK_FILE)), false);
    lockDataDir(dir).release();
  });

  it('takes over the lock of a process that has died', () => {
    const dir = tmp();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const pid = Number(dead.stdout.toString());
    fs.writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid, procStart: null, host: os.hostname(), startedAt: '2025-01-01T00:00:00Z', command: 'serve' }),
    );
    const lock = lockDataDir(dir);
    assert.equal(lockOf(dir).pid, process.pid);
    lock.release();
  });

  it('takes over a lock whose pid now belongs to another process (pid reuse) or to this one (a restarted container)', () => {
    const dir = tmp();
    // pid 1 is alive, but it did not start at this made-up time.
    fs.writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: 1, procStart: '1', host: os.hostname(), startedAt: '2025-01-01T00:00:00Z', command: 'serve' }),
    );
    if (fs.existsSync('/proc/1/stat')) lockDataDir(dir).release();
    fs.writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.pid, procStart: null, host: os.hostname(), startedAt: '2025-01-01T00:00:00Z', command: 'serve' }),
    );
    lockDataDir(dir).release();
  });

  it('refuses while a live process holds it, and a lock from another host', () => {
    const dir = tmp();
    fs.writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, procStart: null, host: os.hostname(), startedAt: '2025-01-01T00:00:00Z', command: 'serve' }),
    );
    assert.throws(
      () => lockDataDir(dir),
      (e: any) => e.code === 'data-dir-in-use' && e.extra.pid === process.ppid,
    );
    fs.writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: 999999, procStart: null, host: 'elsewhere', startedAt: '2025-01-01T00:00:00Z', command: 'serve' }),
    );
    assert.throws(
      () => lockDataDir(dir),
      (e: any) => e.code === 'data-dir-in-use' && e.messages.en.includes('elsewhere'),
    );
  });
});
