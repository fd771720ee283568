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

/** A report with its union and the names of who submitted and reviewed it. */
export const reportQuery = (db: Executor) =>
  db
    .selectFrom('progress_reports')
    .innerJoin('orgs', 'orgs.id', 'progress_reports.org_id')
    .leftJoin('accounts as sa', 'sa.id', 'progress_reports.submitted_by')
    .leftJoin('accounts as ra', 'ra.id', 'progress_reports.reviewed_by')
    .select([
      'progress_reports.id',
      'progress_reports.project_id',
      'progress_reports.org_id',
      'progress_reports.period',
      'progress_reports.status',
      'progress_reports.narrative',
      'progress_reports.subsidy_fen',
      'progress_reports.revision',
      'progress_reports.submitted_at',
      'progress_reports.reviewed_at',
      'progress_reports.review_reason',
      'orgs.name as org_name',
      'orgs.short_name as org_short_name',
      'orgs.path as org_path',
      'sa.display_name as submitted_by_name',
      'ra.display_name as reviewed_by_name',
    ]);
export type ReportRow = NonNullable<Awaited<ReturnType<ReturnType<typeof reportQuery>['executeTakeFirst']>>>;

export function valuesOf(db: Executor, reportIds: number[]) {
  return db.selectFrom('progress_values').select(['report_id', 'target_id', 'achieved']).where('report_id', 'in', reportIds).execute();
}

export function linesOf(db: Executor, reportIds: number[]) {
  return db.selectFrom('progress_lines').selectAll().where('report_id', 'in', reportIds).orderBy('line_no').execute();
}

/** The report a union filed for a project and period, if any. */
export function filedReport(db: Executor, projectId: number, orgId: number, period: string) {
  return db
    .selectFrom('progress_reports')
    .select(['id', 'status', 'revision'])
    .where('project_id', '=', projectId)
    .where('org_id', '=', orgId)
    .where('period', '=', period)
    .executeTakeFirst();
}

/** The reports of a project filed for these periods. */
export function filedInPeriods(db: Executor, projectId: number, periods: string[]) {
  return db.selectFrom('progress_reports').select(['org_id', 'period', 'status']).where('project_id', '=', projectId).where('period', 'in', periods).execute();
}

export async function insertReport(
  db: Executor,
  r: { projectId: number; orgId: number; period: string; narrative: string; subsidyFen: number; submittedBy: number },
) {
  const row = await db
    .insertInto('progress_reports')
    .values({
      project_id: r.projectId,
      org_id: r.orgId,
      period: r.period,
      narrative: r.narrative,
      subsidy_fen: r.subsidyFen,
      submitted_by: r.submittedBy,
      submitted_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A returned report filed again: its figures and lines are replaced, the review cleared, the revision counted. */
export async function resubmit(db: Executor, id: number, r: { narrative: string; subsidyFen: number; revision: number; submittedBy: number }) {
  await db.deleteFrom('progress_values').where('report_id', '=', id).execute();
  await db.deleteFrom('progress_lines').where('report_id', '=', id).execute();
  await db
    .updateTable('progress_reports')
    .set({
      status: 'submitted',
      narrative: r.narrative,
      subsidy_fen: r.subsidyFen,
      revision: r.revision,
      submitted_by: r.submittedBy,
      submitted_at: new Date(),
      reviewed_by: null,
      reviewed_at: null,
    })
    .where('id', '=', id)
    .execute();
}

export async function insertValues(db: Executor, reportId: number, values: { targetId: number; achieved: number }[]) {
  if (values.length)
    await db
      .insertInto('progress_values')
      .values(values.map((v) => ({ report_id: reportId, target_id: v.targetId, achieved: v.achieved })))
      .execute();
}

export async function insertLines(
  db: Executor,
  reportId: number,
  lines: {
    enterprise: string;
    ownership?: string | null | undefined;
    staff?: string | null | undefined;
    personDays: number;
    subsidyFen: number;
    note?: string | null | undefined;
  }[],
) {
  if (!lines.length) return;
  await db
    .insertInto('progress_lines')
    .values(
      lines.map((l, i) => ({
        report_id: reportId,
        line_no: i + 1,
        enterprise: l.enterprise,
        ownership: l.ownership ?? null,
        staff: l.staff ?? null,
        person_days: l.personDays,
        subsidy_fen: l.subsidyFen,
        note: l.note ?? null,
      })),
    )
    .execute();
}

export async function setReviewed(db: Executor, id: number, decision: 'accepted' | 'returned', reviewer: number, reason: string | undefined) {
  await db
    .updateTable('progress_reports')
    .set({ status: decision, reviewed_by: reviewer, reviewed_at: new Date(), review_reason: reason ?? null })
    .where('id', '=', id)
    .execute();
}
