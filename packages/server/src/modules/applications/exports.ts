// The applications list and the review queue as .xlsx (issue 12 §3 "every list exports what it
// shows"): the rows come from listApplications (same scope, same masking, same filters and order as
// the page), in the page's columns. Kept out of service.ts, whose SQL is moving into the repository.
import type { RequestContext } from '../../platform/context.ts';
import { listDownload, readAllPages } from '../../platform/list-export.ts';
import type { Services } from '../../platform/services.ts';
import { instanceOf } from '../programs/api.ts';
import { statusNames, type TList } from './schema.ts';
import { listApplications } from './service.ts';

const columns = [
  { header: '申请编号', key: 'no', width: 18 },
  { header: '申请人', key: 'applicant', width: 16 },
  { header: '会员编号', key: 'memberNo', width: 16 },
  { header: '项目', key: 'program', width: 36 },
  { header: '申请事项', key: 'subject', width: 28 },
  { header: '基层工会', key: 'org', width: 28 },
  { header: '申报渠道', key: 'channel', width: 10 },
  { header: '申请日期', key: 'appliedOn', width: 12 },
  { header: '核定金额（元）', key: 'amount', width: 14 },
  { header: '当前环节', key: 'step', width: 36 },
  { header: '状态', key: 'status', width: 12 },
];

export async function exportApplications(s: Services, ctx: RequestContext, q: Omit<TList, 'page' | 'pageSize'>, mode: 'scope' | 'queue') {
  const items = await readAllPages(s, (p) => listApplications(s, ctx, { ...q, ...p }, mode));
  const program = q.programId ? await instanceOf(s.database.db, q.programId).catch(() => undefined) : undefined;
  const rows = items.map((r) => ({
    no: r.no,
    applicant: r.member?.name ?? r.applicant.org?.name ?? r.org.name,
    memberNo: r.member ? r.member.memberNo : '单位申请',
    program: r.programTitle,
    subject: r.subject ?? '',
    org: r.org.name,
    channel: r.channel === 'personal' ? '个人申报' : '单位申报',
    appliedOn: r.appliedOn,
    amount: r.amount,
    step:
      r.status === 'in-review' && r.step
        ? [r.step.name?.zh ?? '', r.step.org ?? '', r.step.dueOn ? `${r.step.dueOn} 前办理` : ''].filter(Boolean).join(' · ')
        : '',
    status: `${r.statusName.zh}${r.overdue ? '（逾期）' : ''}`,
  }));
  return listDownload(s, ctx, {
    title: mode === 'queue' ? '待我审核' : '申请列表',
    entity: 'application',
    filters: [
      ['关键字', q.q],
      ['项目', program ? program.title : q.programId],
      ['状态', q.status && statusNames[q.status].zh],
      ['仅看逾期', q.overdue === 'true'],
    ],
    columns,
    rows,
  });
}
