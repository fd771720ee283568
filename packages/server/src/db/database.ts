import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, sql, type MigrationResultSet } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { guardPool, type QueryScope } from './query-guard.ts';
import { fsyncTree, pgliteOptions, type Durability } from './pglite-durable.ts';
import { migrations } from './migrations/index.ts';
import type { DB } from './schema.ts';

export type Engine = 'pglite' | 'postgres';

/** One handle for both engines: Kysely for queries, plus the bulk path each engine does best. */
export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Where it lives: the data directory for PGlite, the URL without password for PostgreSQL. */
  location: string;
  /** Bulk-load rows (already in column order) into a table, outside any Kysely transaction. */
  copyRows(table: string, columns: string[], rows: Iterable<unknown[]>): Promise<number>;
  /** PGlite only: the whole data directory as a tarball (test templates, backups). */
  dumpDataDir?(): Promise<Blob>;
  /** PGlite only: a consistent gzipped tarball of the data folder (after a checkpoint), for `shishi backup`. */
  snapshot?(): Promise<Uint8Array>;
  /** PostgreSQL only: cancel what a request's connections still run (its client went away; query-guard.ts). */
  cancel?(scope: QueryScope): Promise<number>;
  close(): Promise<void>;
}

// pg parses int8 as string and date as Date by default; align with PGlite (see pglite-dialect.ts).
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (v: string) => Number(v);
    if (oid === 1082) return (v: string) => v;
    if (oid === 1700) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as any);
  },
} as pg.CustomTypesConfig;

/** COPY text format: escape backslash, tab, newline, carriage return; null as \N. */
const COPY_SPECIAL = /[\\\t\n\r]/;
function copyField(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s: string;
  if (Array.isArray(v)) s = `{${v.map((x) => `"${String(x).replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
  else if (v instanceof Date) s = v.toISOString();
  else if (typeof v === 'object') s = JSON.stringify(v);
  else s = String(v);
  // Most fields have nothing to escape: one scan instead of four replacements (issue 14 §1, the import's staging COPY).
  if (!COPY_SPECIAL.test(s)) return s;
  return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function* copyLines(rows: Iterable<unknown[]>, counter: { n: number }): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += row.map(copyField).join('\t') + '\n';
    counter.n++;
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

const ident = (s: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new Error(`bad identifier ${s}`);
  return `"${s}"`;
};

export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir?: string;
  memory?: boolean;
  durability?: Durability;
  loadDataDir?: Blob;
  /** PostgreSQL: the longest one statement may run, in ms (0 or absent: no limit). Migrations and COPY lift it. */
  statementTimeoutMs?: number;
}): Promise<Database> {
  if (opts.databaseUrl) {
    const timeout = opts.statementTimeoutMs ?? 0;
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 8, types: pgTypes, ...(timeout > 0 && { statement_timeout: timeout }) });
    const guard = guardPool(pool, new pg.Pool({ connectionString: opts.databaseUrl, max: 1, types: pgTypes }));
    // An idle connection can be ended by the server (restart, admin command); pg then emits
    // 'error' on the pool, which would crash the process if nobody listens. The next query
    // simply takes a new connection.
    pool.on('error', (err) => process.emitWarning(`PostgreSQL idle connection closed: ${err.message}`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    const url = new URL(opts.databaseUrl);
    url.password = '';
    return {
      db,
      engine: 'postgres',
      location: url.toString(),
      async copyRows(table, columns, rows) {
        const client = await pool.connect();
        const counter = { n: 0 };
        try {
          // A bulk load is long by design: no statement timeout for it (RESET restores the pool's).
          await client.query('set statement_timeout = 0');
          const stream = client.query(copyFrom(`copy ${ident(table)} (${columns.map(ident).join(',')}) from stdin`));
          await pipeline(Readable.from(copyLines(rows, counter)), stream);
          await client.query('reset statement_timeout');
        } catch (err) {
          client.release(true); // the connection may be mid-COPY or keep the lifted timeout: discard it
          throw err;
        }
        client.release();
        return counter.n;
      },
      cancel: (scope) => guard.cancel(scope),
      close: async () => {
        await db.destroy();
        await guard.close();
      },
    };
  }
  let dataDir = 'memory://';
  const durability = opts.durability ?? 'full';
  let lock: DataDirLock | null = null;
  if (!opts.memory) {
    // One process per data folder (see data-dir-lock.ts): a second one is refused before it touches the files.
    lock = lockDataDir(opts.dataDir ?? './data');
    dataDir = path.resolve(opts.dataDir ?? './data', 'pgdata');
    fs.mkdirSync(dataDir, { recursive: true });
  }
  let pgl: PGlite;
  try {
    // On disk, commits are fsynced unless SHISHI_DURABILITY=relaxed (see pglite-durable.ts for why PGlite needs help).
    pgl = opts.memory
      ? await PGlite.create(dataDir, opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {})
      : await PGlite.create({ ...pgliteOptions(dataDir, durability), ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}) });
  } catch (err) {
    lock?.release();
    throw err;
  }
  if (!opts.memory && durability === 'full') fsyncTree(dataDir);
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pgl) });
  return {
    db,
    engine: 'pglite',
    location: dataDir,
    async copyRows(table, columns, rows) {
      // PGlite reads COPY input from a blob it is handed as /dev/blob; hold the connection lock meanwhile.
      const counter = { n: 0 };
      await db.connection().execute(async () => {
        const parts: string[] = [];
        let size = 0;
        const flush = async () => {
          if (!parts.length) return;
          const blob = new Blob(parts);
          parts.length = 0;
          size = 0;
          await pgl.query(`copy ${ident(table)} (${columns.map(ident).join(',')}) from '/dev/blob'`, [], { blob });
        };
        for (const chunk of copyLines(rows, counter)) {
          parts.push(chunk);
          size += chunk.length;
          if (size > 16 << 20) await flush();
        }
        await flush();
      });
      return counter.n;
    },
    dumpDataDir: () => db.connection().execute(async () => (await pgl.dumpDataDir('none')) as Blob),
    async snapshot() {
      // Hold the connection: no transaction runs between the checkpoint and the copy of the files.
      return db.connection().execute(async () => {
        await pgl.exec('checkpoint');
        return new Uint8Array(await (await pgl.dumpDataDir('gzip')).arrayBuffer());
      });
    },
    async close() {
      try {
        await db.destroy();
        await pgl.close();
      } finally {
        lock?.release();
      }
    },
  };
}

export async function migrateToLatest(db: Kysely<DB>): Promise<MigrationResultSet> {
  // On one connection whose statement timeout is lifted: building an index over millions of rows is long by design.
  return db.connection().execute(async (conn) => {
    await sql`set statement_timeout = 0`.execute(conn);
    try {
      const migrator = new Migrator({
        db: conn,
        provider: { getMigrations: async () => migrations },
        migrationTableName: 'schema_migrations',
        migrationLockTableName: 'schema_migrations_lock',
      });
      const result = await migrator.migrateToLatest();
      if (result.error) throw result.error;
      return result;
    } finally {
      await sql`reset statement_timeout`.execute(conn);
    }
  });
}

/**
 * After a bulk load: VACUUM (ANALYZE) the tables it filled, on one connection without a statement
 * timeout. ANALYZE gives the planner row counts (without it, it estimated 1 row for 3.5 million and
 * chose nested loops, issue 14 §2); VACUUM sets the visibility map, without which no index-only scan
 * runs (PGlite has no autovacuum to do it later; a PostgreSQL server would, after a while).
 */
export async function analyzeAfterBulkLoad(db: Kysely<DB>, tables: readonly string[]): Promise<void> {
  if (!tables.length) return;
  const names = tables.map((t) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(t)) throw new Error(`bad identifier ${t}`);
    return t;
  });
  await db.connection().execute(async (conn) => {
    await sql`set statement_timeout = 0`.execute(conn);
    try {
      await sql.raw(`vacuum (analyze) ${names.join(', ')}`).execute(conn);
    } finally {
      await sql`reset statement_timeout`.execute(conn);
    }
  });
}
