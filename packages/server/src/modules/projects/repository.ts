import { sql, type ExpressionBuilder } from 'kysely';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import { toFen } from '../../platform/money.ts';
import type {
  TMilestoneCreate,
  TMilestoneEdit,
  TPlan,
  TProjectCreate,
  TProjectUpdate,
  TSlateCreate,
  TSlateUpdate,
  TTargetCreate,
  TTargetUpdate,
} from './schema.ts';

// A slate and its projects are seen by the unions whose scope holds the slate's owner; once published
// they are open to every logged-in caller with projects.read (and, read-only, to the public routes).
export function visibleSlate(actor: Actor) {
  return (eb: ExpressionBuilder<any, any>) => eb.or([inScope(actor, 'so.path')(eb), eb('slates.published_at', 'is not', null)]);
}

const slateColumns = [
  'slates.id',
  'slates.org_id',
  'slates.year',
  'slates.call_id',
  'slates.title',
  'slates.meeting',
  'slates.document_no',
  'slates.approved_on',
  'slates.published_at',
  'slates.closed_on',
  'slates.source',
  'so.name as org_name',
  'so.path as org_path',
] as const;

export const slatesQuery = (db: Executor) => db.selectFrom('slates').innerJoin('orgs as so', 'so.id', 'slates.org_id').select(slateColumns);
export type SlateRow = NonNullable<Awaited<ReturnType<ReturnType<typeof slatesQuery>['executeTakeFirst']>>>;

const projectColumns = [
  'projects.id',
  'projects.slate_id',
  'projects.no',
  'projects.title',
  'projects.category',
  'projects.candidate_id',
  'projects.summary',
  'projects.purpose',
  'projects.target_groups',
  'projects.budget_fen',
  'projects.cost_shares',
  'projects.responsible_org_id',
  'projects.contacts',
  'projects.policy_programs',
  'projects.report_cadence',
  'projects.report_due_months',
  'projects.source',
  'ro.name as responsible_org_name',
  'slates.year',
  'slates.org_id as slate_org_id',
  'so.path as slate_org_path',
  'so.name as slate_org_name',
  'slates.published_at',
  'slates.closed_on',
  'slates.title as slate_title',
] as const;

export const projectsQuery = (db: Executor) =>
  db
    .selectFrom('projects')
    .innerJoin('slates', 'slates.id', 'projects.slate_id')
    .innerJoin('orgs as so', 'so.id', 'slates.org_id')
    .leftJoin('orgs as ro', 'ro.id', 'projects.responsible_org_id')
    .select(projectColumns);
export type ProjectRow = NonNullable<Awaited<ReturnType<ReturnType<typeof projectsQuery>['executeTakeFirst']>>>;

/** One slate by id, whatever the caller's scope (after a write the service has checked). */
export const slateById = (db: Executor, id: number) => slatesQuery(db).where('slates.id', '=', id).executeTakeFirst();

/** One project by id, whatever the caller's scope (after a write the service has checked). */
export const projectById = (db: Executor, id: number) => projectsQuery(db).where('projects.id', '=', id).executeTakeFirst();

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
  return db
    .selectFrom('projects')
    .select(['id', 'no', 'title', 'responsible_org_id'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
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

// ---------------------------------------------------------------------------------------------
// Writes and reads of the projects service (slates, projects and plans, targets, milestones)

export function projectCounts(db: Executor, slateIds: number[]) {
  return db
    .selectFrom('projects')
    .select(['slate_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('slate_id', 'in', slateIds)
    .groupBy('slate_id')
    .execute();
}

export async function projectCount(db: Executor, slateId: number) {
  const n = await db
    .selectFrom('projects')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('slate_id', '=', slateId)
    .executeTakeFirstOrThrow();
  return Number(n.n);
}

export function slateOfYear(db: Executor, orgId: number, year: number) {
  return db.selectFrom('slates').select('id').where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
}

export function insertSlate(db: Executor, orgId: number, input: TSlateCreate) {
  return db
    .insertInto('slates')
    .values({
      org_id: orgId,
      year: input.year,
      title: input.title,
      call_id: input.callId ?? null,
      meeting: input.meeting ?? null,
      document_no: input.documentNo ?? null,
      approved_on: input.approvedOn ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

// The updates below pass the optional fields as they come: Kysely leaves a column whose value is
// undefined out of the SET (kysely parser/update-set-parser), so a field not sent is not changed.
export async function updateSlate(db: Executor, id: number, input: TSlateUpdate) {
  await db
    .updateTable('slates')
    .set({
      title: input.title,
      meeting: input.meeting,
      document_no: input.documentNo,
      approved_on: input.approvedOn,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export async function markPublished(db: Executor, id: number) {
  await db.updateTable('slates').set({ published_at: new Date(), updated_at: new Date() }).where('id', '=', id).execute();
}

export async function markClosed(db: Executor, id: number, closedOn: string) {
  await db.updateTable('slates').set({ closed_on: closedOn, updated_at: new Date() }).where('id', '=', id).execute();
}

/** The highest item number of a list (0 when empty). */
export async function highestNo(db: Executor, slateId: number) {
  const max = await db
    .selectFrom('projects')
    .select((eb) => eb.fn.max('no').as('no'))
    .where('slate_id', '=', slateId)
    .executeTakeFirst();
  return Number(max?.no ?? 0);
}

export async function numberTaken(db: Executor, slateId: number, no: number) {
  return !!(await db.selectFrom('projects').select('id').where('slate_id', '=', slateId).where('no', '=', no).executeTakeFirst());
}

export function insertProject(db: Executor, slateId: number, no: number, input: TProjectCreate) {
  return db
    .insertInto('projects')
    .values({
      slate_id: slateId,
      no,
      title: input.title,
      category: input.category,
      candidate_id: input.candidateId ?? null,
      summary: input.summary ?? null,
      cost_shares: '[]',
      contacts: '[]',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateProject(db: Executor, id: number, input: TProjectUpdate) {
  await db
    .updateTable('projects')
    .set({
      no: input.no,
      title: input.title,
      category: input.category,
      summary: input.summary,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** The plan's fields; the cadence and due months come settled by the service. */
export async function updatePlan(db: Executor, id: number, input: TPlan, cadence: ProjectRow['report_cadence'], months: number[]) {
  await db
    .updateTable('projects')
    .set({
      purpose: input.purpose,
      target_groups: input.targetGroups,
      ...(input.budgetYuan !== undefined ? { budget_fen: input.budgetYuan === null ? null : toFen(input.budgetYuan) } : {}),
      ...(input.costShares !== undefined
        ? {
            cost_shares: JSON.stringify(
              input.costShares.map((c) => ({ party: c.party, share: c.share, ...(c.amountYuan !== undefined ? { amountFen: toFen(c.amountYuan) } : {}) })),
            ),
          }
        : {}),
      responsible_org_id: input.responsibleOrgId,
      ...(input.contacts !== undefined ? { contacts: JSON.stringify(input.contacts) } : {}),
      policy_programs: input.policyPrograms,
      report_cadence: cadence,
      report_due_months: months,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export function targetHead(db: Executor, id: number) {
  return db.selectFrom('targets').select(['id', 'project_id', 'parent_id', 'unit']).where('id', '=', id).executeTakeFirst();
}

export function insertTarget(db: Executor, projectId: number, input: TTargetCreate, actualFrom: NonNullable<TTargetCreate['actualFrom']>) {
  return db
    .insertInto('targets')
    .values({
      project_id: projectId,
      parent_id: input.parentTargetId ?? null,
      indicator: input.indicator,
      unit: input.unit,
      planned_value: input.plannedValue,
      weight: input.weight,
      note: input.note ?? null,
      actual_from: actualFrom,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

export function milestonesOf(db: Executor, projectId: number) {
  return db.selectFrom('milestones').selectAll().where('project_id', '=', projectId).orderBy('due_on').orderBy('id').execute();
}

export function milestone(db: Executor, id: number) {
  return db.selectFrom('milestones').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertMilestone(db: Executor, projectId: number, input: TMilestoneCreate) {
  return db
    .insertInto('milestones')
    .values({
      project_id: projectId,
      title: input.title,
      starts_on: input.startsOn ?? null,
      due_on: input.dueOn,
      responsible: input.responsible ?? null,
      done_on: input.doneOn ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function setMilestoneDone(db: Executor, id: number, doneOn: string | null) {
  await db.updateTable('milestones').set({ done_on: doneOn }).where('id', '=', id).execute();
}

// ---------------------------------------------------------------------------------------------
// Plan maintenance (maintenance.ts): editing and deleting targets, milestones and projects

export function target(db: Executor, id: number) {
  return db.selectFrom('targets').selectAll().where('id', '=', id).executeTakeFirst();
}

export function targetsOf(db: Executor, projectId: number) {
  return db.selectFrom('targets').selectAll().where('project_id', '=', projectId).execute();
}

export async function targetIdsOf(db: Executor, projectId: number) {
  return (await db.selectFrom('targets').select('id').where('project_id', '=', projectId).execute()).map((t) => t.id);
}

/** What the top-level shares of a target add up to. */
export async function allocatedAtTop(db: Executor, targetId: number) {
  const r = await db
    .selectFrom('target_allocations')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('planned_value'), eb.lit(0)).as('n'))
    .where('target_id', '=', targetId)
    .where('parent_id', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const count = async (q: Promise<{ n: unknown }>) => Number((await q).n);

export function allocationCount(db: Executor, targetIds: number[]) {
  return count(db.selectFrom('target_allocations').select(sql<number>`count(*)`.as('n')).where('target_id', 'in', targetIds).executeTakeFirstOrThrow());
}

export function subTargetCount(db: Executor, targetId: number) {
  return count(db.selectFrom('targets').select(sql<number>`count(*)`.as('n')).where('parent_id', '=', targetId).executeTakeFirstOrThrow());
}

export async function updateTarget(db: Executor, id: number, input: TTargetUpdate) {
  await db
    .updateTable('targets')
    .set({
      indicator: input.indicator,
      unit: input.unit,
      planned_value: input.plannedValue,
      weight: input.weight,
      note: input.note,
      actual_from: input.actualFrom,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteTarget(db: Executor, id: number) {
  await db.deleteFrom('targets').where('id', '=', id).execute();
}

export function milestonesOfProject(db: Executor, projectId: number) {
  return db.selectFrom('milestones').selectAll().where('project_id', '=', projectId).execute();
}

/** Due and done dates of the milestones of some projects (the year-end report). */
export function milestoneDates(db: Executor, projectIds: number[]) {
  return projectIds.length
    ? db.selectFrom('milestones').select(['project_id', 'due_on', 'done_on']).where('project_id', 'in', projectIds).execute()
    : Promise.resolve([]);
}

export async function updateMilestone(db: Executor, id: number, input: TMilestoneEdit) {
  await db
    .updateTable('milestones')
    .set({
      title: input.title,
      starts_on: input.startsOn,
      due_on: input.dueOn,
      responsible: input.responsible,
      done_on: input.doneOn,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteMilestone(db: Executor, id: number) {
  await db.deleteFrom('milestones').where('id', '=', id).execute();
}

/** A project with its milestones and targets (the service has checked nothing else refers to it). */
export async function deleteProject(db: Executor, id: number) {
  await db.deleteFrom('milestones').where('project_id', '=', id).execute();
  await db.deleteFrom('targets').where('project_id', '=', id).execute();
  await db.deleteFrom('projects').where('id', '=', id).execute();
}

// ---------------------------------------------------------------------------------------------
// Evaluation (evaluation.ts)

export function targetsOfProjects(db: Executor, projectIds: number[]) {
  return db.selectFrom('targets').selectAll().where('project_id', 'in', projectIds).orderBy('id').execute();
}

/** The top-level shares of the targets of some projects, with their unions. */
export function topAllocations(db: Executor, projectIds: number[]) {
  return db
    .selectFrom('target_allocations')
    .innerJoin('targets', 'targets.id', 'target_allocations.target_id')
    .innerJoin('orgs', 'orgs.id', 'target_allocations.org_id')
    .select([
      'target_allocations.id',
      'target_allocations.target_id',
      'target_allocations.org_id',
      'target_allocations.parent_id',
      'target_allocations.planned_value',
      'orgs.name',
      'orgs.short_name',
      'orgs.path',
      'orgs.allocation_no',
    ])
    .where('targets.project_id', 'in', projectIds)
    .where('target_allocations.parent_id', 'is', null)
    .orderBy('orgs.allocation_no')
    .orderBy('orgs.id')
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Allocation (allocations.ts): shares of a target down the union tree

/** Every share of a target with its union and the union of the share it was split from. */
export const allocationRows = (db: Executor, targetId: number) =>
  db
    .selectFrom('target_allocations')
    .innerJoin('orgs', 'orgs.id', 'target_allocations.org_id')
    .leftJoin('target_allocations as pa', 'pa.id', 'target_allocations.parent_id')
    .select([
      'target_allocations.id',
      'target_allocations.org_id',
      'target_allocations.parent_id',
      'target_allocations.planned_value',
      'orgs.name',
      'orgs.short_name',
      'orgs.path',
      'orgs.kind',
      'orgs.allocation_no',
      'pa.org_id as parent_org_id',
    ])
    .where('target_allocations.target_id', '=', targetId)
    .orderBy('orgs.allocation_no')
    .orderBy('orgs.path')
    .execute();

/** The share a union holds of a target, with the union. */
export function shareOf(db: Executor, targetId: number, orgId: number) {
  return db
    .selectFrom('target_allocations')
    .innerJoin('orgs', 'orgs.id', 'target_allocations.org_id')
    .select(['target_allocations.id', 'target_allocations.planned_value', 'orgs.id as org_id', 'orgs.path', 'orgs.name'])
    .where('target_allocations.target_id', '=', targetId)
    .where('target_allocations.org_id', '=', orgId)
    .executeTakeFirst();
}

export function shareOfOrg(db: Executor, targetId: number, orgId: number) {
  return db.selectFrom('target_allocations').select(['id', 'parent_id']).where('target_id', '=', targetId).where('org_id', '=', orgId).executeTakeFirst();
}

/** The shares split from one share (`parentId`), or the top-level ones (null). */
export function sharesUnder(db: Executor, targetId: number, parentId: number | null) {
  return db
    .selectFrom('target_allocations')
    .select(['id', 'org_id'])
    .where('target_id', '=', targetId)
    .where((eb) => (parentId === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', parentId)))
    .execute();
}

export function anySplitBelow(db: Executor, shareIds: number[]) {
  return db.selectFrom('target_allocations').select('parent_id').where('parent_id', 'in', shareIds).executeTakeFirst();
}

export async function deleteShares(db: Executor, ids: number[]) {
  await db.deleteFrom('target_allocations').where('id', 'in', ids).execute();
}

/** What a share has been split into, summed. */
export function splitDownOf(db: Executor, shareId: number) {
  return db
    .selectFrom('target_allocations')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('planned_value'), eb.lit(0)).as('n'))
    .where('parent_id', '=', shareId)
    .executeTakeFirstOrThrow();
}

export async function setShare(db: Executor, id: number, value: number) {
  await db.updateTable('target_allocations').set({ planned_value: value }).where('id', '=', id).execute();
}

export async function insertShare(db: Executor, s: { targetId: number; orgId: number; parentId: number | null; value: number }) {
  await db.insertInto('target_allocations').values({ target_id: s.targetId, org_id: s.orgId, parent_id: s.parentId, planned_value: s.value }).execute();
}

/** The unions (not departments or agencies) under a union. */
export function unionsBelow(db: Executor, path: string, orgId: number) {
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'short_name', 'path', 'kind'])
    .where('path', 'like', `${path}%`)
    .where('id', '<>', orgId)
    .where('kind', 'not in', ['department', 'agency'])
    .execute();
}

/** The active unions under a path, in the order of the allocation table. */
export function activeUnionsUnder(db: Executor, path: string) {
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'short_name', 'allocation_no', 'path'])
    .where('path', 'like', `${path}%`)
    .where('kind', 'not in', ['department', 'agency'])
    .where('status', '=', 'active')
    .orderBy('allocation_no')
    .orderBy('path')
    .execute();
}
