// One definition per domain module: the tables it owns, its routes, its jobs (typed payloads),
// its recurring schedules and its notice templates. The app, the job worker and the CLI iterate
// one list (`modules/index.ts`) instead of importing modules by hand, and the boundary test reads
// `owns` to check that no module names a table it does not own.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { DB } from '../db/schema.ts';
import type { Executor } from './context.ts';
import type { JobContext } from './jobs.ts';
import type { Services } from './services.ts';

export type TableName = keyof DB & string;

/** A kind of background job: its payload is validated on enqueue and again when it runs. Payloads carry ids, never actors. */
export interface JobDefinition<P extends z.ZodType = z.ZodType> {
  kind: string;
  payload: P;
  handler(s: Services, payload: z.infer<P>, job: JobContext): Promise<unknown>;
  maxAttempts?: number;
}

export const defineJob = <P extends z.ZodType>(d: JobDefinition<P>): JobDefinition<P> => d;

/** A job that runs on its own: `next(after)` gives the next run after a run (or after start-up, unless `first` says otherwise). */
export interface Schedule {
  job: JobDefinition<any>;
  next(after: Date): Date;
  first?(now: Date): Date;
}

/** Every `ms` milliseconds. */
export const every = (ms: number) => (after: Date) => new Date(after.getTime() + ms);

/** Daily at `hour`:00 Shanghai time (UTC+8, no daylight saving). */
export const dailyAt = (hour: number) => (after: Date) => {
  const d = new Date(after);
  d.setUTCHours((hour + 24 - 8) % 24, 0, 0, 0);
  if (d <= after) d.setUTCDate(d.getUTCDate() + 1);
  return d;
};

/** A notice text with `{name}` placeholders, in both languages. */
export interface NoticeTemplate {
  zh: string;
  en: string;
}

/** One union's count of what a program delivered in a year (covers in force, members on a settled roster…). */
export interface DeliveryRow {
  program: string;
  orgPath: string;
  /** Done: counts toward a target's actual. */
  delivered: number;
  /** Under way (listed, submitted, awaiting settlement): a target's pending. */
  pending: number;
}

/** Where a union's tree stands: the owner's subtree, optionally only inside (`under`) or outside (`notUnder`) a part of it. */
export interface DeliveryQuery {
  programCodes: readonly string[];
  year: number;
  orgPath: string;
  under?: string;
  notUnder?: string;
}

/**
 * What a module counts for project targets fed by `deliveries` (projects/deliveries.ts): the
 * programs it runs itself, what it counts for each (said beside the target), and the count per
 * union, scoped in the query. Programs no module counts are read from the applications workflow.
 */
export interface DeliveryCounter {
  programs: Readonly<Record<string, { delivered: { zh: string; en: string }; pending: { zh: string; en: string } }>>;
  count(db: Executor, q: DeliveryQuery): Promise<DeliveryRow[]>;
}

export interface ModuleDefinition {
  name: string;
  /** Tables this module creates and alone writes and reads (others go through its service). */
  owns: readonly TableName[];
  routes?(api: FastifyInstance, s: Services): Promise<void> | void;
  jobs?: readonly JobDefinition<any>[];
  schedules?: readonly Schedule[];
  notices?: Readonly<Record<string, NoticeTemplate>>;
  /** Counts of what the programs this module runs delivered, for project targets (see DeliveryCounter). */
  deliveries?: DeliveryCounter;
}

export const defineModule = (m: ModuleDefinition): ModuleDefinition => m;

/**
 * The read-only shared kernel every module may read (never write): org identity and path, member
 * identity (which person is a member of which grassroots union, since when, under which member
 * number) and display names.
 *
 * Member identity is in the kernel because every program's data is scoped *through* it: an
 * application, a payout entry or a cover belongs to a membership, and "every query is scoped to the
 * caller's subtree, inside the query" needs the join membership → org path in the same SQL. Going
 * through the members service instead would move scoping out of the query (fetch ids, then filter).
 * Writes still go only through the members service; card state and notes are not kernel.
 */
export const kernel: Readonly<Partial<Record<TableName, readonly string[]>>> = {
  orgs: ['id', 'parent_id', 'path', 'depth', 'kind', 'name', 'short_name', 'function_code', 'unit_category', 'status'],
  persons: ['id', 'name', 'id_masked', 'phone_masked'],
  memberships: ['id', 'person_id', 'org_id', 'member_no', 'joined_on', 'left_on', 'status'],
  accounts: ['id', 'username', 'display_name', 'role', 'org_id'],
};

export type { Executor };
