// The SQL of the progress module: reports, their values and lines.
import { sql } from 'kysely';
import type { Executor } from '../../platform/context.ts';

type Counted = 'accepted' | 'submitted';
const counted: Counted[] = ['accepted', 'submitted'];

/** The figures of the accepted and submitted reports of some projects, with the reporting union's path (evaluation). */
export function countedValues(db: Executor, projectIds: number[]) {
  return db
    .selectFrom('progress_values')
    .innerJoin('progress_reports', 'progress_reports.id', 'progress_values.report_id')
    .innerJoin('orgs', 'orgs.id', 'progress_reports.org_id')
    .select(['progress_values.target_id', 'progress_values.achieved', 'progress_reports.status', 'orgs.path'])
    .where('progress_reports.project_id', 'in', projectIds)
    .where('progress_reports.status', 'in', counted)
    .execute();
}

/** The subsidies claimed by the accepted and submitted reports of some projects, per project and status. */
export function countedSubsidies(db: Executor, projectIds: number[]) {
  return db
    .selectFrom('progress_reports')
    .select(['project_id', 'status', sql<number>`sum(subsidy_fen)`.as('fen')])
    .where('project_id', 'in', projectIds)
    .where('status', 'in', counted)
    .groupBy(['project_id', 'status'])
    .execute();
}

const count = (n: { n: unknown } | undefined) => Number(n?.n ?? 0);

/** How many reports give a figure for a target. */
export async function valuesOfTarget(db: Executor, targetId: number) {
  return count(await db.selectFrom('progress_values').select(sql<number>`count(*)`.as('n')).where('target_id', '=', targetId).executeTakeFirst());
}

/** How many reports a project has. */
export async function reportsOfProject(db: Executor, projectId: number) {
  return count(await db.selectFrom('progress_reports').select(sql<number>`count(*)`.as('n')).where('project_id', '=', projectId).executeTakeFirst());
}
