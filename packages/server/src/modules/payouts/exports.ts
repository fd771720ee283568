// The batch list as .xlsx (issue 12 §3 "every list exports what it shows"): the rows come from
// listBatches (same scope: the program's union, or a part that is the caller's), in the page's
// columns. Kept out of service.ts, whose SQL is moving into the repository.
import type { RequestContext } from '../../platform/context.ts';
import { beijingTime, checkExportCap, listDownload } from '../../platform/list-export.ts';
import type { Services } from '../../platform/services.ts';
import { instanceOf } from '../programs/api.ts';
import { listBatches } from './service.ts';

/** As the batch list shows the status: what the batch waits for. */
const statusZh: Record<string, string> = {
  prepared: '待审核',
  'rights-approved': '待财务部审核',
  'finance-approved': '待权益保障部审核',
  approved: '待发放',
  paid: '已发放',
  cancelled: '已作废',
};

const signer = (x: { name: string | null; at: Date | string | null } | null) => (x ? `${x.name ?? ''} ${beijingTime(x.at)}`.trim() : '');

export async function exportBatches(s: Services, ctx: RequestContext, programId?: number) {
  const { items } = await listBatches(s, ctx, programId);
  checkExportCap(s, items.length);
  const program = programId ? await instanceOf(s.database.db, programId).catch(() => undefined) : undefined;
  return listDownload(s, ctx, {
    title: '结算批次',
    entity: 'payout-batch',
    filters: [['项目', program ? program.title : programId]],
    columns: [
      { header: '批次号', key: 'no', width: 18 },
      { header: '项目', key: 'program', width: 36 },
      { header: '结算月份', key: 'period', width: 10 },
      { header: '笔数', key: 'entries', width: 8 },
      { header: '金额合计（元）', key: 'total', width: 14 },
      { header: '发放时限', key: 'payBy', width: 12 },
      { header: '编制', key: 'prepared', width: 22 },
      { header: '权益保障部审核', key: 'rights', width: 22 },
      { header: '财务部审核', key: 'finance', width: 22 },
      { header: '状态', key: 'status', width: 16 },
    ],
    rows: items.map((b) => ({
      no: b.no,
      program: b.programTitle,
      period: b.period,
      entries: b.entries,
      total: b.total,
      payBy: b.payBy,
      prepared: signer(b.preparedBy),
      rights: signer(b.rightsApprovedBy),
      finance: signer(b.financeApprovedBy),
      status: statusZh[b.status] ?? b.statusName.zh,
    })),
  });
}
