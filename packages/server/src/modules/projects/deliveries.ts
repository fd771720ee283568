// Targets fed by `deliveries` (migration 0044): what the linked programs' own modules delivered in
// the list's year, per union. A module that runs a program outside the applications workflow
// declares a counter in its manifest (platform/module.ts DeliveryCounter: protection counts covers,
// pools counts members on rosters); every other linked program counts its applications (approved as
// delivered, in review as under way). The rows have the applications' per-union shape so the
// evaluation's roll-up, shares and small-count rule apply unchanged (evaluation.ts).
import type { Executor } from '../../platform/context.ts';
import type { DeliveryCounter } from '../../platform/module.ts';
import type { ProgramActivityByOrg } from '../applications/api.ts';

/** The program codes each module counts itself, registered from the module list at start-up (bootstrap.ts). */
const counters = new Map<string, { module: string; counter: DeliveryCounter }>();

export function registerDeliveries(counter: DeliveryCounter, module: string) {
  for (const code of Object.keys(counter.programs)) {
    const had = counters.get(code);
    if (had && had.counter !== counter) throw new Error(`program ${code} is counted by both ${had.module} and ${module}`);
    counters.set(code, { module, counter });
  }
}

type Bilingual = { zh: string; en: string };
export interface DeliveryBasis {
  program: string;
  /** The module that counts it, or `applications` for a program run as applications. */
  countedBy: string;
  delivered: Bilingual;
  pending: Bilingual;
}

const byApplications = {
  delivered: { zh: '已核准的申请', en: 'approved applications' },
  pending: { zh: '审核中的申请', en: 'applications in review' },
};

/** What a `deliveries` target of a project linking these programs counts, program by program. */
export function deliveryBasis(codes: readonly string[]): DeliveryBasis[] {
  return codes.map((program) => {
    const c = counters.get(program);
    return c ? { program, countedBy: c.module, ...c.counter.programs[program]! } : { program, countedBy: 'applications', ...byApplications };
  });
}

/**
 * Per-union counts of the programs, as the viewer may count them (same `within` as programActivity:
 * undefined = the whole subtree; a path = inside it, the rest as `outside`; null = nothing inside).
 * `applications` are the applications workflow's rows of the same programs, year and subtree.
 */
export async function deliveryRows(
  db: Executor,
  q: { codes: readonly string[]; year: number; orgPath: string; within: string | null | undefined },
  applications: { byOrg: ProgramActivityByOrg[]; outside?: ProgramActivityByOrg[] },
): Promise<{ byOrg: ProgramActivityByOrg[]; outside?: ProgramActivityByOrg[] }> {
  const groups = new Map<DeliveryCounter, string[]>();
  for (const code of q.codes) {
    const c = counters.get(code);
    if (c) groups.set(c.counter, [...(groups.get(c.counter) ?? []), code]);
  }
  const counted = new Set([...groups.values()].flat());
  const fromApps = (rows: ProgramActivityByOrg[]) =>
    rows
      .filter((r) => !counted.has(r.program))
      .map((r) => ({ program: r.program, orgPath: r.orgPath, inReview: r.inReview, approved: r.approved, paid: r.approved }));
  const run = async (scope: { under?: string; notUnder?: string }) =>
    (await Promise.all([...groups].map(([counter, codes]) => counter.count(db, { programCodes: codes, year: q.year, orgPath: q.orgPath, ...scope }))))
      .flat()
      .map((r) => ({ program: r.program, orgPath: r.orgPath, inReview: r.pending, approved: r.delivered, paid: r.delivered }));
  const inside = q.within === undefined ? await run({}) : q.within === null ? [] : await run({ under: q.within });
  const byOrg = [...inside, ...fromApps(applications.byOrg)];
  if (q.within === undefined) return { byOrg };
  const outside = await run(q.within === null ? {} : { notUnder: q.within });
  return { byOrg, outside: [...outside, ...fromApps(applications.outside ?? [])] };
}
