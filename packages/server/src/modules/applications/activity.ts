// What the applications workflow did for some programs in a year, for other modules (issue 5: the
// lifecycle evaluation reads it for projects that link a program; modules talk through services,
// never through another module's tables). Counted like GET /reports/applications: applications of
// the program instances of that code and year, by status; approved amount; paid = the application's
// entries in paid settlement batches (reversals included), an application counting as paid while
// that net is above 0. Scope is an org subtree (`orgPath`, the applicant's union), not an actor:
// the caller decides whose activity it is (a project counts its owner's subtree). `within` (issue 8
// §2) is the part of it the caller may see: the programs' figures and `byOrg` then count only
// applications under `within` (none when null), inside the query; the rest of the subtree comes
// back apart, as `outsideByOrg`, for the evaluation's small-count rule and never as figures.
import type { ApplicationStatus } from '../../db/schema.ts';
import type { Executor } from '../../platform/context.ts';
import * as repo from './repository.ts';

export interface ProgramActivity {
  program: string;
  year: number;
  /** `all`: the whole subtree; `part`: only the caller's scope within it. */
  scope: 'all' | 'part';
  total: number;
  byStatus: Record<ApplicationStatus, number>;
  approved: { count: number; amountYuan: number };
  paid: { count: number; amountYuan: number };
}

/** Counts of one program in one union (the applicant's org path), for rolling up by subtree. */
export interface ProgramActivityByOrg {
  program: string;
  orgPath: string;
  inReview: number;
  approved: number;
  paid: number;
}

const statuses: ApplicationStatus[] = ['in-review', 'returned', 'approved', 'rejected', 'withdrawn'];

type Row = repo.ActivityRow;

export async function programActivity(
  db: Executor,
  q: { programCodes: readonly string[]; year: number; orgPath?: string | undefined; within?: string | null | undefined },
): Promise<{ programs: ProgramActivity[]; byOrg: ProgramActivityByOrg[]; outsideByOrg?: ProgramActivityByOrg[] }> {
  const codes = [...new Set(q.programCodes)];
  if (!codes.length) return { programs: [], byOrg: [], ...(q.within !== undefined ? { outsideByOrg: [] } : {}) };
  const base = { codes, year: q.year, orgPath: q.orgPath };
  const within = q.within;
  const rows =
    within === undefined ? await repo.programActivityRows(db, base) : within === null ? [] : await repo.programActivityRows(db, { ...base, under: within });
  const outside = within === undefined ? undefined : await repo.programActivityRows(db, within === null ? base : { ...base, notUnder: within });

  const programs = codes.map((program): ProgramActivity => {
    const own = rows.filter((r) => r.program === program);
    const add = (f: (r: (typeof rows)[number]) => number) => own.reduce((a, r) => a + Number(f(r)), 0);
    return {
      program,
      year: q.year,
      scope: within === undefined ? 'all' : 'part',
      total: add((r) => r.total),
      byStatus: Object.fromEntries(statuses.map((st) => [st, add((r) => r[st])])) as Record<ApplicationStatus, number>,
      approved: { count: add((r) => r.approved), amountYuan: add((r) => r.approved_fen) / 100 },
      paid: { count: add((r) => r.paid_count), amountYuan: add((r) => r.paid_fen) / 100 },
    };
  });
  const perOrg = (r: Row) => ({
    program: r.program,
    orgPath: r.org_path,
    inReview: Number(r['in-review']),
    approved: Number(r.approved),
    paid: Number(r.paid_count),
  });
  return { programs, byOrg: rows.map(perOrg), ...(outside ? { outsideByOrg: outside.map(perOrg) } : {}) };
}
