// A PostgreSQL-backed job queue: jobs are rows, claimed with FOR UPDATE SKIP LOCKED so several
// server processes can share one queue. Handlers are registered by kind before start; a queued
// kind without a handler stops the worker at start-up rather than failing silently later.
import { sql, type Kysely, type Transaction } from 'kysely';
import type pino from 'pino';
import type { DB } from '../db/schema.ts';

export interface JobProgress {
  phase: string;
  done: number;
  total: number;
}

export interface JobContext {
  id: number;
  payload: Record<string, unknown>;
  progress(p: JobProgress): Promise<void>;
  /**
   * Mark the job done inside the handler's own transaction, so the work and its completion commit
   * together: a crash between the two once left finished work to be run again.
   */
  complete(trx: Kysely<DB> | Transaction<DB>, result?: unknown): Promise<void>;
}

export type JobHandler = (job: JobContext) => Promise<unknown>;

export class JobQueue {
  readonly #handlers = new Map<string, JobHandler>();
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #stopped = true;
  /** Progress of jobs running in this process, readable without a database round-trip. */
  readonly live = new Map<number, JobProgress>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly log: pino.Logger,
    private readonly pollMs = 500,
  ) {}

  register(kind: string, handler: JobHandler) {
    this.#handlers.set(kind, handler);
  }

  async enqueue(kind: string, payload: Record<string, unknown>, opts: { runAt?: Date; maxAttempts?: number } = {}) {
    if (!this.#handlers.has(kind)) throw new Error(`no handler for job kind ${kind}`);
    const row = await this.db
      .insertInto('jobs')
      .values({
        kind,
        payload: JSON.stringify(payload),
        run_at: opts.runAt ?? new Date(),
        ...(opts.maxAttempts ? { max_attempts: opts.maxAttempts } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    this.kick();
    return row.id;
  }

  async start() {
    const kinds = await this.db.selectFrom('jobs').select('kind').distinct().where('status', 'in', ['queued', 'running']).execute();
    const missing = kinds.map((k) => k.kind).filter((k) => !this.#handlers.has(k));
    if (missing.length) throw new Error(`queued jobs have no handler: ${missing.join(', ')}`);
    // A job left running by a stopped process is queued again.
    await this.db.updateTable('jobs').set({ status: 'queued', locked_at: null }).where('status', '=', 'running').execute();
    this.#stopped = false;
    this.kick();
  }

  async stop() {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running;
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
    this.#timer = setTimeout(() => void this.#loop(), 0);
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
      payload: job.payload,
      progress: async (p) => {
        this.live.set(job.id, p);
        await this.db.updateTable('jobs').set({ progress: JSON.stringify(p) }).where('id', '=', job.id).execute();
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
      const result = await handler(ctx);
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
      this.live.delete(job.id);
    }
    return true;
  }
}
