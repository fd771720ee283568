// Plan maintenance: editing and deleting targets, milestones and projects. A thing is deleted only
// when nothing refers to it (allocations, progress reports, surveys, sub-targets); otherwise the 409
// names what refers to it, and the answer is to edit it. Every change is audited with before/after.
import { writeAudit } from '../../platform/audit.ts';
import { conflict, notFound, type Bilingual } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import { assertManage, type Actor } from '../../platform/access.ts';
import type { Services } from '../../platform/services.ts';
import { checkDateOrder } from '../../platform/schemas.ts';
import { reportsOfProject, valuesOfTarget } from '../progress/api.ts';
import { surveysOfProject } from '../surveys/api.ts';
import { assertProgramLinked, loadProject, presentProject } from './service.ts';
import * as repo from './repository.ts';
import type { TMilestoneEdit, TTargetUpdate } from './schema.ts';

async function manage(db: Executor, actor: Actor, projectId: number, entity: string, id: number) {
  const p = await loadProject(db, actor, projectId).catch((e) => {
    throw e.status === 404 ? notFound(entity, id) : e;
  });
  assertManage(actor, 'projects.write', { path: p.slate_org_path }, p.responsible_org_id);
  return p;
}

const presentTarget = (t: {
  id: number;
  project_id: number;
  parent_id: number | null;
  indicator: string;
  unit: string;
  planned_value: number;
  weight: number;
  note: string | null;
  actual_from: string;
}) => ({
  id: t.id,
  projectId: t.project_id,
  parentTargetId: t.parent_id,
  indicator: t.indicator,
  unit: t.unit,
  plannedValue: Number(t.planned_value),
  weight: t.weight,
  note: t.note,
  actualFrom: t.actual_from,
});

const presentMilestone = (m: {
  id: number;
  project_id: number;
  title: string;
  starts_on: string | null;
  due_on: string;
  responsible: string | null;
  done_on: string | null;
}) => ({
  id: m.id,
  projectId: m.project_id,
  title: m.title,
  startsOn: m.starts_on,
  dueOn: m.due_on,
  responsible: m.responsible,
  doneOn: m.done_on,
});

/** "In use" as a 409 that names each kind of reference and how many. */
function inUse(code: string, what: Bilingual, refs: { key: string; n: number; zh: string; en: string }[]) {
  const used = refs.filter((r) => r.n > 0);
  return conflict(
    code,
    {
      zh: `${what.zh}不能删除：${used.map((r) => r.zh.replace('{n}', String(r.n))).join('；')}。请改为修改。`,
      en: `${what.en} cannot be deleted: ${used.map((r) => r.en.replace('{n}', String(r.n))).join('; ')}. Edit it instead.`,
    },
    { refersTo: Object.fromEntries(used.map((r) => [r.key, r.n])) },
  );
}

export async function updateTarget(s: Services, ctx: RequestContext, id: number, input: TTargetUpdate) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const t = await repo.target(trx, id);
    if (!t) throw notFound('target', id);
    const p = await manage(trx, actor, t.project_id, 'target', id);
    assertProgramLinked(p, input.actualFrom);
    if (input.plannedValue !== undefined) {
      const allocated = await repo.allocatedAtTop(trx, id);
      if (input.plannedValue < allocated)
        throw conflict(
          'below-allocated',
          {
            zh: `目标值 ${input.plannedValue} 小于已分配给各工会的 ${allocated}，请先调整分配`,
            en: `The planned value ${input.plannedValue} is less than the ${allocated} already allocated to unions; change the allocation first`,
          },
          { allocated },
        );
    }
    const before = presentTarget(t);
    await repo.updateTarget(trx, id, input);
    const after = presentTarget((await repo.target(trx, id))!);
    await writeAudit(trx, ctx, {
      action: 'target.update',
      entity: 'target',
      entityId: id,
      orgPath: p.slate_org_path,
      summary: `${p.title}: ${after.indicator}`,
      before,
      after,
    });
    return after;
  });
}

export async function deleteTarget(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const t = await repo.target(trx, id);
    if (!t) throw notFound('target', id);
    const p = await manage(trx, actor, t.project_id, 'target', id);
    const refs = [
      { key: 'allocations', n: await repo.allocationCount(trx, [id]), zh: '已分配给 {n} 个工会', en: 'allocated to {n} unions' },
      { key: 'reports', n: await valuesOfTarget(trx, id), zh: '{n} 份进度报表填报了该目标', en: '{n} progress reports give figures for it' },
      { key: 'childTargets', n: await repo.subTargetCount(trx, id), zh: '下有 {n} 个分项目标', en: 'it has {n} sub-targets' },
    ];
    if (refs.some((r) => r.n > 0)) throw inUse('target-in-use', { zh: `目标“${t.indicator}”`, en: `Target "${t.indicator}"` }, refs);
    await repo.deleteTarget(trx, id);
    await writeAudit(trx, ctx, {
      action: 'target.delete',
      entity: 'target',
      entityId: id,
      orgPath: p.slate_org_path,
      summary: `${p.title}: ${t.indicator}`,
      before: presentTarget(t),
    });
    return { id, deleted: true };
  });
}

export async function updateMilestone(s: Services, ctx: RequestContext, id: number, input: TMilestoneEdit) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const m = await repo.milestone(trx, id);
    if (!m) throw notFound('milestone', id);
    const p = await manage(trx, actor, m.project_id, 'milestone', id);
    const startsOn = input.startsOn !== undefined ? input.startsOn : m.starts_on;
    const dueOn = input.dueOn ?? m.due_on;
    checkDateOrder([
      { field: 'startsOn', label: { zh: '开始日期', en: 'start date' }, value: startsOn },
      { field: 'dueOn', label: { zh: '完成日期', en: 'due date' }, value: dueOn },
    ]);
    const before = presentMilestone(m);
    await repo.updateMilestone(trx, id, input);
    const after = presentMilestone((await repo.milestone(trx, id))!);
    await writeAudit(trx, ctx, {
      action: 'milestone.update',
      entity: 'milestone',
      entityId: id,
      orgPath: p.slate_org_path,
      summary: after.title,
      before,
      after,
    });
    return after;
  });
}

/** Nothing refers to a milestone: it is deleted, and the audit entry keeps what it was. */
export async function deleteMilestone(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const m = await repo.milestone(trx, id);
    if (!m) throw notFound('milestone', id);
    const p = await manage(trx, actor, m.project_id, 'milestone', id);
    await repo.deleteMilestone(trx, id);
    await writeAudit(trx, ctx, {
      action: 'milestone.delete',
      entity: 'milestone',
      entityId: id,
      orgPath: p.slate_org_path,
      summary: m.title,
      before: presentMilestone(m),
    });
    return { id, deleted: true };
  });
}

/**
 * A project goes with its own targets and milestones, but only while its list is unpublished and
 * nothing else refers to it: allocations, progress reports, surveys.
 */
export async function deleteProject(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const p = await manage(trx, actor, id, 'project', id);
    const targetIds = await repo.targetIdsOf(trx, id);
    const refs = [
      { key: 'publishedList', n: p.published_at ? 1 : 0, zh: '所在清单已公布', en: 'its list is published' },
      {
        key: 'allocations',
        n: targetIds.length ? await repo.allocationCount(trx, targetIds) : 0,
        zh: '目标已分配给 {n} 个工会',
        en: 'its targets are allocated to {n} unions',
      },
      { key: 'reports', n: await reportsOfProject(trx, id), zh: '已有 {n} 份进度报表', en: '{n} progress reports are filed' },
      { key: 'surveys', n: await surveysOfProject(trx, id), zh: '有 {n} 个满意度测评', en: 'it has {n} satisfaction surveys' },
    ];
    if (refs.some((r) => r.n > 0)) throw inUse('project-in-use', { zh: `实事项目“${p.title}”`, en: `Project "${p.title}"` }, refs);
    const [targets, milestones] = await Promise.all([repo.targetsOf(trx, id), repo.milestonesOfProject(trx, id)]);
    const before = { ...presentProject(p, actor), targets: targets.map(presentTarget), milestones: milestones.map(presentMilestone) };
    await repo.deleteProject(trx, id);
    await writeAudit(trx, ctx, {
      action: 'project.delete',
      entity: 'project',
      entityId: id,
      orgPath: p.slate_org_path,
      summary: `${p.no}. ${p.title}`,
      before,
    });
    return { id, deleted: true };
  });
}
