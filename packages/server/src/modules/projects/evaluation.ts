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
//
// Deliveries (migration 0044): a target may instead count what the linked programs' own modules
// delivered (`deliveries`, projects/deliveries.ts): covers confirmed for member protection, members
// on settled rosters for trips and checkups, approved applications for programs run as applications;
// pending is what is under way (listed, submitted). The same roll-up, shares and small-count rule.
//
// Who sees application figures (issue 8 §2; applications carry health data, e.g. a condolence
// payment). The evaluation is computed for a viewer, the caller's scope. A viewer whose scope holds
// the list's owner sees everything as above. Any other viewer (a district on the federation's list,
// another district on a published list, the public page) gets `programActivity` counted inside its
// own scope only (`scope: 'part'`, none for the public), in the query. The target figures that
// count applications (actual, pending, percent of an applications target and of the targets above
// it, the project's percent) are the owner's whole subtree, and so hold applications outside the
// viewer's scope: the viewer knows its own part and could subtract it. Reading of "counts below 5
// outside it are never shown": such a figure is shown only when, for every program and count it
// sums (in review, approved, paid, approved-unpaid), the applications outside the viewer's scope
// number 0 or at least MIN_COUNT; otherwise it is null with `suppressed: true` (the UI shows "<5").
// A zero points at nobody and is shown. Counts that add up (approved = paid + approved-unpaid)
// are withheld together, so the one withheld cannot be had by difference; a percent goes with its
// actual, a project's percent with any of its top-level targets; the remainder's application
// figures (what lies outside every share) are always withheld from such viewers. Parts in the
// viewer's own scope are shown. Status and `behind` are kept (they say "ahead/behind", no count).
import type { TargetActualFrom } from '../../db/schema.ts';
import { scopePath, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import { programActivity, type ProgramActivity, type ProgramActivityByOrg } from '../applications/api.ts';
import { toYuan } from '../../platform/money.ts';
import { countedSubsidies, countedValues } from '../progress/api.ts';
import { deliveryBasis, deliveryRows, type DeliveryBasis } from './deliveries.ts';
import * as repo from './repository.ts';

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
  /** null when withheld (`suppressed`): it would show fewer than MIN_COUNT applications outside the viewer's scope. */
  actual: number | null;
  pending: number | null;
  percent: number | null;
  suppressed: boolean;
  allocated: number | null;
  /** The regional parts do not add up to the target (e.g. 001 附件1: rows 10,001, target 10,000). */
  allocationMismatch: boolean;
  parts: PartEvaluation[];
  /** What the owner kept when the target is split (null when it is not): reports outside every share count here. */
  remainder: { planned: number; actual: number | null; percent: number | null; behind: boolean; suppressed: boolean } | null;
  /** For a target fed by `deliveries`: what is counted for each linked program, and by which module. */
  basis?: DeliveryBasis[];
}

export interface ProjectEvaluation {
  projectId: number;
  percent: number | null;
  /** Some application figure (maybe the percent) is withheld from this viewer. */
  suppressed: boolean;
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

/** Below this many applications outside the viewer's scope, a figure is withheld (as surveys' MIN_GROUP). */
export const MIN_COUNT = 5;

/** Whom an evaluation is for: the root of the caller's scope; null sees no union's applications (the public). */
export interface Viewer {
  root: string | null;
}
export const viewerOf = (actor: Actor | null): Viewer => ({ root: actor ? scopePath(actor) : null });
/** The viewer's scope holds the owner: it sees the owner's whole subtree. */
const holds = (v: Viewer, ownerPath: string) => v.root !== null && ownerPath.startsWith(v.root);
/** Otherwise, the part of the owner's subtree it sees: its own subtree if that lies below the owner, else none. */
const withinOf = (v: Viewer, ownerPath: string) => (v.root !== null && v.root.startsWith(ownerPath) ? v.root : null);

type Cell = 'inReview' | 'approved' | 'paid' | 'approvedUnpaid';
const cellValue = (o: ProgramActivityByOrg, c: Cell) =>
  c === 'approvedUnpaid' ? Math.max(0, o.approved - o.paid) : c === 'paid' ? o.paid : c === 'approved' ? o.approved : o.inReview;
/** The count a target of this kind reads for accepted (actual) and submitted (pending). */
const cellOf = (from: Exclude<TargetActualFrom, 'reports'>, status: string): Cell =>
  from === 'approved-applications' || from === 'deliveries'
    ? status === 'accepted'
      ? 'approved'
      : 'inReview'
    : status === 'accepted'
      ? 'paid'
      : 'approvedUnpaid';
/** The row set a target reads: the applications workflow's, or the modules' deliveries (keys of the small-count rule prefixed `d:`). */
const prefixOf = (from: TargetActualFrom) => (from === 'deliveries' ? 'd:' : '');

/** Program × count pairs outside the viewer's scope that may not be shown: 1 to MIN_COUNT − 1, closed under approved = paid + approved-unpaid. */
function withheldCells(outside: ProgramActivityByOrg[], prefix = '', bad = new Set<string>()) {
  for (const program of new Set(outside.map((o) => o.program))) {
    const rows = outside.filter((o) => o.program === program);
    const small = (c: Cell) => {
      const n = rows.reduce((a, o) => a + cellValue(o, c), 0);
      return n > 0 && n < MIN_COUNT;
    };
    if (small('inReview')) bad.add(`${prefix}${program}|inReview`);
    if (small('approved') || small('paid') || small('approvedUnpaid'))
      for (const c of ['approved', 'paid', 'approvedUnpaid']) bad.add(`${prefix}${program}|${c}`);
  }
  return bad;
}

const pct = (a: number, b: number) => (b > 0 ? Math.min(a / b, 1) : 0);
const round1 = (x: number) => Math.round(x * 1000) / 10;

/** Share of the year gone by on `asOf` (0 before it starts, 1 after it ends). */
export function expectedShare(year: number, asOf: string): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const t = Date.parse(`${asOf}T00:00:00Z`) + 86400_000; // the day counts once it has begun
  return Math.max(0, Math.min(1, (t - start) / (end - start)));
}

/** The linked programs' activity, one query per list owner and year (a list's projects share both), as the viewer may count it. */
type Activity = {
  programs: ProgramActivity[];
  byOrg: ProgramActivityByOrg[];
  outside?: ProgramActivityByOrg[];
  deliveries?: { byOrg: ProgramActivityByOrg[]; outside?: ProgramActivityByOrg[] };
};

async function activityOf(db: Executor, projects: EvaluatedProject[], viewer: Viewer, withDeliveries: Set<number>) {
  const groups = new Map<string, { year: number; orgPath: string; codes: Set<string>; ids: number[] }>();
  for (const p of projects) {
    if (!p.policy_programs.length) continue;
    const key = `${p.year} ${p.slate_org_path}`;
    const g = groups.get(key) ?? { year: p.year, orgPath: p.slate_org_path, codes: new Set<string>(), ids: [] };
    for (const c of p.policy_programs) g.codes.add(c);
    g.ids.push(p.id);
    groups.set(key, g);
  }
  const out = new Map<number, Activity>();
  await Promise.all(
    [...groups.values()].map(async (g) => {
      const within = holds(viewer, g.orgPath) ? undefined : withinOf(viewer, g.orgPath);
      const a = await programActivity(db, { programCodes: [...g.codes], year: g.year, orgPath: g.orgPath, within });
      const wanted = new Set(g.ids.filter((id) => withDeliveries.has(id)).flatMap((id) => projects.find((p) => p.id === id)!.policy_programs));
      const d = wanted.size
        ? await deliveryRows(
            db,
            { codes: [...wanted], year: g.year, orgPath: g.orgPath, within },
            { byOrg: a.byOrg, ...(a.outsideByOrg ? { outside: a.outsideByOrg } : {}) },
          )
        : undefined;
      for (const id of g.ids) {
        const codes = projects.find((p) => p.id === id)!.policy_programs;
        const mine = (xs: ProgramActivityByOrg[]) => xs.filter((x) => codes.includes(x.program));
        out.set(id, {
          programs: a.programs.filter((x) => codes.includes(x.program)),
          byOrg: mine(a.byOrg),
          ...(a.outsideByOrg ? { outside: mine(a.outsideByOrg) } : {}),
          ...(d && withDeliveries.has(id) ? { deliveries: { byOrg: mine(d.byOrg), ...(d.outside ? { outside: mine(d.outside) } : {}) } } : {}),
        });
      }
    }),
  );
  return out;
}

export async function evaluateProjects(db: Executor, projects: EvaluatedProject[], asOf: string, viewer: Viewer): Promise<Map<number, ProjectEvaluation>> {
  const out = new Map<number, ProjectEvaluation>();
  if (!projects.length) return out;
  const ids = projects.map((p) => p.id);
  const [targets, allocations, values, money] = await Promise.all([
    repo.targetsOfProjects(db, ids),
    repo.topAllocations(db, ids),
    countedValues(db, ids),
    countedSubsidies(db, ids),
  ]);
  const activity = await activityOf(db, projects, viewer, new Set(targets.filter((t) => t.actual_from === 'deliveries').map((t) => t.project_id)));
  for (const p of projects) {
    const expected = expectedShare(p.year, asOf);
    const own = targets.filter((t) => t.project_id === p.id);
    const programs = activity.get(p.id) ?? { programs: [], byOrg: [] };
    // The figures are the owner's whole subtree: the viewer's part and, for a viewer who does not
    // hold the owner, the rest (withheld below unless the small-count rule allows it).
    const rows = programs.outside ? [...programs.byOrg, ...programs.outside] : programs.byOrg;
    const dRows = programs.deliveries ? [...programs.deliveries.byOrg, ...(programs.deliveries.outside ?? [])] : [];
    type Where = (path: string) => boolean;
    // `accepted` / `submitted` are the report statuses; a target fed by applications reads the
    // matching counts (approved / in review, or paid / approved but unpaid) of the applicant's union.
    const fromApplications = (from: Exclude<TargetActualFrom, 'reports'>, status: string, where?: Where) =>
      (from === 'deliveries' ? dRows : rows).filter((o) => !where || where(o.orgPath)).reduce((a, o) => a + cellValue(o, cellOf(from, status)), 0);
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
      const parts = shares.map((a) => {
        const partActual = sum(t.id, 'accepted', (path) => path.startsWith(a.path));
        const share = pct(partActual, Number(a.planned_value));
        return {
          allocationId: a.id,
          orgId: a.org_id,
          orgName: a.name,
          shortName: a.short_name,
          allocationNo: a.allocation_no,
          planned: Number(a.planned_value),
          actual: partActual,
          percent: round1(share),
          behind: share < expected,
        };
      });
      const allocated = parts.length ? parts.reduce((a, x) => a + x.planned, 0) : null;
      let remainder: { planned: number; actual: number; percent: number; behind: boolean } | null = null;
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
        targetId: t.id,
        parentTargetId: t.parent_id,
        indicator: t.indicator,
        unit: t.unit,
        actualFrom: t.actual_from,
        planned,
        weight: t.weight,
        actual,
        pending: sum(t.id, 'submitted'),
        percent: round1(share),
        suppressed: false,
        allocated,
        allocationMismatch: allocated !== null && allocated !== planned,
        parts,
        remainder: remainder && { ...remainder, suppressed: false },
        ...(t.actual_from === 'deliveries' ? { basis: deliveryBasis(p.policy_programs) } : {}),
      };
    });
    const top = evals.filter((e) => e.parentTargetId === null);
    const totalWeight = top.reduce((a, e) => a + e.weight, 0);
    const share = totalWeight ? top.reduce((a, e) => a + (e.weight * e.percent!) / 100, 0) / totalWeight : null;
    const fen = (status: string) => Number(money.find((m) => m.project_id === p.id && m.status === status)?.fen ?? 0);
    const status =
      share === null || (share === 0 && !values.some((v) => own.some((t) => t.id === v.target_id)) && !evals.some((e) => e.actual! > 0 || e.pending! > 0))
        ? 'planned'
        : share >= 1
          ? 'completed'
          : 'in-progress';
    let percentWithheld = false;
    if (programs.outside) {
      // The small-count rule (top of file), for a viewer who does not hold the list's owner.
      const bad = withheldCells(programs.outside);
      if (programs.deliveries?.outside) withheldCells(programs.deliveries.outside, 'd:', bad);
      const codes = [...new Set(p.policy_programs)];
      const cellsOf = (targetId: number, status: string): string[] => {
        const from = own.find((x) => x.id === targetId)!.actual_from;
        const mine = from === 'reports' ? [] : codes.map((c) => `${prefixOf(from)}${c}|${cellOf(from, status)}`);
        return mine.concat(own.filter((c) => c.parent_id === targetId).flatMap((c) => cellsOf(c.id, status)));
      };
      const withheld = (targetId: number, status: string) => cellsOf(targetId, status).some((k) => bad.has(k));
      const fromApps = (targetId: number): boolean =>
        own.find((x) => x.id === targetId)!.actual_from !== 'reports' || own.some((c) => c.parent_id === targetId && fromApps(c.id));
      for (const e of evals) {
        if (!fromApps(e.targetId)) continue;
        const actualOut = withheld(e.targetId, 'accepted');
        const pendingOut = withheld(e.targetId, 'submitted');
        if (actualOut) Object.assign(e, { actual: null, percent: null, suppressed: true });
        if (pendingOut) Object.assign(e, { pending: null, suppressed: true });
        if (e.remainder) e.remainder = { ...e.remainder, actual: null, percent: null, suppressed: true };
        if (actualOut && e.parentTargetId === null) percentWithheld = true;
      }
    }
    out.set(p.id, {
      projectId: p.id,
      percent: share === null || percentWithheld ? null : round1(share),
      suppressed: evals.some((e) => e.suppressed) || percentWithheld,
      expectedPercent: round1(expected),
      behind: share !== null && share < expected,
      status,
      budgetYuan: toYuan(p.budget_fen),
      spentYuan: toYuan(fen('accepted'))!,
      pendingYuan: toYuan(fen('submitted'))!,
      targets: evals,
      programActivity: programs.programs,
    });
  }
  return out;
}
