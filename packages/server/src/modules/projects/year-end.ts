// The year-end report of a list (年度总结): for each project, planned against actual per target,
// progress, budget against money spent (accepted reports), status, milestones kept, and satisfaction
// (the average 1–5 rating of its surveys, and the satisfaction forms returned with the settlements of its place
// programs: 000 六(一)3 满意度测评表, 001 项目3 四(三)). The same numbers as JSON and as .xlsx.
import { scopePath } from '../../platform/access.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { writeXlsx } from '../../platform/spreadsheets.ts';
import { notFound } from '../../platform/errors.ts';
import { categoryNames, type Category } from './categories.ts';
import { satisfactionByProject } from '../surveys/api.ts';
import { settlementSatisfaction } from '../pools/api.ts';
import { evaluateProjects, viewerOf } from './evaluation.ts';
import * as repo from './repository.ts';

const statusNames = { planned: '未启动', 'in-progress': '实施中', completed: '已完成' } as const;

export async function slateReport(s: Services, ctx: RequestContext, slateId: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const sl = await repo.slatesQuery(db).where('slates.id', '=', slateId).where(repo.visibleSlate(actor)).executeTakeFirst();
  if (!sl) throw notFound('slate', slateId);
  const projects = await repo.projectsQuery(db).where('projects.slate_id', '=', slateId).orderBy('projects.no').execute();
  const ids = projects.map((p) => p.id);
  const asOf = s.clock.today();
  const [evals, satisfaction, milestones] = await Promise.all([
    evaluateProjects(db, projects, asOf, viewerOf(actor)),
    satisfactionByProject(db, ids),
    repo.milestoneDates(db, ids),
  ]);
  // The forms counted are those of the caller's part of the list's union (aggregates stay in scope).
  const root = scopePath(actor);
  const within = root === null ? null : root.startsWith(sl.org_path) ? root : sl.org_path.startsWith(root) ? sl.org_path : null;
  const none = { settlements: 0, responses: 0, satisfied: 0, persons: 0, satisfiedPercent: null };
  const forms = new Map(
    await Promise.all(
      projects.map(async (p) => [p.id, within === null ? none : await settlementSatisfaction(db, p.policy_programs ?? [], sl.year, within)] as const),
    ),
  );
  const rows = projects.map((p) => {
    const e = evals.get(p.id)!;
    const ms = milestones.filter((m) => m.project_id === p.id);
    const sat = satisfaction.get(p.id) ?? { surveys: 0, responses: 0, ratingAverage: null };
    return {
      id: p.id,
      no: p.no,
      title: p.title,
      category: p.category,
      categoryName: categoryNames[p.category as Category] ?? null,
      responsibleOrgName: p.responsible_org_name,
      status: e.status,
      statusName: statusNames[e.status],
      percent: e.percent,
      suppressed: e.suppressed,
      budgetYuan: e.budgetYuan,
      spentYuan: e.spentYuan,
      pendingYuan: e.pendingYuan,
      budgetUsedPercent: e.budgetYuan ? Math.round((e.spentYuan / e.budgetYuan) * 1000) / 10 : null,
      targets: e.targets.map((t) => ({
        targetId: t.targetId,
        parentTargetId: t.parentTargetId,
        indicator: t.indicator,
        unit: t.unit,
        planned: t.planned,
        actual: t.actual,
        pending: t.pending,
        percent: t.percent,
        suppressed: t.suppressed,
      })),
      milestones: { total: ms.length, done: ms.filter((m) => m.done_on).length, overdue: ms.filter((m) => !m.done_on && m.due_on < asOf).length },
      satisfaction: sat,
      settlementSatisfaction: forms.get(p.id)!,
    };
  });
  const rated = rows.filter((r) => r.satisfaction.ratingAverage !== null);
  return {
    slate: {
      id: sl.id,
      orgId: sl.org_id,
      orgName: sl.org_name,
      year: sl.year,
      title: sl.title,
      documentNo: sl.document_no,
      published: sl.published_at !== null,
      closedOn: sl.closed_on,
    },
    asOf,
    summary: {
      projects: rows.length,
      completed: rows.filter((r) => r.status === 'completed').length,
      inProgress: rows.filter((r) => r.status === 'in-progress').length,
      planned: rows.filter((r) => r.status === 'planned').length,
      budgetYuan: rows.reduce((a, r) => a + (r.budgetYuan ?? 0), 0),
      spentYuan: rows.reduce((a, r) => a + r.spentYuan, 0),
      surveyResponses: rows.reduce((a, r) => a + r.satisfaction.responses, 0),
      settlementForms: rows.reduce((a, r) => a + r.settlementSatisfaction.responses, 0),
      settlementSatisfied: rows.reduce((a, r) => a + r.settlementSatisfaction.satisfied, 0),
      // Each project's average counts once, so one large survey does not stand for the whole list.
      satisfactionAverage: rated.length ? Math.round((rated.reduce((a, r) => a + r.satisfaction.ratingAverage!, 0) / rated.length) * 100) / 100 : null,
    },
    projects: rows,
  };
}

/** A withheld figure (fewer than 5 applications outside the caller's scope, evaluation.ts) as the sheet shows it. */
const shown = (v: number | null, suppressed: boolean, withheld: string) => (v === null && suppressed ? withheld : v);

export async function slateReportWorkbook(s: Services, ctx: RequestContext, slateId: number) {
  const r = await slateReport(s, ctx, slateId);
  const sheets = [
    {
      name: '项目完成情况',
      columns: [
        { header: '序号', key: 'no' },
        { header: '项目名称', key: 'title', width: 40 },
        { header: '类别', key: 'category' },
        { header: '责任部门', key: 'responsible', width: 20 },
        { header: '状态', key: 'status' },
        { header: '完成进度（%）', key: 'percent' },
        { header: '预算（元）', key: 'budget', width: 14 },
        { header: '已支出（元）', key: 'spent', width: 14 },
        { header: '预算执行率（%）', key: 'used' },
        { header: '时间节点（完成/总数）', key: 'milestones', width: 20 },
        { header: '满意度测评答卷', key: 'responses' },
        { header: '满意度平均分（1–5）', key: 'satisfaction' },
        { header: '结算满意度测评表（回收）', key: 'forms' },
        { header: '其中满意', key: 'satisfied' },
        { header: '满意率（%）', key: 'satisfiedPercent' },
      ],
      rows: [
        ...r.projects.map((p) => ({
          no: p.no,
          title: p.title,
          category: p.categoryName?.zh ?? p.category,
          responsible: p.responsibleOrgName,
          status: p.statusName,
          percent: shown(p.percent, p.suppressed, '—'),
          budget: p.budgetYuan,
          spent: p.spentYuan,
          used: p.budgetUsedPercent,
          milestones: `${p.milestones.done}/${p.milestones.total}`,
          responses: p.satisfaction.responses,
          satisfaction: p.satisfaction.ratingAverage,
          forms: p.settlementSatisfaction.responses,
          satisfied: p.settlementSatisfaction.satisfied,
          satisfiedPercent: p.settlementSatisfaction.satisfiedPercent,
        })),
        {
          no: '合计',
          title: `${r.slate.year} ${r.slate.title}`,
          status: `完成 ${r.summary.completed} 项`,
          budget: r.summary.budgetYuan,
          spent: r.summary.spentYuan,
          responses: r.summary.surveyResponses,
          satisfaction: r.summary.satisfactionAverage,
          forms: r.summary.settlementForms,
          satisfied: r.summary.settlementSatisfied,
          satisfiedPercent: r.summary.settlementForms ? Math.round((r.summary.settlementSatisfied / r.summary.settlementForms) * 1000) / 10 : null,
        },
      ],
    },
    {
      name: '目标完成情况',
      columns: [
        { header: '序号', key: 'no' },
        { header: '项目名称', key: 'title', width: 40 },
        { header: '目标', key: 'indicator', width: 30 },
        { header: '单位', key: 'unit' },
        { header: '计划', key: 'planned' },
        { header: '实际', key: 'actual' },
        { header: '待审核', key: 'pending' },
        { header: '完成率（%）', key: 'percent' },
      ],
      rows: r.projects.flatMap((p) =>
        p.targets.map((t) => ({
          no: p.no,
          title: p.title,
          indicator: t.parentTargetId ? `　└ ${t.indicator}` : t.indicator,
          unit: t.unit,
          planned: t.planned,
          actual: shown(t.actual, t.suppressed, '少于5'),
          pending: shown(t.pending, t.suppressed, '少于5'),
          percent: shown(t.percent, t.suppressed, '—'),
        })),
      ),
    },
  ];
  return { fileName: `slate-${slateId}-${r.slate.year}-report.xlsx`, body: await writeXlsx(sheets) };
}
