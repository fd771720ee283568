// Slates (the published yearly lists), projects with their implementation plans, targets,
// milestones, and evaluation. Allocation of targets down the tree lives in allocations.ts.
import { assertManage, can, mayManage, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, forbidden, invalidField, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { program as findProgram } from '../policy/service.ts';
import { checkDateOrder } from '../../platform/schemas.ts';
import { toFen, toYuan } from '../../platform/money.ts';
import { callOwner, candidateState } from '../calls/api.ts';
import { findOrg } from '../orgs/api.ts';
import { categoryNames, type Category } from './categories.ts';
import { evaluateProjects, expectedShare, viewerOf } from './evaluation.ts';
import * as repo from './repository.ts';
import type { ProjectRow, SlateRow } from './repository.ts';
import type { TMilestoneCreate, TPlan, TProjectCreate, TProjectUpdate, TSlateCreate, TSlateUpdate, TTargetCreate } from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Slates

export function presentSlate(sl: SlateRow, actor: Actor) {
  const manage = mayManage(actor, 'projects.write', { path: sl.org_path });
  return {
    id: sl.id,
    orgId: sl.org_id,
    orgName: sl.org_name,
    year: sl.year,
    callId: sl.call_id,
    title: sl.title,
    meeting: sl.meeting,
    documentNo: sl.document_no,
    approvedOn: sl.approved_on,
    published: sl.published_at !== null,
    publishedAt: sl.published_at,
    closedOn: sl.closed_on,
    source: sl.source,
    abilities: {
      update: manage,
      addProject: manage && sl.published_at === null,
      publish: manage && sl.published_at === null,
      close: manage && sl.published_at !== null && sl.closed_on === null,
    },
  };
}

export async function loadSlate(db: Executor, actor: Actor, id: number) {
  const sl = await repo.slatesQuery(db).where('slates.id', '=', id).where(repo.visibleSlate(actor)).executeTakeFirst();
  if (!sl) throw notFound('slate', id);
  return sl;
}

export async function listSlates(s: Services, ctx: RequestContext, q: { year?: number | undefined; orgId?: number | undefined }) {
  const actor = ctx.actor!;
  let query = repo.slatesQuery(s.database.db).where(repo.visibleSlate(actor));
  if (q.year) query = query.where('slates.year', '=', q.year);
  if (q.orgId) query = query.where('slates.org_id', '=', q.orgId);
  const rows = await query.orderBy('slates.year', 'desc').orderBy('so.path').execute();
  const counts = rows.length
    ? await repo.projectCounts(
        s.database.db,
        rows.map((r) => r.id),
      )
    : [];
  return { items: rows.map((r) => ({ ...presentSlate(r, actor), projectCount: Number(counts.find((c) => c.slate_id === r.id)?.n ?? 0) })) };
}

export async function getSlate(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const sl = await loadSlate(db, actor, id);
  const projects = await repo.projectsQuery(db).where('projects.slate_id', '=', id).orderBy('projects.no').execute();
  const evals = await evaluateProjects(db, projects, s.clock.today(), viewerOf(actor));
  return {
    ...presentSlate(sl, actor),
    projects: projects.map((p) => {
      const e = evals.get(p.id)!;
      return {
        id: p.id,
        no: p.no,
        title: p.title,
        category: p.category,
        categoryName: categoryNames[p.category as Category] ?? null,
        responsibleOrgName: p.responsible_org_name,
        status: e.status,
        percent: e.percent,
        suppressed: e.suppressed,
        behind: e.behind,
      };
    }),
  };
}

export async function createSlate(s: Services, ctx: RequestContext, input: TSlateCreate) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const org = await findOrg(trx, input.orgId);
    if (!org || !pathInScope(actor, org.path)) throw notFound('org', input.orgId);
    assertManage(actor, 'projects.write', org);
    if (org.kind === 'department' || org.kind === 'agency')
      throw invalidField('body.orgId', 'not-a-union', { zh: '项目清单属于工会（市总、区局、街镇等）', en: 'a project list belongs to a union' });
    if (await repo.slateOfYear(trx, org.id, input.year))
      throw conflict('slate-exists', { zh: `${org.name}已有 ${input.year} 年的项目清单`, en: `${org.name} already has a ${input.year} list` });
    if (input.callId) {
      const call = await callOwner(trx, input.callId);
      if (!call || call.org_id !== org.id)
        throw invalidField('body.callId', 'not-this-union', { zh: '征集活动不属于该工会', en: 'the call does not belong to this union' });
    }
    const row = await repo.insertSlate(trx, org.id, input);
    const dto = presentSlate((await repo.slateById(trx, row.id))!, actor);
    await writeAudit(trx, ctx, { action: 'slate.create', entity: 'slate', entityId: row.id, orgPath: org.path, summary: input.title, after: dto });
    return dto;
  });
}

export async function updateSlate(s: Services, ctx: RequestContext, id: number, input: TSlateUpdate) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const sl = await loadSlate(trx, actor, id);
    assertManage(actor, 'projects.write', { path: sl.org_path });
    const before = presentSlate(sl, actor);
    await repo.updateSlate(trx, id, input);
    const after = presentSlate((await repo.slateById(trx, id))!, actor);
    await writeAudit(trx, ctx, { action: 'slate.update', entity: 'slate', entityId: id, orgPath: sl.org_path, summary: sl.title, before, after });
    return after;
  });
}

/** Publication (对外公布): the list goes public with the meeting that approved it, the document number and date. */
export async function publishSlate(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const sl = await loadSlate(trx, actor, id);
    assertManage(actor, 'projects.write', { path: sl.org_path });
    if (sl.published_at) throw conflict('already-published', { zh: '该清单已公布', en: 'The list is already published' });
    const missing = (['meeting', 'documentNo', 'approvedOn'] as const).filter(
      (k) => !{ meeting: sl.meeting, documentNo: sl.document_no, approvedOn: sl.approved_on }[k],
    );
    if (missing.length)
      throw invalidField(`body.${missing[0]}`, 'required-to-publish', {
        zh: '公布前须填写审议会议（如 2024年第17次主席办公会议）、文号（如 沪工总办〔2024〕189号）和日期',
        en: 'Before publication the list needs the approving meeting, the document number and the date',
      });
    if ((await repo.projectCount(trx, id)) === 0) throw conflict('empty-slate', { zh: '清单中还没有项目', en: 'The list has no projects yet' });
    await repo.markPublished(trx, id);
    const after = presentSlate((await repo.slateById(trx, id))!, actor);
    await writeAudit(trx, ctx, {
      action: 'slate.publish',
      entity: 'slate',
      entityId: id,
      orgPath: sl.org_path,
      summary: `${sl.title}（${sl.document_no}）`,
      after,
    });
    return after;
  });
}

/**
 * Close a published list at the end of its year (closed_on = today): no more progress reports are
 * taken (progress/service.ts filingRefusal) and none is flagged overdue or reminded.
 */
export async function closeSlate(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const sl = await loadSlate(trx, actor, id);
    assertManage(actor, 'projects.write', { path: sl.org_path });
    if (!sl.published_at) throw conflict('not-published', { zh: '清单尚未公布，不能结束', en: 'The list is not published yet; it cannot be closed' });
    if (sl.closed_on) throw conflict('already-closed', { zh: `该清单已于 ${sl.closed_on} 结束`, en: `The list was closed on ${sl.closed_on}` });
    const closedOn = s.clock.today();
    await repo.markClosed(trx, id, closedOn);
    const after = presentSlate((await repo.slateById(trx, id))!, actor);
    await writeAudit(trx, ctx, {
      action: 'slate.close',
      entity: 'slate',
      entityId: id,
      orgPath: sl.org_path,
      summary: `${sl.title}（${closedOn}）`,
      before: { closedOn: null },
      after: { closedOn },
    });
    return after;
  });
}

// ---------------------------------------------------------------------------------------------
// Projects and plans

export function presentProject(p: ProjectRow, actor: Actor) {
  const manage = mayManage(actor, 'projects.write', { path: p.slate_org_path }, p.responsible_org_id);
  return {
    id: p.id,
    slateId: p.slate_id,
    slateTitle: p.slate_title,
    orgId: p.slate_org_id,
    orgName: p.slate_org_name,
    year: p.year,
    no: p.no,
    title: p.title,
    category: p.category,
    categoryName: categoryNames[p.category as Category] ?? null,
    candidateId: p.candidate_id,
    summary: p.summary,
    published: p.published_at !== null,
    plan: {
      purpose: p.purpose,
      targetGroups: p.target_groups,
      budgetYuan: toYuan(p.budget_fen),
      costShares: (p.cost_shares ?? []).map((c) => ({ party: c.party, share: c.share, ...(c.amountFen != null ? { amountYuan: toYuan(c.amountFen) } : {}) })),
      responsibleOrgId: p.responsible_org_id,
      responsibleOrgName: p.responsible_org_name,
      contacts: p.contacts ?? [],
      policyPrograms: p.policy_programs,
      reportCadence: p.report_cadence,
      reportDueMonths: p.report_due_months,
    },
    source: p.source,
    abilities: { update: manage, plan: manage, allocate: manage },
  };
}

export async function loadProject(db: Executor, actor: Actor, id: number) {
  const p = await repo.findProject(db, actor, id);
  if (!p) throw notFound('project', id);
  return p;
}

export async function getProject(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const p = await loadProject(db, actor, id);
  const [milestones, evals] = await Promise.all([repo.milestonesOf(db, id), evaluateProjects(db, [p], s.clock.today(), viewerOf(actor))]);
  const e = evals.get(id)!;
  const date = s.clock.today();
  return {
    ...presentProject(p, actor),
    status: e.status,
    percent: e.percent,
    suppressed: e.suppressed,
    targets: e.targets.map(({ parts, ...t }) => ({ ...t, partCount: parts.length })),
    milestones: milestones.map((m) => ({
      id: m.id,
      title: m.title,
      startsOn: m.starts_on,
      dueOn: m.due_on,
      responsible: m.responsible,
      doneOn: m.done_on,
      overdue: !m.done_on && m.due_on < date,
    })),
  };
}

async function manageProject(trx: Executor, actor: Actor, id: number) {
  const p = await loadProject(trx, actor, id);
  assertManage(actor, 'projects.write', { path: p.slate_org_path }, p.responsible_org_id);
  return p;
}

export async function createProject(s: Services, ctx: RequestContext, slateId: number, input: TProjectCreate) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const sl = await loadSlate(trx, actor, slateId);
    assertManage(actor, 'projects.write', { path: sl.org_path });
    if (sl.published_at) throw conflict('slate-published', { zh: '清单已公布，不能再增加项目', en: 'The list is published; no projects can be added' });
    const no = input.no ?? (await repo.highestNo(trx, slateId)) + 1;
    if (await repo.numberTaken(trx, slateId, no)) throw conflict('duplicate-number', { zh: `清单中已有第 ${no} 项`, en: `The list already has item ${no}` });
    if (input.candidateId) {
      const c = await candidateState(trx, input.candidateId);
      if (!c || c.call_id !== sl.call_id || c.status !== 'shortlisted')
        throw invalidField('body.candidateId', 'not-a-shortlisted-candidate', {
          zh: '候选项目须来自本清单对应征集的入围候选项目',
          en: 'the candidate must be shortlisted in this list’s call',
        });
    }
    const row = await repo.insertProject(trx, slateId, no, input);
    const dto = presentProject((await repo.projectById(trx, row.id))!, actor);
    await writeAudit(trx, ctx, {
      action: 'project.create',
      entity: 'project',
      entityId: row.id,
      orgPath: sl.org_path,
      summary: `${no}. ${input.title}`,
      after: dto,
    });
    return dto;
  });
}

export async function updateProject(s: Services, ctx: RequestContext, id: number, input: TProjectUpdate) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const p = await manageProject(trx, actor, id);
    if (input.no !== undefined && input.no !== p.no && (await repo.numberTaken(trx, p.slate_id, input.no)))
      throw conflict('duplicate-number', { zh: `清单中已有第 ${input.no} 项`, en: `The list already has item ${input.no}` });
    const before = presentProject(p, actor);
    await repo.updateProject(trx, id, input);
    const after = presentProject((await repo.projectById(trx, id))!, actor);
    await writeAudit(trx, ctx, { action: 'project.update', entity: 'project', entityId: id, orgPath: p.slate_org_path, summary: p.title, before, after });
    return after;
  });
}

/** The implementation plan (实施方案): purpose, target groups, budget and cost shares, responsible department, contacts, policy programs, report cadence. */
export async function putPlan(s: Services, ctx: RequestContext, id: number, input: TPlan) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const p = await manageProject(trx, actor, id);
    if (input.responsibleOrgId != null) {
      const o = await findOrg(trx, input.responsibleOrgId);
      if (!o || !o.path.startsWith(p.slate_org_path) || !['department', 'agency', 'municipal', 'district', 'industry', 'street', 'park'].includes(o.kind))
        throw invalidField('body.responsibleOrgId', 'not-a-department', {
          zh: '责任部门须是本级工会的部室、直属单位或本级工会',
          en: 'the responsible org must be a department, agency or union in this union’s tree',
        });
      // A department hands a project to another department only through the federation's administrator.
      if (actor.role === 'department-officer' && input.responsibleOrgId !== actor.orgId) throw forbidden();
    }
    input.policyPrograms?.forEach((code, i) => {
      try {
        findProgram(code);
      } catch {
        throw invalidField(`body.policyPrograms.${i}`, 'unknown-program', { zh: `没有项目规则 ${code}`, en: `no policy program ${code}` });
      }
    });
    const cadence = input.reportCadence ?? p.report_cadence;
    let months = input.reportDueMonths ?? p.report_due_months;
    if (cadence === 'monthly' && input.reportDueMonths === undefined) months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    if (cadence === 'quarterly' && input.reportDueMonths === undefined && !months.length) months = [3, 6, 9, 12];
    if (cadence === 'none') months = [];
    if (cadence !== 'none' && !months.length)
      throw invalidField('body.reportDueMonths', 'required', { zh: '请填写报送月份', en: 'give the months reports are due' });
    if (new Set(months).size !== months.length) throw invalidField('body.reportDueMonths', 'duplicate', { zh: '报送月份重复', en: 'a month is listed twice' });
    months = [...months].sort((a, b) => a - b);
    const before = presentProject(p, actor).plan;
    await repo.updatePlan(trx, id, input, cadence, months);
    const after = presentProject((await repo.projectById(trx, id))!, actor);
    await writeAudit(trx, ctx, {
      action: 'project.plan',
      entity: 'project',
      entityId: id,
      orgPath: p.slate_org_path,
      summary: p.title,
      before,
      after: after.plan,
    });
    return after;
  });
}

/** A target counted from applications needs a program linked in the plan to count them from. */
export function assertProgramLinked(p: { policy_programs: string[] }, actualFrom: string | undefined) {
  if (actualFrom && actualFrom !== 'reports' && !p.policy_programs.length)
    throw invalidField('body.actualFrom', 'no-linked-program', {
      zh: '项目计划未关联项目规则，不能按申请或业务数据统计完成数',
      en: 'the plan links no policy program to count applications or deliveries from',
    });
}

export async function addTarget(s: Services, ctx: RequestContext, projectId: number, input: TTargetCreate) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const p = await manageProject(trx, actor, projectId);
    if (input.parentTargetId) {
      const parent = await repo.targetHead(trx, input.parentTargetId);
      if (!parent || parent.project_id !== projectId || parent.parent_id !== null)
        throw invalidField('body.parentTargetId', 'not-a-top-target', {
          zh: '上级目标须是本项目的一级目标',
          en: 'the parent must be a top-level target of this project',
        });
    }
    const actualFrom = input.actualFrom ?? 'reports';
    assertProgramLinked(p, actualFrom);
    const row = await repo.insertTarget(trx, projectId, input, actualFrom);
    const dto = {
      id: row.id,
      projectId,
      parentTargetId: input.parentTargetId ?? null,
      indicator: input.indicator,
      unit: input.unit,
      plannedValue: input.plannedValue,
      weight: input.weight,
      note: input.note ?? null,
      actualFrom,
    };
    await writeAudit(trx, ctx, {
      action: 'target.create',
      entity: 'target',
      entityId: row.id,
      orgPath: p.slate_org_path,
      summary: `${p.title}: ${input.indicator} ${input.plannedValue}${input.unit}`,
      after: dto,
    });
    return dto;
  });
}

export async function addMilestone(s: Services, ctx: RequestContext, projectId: number, input: TMilestoneCreate) {
  const actor = ctx.actor!;
  checkDateOrder([
    { field: 'startsOn', label: { zh: '开始日期', en: 'start date' }, value: input.startsOn },
    { field: 'dueOn', label: { zh: '完成日期', en: 'due date' }, value: input.dueOn },
  ]);
  return s.database.db.transaction().execute(async (trx) => {
    const p = await manageProject(trx, actor, projectId);
    const row = await repo.insertMilestone(trx, projectId, input);
    const dto = {
      id: row.id,
      projectId,
      title: input.title,
      startsOn: input.startsOn ?? null,
      dueOn: input.dueOn,
      responsible: input.responsible ?? null,
      doneOn: input.doneOn ?? null,
    };
    await writeAudit(trx, ctx, {
      action: 'milestone.create',
      entity: 'milestone',
      entityId: row.id,
      orgPath: p.slate_org_path,
      summary: input.title,
      after: dto,
    });
    return dto;
  });
}

export async function setMilestoneDone(s: Services, ctx: RequestContext, id: number, doneOn: string | null) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const m = await repo.milestone(trx, id);
    if (!m) throw notFound('milestone', id);
    const p = await manageProject(trx, actor, m.project_id).catch((e) => {
      throw e.status === 404 ? notFound('milestone', id) : e;
    });
    await repo.setMilestoneDone(trx, id, doneOn);
    await writeAudit(trx, ctx, {
      action: 'milestone.update',
      entity: 'milestone',
      entityId: id,
      orgPath: p.slate_org_path,
      summary: m.title,
      before: { doneOn: m.done_on },
      after: { doneOn },
    });
    return { id, projectId: m.project_id, title: m.title, startsOn: m.starts_on, dueOn: m.due_on, responsible: m.responsible, doneOn };
  });
}

// ---------------------------------------------------------------------------------------------
// Evaluation

export async function projectEvaluation(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const p = await loadProject(db, actor, id);
  const e = (await evaluateProjects(db, [p], s.clock.today(), viewerOf(actor))).get(id)!;
  // A regional union sees its own part (and the totals); the owner sees every part.
  const full = pathInScope(actor, p.slate_org_path);
  return {
    project: { id: p.id, no: p.no, title: p.title, year: p.year, orgName: p.slate_org_name },
    asOf: s.clock.today(),
    ...e,
    targets: e.targets.map((t) => ({ ...t, parts: full ? t.parts : t.parts.filter((x) => x.orgId === actor.orgId) })),
  };
}

/** The federation's (or a union's) dashboard for a year: progress, who is behind, money spent against budget — shaped for ECharts. */
export async function dashboard(s: Services, ctx: RequestContext, q: { year: number; orgId?: number | undefined }) {
  const actor = ctx.actor!;
  const db = s.database.db;
  let orgId = q.orgId;
  if (!orgId) {
    const root = actor.orgPath ? Number(actor.orgPath.split('.')[0]) : null;
    orgId =
      actor.role === 'department-officer' || actor.role === 'agency-officer' || actor.role === 'auditor' || actor.role === 'federation-admin'
        ? (root ?? undefined)
        : (actor.orgId ?? undefined);
  }
  if (!orgId) throw invalidField('query.orgId', 'required', { zh: '请指定工会', en: 'give the union' });
  const sl = await repo.slatesQuery(db).where('slates.org_id', '=', orgId).where('slates.year', '=', q.year).where(repo.visibleSlate(actor)).executeTakeFirst();
  if (!sl) throw notFound('slate', `${orgId}/${q.year}`);
  const projects = await repo.projectsQuery(db).where('projects.slate_id', '=', sl.id).orderBy('projects.no').execute();
  const asOf = s.clock.today();
  const evals = await evaluateProjects(db, projects, asOf, viewerOf(actor));
  const inScope = pathInScope(actor, sl.org_path);
  const rows = projects.map((p) => {
    const e = evals.get(p.id)!;
    const behindUnions = inScope
      ? e.targets
          .filter((t) => t.parentTargetId === null)
          .flatMap((t) =>
            t.parts
              .filter((x) => x.behind)
              .map((x) => ({
                targetId: t.targetId,
                indicator: t.indicator,
                orgId: x.orgId,
                orgName: x.orgName,
                planned: x.planned,
                actual: x.actual,
                percent: x.percent,
              })),
          )
      : [];
    return {
      id: p.id,
      no: p.no,
      title: p.title,
      category: p.category,
      responsibleOrgName: p.responsible_org_name,
      status: e.status,
      percent: e.percent,
      suppressed: e.suppressed,
      expectedPercent: e.expectedPercent,
      behind: e.behind,
      budgetYuan: e.budgetYuan,
      spentYuan: e.spentYuan,
      pendingYuan: e.pendingYuan,
      targets: e.targets
        .filter((t) => t.parentTargetId === null)
        .map((t) => ({
          targetId: t.targetId,
          indicator: t.indicator,
          unit: t.unit,
          actualFrom: t.actualFrom,
          planned: t.planned,
          actual: t.actual,
          percent: t.percent,
          suppressed: t.suppressed,
          allocationMismatch: t.allocationMismatch,
        })),
      programActivity: e.programActivity,
      behindUnits: behindUnions.length,
      behindUnions: behindUnions.slice(0, 50),
    };
  });
  const labels = rows.map((r) => `${r.no}. ${r.title}`);
  // Series and axis names in the caller's language (the same `lang` problem messages follow).
  const l = (zh: string, en: string) => (ctx.lang === 'en' ? en : zh);
  return {
    slate: presentSlate(sl, actor),
    asOf,
    expectedPercent: Math.round(expectedShare(q.year, asOf) * 1000) / 10,
    summary: {
      projects: rows.length,
      behind: rows.filter((r) => r.behind).length,
      completed: rows.filter((r) => r.status === 'completed').length,
      budgetYuan: rows.reduce((a, r) => a + (r.budgetYuan ?? 0), 0),
      spentYuan: rows.reduce((a, r) => a + r.spentYuan, 0),
    },
    projects: rows,
    charts: {
      progress: {
        xAxis: { type: 'category', data: labels },
        yAxis: { type: 'value', max: 100, name: '%' },
        series: [
          // A withheld percent (fewer than 5 applications outside the caller's scope) is a gap, not 0.
          { name: l('完成进度', 'Progress'), type: 'bar', data: rows.map((r) => (r.percent === null && r.suppressed ? null : (r.percent ?? 0))) },
          { name: l('时间进度', 'Time elapsed'), type: 'line', data: rows.map((r) => r.expectedPercent) },
        ],
      },
      money: {
        xAxis: { type: 'category', data: labels },
        yAxis: { type: 'value', name: l('元', 'yuan') },
        series: [
          { name: l('预算', 'Budget'), type: 'bar', data: rows.map((r) => r.budgetYuan ?? 0) },
          { name: l('已支出', 'Spent'), type: 'bar', data: rows.map((r) => r.spentYuan) },
        ],
      },
    },
  };
}

/** Public, no login: one union's published list for a year, with status and progress; nothing else. */
/** Public, no login: which unions have published which years. */
export async function publicSlates(s: Services) {
  const byOrg = new Map<number, { orgId: number; orgName: string; orgKind: string; years: number[] }>();
  for (const r of await repo.publishedYears(s.database.db)) {
    const e = byOrg.get(r.orgId) ?? { orgId: r.orgId, orgName: r.orgName, orgKind: r.orgKind, years: [] };
    e.years.push(r.year);
    byOrg.set(r.orgId, e);
  }
  return { items: [...byOrg.values()] };
}

export async function publicProjects(s: Services, q: { year: number; org: 'federation' | number }) {
  const db = s.database.db;
  let query = repo.slatesQuery(db).where('slates.year', '=', q.year).where('slates.published_at', 'is not', null);
  query = q.org === 'federation' ? query.where('so.kind', '=', 'municipal') : query.where('slates.org_id', '=', q.org);
  const sl = await query.executeTakeFirst();
  if (!sl) throw notFound('slate', `${q.org}/${q.year}`);
  const projects = await repo.projectsQuery(db).where('projects.slate_id', '=', sl.id).orderBy('projects.no').execute();
  // The public sees no union's applications from the inside: every application figure follows the small-count rule.
  const evals = await evaluateProjects(db, projects, s.clock.today(), viewerOf(null));
  return {
    org: { id: sl.org_id, name: sl.org_name },
    year: sl.year,
    title: sl.title,
    meeting: sl.meeting,
    documentNo: sl.document_no,
    approvedOn: sl.approved_on,
    asOf: s.clock.today(),
    projects: projects.map((p) => {
      const e = evals.get(p.id)!;
      return {
        no: p.no,
        title: p.title,
        category: p.category,
        categoryName: categoryNames[p.category as Category] ?? null,
        responsibleOrgName: p.responsible_org_name,
        status: e.status,
        percent: e.percent,
        suppressed: e.suppressed,
        targets: e.targets
          .filter((t) => t.parentTargetId === null)
          .map((t) => ({ indicator: t.indicator, unit: t.unit, planned: t.planned, actual: t.actual, percent: t.percent, suppressed: t.suppressed })),
      };
    }),
  };
}

export { can };
