// Evaluation: planned against actual for each target, and progress rolled up. Actual numbers come
// from accepted progress reports only (a submitted report counts as "pending" until the level above
// accepts it). A target split across regional unions rolls up from its parts, each weighted by its
// share and capped at 100 %, so one union's surplus does not hide another's shortfall (Decidim's
// results tree, with targets). A project's progress is the weighted mean of its top-level targets.
//
// Who a report counts for once a target is split (one rule for progress and for money): the owner
// of the list keeps whatever it did not hand down, the *unallocated remainder* (planned − the
// top-level shares, never below 0), and files for it itself (progress/service.ts `reporters`).
// A report counts toward the part whose union holds it in its subtree; a report by the owner (or
// any union outside every share) counts toward the remainder. Progress caps each part, the
// remainder included, at its size (so a surplus never hides a shortfall), over the whole target
// (shares + remainder). Money is what was paid: every accepted report's subsidy counts in
// `spentYuan`, the owner's included, exactly the reports that count toward progress; only the cap
// differs (a surplus is still money spent). Before this rule a split target ignored the owner's
// accepted report in progress while `spentYuan` included it, and a partial split reached 100 %
// without its remainder.
//
// Applications (issue 5): a project that links policy programs (plan.policyPrograms) carries
// `programActivity`, what the applications workflow did for those programs in the list's year, in
// the list owner's subtree (applications/activity.ts, the same counts as GET /reports/applications).
// A target may take its actual from there instead of from reports (`actualFrom`): the approved (or
// paid) applications of all the linked programs, counted toward a share by the applicant's union as
// a report is by the filing union; `pending` is then what is still in review (or approved, unpaid).
// Report values given for such a target are not counted. Progress rolls up as above.
import { sql } from 'kysely';
import type { TargetActualFrom } from '../../db/schema.ts';
import type { Executor } from '../../platform/context.ts';
import { programActivity, type ProgramActivity, type ProgramActivityByOrg } from '../applications/activity.ts';
import { toYuan } from '../lifecycle/shared.ts';

export interface PartEvaluation {
  allocationId: number;
  orgId: number;
  orgName: string;
  shortName: string | null;
  allocationNo: number | null;
  planned: number;
  actual: number;
  percent: number;
  behind: boolean;
}

export interface TargetEvaluation {
  targetId: number;
  parentTargetId: number | null;
  indicator: string;
  unit: string;
  /** Where the actual comes from: accepted progress reports, or the linked programs' applications. */
  actualFrom: TargetActualFrom;
  planned: number;
  weight: number;
  actual: number;
  pending: number;
  percent: number;
  allocated: number | null;
  /** The regional parts do not add up to the target (e.g. 001 附件1: rows 10,001, target 10,000). */
  allocationMismatch: boolean;
  parts: PartEvaluation[];
  /** What the owner kept when the target is split (null when it is not): reports outside every share count here. */
  remainder: { planned: number; actual: number; percent: number; behind: boolean } | null;
}

export interface ProjectEvaluation {
  projectId: number;
  percent: number | null;
  expectedPercent: number;
  behind: boolean;
  status: 'planned' | 'in-progress' | 'completed';
  budgetYuan: number | null;
  spentYuan: number;
  pendingYuan: number;
  targets: TargetEvaluation[];
  /** The applications workflow of each linked program in the list's year (empty when none is linked). */
  programActivity: ProgramActivity[];
}

type EvaluatedProject = { id: number; year: number; budget_fen: number | null; policy_programs: string[]; slate_org_path: string };

const pct = (a: number, b: number) => (b > 0 ? Math.min(a / b, 1) : 0);
const round1 = (x: number) => Math.round(x * 1000) / 10;

/** Share of the year gone by on `asOf` (0 before it starts, 1 after it ends). */
export function expectedShare(year: number, asOf: string): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const t = Date.parse(`${asOf}T00:00:00Z`) + 86400_000; // the day counts once it has begun
  return Math.max(0, Math.min(1, (t - start) / (end - start)));
}

/** The linked programs' activity, one query per list owner and year (a list's projects share both). */
async function activityOf(db: Executor, projects: EvaluatedProject[]) {
  const groups = new Map<string, { year: number; orgPath: string; codes: Set<string>; ids: number[] }>();
  for (const p of projects) {
    if (!p.policy_programs.length) continue;
    const key = `${p.year} ${p.slate_org_path}`;
    const g = groups.get(key) ?? { year: p.year, orgPath: p.slate_org_path, codes: new Set<string>(), ids: [] };
    p.policy_programs.forEach((c) => g.codes.add(c));
    g.ids.push(p.id);
    groups.set(key, g);
  }
  const out = new Map<number, { programs: ProgramActivity[]; byOrg: ProgramActivityByOrg[] }>();
  await Promise.all(
    [...groups.values()].map(async (g) => {
      const a = await programActivity(db, { programCodes: [...g.codes], year: g.year, orgPath: g.orgPath });
      for (const id of g.ids) {
        const codes = projects.find((p) => p.id === id)!.policy_programs;
        out.set(id, { programs: a.programs.filter((x) => codes.includes(x.program)), byOrg: a.byOrg.filter((x) => codes.includes(x.program)) });
      }
    }),
  );
  return out;
}

export async function evaluateProjects(db: Executor, projects: EvaluatedProject[], asOf: string): Promise<Map<number, ProjectEvaluation>> {
  const out = new Map<number, ProjectEvaluation>();
  if (!projects.length) return out;
  const ids = projects.map((p) => p.id);
  const [targets, allocations, values, money, activity] = await Promise.all([
    db.selectFrom('targets').selectAll().where('project_id', 'in', ids).orderBy('id').execute(),
    db
      .selectFrom('target_allocations')
      .innerJoin('targets', 'targets.id', 'target_allocations.target_id')
      .innerJoin('orgs', 'orgs.id', 'target_allocations.org_id')
      .select(['target_allocations.id', 'target_allocations.target_id', 'target_allocations.org_id', 'target_allocations.parent_id', 'target_allocations.planned_value', 'orgs.name', 'orgs.short_name', 'orgs.path', 'orgs.allocation_no'])
      .where('targets.project_id', 'in', ids)
      .where('target_allocations.parent_id', 'is', null)
      .orderBy('orgs.allocation_no')
      .orderBy('orgs.id')
      .execute(),
    db
      .selectFrom('progress_values')
      .innerJoin('progress_reports', 'progress_reports.id', 'progress_values.report_id')
      .innerJoin('orgs', 'orgs.id', 'progress_reports.org_id')
      .select(['progress_values.target_id', 'progress_values.achieved', 'progress_reports.status', 'orgs.path'])
      .where('progress_reports.project_id', 'in', ids)
      .where('progress_reports.status', 'in', ['accepted', 'submitted'])
      .execute(),
    db
      .selectFrom('progress_reports')
      .select(['project_id', 'status', sql<number>`sum(subsidy_fen)`.as('fen')])
      .where('project_id', 'in', ids)
      .where('status', 'in', ['accepted', 'submitted'])
      .groupBy(['project_id', 'status'])
      .execute(),
    activityOf(db, projects),
  ]);
  for (const p of projects) {
    const expected = expectedShare(p.year, asOf);
    const own = targets.filter((t) => t.project_id === p.id);
    const programs = activity.get(p.id) ?? { programs: [], byOrg: [] };
    type Where = (path: string) => boolean;
    // `accepted` / `submitted` are the report statuses; a target fed by applications reads the
    // matching counts (approved / in review, or paid / approved but unpaid) of the applicant's union.
    const fromApplications = (from: Exclude<TargetActualFrom, 'reports'>, status: string, where?: Where) =>
      programs.byOrg
        .filter((o) => !where || where(o.orgPath))
        .reduce((a, o) => a + (from === 'approved-applications' ? (status === 'accepted' ? o.approved : o.inReview) : status === 'accepted' ? o.paid : Math.max(0, o.approved - o.paid)), 0);
    const direct = (targetId: number, status: string, where?: Where) => {
      const from = own.find((t) => t.id === targetId)!.actual_from;
      if (from !== 'reports') return fromApplications(from, status, where);
      return values.filter((v) => v.target_id === targetId && v.status === status && (!where || where(v.path))).reduce((a, v) => a + Number(v.achieved), 0);
    };
    // A parent target (100 driver homes) counts its own reports and its children's (80 micro + 20 comprehensive).
    const sum = (targetId: number, status: string, where?: Where): number =>
      direct(targetId, status, where) + own.filter((c) => c.parent_id === targetId).reduce((a, c) => a + sum(c.id, status, where), 0);
    const evals: TargetEvaluation[] = own.map((t) => {
      const planned = Number(t.planned_value);
      const actual = sum(t.id, 'accepted');
      const shares = allocations.filter((a) => a.target_id === t.id);
      const parts = shares
        .map((a) => {
          const partActual = sum(t.id, 'accepted', (path) => path.startsWith(a.path));
          const share = pct(partActual, Number(a.planned_value));
          return {
            allocationId: a.id, orgId: a.org_id, orgName: a.name, shortName: a.short_name, allocationNo: a.allocation_no,
            planned: Number(a.planned_value), actual: partActual, percent: round1(share), behind: share < expected,
          };
        });
      const allocated = parts.length ? parts.reduce((a, x) => a + x.planned, 0) : null;
      let remainder: TargetEvaluation['remainder'] = null;
      let share = pct(actual, planned);
      if (parts.length) {
        const left = Math.max(0, planned - allocated!);
        const leftActual = sum(t.id, 'accepted', (path) => !shares.some((a) => path.startsWith(a.path)));
        const leftShare = pct(leftActual, left);
        remainder = { planned: left, actual: leftActual, percent: round1(leftShare), behind: left > 0 && leftShare < expected };
        const whole = allocated! + left;
        share = whole > 0 ? (parts.reduce((a, x) => a + Math.min(x.actual, x.planned), 0) + Math.min(leftActual, left)) / whole : 0;
      }
      return {
        targetId: t.id, parentTargetId: t.parent_id, indicator: t.indicator, unit: t.unit, actualFrom: t.actual_from, planned, weight: t.weight,
        actual, pending: sum(t.id, 'submitted'), percent: round1(share), allocated, allocationMismatch: allocated !== null && allocated !== planned, parts, remainder,
      };
    });
    const top = evals.filter((e) => e.parentTargetId === null);
    const totalWeight = top.reduce((a, e) => a + e.weight, 0);
    const share = totalWeight ? top.reduce((a, e) => a + (e.weight * e.percent) / 100, 0) / totalWeight : null;
    const fen = (status: string) => Number(money.find((m) => m.project_id === p.id && m.status === status)?.fen ?? 0);
    out.set(p.id, {
      projectId: p.id,
      percent: share === null ? null : round1(share),
      expectedPercent: round1(expected),
      behind: share !== null && share < expected,
      status: share === null || (share === 0 && !values.some((v) => own.some((t) => t.id === v.target_id)) && !evals.some((e) => e.actual > 0 || e.pending > 0)) ? 'planned' : share >= 1 ? 'completed' : 'in-progress',
      budgetYuan: toYuan(p.budget_fen),
      spentYuan: toYuan(fen('accepted'))!,
      pendingYuan: toYuan(fen('submitted'))!,
      targets: evals,
      programActivity: programs.programs,
    });
  }
  return out;
}
