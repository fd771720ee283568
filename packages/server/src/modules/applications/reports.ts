// Reports per program and union: applications by status, amounts approved and paid, overdue reviews.
// Rows are grouped by the regional union (区局（产业）工会) and only cover the actor's scope.
import type { RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { writeXlsx } from '../../platform/spreadsheets.ts';
import { adapters } from '../programs/api.ts';
import { instanceView } from '../programs/api.ts';
import * as repo from './repository.ts';
import { statusNames } from './schema.ts';

export async function applicationReport(s: Services, ctx: RequestContext, programId?: number) {
  const t = s.clock.today();
  const rows = await repo.reportRows(s.database.db, ctx.actor!, t, programId);
  const items = rows.map((r) => ({
    programId: r.program_id,
    program: r.program,
    title: r.title,
    year: r.year,
    region: r.region_id ? { id: r.region_id, name: r.region_name } : null,
    byStatus: {
      'in-review': Number(r.in_review),
      returned: Number(r.returned),
      approved: Number(r.approved),
      rejected: Number(r.rejected),
      withdrawn: Number(r.withdrawn),
    },
    total: Number(r.total),
    overdue: Number(r.overdue),
    approvedAmount: Number(r.approved_fen) / 100,
    paidAmount: Number(r.paid_fen) / 100,
  }));
  const totals = items.reduce(
    (a, r) => ({
      total: a.total + r.total,
      overdue: a.overdue + r.overdue,
      approvedAmount: Math.round((a.approvedAmount + r.approvedAmount) * 100) / 100,
      paidAmount: Math.round((a.paidAmount + r.paidAmount) * 100) / 100,
    }),
    { total: 0, overdue: 0, approvedAmount: 0, paidAmount: 0 },
  );
  return { asOf: t, items, totals };
}

/** The reviewers' summary form (汇总表) of one program, as .xlsx, masked. */
export async function summaryWorkbook(s: Services, ctx: RequestContext, programId: number, status?: string) {
  const inst = await instanceView(s.database.db).where('id', '=', programId).executeTakeFirst();
  const adapter = inst ? adapters[inst.program] : undefined;
  const rows = await repo.summaryFormRows(s.database.db, ctx.actor!, programId, status);
  const t = s.clock.today();
  const columns = [
    { key: 'no', header: '申请编号', width: 16 },
    { key: 'memberNo', header: '会员编号', width: 13 },
    { key: 'name', header: '姓名', width: 10 },
    { key: 'idNumber', header: '身份证号', width: 22 },
    { key: 'org', header: '基层工会', width: 30 },
    { key: 'region', header: '区局（产业）工会', width: 18 },
    { key: 'channel', header: '申报渠道', width: 10 },
    ...(adapter?.summaryColumns ?? []),
    { key: 'amount', header: '核定金额（元）', width: 12 },
    { key: 'status', header: '状态', width: 10 },
    { key: 'step', header: '当前环节', width: 24 },
    { key: 'dueOn', header: '办理时限', width: 12 },
    { key: 'overdue', header: '逾期', width: 6 },
    { key: 'appliedOn', header: '申请日期', width: 12 },
  ];
  const data = rows.map((r) => ({
    no: r.no,
    memberNo: r.member_no,
    name: r.name,
    idNumber: r.id_masked,
    org: r.org_name,
    region: r.region_name ?? '',
    channel: r.channel === 'personal' ? '个人申报' : '单位申报',
    ...(adapter ? adapter.summary(r.input as Record<string, any>) : {}),
    amount: r.amount_fen / 100,
    status: statusNames[r.status].zh,
    step: r.status === 'in-review' ? `${r.step_level ?? ''} ${r.step_org_name ?? ''}` : '',
    dueOn: r.status === 'in-review' ? (r.step_due_on ?? '') : '',
    overdue: r.status === 'in-review' && r.step_due_on && t > r.step_due_on ? '是' : '',
    appliedOn: r.applied_on,
  }));
  return writeXlsx([{ name: `${inst?.year ?? ''}汇总表`.slice(0, 30), columns, rows: data }]);
}
