import { sql, type ExpressionBuilder } from 'kysely';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';

// A slate and its projects are seen by the unions whose scope holds the slate's owner; once published
// they are open to every logged-in caller with projects.read (and, read-only, to the public routes).
export function visibleSlate(actor: Actor) {
  return (eb: ExpressionBuilder<any, any>) => eb.or([inScope(actor, 'so.path')(eb), eb('slates.published_at', 'is not', null)]);
}

const slateColumns = [
  'slates.id', 'slates.org_id', 'slates.year', 'slates.call_id', 'slates.title', 'slates.meeting', 'slates.document_no', 'slates.approved_on',
  'slates.published_at', 'slates.closed_on', 'slates.source', 'so.name as org_name', 'so.path as org_path',
] as const;

export const slatesQuery = (db: Executor) => db.selectFrom('slates').innerJoin('orgs as so', 'so.id', 'slates.org_id').select(slateColumns);
export type SlateRow = NonNullable<Awaited<ReturnType<ReturnType<typeof slatesQuery>['executeTakeFirst']>>>;

const projectColumns = [
  'projects.id', 'projects.slate_id', 'projects.no', 'projects.title', 'projects.category', 'projects.candidate_id', 'projects.summary', 'projects.purpose',
  'projects.target_groups', 'projects.budget_fen', 'projects.cost_shares', 'projects.responsible_org_id', 'projects.contacts', 'projects.policy_programs',
  'projects.report_cadence', 'projects.report_due_months', 'projects.source', 'ro.name as responsible_org_name',
  'slates.year', 'slates.org_id as slate_org_id', 'so.path as slate_org_path', 'so.name as slate_org_name', 'slates.published_at', 'slates.closed_on', 'slates.title as slate_title',
] as const;

export const projectsQuery = (db: Executor) =>
  db
    .selectFrom('projects')
    .innerJoin('slates', 'slates.id', 'projects.slate_id')
    .innerJoin('orgs as so', 'so.id', 'slates.org_id')
    .leftJoin('orgs as ro', 'ro.id', 'projects.responsible_org_id')
    .select(projectColumns);
export type ProjectRow = NonNullable<Awaited<ReturnType<ReturnType<typeof projectsQuery>['executeTakeFirst']>>>;

export function findProject(db: Executor, actor: Actor, id: number) {
  return projectsQuery(db).where('projects.id', '=', id).where(visibleSlate(actor)).executeTakeFirst();
}

/** Orgs that hold a share of any of the project's targets (they file progress reports). */
export function allocationHolders(db: Executor, projectId: number) {
  return db
    .selectFrom('target_allocations')
    .innerJoin('targets', 'targets.id', 'target_allocations.target_id')
    .innerJoin('orgs', 'orgs.id', 'target_allocations.org_id')
    .select(['orgs.id', 'orgs.name', 'orgs.short_name', 'orgs.path', 'orgs.allocation_no', 'target_allocations.parent_id'])
    .distinct()
    .where('targets.project_id', '=', projectId)
    .execute();
}

/**
 * Does the list's owner keep part of a target for itself: a target of the project with less handed
 * down (the top-level shares) than planned? Then the owner reports for that remainder (evaluation.ts).
 */
export async function ownerKeepsAShare(db: Executor, projectId: number): Promise<boolean> {
  const row = await db
    .selectFrom('targets')
    .leftJoin('target_allocations as ta', (j) => j.onRef('ta.target_id', '=', 'targets.id').on('ta.parent_id', 'is', null))
    .select('targets.id')
    .where('targets.project_id', '=', projectId)
    .groupBy(['targets.id', 'targets.planned_value'])
    .having(sql<boolean>`coalesce(sum(ta.planned_value), 0) < targets.planned_value`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** A project's targets (id, indicator, unit), for the progress module. */
export function projectTargets(db: Executor, projectId: number) {
  return db.selectFrom('targets').select(['id', 'indicator', 'unit']).where('project_id', '=', projectId).orderBy('id').execute();
}

/** The heads of some lists: year, title, publication and owner, for the surveys module. */
export function slateHeads(db: Executor, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('slates')
    .innerJoin('orgs as so', 'so.id', 'slates.org_id')
    .select(['slates.id', 'slates.year', 'slates.title', 'slates.published_at', 'so.id as org_id', 'so.name as org_name', 'so.path as org_path'])
    .where('slates.id', 'in', [...new Set(ids)])
    .execute();
}

/** The heads of some projects: number, title, responsible department, for the surveys module. */
export function projectHeads(db: Executor, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('projects').select(['id', 'no', 'title', 'responsible_org_id']).where('id', 'in', [...new Set(ids)]).execute();
}

/** Which unions have published which years (the public routes): by depth, org, year descending. */
export function publishedYears(db: Executor) {
  return db
    .selectFrom('slates')
    .innerJoin('orgs', 'orgs.id', 'slates.org_id')
    .select(['orgs.id as orgId', 'orgs.name as orgName', 'orgs.kind as orgKind', 'orgs.depth', 'slates.year'])
    .where('slates.published_at', 'is not', null)
    .orderBy('orgs.depth')
    .orderBy('orgs.id')
    .orderBy('slates.year', 'desc')
    .execute();
}

export { sql };
