// One process per embedded data folder. PGlite has no lock of its own: two processes opening the
// same files each believe they own them, and writes from both corrupt the database (seen: a CLI
// import "succeeded" and lost its rows, then PGlite aborted on open). So the folder carries a lock
// file, created with O_EXCL, naming the holder. Written here rather than taken from npm because
// proper-lockfile judges staleness by an mtime refreshed on a timer, which a long synchronous
// parse can miss; on one host "is that process still alive?" is the exact question.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../platform/errors.ts';

export const LOCK_FILE = 'shishi.lock';

interface LockInfo {
  pid: number;
  /** The kernel's start time of that process (Linux /proc), so a reused pid is not mistaken for the holder. */
  procStart: string | null;
  host: string;
  startedAt: string;
  command: string;
}

export interface DataDirLock {
  file: string;
  release(): void;
}

/** Folders this process holds: the same process opening a folder twice is refused too. */
const held = new Map<string, DataDirLock>();

function procStartOf(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat, counted after the ")" that ends the command name.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
    return Number.isInteger(info.pid) ? info : null;
  } catch {
    return null;
  }
}

/** Whether the recorded holder may still be running (a lock from another host cannot be checked: it counts as held). */
function holderRunning(info: LockInfo): boolean {
  if (info.host !== os.hostname()) return true;
  // Our own pid in a file we do not hold: left by an earlier run that had the same pid (a container's pid 1).
  if (info.pid === process.pid) return false;
  if (!isAlive(info.pid)) return false;
  const now = procStartOf(info.pid);
  return !(info.procStart && now && now !== info.procStart);
}

export function dataDirInUse(dir: string, info: LockInfo | null): AppError {
  const who = info ? `${info.pid}${info.host !== os.hostname() ? ` @ ${info.host}` : ''}` : '?';
  const cmd = info?.command ? `（${info.command}，${info.startedAt} 起）` : '';
  const cmdEn = info?.command ? ` (${info.command}, since ${info.startedAt})` : '';
  return new AppError(
    409,
    'data-dir-in-use',
    {
      zh: `数据目录 ${dir} 正被进程 ${who} 使用${cmd}（shishi serve？）。请先停止该进程，或通过正在运行的服务器的接口操作，或设置 DATABASE_URL 使用 PostgreSQL 服务器`,
      en: `The data folder ${dir} is in use by process ${who}${cmdEn} (shishi serve?). Stop it, or use the running server's API, or set DATABASE_URL to use a PostgreSQL server`,
    },
    [],
    { pid: info?.pid ?? null },
  );
}

/**
 * Take the folder's lock or throw `data-dir-in-use` (409; the CLI exits with 2). A lock whose
 * holder has died (killed, crashed, power cut) is taken over. Released on `release()` and at exit.
 */
export function lockDataDir(dir: string): DataDirLock {
  const abs = path.resolve(dir);
  if (held.has(abs)) throw dataDirInUse(abs, readLock(path.join(abs, LOCK_FILE)));
  fs.mkdirSync(abs, { recursive: true });
  const file = path.join(abs, LOCK_FILE);
  const mine: LockInfo = {
    pid: process.pid,
    procStart: procStartOf(process.pid),
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(2).join(' ').slice(0, 200),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      try {
        fs.writeSync(fd, JSON.stringify(mine));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const info = readLock(file);
      // An unreadable file may be a holder that has created it and not yet written: wait a moment once.
      if (info === null && attempt === 0) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
        continue;
      }
      if (attempt >= 2 || (info && holderRunning(info))) throw dataDirInUse(abs, info);
      // Stale: remove it and race for it again with O_EXCL (if another process wins, we refuse).
      fs.rmSync(file, { force: true });
    }
  }
  const onExit = () => removeIfMine(file);
  process.once('exit', onExit);
  const lock: DataDirLock = {
    file,
    release() {
      if (held.get(abs) !== lock) return;
      held.delete(abs);
      process.removeListener('exit', onExit);
      removeIfMine(file);
    },
  };
  held.set(abs, lock);
  return lock;
}

function removeIfMine(file: string) {
  const info = readLock(file);
  if (info && info.pid === process.pid && info.host === os.hostname()) fs.rmSync(file, { force: true });
}
