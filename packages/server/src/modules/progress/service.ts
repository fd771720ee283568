// Progress reports (汇总表 月报/季报): each union holding a share of a project's targets files one
// report per due period (the plan's cadence: monthly as in 001, or quarterly with explicit months as
// in 003: 3月、6月、9月、11月); the level above accepts it or returns it with a reason. A period is
// due from the first day of its month and overdue after the month's last day.
import { can, mayManage, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { type AppError, conflict, forbidden, invalidField, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { writeXlsx } from '../../platform/spreadsheets.ts';
import { noticeSent } from '../notifications/api.ts';
import { notifyOfficers } from '../notifications/service.ts';
import type { NoticeTemplate } from '../../platform/module.ts';
import { evaluate } from '../policy/service.ts';
import { toFen, toYuan } from '../../platform/money.ts';
import { findOrg } from '../orgs/api.ts';
import { allocationHolders, loadProject, ownerKeepsAShare, projectsQuery, projectTargets, type ProjectRow } from '../projects/api.ts';
import * as repo from './repository.ts';
import type { TReportCreate } from './schema.ts';

export const progressNotices = {
  'progress-overdue': {
    zh: '“{project}”{period}报表已逾期（应于{dueOn}前报送），请尽快填报。',
    en: 'The {period} report for "{project}" is overdue (due {dueOn}).',
  },
  'progress-returned': { zh: '“{project}”{period}报表被退回：{reason}', en: 'The {period} report for "{project}" was returned: {reason}' },
} satisfies Record<string, NoticeTemplate>;

/** Subsidy claimed per line through the policy engine when the plan links this program (001/003: person-days × 150). */
export const GUIDANCE_SUBSIDY = 'labour-relations-guidance-subsidy';

export function lastDayOf(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function duePeriods(p: { year: number; report_due_months: number[] }): string[] {
  return p.report_due_months.map((m) => `${p.year}-${String(m).padStart(2, '0')}`);
}

export function periodLabel(p: { report_cadence: string }, period: string) {
  const [y, m] = period.split('-').map(Number) as [number, number];
  if (p.report_cadence === 'quarterly') {
    const q = Math.ceil(m / 3);
    return { zh: `${y}年第${'一二三四'[q - 1]}季度（${m}月）`, en: `${y} Q${q} (month ${m})` };
  }
  return { zh: `${y}年${m}月`, en: `${y}-${String(m).padStart(2, '0')}` };
}

/**
 * Who files reports for a project: every union holding a share, and the list's owner itself for what
 * it kept: the whole target when nothing is allocated, the unallocated remainder of a split target
 * (see projects/evaluation.ts: the owner's reports count toward that remainder, in progress and money).
 */
async function reporters(db: Executor, p: ProjectRow) {
  const [holders, kept] = await Promise.all([allocationHolders(db, p.id), ownerKeepsAShare(db, p.id)]);
  const out = holders
    .slice()
    .sort((a, b) => (a.allocation_no ?? 1e9) - (b.allocation_no ?? 1e9) || a.path.localeCompare(b.path))
    .map((h) => ({ id: h.id, name: h.name, shortName: h.short_name, path: h.path, allocationNo: h.allocation_no }));
  if ((!holders.length || kept) && !out.some((o) => o.id === p.slate_org_id)) {
    const o = (await findOrg(db, p.slate_org_id))!;
    out.unshift({ id: o.id, name: o.name, shortName: o.short_name, path: o.path, allocationNo: null as number | null });
  }
  return out;
}
type Reporter = Awaited<ReturnType<typeof reporters>>[number];

/**
 * The one filing rule, for the service (which throws what it returns) and for the grid's
 * `abilities.file` (which shows 填报 only when it returns null): the actor reports for `orgId`, their
 * own union or one in their subtree that the plan makes a reporter, for a due period that has begun,
 * on a published list that is not closed, when nothing is filed yet or the filed report was returned.
 */
export function filingRefusal(
  actor: Actor,
  p: ProjectRow,
  who: Reporter[],
  orgId: number | null,
  period: string,
  existing: { status: string } | undefined,
  date: string,
): AppError | null {
  if (!can(actor, 'progress.report')) return forbidden();
  if (!p.published_at) return conflict('not-published', { zh: '清单尚未公布，还不能报送进度', en: 'The list is not published yet' });
  if (p.closed_on)
    return conflict('slate-closed', { zh: `清单已于 ${p.closed_on} 结束，不再报送进度`, en: `The list was closed on ${p.closed_on}; no more reports` });
  const org = who.find((o) => o.id === orgId);
  if (!org || !pathInScope(actor, org.path))
    return invalidField('body.orgId', 'not-a-reporter', {
      zh: '该工会不承担本项目目标，或不在您的管理范围内',
      en: 'this union holds no share of the project, or is outside your scope',
    });
  const periods = duePeriods(p);
  if (p.report_cadence === 'none' || !periods.includes(period))
    return invalidField('body.period', 'period-not-due', {
      zh: periods.length ? `${period} 不是本项目的报送期（报送期：${periods.join('、')}）` : '本项目的实施方案没有设定报送周期',
      en: periods.length ? `${period} is not a reporting period of this project (periods: ${periods.join(', ')})` : 'the plan sets no reporting cadence',
    });
  if (`${period}-01` > date)
    return invalidField('body.period', 'period-not-due', {
      zh: `${period} 的报表自 ${period}-01 起才能报送`,
      en: `the ${period} report can be filed from ${period}-01`,
    });
  if (existing && existing.status !== 'returned')
    return conflict('already-reported', {
      zh: `${org.name} ${period} 的报表已报送（${existing.status === 'accepted' ? '已通过' : '待审核'}）`,
      en: `${org.name} already filed the ${period} report (${existing.status})`,
    });
  return null;
}

const reportQuery = repo.reportQuery;
type ReportRow = repo.ReportRow;

function canReview(actor: Actor, p: ProjectRow, r: { org_id: number; org_path: string }) {
  if (actor.orgId === r.org_id) return false; // nobody accepts their own union's report
  if (actor.role === 'department-officer')
    return mayManage(actor, 'progress.review', { path: p.slate_org_path }, p.responsible_org_id) && p.responsible_org_id === actor.orgId;
  return mayManage(actor, 'progress.review', { path: r.org_path });
}

/** Values with their target's indicator and unit (the targets are the projects module's). */
async function withTargets<V extends { target_id: number }>(db: Executor, projectId: number, values: Promise<V[]>) {
  const [vs, ts] = await Promise.all([values, projectTargets(db, projectId)]);
  const byId = new Map(ts.map((t) => [t.id, t]));
  return vs.flatMap((v) => {
    const t = byId.get(v.target_id);
    return t ? [{ ...v, indicator: t.indicator, unit: t.unit }] : [];
  });
}

async function presentReports(db: Executor, actor: Actor, p: ProjectRow, rows: ReportRow[]) {
  const ids = rows.map((r) => r.id);
  const [values, lines] = ids.length ? await Promise.all([withTargets(db, p.id, repo.valuesOf(db, ids)), repo.linesOf(db, ids)]) : [[], []];
  return rows.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    orgId: r.org_id,
    orgName: r.org_name,
    period: r.period,
    periodLabel: periodLabel(p, r.period),
    dueOn: lastDayOf(r.period),
    status: r.status,
    revision: r.revision,
    narrative: r.narrative,
    subsidyYuan: toYuan(r.subsidy_fen),
    submittedBy: r.submitted_by_name,
    submittedAt: r.submitted_at,
    reviewedBy: r.reviewed_by_name,
    reviewedAt: r.reviewed_at,
    reviewReason: r.review_reason,
    values: values
      .filter((v) => v.report_id === r.id)
      .map((v) => ({ targetId: v.target_id, indicator: v.indicator, unit: v.unit, achieved: Number(v.achieved) })),
    lines: lines
      .filter((l) => l.report_id === r.id)
      .map((l) => ({
        lineNo: l.line_no,
        enterprise: l.enterprise,
        ownership: l.ownership,
        staff: l.staff,
        personDays: l.person_days,
        subsidyYuan: toYuan(l.subsidy_fen),
        note: l.note,
      })),
    abilities: { review: r.status === 'submitted' && canReview(actor, p, r), resubmit: r.status === 'returned' && pathInScope(actor, r.org_path) },
  }));
}

export async function submitReport(s: Services, ctx: RequestContext, projectId: number, input: TReportCreate) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const p = await loadProject(trx, actor, projectId);
    const orgId = input.orgId ?? actor.orgId;
    const who = await reporters(trx, p);
    const existing = orgId === null ? undefined : await repo.filedReport(trx, projectId, orgId, input.period);
    const refused = filingRefusal(actor, p, who, orgId, input.period, existing, s.clock.today());
    if (refused) throw refused;
    const org = who.find((o) => o.id === orgId)!;
    const targetIds = new Set((await projectTargets(trx, projectId)).map((t) => t.id));
    input.values.forEach((v, i) => {
      if (!targetIds.has(v.targetId))
        throw invalidField(`body.values.${i}.targetId`, 'not-this-project', {
          zh: `目标 ${v.targetId} 不属于本项目`,
          en: `target ${v.targetId} is not one of this project's`,
        });
    });
    if (new Set(input.values.map((v) => v.targetId)).size !== input.values.length)
      throw invalidField('body.values', 'duplicate', { zh: '同一目标填写了两次', en: 'a target is given twice' });
    // Subsidy: per line through the policy engine when the plan links the guidance program; else as claimed.
    const computed = p.policy_programs.includes(GUIDANCE_SUBSIDY);
    const lineFen = input.lines.map((l, i) => {
      if (computed) return toFen(Number(evaluate(GUIDANCE_SUBSIDY, lastDayOf(input.period), { personDays: l.personDays }).output.amount));
      if (l.subsidyYuan === undefined) return 0;
      if (Math.abs(toFen(l.subsidyYuan) - l.subsidyYuan * 100) > 1e-6)
        throw invalidField(`body.lines.${i}.subsidyYuan`, 'cents', { zh: '金额最多两位小数', en: 'at most two decimals' });
      return toFen(l.subsidyYuan);
    });
    const subsidyFen = input.lines.length ? lineFen.reduce((a, b) => a + b, 0) : toFen(input.subsidyClaimedYuan ?? 0);
    if (computed && input.subsidyClaimedYuan !== undefined && toFen(input.subsidyClaimedYuan) !== subsidyFen)
      throw invalidField('body.subsidyClaimedYuan', 'subsidy-mismatch', {
        zh: `申请补贴应为 ${subsidyFen / 100} 元（服务天次 × 补贴标准）`,
        en: `the subsidy should be ${subsidyFen / 100} yuan (person-days × rate)`,
      });

    let id: number;
    if (existing) {
      id = existing.id;
      await repo.resubmit(trx, id, { narrative: input.narrative, subsidyFen, revision: existing.revision + 1, submittedBy: actor.accountId });
    } else {
      id = await repo.insertReport(trx, {
        projectId,
        orgId: org.id,
        period: input.period,
        narrative: input.narrative,
        subsidyFen,
        submittedBy: actor.accountId,
      });
    }
    await repo.insertValues(trx, id, input.values);
    await repo.insertLines(
      trx,
      id,
      input.lines.map((l, i) => ({ ...l, subsidyFen: lineFen[i]! })),
    );
    const [dto] = await presentReports(trx, actor, p, [(await reportQuery(trx).where('progress_reports.id', '=', id).executeTakeFirst())!]);
    await writeAudit(trx, ctx, {
      action: existing ? 'report.resubmit' : 'report.submit',
      entity: 'report',
      entityId: id,
      orgPath: org.path,
      summary: `${p.title} ${input.period} ${org.name}`,
      after: dto,
    });
    return dto!;
  });
}

async function loadReport(db: Executor, actor: Actor, id: number) {
  const r = await reportQuery(db).where('progress_reports.id', '=', id).executeTakeFirst();
  if (!r) throw notFound('report', id);
  const p = await loadProject(db, actor, r.project_id).catch(() => {
    throw notFound('report', id);
  });
  // The list's owner sees every report; a union sees its own and those of its subtree.
  if (!pathInScope(actor, p.slate_org_path) && !pathInScope(actor, r.org_path)) throw notFound('report', id);
  return { r, p };
}

export async function getReport(s: Services, ctx: RequestContext, id: number) {
  const { r, p } = await loadReport(s.database.db, ctx.actor!, id);
  return (await presentReports(s.database.db, ctx.actor!, p, [r]))[0]!;
}

export async function reviewReport(s: Services, ctx: RequestContext, id: number, decision: 'accepted' | 'returned', reason?: string) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const { r, p } = await loadReport(trx, actor, id);
    if (!canReview(actor, p, r)) throw forbidden({ zh: '只有上一级可以审核该报表', en: 'Only the level above may review this report' });
    if (r.status !== 'submitted')
      throw conflict('not-pending', {
        zh: `该报表${r.status === 'accepted' ? '已通过' : '已退回'}，不在待审核状态`,
        en: `The report is ${r.status}, not waiting for review`,
      });
    await repo.setReviewed(trx, id, decision, actor.accountId, reason);
    if (decision === 'returned') {
      await notifyOfficers(s, trx, { orgIds: [r.org_id] }, 'progress-returned', { reportId: id, project: p.title, period: r.period, reason });
    }
    const [dto] = await presentReports(trx, actor, p, [(await reportQuery(trx).where('progress_reports.id', '=', id).executeTakeFirst())!]);
    await writeAudit(trx, ctx, {
      action: decision === 'accepted' ? 'report.accept' : 'report.return',
      entity: 'report',
      entityId: id,
      orgPath: r.org_path,
      summary: `${p.title} ${r.period} ${r.org_name}`,
      before: { status: r.status },
      after: { status: decision, reason },
    });
    return dto!;
  });
}

/** Reports of a project as the caller may see them, and the filing grid: every reporting union × due period, with overdue flags. */
export async function listReports(s: Services, ctx: RequestContext, projectId: number, q: { period?: string | undefined }) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const p = await loadProject(db, actor, projectId);
  const owner = pathInScope(actor, p.slate_org_path);
  const who = (await reporters(db, p)).filter((o) => owner || pathInScope(actor, o.path));
  let query = reportQuery(db).where('progress_reports.project_id', '=', projectId);
  if (!owner) query = query.where('orgs.path', 'like', `${actor.orgPath ?? '-'}%`);
  if (q.period) query = query.where('progress_reports.period', '=', q.period);
  const rows = await query.orderBy('progress_reports.period').orderBy('orgs.allocation_no').orderBy('orgs.id').execute();
  const periods = duePeriods(p).filter((x) => !q.period || x === q.period);
  const date = s.clock.today();
  const grid = periods.flatMap((period) =>
    who.map((o) => {
      const r = rows.find((x) => x.org_id === o.id && x.period === period);
      const dueOn = lastDayOf(period);
      return {
        period,
        orgId: o.id,
        orgName: o.name,
        dueOn,
        status: r?.status ?? 'missing',
        reportId: r?.id ?? null,
        overdue: !p.closed_on && (!r || r.status === 'returned') && date > dueOn,
        // The same rules the service enforces: filingRefusal for filing, canReview for review.
        abilities: {
          file: filingRefusal(actor, p, who, o.id, period, r, date) === null,
          review: r?.status === 'submitted' && canReview(actor, p, { org_id: o.id, org_path: o.path }),
        },
      };
    }),
  );
  return {
    project: {
      id: p.id,
      title: p.title,
      year: p.year,
      reportCadence: p.report_cadence,
      periods: duePeriods(p).map((x) => ({ period: x, label: periodLabel(p, x), dueOn: lastDayOf(x) })),
    },
    items: await presentReports(db, actor, p, rows),
    grid,
    overdue: grid.filter((g) => g.overdue).length,
  };
}

/** Every overdue (project, union, period) the caller can see, on published lists that are not closed. */
export async function overdueReports(s: Services, actor: Actor | null) {
  const db = s.database.db;
  const q = projectsQuery(db).where('slates.published_at', 'is not', null).where('slates.closed_on', 'is', null).where('projects.report_cadence', '<>', 'none');
  const projects = await q.execute();
  const date = s.clock.today();
  const out: { projectId: number; project: string; year: number; orgId: number; orgName: string; period: string; dueOn: string; status: string }[] = [];
  for (const p of projects) {
    const due = duePeriods(p).filter((x) => date > lastDayOf(x));
    if (!due.length) continue;
    const who = (await reporters(db, p)).filter((o) => actor === null || pathInScope(actor, p.slate_org_path) || pathInScope(actor, o.path));
    if (!who.length) continue;
    const filed = await repo.filedInPeriods(db, p.id, due);
    for (const period of due)
      for (const o of who) {
        const r = filed.find((f) => f.org_id === o.id && f.period === period);
        if (!r || r.status === 'returned')
          out.push({
            projectId: p.id,
            project: p.title,
            year: p.year,
            orgId: o.id,
            orgName: o.name,
            period,
            dueOn: lastDayOf(period),
            status: r?.status ?? 'missing',
          });
      }
  }
  return out;
}

export async function listOverdue(s: Services, ctx: RequestContext) {
  const items = await overdueReports(s, ctx.actor!);
  return { asOf: s.clock.today(), total: items.length, items: items.slice(0, 1000) };
}

/** The reminder job: one portal message per overdue report to each account of the union, once. */
export async function sendReminders(s: Services) {
  const db = s.database.db;
  const items = await overdueReports(s, null);
  let sent = 0;
  for (const it of items) {
    const key = `${it.projectId}:${it.orgId}:${it.period}`;
    if (await noticeSent(db, 'progress-overdue', key)) continue;
    sent += await notifyOfficers(s, db, { orgIds: [it.orgId] }, 'progress-overdue', {
      key,
      projectId: it.projectId,
      project: it.project,
      orgId: it.orgId,
      period: it.period,
      dueOn: it.dueOn,
    });
  }
  return { overdue: items.length, notifications: sent };
}

/**
 * One period as .xlsx in the columns of the official 汇总表: 2022 monthly (001 附件3: 序号、服务企业名称、
 * 所有制类型、申请补贴金额(元)、备注(服务人员及天次)), 2025 quarterly (003 附件2-3-2: 序号、服务企业名称、
 * 申请补贴(元)、服务人员、服务天次(天次)). A first sheet sums up the unions; one sheet per union follows,
 * each ending with its 合计 row.
 */
export async function exportPeriod(s: Services, ctx: RequestContext, projectId: number, period: string) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const p = await loadProject(db, actor, projectId);
  if (!duePeriods(p).includes(period))
    throw invalidField('query.period', 'period-not-due', { zh: `${period} 不是本项目的报送期`, en: `${period} is not a reporting period of this project` });
  const list = await listReports(s, ctx, projectId, { period });
  const style2025 = p.year >= 2025;
  const label = periodLabel(p, period);
  const sheets = [
    {
      name: '汇总',
      columns: [
        { header: '序号', key: 'no' },
        { header: '区局（产业）工会', key: 'org', width: 30 },
        { header: '状态', key: 'status' },
        { header: '服务企业数', key: 'enterprises' },
        { header: '服务天次（天次）', key: 'days' },
        { header: '申请补贴（元）', key: 'subsidy' },
      ],
      rows: [
        ...list.grid.map((g, i) => {
          const r = list.items.find((x) => x.id === g.reportId);
          return {
            no: i + 1,
            org: g.orgName,
            status: { missing: g.overdue ? '逾期未报' : '未报', submitted: '待审核', accepted: '已通过', returned: '已退回' }[g.status] ?? g.status,
            enterprises: r?.lines.length ?? 0,
            days: r?.lines.reduce((a, l) => a + l.personDays, 0) ?? 0,
            subsidy: r?.subsidyYuan ?? 0,
          };
        }),
        {
          no: '合计',
          org: label.zh,
          enterprises: list.items.reduce((a, r) => a + r.lines.length, 0),
          days: list.items.reduce((a, r) => a + r.lines.reduce((b, l) => b + l.personDays, 0), 0),
          subsidy: list.items.reduce((a, r) => a + (r.subsidyYuan ?? 0), 0),
        },
      ],
    },
    ...list.items.map((r) => ({
      name: r.orgName.slice(0, 28),
      columns: style2025
        ? [
            { header: '序号', key: 'no' },
            { header: '服务企业名称', key: 'enterprise', width: 36 },
            { header: '申请补贴（元）', key: 'subsidy' },
            { header: '服务人员', key: 'staff', width: 24 },
            { header: '服务天次（天次）', key: 'days' },
          ]
        : [
            { header: '序号', key: 'no' },
            { header: '服务企业名称', key: 'enterprise', width: 36 },
            { header: '所有制类型', key: 'ownership' },
            { header: '申请补贴金额（元）', key: 'subsidy' },
            { header: '备注（服务人员及天次）', key: 'note', width: 30 },
          ],
      rows: [
        ...r.lines.map((l) => ({
          no: l.lineNo,
          enterprise: l.enterprise,
          ownership: l.ownership,
          subsidy: l.subsidyYuan,
          staff: l.staff,
          days: l.personDays,
          note: [l.staff, l.personDays ? `${l.personDays}天次` : null, l.note].filter(Boolean).join('，'),
        })),
        { no: '合计', subsidy: r.subsidyYuan, days: r.lines.reduce((a, l) => a + l.personDays, 0) },
      ],
    })),
  ];
  return { fileName: `progress-${projectId}-${period}.xlsx`, body: await writeXlsx(sheets) };
}

/**
 * What waits for the caller among progress reports (the 待办 list), by the rules of filing and review:
 * reports their own union has to file for a period that has begun (missing or returned; overdue after
 * the month's last day), and filed reports they may accept or return. Each item links to its project.
 */
export async function progressWork(s: Services, actor: Actor) {
  const db = s.database.db;
  const date = s.clock.today();
  const out = { toFile: 0, overdue: 0, toAccept: 0, projects: [] as { projectId: number; title: string; toFile: number; toAccept: number }[] };
  if (!actor.orgId || (!can(actor, 'progress.report') && !can(actor, 'progress.review'))) return out;
  const projects = await projectsQuery(db)
    .where('slates.published_at', 'is not', null)
    .where('slates.closed_on', 'is', null)
    .where('projects.report_cadence', '<>', 'none')
    .execute();
  for (const p of projects) {
    const begun = duePeriods(p).filter((x) => `${x}-01` <= date);
    if (!begun.length) continue;
    const who = await reporters(db, p);
    const mine = who.find((o) => o.id === actor.orgId);
    const ownsList = pathInScope(actor, p.slate_org_path);
    if (!mine && !ownsList && !who.some((o) => pathInScope(actor, o.path))) continue;
    const filed = await reportQuery(db).where('progress_reports.project_id', '=', p.id).execute();
    let toFile = 0;
    let toAccept = 0;
    if (mine)
      for (const period of begun) {
        const r = filed.find((f) => f.org_id === mine.id && f.period === period);
        if (filingRefusal(actor, p, who, mine.id, period, r, date) !== null) continue;
        toFile += 1;
        if (date > lastDayOf(period)) out.overdue += 1;
      }
    toAccept = filed.filter((r) => r.status === 'submitted' && canReview(actor, p, r)).length;
    if (toFile || toAccept) out.projects.push({ projectId: p.id, title: p.title, toFile, toAccept });
    out.toFile += toFile;
    out.toAccept += toAccept;
  }
  return out;
}
