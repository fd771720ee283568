// A Kysely dialect over embedded PGlite. PGlite is one connection, so the driver hands it out
// to one holder at a time (a FIFO mutex): a transaction owns the connection until it ends,
// and no other query can slip into it. Written here rather than taken from npm because the
// published adapters either pin PGlite ≤ 0.4 or mixed concurrent transactions (data-layer-notes.md).
import { type PGlite, types } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/** Parsers shared with the pg driver so both engines return the same JSON. */
export const pgliteParsers = {
  [types.INT8]: (v: string) => Number(v),
  [types.NUMERIC]: (v: string) => v,
  [types.DATE]: (v: string) => v,
  [types.TIMESTAMPTZ]: (v: string) => new Date(v),
  [types.TIMESTAMP]: (v: string) => new Date(v),
};

class Mutex {
  #tail: Promise<void> = Promise.resolve();
  lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return acquired;
  }
}

class PGliteConnection implements DatabaseConnection {
  constructor(readonly pg: PGlite) {}
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const opts = { rowMode: 'object' as const, parsers: pgliteParsers };
    // Without parameters use the simple protocol, which (like pg) accepts several statements:
    // migrations are written as one script.
    const res = compiled.parameters.length
      ? await this.pg.query<R>(compiled.sql, compiled.parameters as unknown[], opts)
      : ((await this.pg.exec(compiled.sql, opts)).at(-1) as Awaited<ReturnType<PGlite['query']>> & { rows: R[] });
    const affected = res.affectedRows;
    return {
      rows: res.rows,
      ...(affected !== undefined && !/^\s*select/i.test(compiled.sql) ? { numAffectedRows: BigInt(affected) } : {}),
    };
  }
  // biome-ignore lint/correctness/useYield: the interface asks for a generator; PGlite has no cursor to stream from
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported on PGlite');
  }
}

class PGliteDriver implements Driver {
  readonly #mutex = new Mutex();
  readonly #conn: PGliteConnection;
  readonly #releases = new WeakMap<DatabaseConnection, () => void>();
  constructor(pg: PGlite) {
    this.#conn = new PGliteConnection(pg);
  }
  async init() {}
  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#mutex.lock();
    // One connection object; the release function of the current holder is kept beside it.
    this.#releases.set(this.#conn, release);
    return this.#conn;
  }
  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings) {
    const iso = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    await conn.executeQuery(CompiledQuery.raw(`begin${iso}`));
  }
  async commitTransaction(conn: DatabaseConnection) {
    await conn.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(conn: DatabaseConnection) {
    await conn.executeQuery(CompiledQuery.raw('rollback'));
  }
  async releaseConnection(conn: DatabaseConnection) {
    const release = this.#releases.get(conn);
    this.#releases.delete(conn);
    release?.();
  }
  async destroy() {}
}

export class PGliteDialect implements Dialect {
  constructor(readonly pg: PGlite) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver() {
    return new PGliteDriver(this.pg);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
}
