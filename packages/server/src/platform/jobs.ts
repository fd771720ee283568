// A PostgreSQL-backed job queue: jobs are rows, claimed with FOR UPDATE SKIP LOCKED so several
// server processes can share one queue. Kinds are declared by the modules (`JobDefinition`, with a
// zod payload) and registered from the module list at start-up; a queued kind without a handler
// stops the worker at start-up rather than failing silently later. Recurring work is a `Schedule`.
import { sql, type Kysely, type Transaction } from 'kysely';
import type pino from 'pino';
import type { z } from 'zod';
import type { DB } from '../db/schema.ts';
import { outsideQueryScope } from '../db/query-guard.ts';
import type { Executor } from './context.ts';
import type { JobDefinition, Schedule } from './module.ts';
import type { Services } from './services.ts';

export interface JobProgress {
  phase: string;
  done: number;
  total: number;
}

export interface JobContext {
  id: number;
  /**
   * Report progress: kept in memory for pollers in this process and stored on the job row. With
   * `memoryOnly`, the row is not touched (a long embedded-database transaction holds the only
   * connection, and a poller must still get an answer).
   */
  progress(p: JobProgress, opts?: { memoryOnly?: boolean }): Promise<void>;
  /**
   * Mark the job done inside the handler's own transaction, so the work and its completion commit
   * together: a crash between the two once left finished work to be run again.
   */
  complete(trx: Kysely<DB> | Transaction<DB>, result?: unknown): Promise<void>;
}

type BoundHandler = (payload: unknown, job: JobContext) => Promise<unknown>;

export class JobQueue {
  readonly #handlers = new Map<string, { payload: z.ZodType; run: BoundHandler; maxAttempts?: number }>();
  readonly #schedules: Schedule[] = [];
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #stopped = true;
  /** Progress of jobs running in this process, readable without a database round-trip. */
  readonly #live = new Map<number, JobProgress>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly log: pino.Logger,
    private readonly pollMs = 500,
  ) {}

  /** Register a kind of job with the services its handler runs with (from the module list, at start-up). */
  register<P extends z.ZodType>(def: JobDefinition<P>, s: Services) {
    this.#handlers.set(def.kind, {
      payload: def.payload,
      run: (payload, job) => def.handler(s, payload as z.infer<P>, job),
      ...(def.maxAttempts ? { maxAttempts: def.maxAttempts } : {}),
    });
  }

  /** A job that runs on its own: one instance is kept queued, and each run queues the next. */
  addSchedule(schedule: Schedule) {
    if (!this.#handlers.has(schedule.job.kind)) throw new Error(`schedule of ${schedule.job.kind} without its job registered`);
    this.#schedules.push(schedule);
  }

  /**
   * The one way to queue a job: in the caller's transaction (`db` may be a Transaction), so the job
   * exists exactly when the work that asked for it commits. The payload is checked against the
   * job's schema here and again when it runs.
   */
  async enqueue<P extends z.ZodType>(db: Executor, def: JobDefinition<P>, payload: z.input<P>, opts: { runAt?: Date } = {}) {
    if (!this.#handlers.has(def.kind)) throw new Error(`no handler for job kind ${def.kind}`);
    const checked = def.payload.parse(payload);
    const row = await db
      .insertInto('jobs')
      .values({
        kind: def.kind,
        payload: JSON.stringify(checked),
        run_at: opts.runAt ?? new Date(),
        ...(def.maxAttempts ? { max_attempts: def.maxAttempts } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The worker looks again shortly (the row becomes visible when the caller commits), outside the
    // request that enqueued: its loop must not be cancelled when that request's client goes away.
    outsideQueryScope(() => setTimeout(() => this.kick(), 0));
    return row.id;
  }

  /** Progress of a job running in this process (undefined when none is known here). */
  progressOf(jobId: number): JobProgress | undefined {
    return this.#live.get(jobId);
  }

  /** A job's state as stored: status, the last progress it reported, its last error (undefined when there is no such job). */
  async stateOf(jobId: number, db: Executor = this.db): Promise<{ status: string; progress: JobProgress | null; lastError: string | null } | undefined> {
    const row = await db.selectFrom('jobs').select(['status', 'progress', 'last_error']).where('id', '=', jobId).executeTakeFirst();
    return row && { status: row.status, progress: (row.progress as JobProgress | null) ?? null, lastError: row.last_error };
  }

  async start() {
    const kinds = await this.db.selectFrom('jobs').select('kind').distinct().where('status', 'in', ['queued', 'running']).execute();
    const missing = kinds.map((k) => k.kind).filter((k) => !this.#handlers.has(k));
    if (missing.length) throw new Error(`queued jobs have no handler: ${missing.join(', ')}`);
    // A job left running by a stopped process is queued again.
    await this.db.updateTable('jobs').set({ status: 'queued', locked_at: null }).where('status', '=', 'running').execute();
    for (const sch of this.#schedules) await this.#ensureScheduled(sch, (sch.first ?? sch.next)(new Date()));
    this.#stopped = false;
    this.kick();
  }

  async stop() {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  async #ensureScheduled(sch: Schedule, runAt: Date) {
    const queued = await this.db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', sch.job.kind)
      .where('status', 'in', ['queued', 'running'])
      .executeTakeFirst();
    if (!queued) await this.enqueue(this.db, sch.job, {}, { runAt });
  }

  /** Run every due job now (used by the CLI and tests, where no worker loop runs). */
  async drain() {
    while (await this.#runOne()) {
      /* keep going */
    }
  }

  kick() {
    if (this.#stopped || this.#running) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = outsideQueryScope(() => setTimeout(() => void this.#loop(), 0));
  }

  async #loop() {
    this.#timer = null;
    this.#running = (async () => {
      try {
        while (!this.#stopped && (await this.#runOne())) {
          /* next */
        }
      } catch (err) {
        this.log.error({ err }, 'job loop failed');
      }
    })();
    await this.#running;
    this.#running = null;
    if (!this.#stopped) this.#timer = setTimeout(() => void this.#loop(), this.pollMs);
  }

  async #runOne(): Promise<boolean> {
    const claimed = await sql<{ id: number; kind: string; payload: Record<string, unknown>; attempts: number; max_attempts: number }>`
      update jobs set status = 'running', locked_at = now(), attempts = attempts + 1
      where id = (
        select id from jobs where status = 'queued' and run_at <= now()
        order by run_at, id for update skip locked limit 1)
      returning id, kind, payload, attempts, max_attempts`.execute(this.db);
    const job = claimed.rows[0];
    if (!job) return false;
    const handler = this.#handlers.get(job.kind);
    const ctx: JobContext = {
      id: job.id,
      progress: async (p, opts = {}) => {
        this.#live.set(job.id, p);
        if (!opts.memoryOnly)
          await this.db
            .updateTable('jobs')
            .set({ progress: JSON.stringify(p) })
            .where('id', '=', job.id)
            .execute();
      },
      complete: async (trx, result) => {
        await trx
          .updateTable('jobs')
          .set({ status: 'done', finished_at: new Date(), result: JSON.stringify(result ?? null) })
          .where('id', '=', job.id)
          .execute();
      },
    };
    try {
      if (!handler) throw new Error(`no handler for ${job.kind}`);
      const result = await handler.run(handler.payload.parse(job.payload), ctx);
      // Unless the handler completed the job in its own transaction already.
      await this.db
        .updateTable('jobs')
        .set({ status: 'done', finished_at: new Date(), result: JSON.stringify(result ?? null) })
        .where('id', '=', job.id)
        .where('status', '=', 'running')
        .execute();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.log.warn({ jobId: job.id, kind: job.kind, err: message }, 'job failed');
      const final = job.attempts >= job.max_attempts;
      await this.db
        .updateTable('jobs')
        .set({
          status: final ? 'failed' : 'queued',
          last_error: message.slice(0, 2000),
          run_at: new Date(Date.now() + 2 ** job.attempts * 1000),
          ...(final ? { finished_at: new Date() } : {}),
        })
        .where('id', '=', job.id)
        // A job the handler completed in its transaction stays done, whatever failed after the commit.
        .where('status', '=', 'running')
        .execute();
    } finally {
      this.#live.delete(job.id);
      const sch = this.#schedules.find((x) => x.job.kind === job.kind);
      if (sch) await this.#ensureScheduled(sch, sch.next(new Date())).catch((err) => this.log.error({ err }, 'could not schedule the next run'));
    }
    return true;
  }
}
