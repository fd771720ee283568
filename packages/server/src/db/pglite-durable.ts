// Durable commits for embedded PGlite on a node data folder.
//
// What PGlite 0.5.16 does out of the box (read from node_modules/@electric-sql/pglite/dist, sources in the
// .js.map files):
//  1. It starts PostgreSQL with `-F` (fsync = off): src/pglite.ts:152, `PGlite.defaultStartParams`.
//  2. Its NodeFS mounts Emscripten's NODEFS on the data folder (src/fs/nodefs.ts, `mod.FS.mount(nodefs, …)`);
//     NODEFS writes with fs.writeSync, so a committed WAL record reaches the kernel before COMMIT returns
//     (a killed process loses nothing), but nothing is ever flushed to the disk:
//  3. NodeFS.syncToFs() is the no-op inherited from EmscriptenBuiltinFilesystem (src/fs/base.ts:62), so
//     `relaxedDurability` and the missing sync after `transaction()` (electric-sql/pglite#1065) change nothing
//     on node;
//  4. even with fsync on, PostgreSQL's fdatasync() lands in Emscripten's `___syscall_fdatasync`, which returns 0
//     without doing anything, and fsync() lands in `_fd_sync`, which calls `stream_ops.fsync` — a hook NODEFS
//     does not define (dist/chunk-XZUEO4BZ.js, `NODEFS={…stream_ops:{…}}`, `function _fd_sync`).
// So a power cut could lose any commit of the last ~30 s (the kernel's writeback delay) and, with no write
// ordering at all, leave a data folder PostgreSQL cannot recover.
//
// 'full' (the default) lets PostgreSQL do its own job: fsync on, WAL synced with fsync() (the call that reaches
// the hook), and the hook given to NODEFS so fsync() becomes a real fsync(2) of the file. PostgreSQL then syncs
// the WAL before it acknowledges a commit, data files and directories at checkpoints, renamed files, as on any
// server. 'relaxed' keeps PGlite's defaults: fast, safe against a crashed process, not against a power cut.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import { fsyncPath } from '../platform/durable-file.ts';

export type Durability = 'full' | 'relaxed';

/** Called with the path (inside PGlite) of every file PostgreSQL fsyncs; tests count WAL syncs with it. */
export type FsyncObserver = (file: string) => void;
const observers = new Set<FsyncObserver>();
export function observeFsync(fn: FsyncObserver): () => void {
  observers.add(fn);
  return () => observers.delete(fn);
}

class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const r = await super.init(pg, opts);
    // preRun: before PostgreSQL starts, so crash recovery and its end-of-recovery checkpoint sync too.
    (r.emscriptenOpts.preRun as ((mod: any) => void)[]).push((mod: any) => {
      const nodefs = mod.NODEFS;
      // Every NODEFS node and stream shares this object, so the hook applies to every file.
      nodefs.stream_ops.fsync = (stream: { nfd: number; path?: string }) => {
        // An I/O error becomes an errno for PostgreSQL, which then refuses the commit (data_sync_retry=off).
        nodefs.tryFSOperation(() => fs.fsyncSync(stream.nfd));
        for (const o of observers) o(stream.path ?? '');
        return 0;
      };
    });
    return r;
  }
}

export function pgliteOptions(dataDir: string, durability: Durability): PGliteOptions {
  if (durability === 'relaxed') return { dataDir };
  return {
    fs: new DurableNodeFS(dataDir),
    startParams: [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'fsync=on', '-c', 'wal_sync_method=fsync'],
  };
}

/**
 * fsync every file and folder of the data folder, once at open. Files written without fsync — by PGlite's
 * initdb, a restore, or an earlier run in 'relaxed' mode — are on the disk from here on; PostgreSQL keeps
 * what it writes later in sync itself. About a thousand files: tens of milliseconds on a warm cache.
 */
export function fsyncTree(dir: string): number {
  let n = 0;
  const syncPath = (p: string) => {
    fsyncPath(p);
    n++;
  };
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) syncPath(p);
    }
    syncPath(d);
  };
  walk(dir);
  syncPath(path.dirname(dir));
  return n;
}
