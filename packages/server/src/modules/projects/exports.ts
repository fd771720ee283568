// The yearly project lists (slates) as .xlsx (issue 12 §3 "every list exports what it shows"):
// through listSlates (my scope and every published list), in the page's columns.
import type { RequestContext } from '../../platform/context.ts';
import { checkExportCap, listDownload } from '../../platform/list-export.ts';
import type { Services } from '../../platform/services.ts';
import { findOrg } from '../orgs/api.ts';
import { listSlates } from './service.ts';

export async function exportSlates(s: Services, ctx: RequestContext, q: { year?: number | undefined; orgId?: number | undefined }) {
  const { items } = await listSlates(s, ctx, q);
  checkExportCap(s, items.length);
  const org = q.orgId ? await findOrg(s.database.db, q.orgId) : undefined;
  return listDownload(s, ctx, {
    title: '实事项目清单',
    entity: 'slate',
    filters: [
      ['年度', q.year],
      ['工会', org?.name ?? q.orgId],
    ],
    columns: [
      { header: '年度', key: 'year', width: 8 },
      { header: '工会', key: 'org', width: 28 },
      { header: '清单名称', key: 'title', width: 40 },
      { header: '文号', key: 'documentNo', width: 26 },
      { header: '项目数', key: 'projects', width: 8 },
      { header: '状态', key: 'status', width: 10 },
    ],
    rows: items.map((x) => ({
      year: x.year,
      org: x.orgName,
      title: x.title,
      documentNo: x.documentNo ?? '无',
      projects: x.projectCount,
      status: x.closedOn ? '已结项' : x.published ? '已公布' : '未公布',
    })),
  });
}
