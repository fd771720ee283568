// Two limits on what one request can cost the database (issue 14 §2), on PostgreSQL:
//  - a statement timeout (STATEMENT_TIMEOUT_MS, default 30 s) on every connection of the pool, lifted
//    only for work that is long by design (migrations, bulk COPY), which set it per connection;
//  - requests cancelled when their client goes away: each connection a request takes from the pool
//    is remembered in the request's async context, and when the client closes the connection before
//    the answer is sent, the server asks PostgreSQL to cancel whatever those connections still run
//    (`pg_cancel_backend`, over a separate one-connection pool so a saturated pool cannot block it),
//    and the request gets no further connection from the pool (its next statement fails at once).
//    Forty list requests abandoned by impatient users once kept the database busy for minutes.
// Written here rather than taken from a library: Kysely has no cancellation (no AbortSignal) and pg
// cancels only through another connection; the pieces are small and this file is all of them.
// PGlite has neither (a single in-process connection, no timers in WebAssembly): there, the query
// shapes themselves keep requests short (see the README's performance section).
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';

/** What one request holds: the pool connections it is using now. */
export interface QueryScope {
  clients: Set<pg.PoolClient>;
  /** Set when the client went away. */
  abandoned: boolean;
  /** A read (GET/HEAD): once abandoned it takes no connection at all (57014 at once). */
  read: boolean;
}

const scopes = new AsyncLocalStorage<QueryScope>();

/** Run `fn` (and everything it starts) as one request's database work. */
export const runInQueryScope = <T>(scope: QueryScope, fn: () => T): T => scopes.run(scope, fn);

export const newQueryScope = (read = true): QueryScope => ({ clients: new Set(), abandoned: false, read });

/**
 * Run `fn` outside any request's scope: work that outlives the request that started it (the job
 * worker's loop, kicked by a request that enqueued a job, inherits that request's async context and
 * would otherwise be cancelled with it).
 */
export const outsideQueryScope = <T>(fn: () => T): T => scopes.exit(fn);

export interface GuardedPool {
  /** Cancel every statement the scope's connections are running (the client went away). */
  cancel(scope: QueryScope): Promise<number>;
  close(): Promise<void>;
}

/**
 * Make `pool` remember, per request scope, the connections in use, and give a way to cancel them.
 * `cancelPool` is a separate pool of one connection to the same database.
 */
export function guardPool(pool: pg.Pool, cancelPool: pg.Pool): GuardedPool {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  const cancelBackends = async (pids: number[]) => {
    if (!pids.length) return 0;
    const r = await cancelPool.query<{ n: string }>('select count(*) filter (where pg_cancel_backend(pid)) as n from unnest($1::int[]) as pid', [pids]);
    return Number(r.rows[0]?.n ?? 0);
  };
  const pidOf = (c: pg.PoolClient) => (c as unknown as { processID?: number }).processID;
  (pool as unknown as { connect: () => Promise<pg.PoolClient> }).connect = async () => {
    const client = await connect();
    const scope = scopes.getStore();
    if (!scope) return client;
    if (scope.abandoned && scope.read) {
      // Nobody waits for the answer: no new statement starts. (Cancelling it over the other pool would
      // race it: a cancel that reaches an idle backend does nothing, and the statement then runs.)
      client.release();
      throw Object.assign(new Error('canceling statement: the client went away'), { code: '57014' });
    }
    scope.clients.add(client);
    const release = client.release.bind(client);
    client.release = (err?: Error | boolean) => {
      scope.clients.delete(client);
      client.release = release;
      return release(err);
    };
    if (scope.abandoned) {
      // A write whose client left while it ran: what it starts next is cancelled as it starts (as before).
      const pid = pidOf(client);
      if (pid) void cancelBackends([pid]).catch(() => undefined);
    }
    return client;
  };
  return {
    async cancel(scope) {
      scope.abandoned = true;
      const pids = [...scope.clients].map(pidOf).filter((p): p is number => typeof p === 'number');
      return cancelBackends(pids);
    },
    close: () => cancelPool.end(),
  };
}

/** SQLSTATE 57014 (query_canceled): a statement timeout or a cancel request. */
export const isQueryCanceled = (e: unknown): boolean => (e as { code?: string } | null)?.code === '57014';

/**
 * The request side: every request's database work runs in its own scope, and a client that closes
 * its connection before the answer is complete has its statements cancelled. `app` is a Fastify
 * instance (typed loosely so this file stays free of the web framework's types).
 */
export function installRequestCancel(
  app: { addHook(name: 'onRequest', fn: (req: any, reply: any, done: () => void) => void): unknown },
  cancel: ((scope: QueryScope) => Promise<number>) | undefined,
  log?: { info(obj: object, msg: string): void },
): void {
  if (!cancel) return; // PGlite: nothing to cancel (see above)
  app.addHook('onRequest', (req, reply, done) => {
    const scope = newQueryScope(req.method === 'GET' || req.method === 'HEAD');
    const res = reply.raw as import('node:http').ServerResponse;
    res.once('close', () => {
      if (res.writableFinished) return;
      // A read is marked abandoned even when no statement runs at this instant (between a list's page
      // and its count, or before its first): it takes no connection afterwards (57014 at once).
      // A write between two transactions is left to finish what it began (each is whole on its own).
      if (!scope.clients.size && !scope.read) return;
      void cancel(scope).then(
        (n) => n && log?.info({ reqId: req.id, cancelled: n }, 'client went away: its statements were cancelled'),
        () => undefined,
      );
    });
    runInQueryScope(scope, done);
  });
}
