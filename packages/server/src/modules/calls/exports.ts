// The calls list as .xlsx (issue 12 §3 "every list exports what it shows"): the calls I run or am
// asked to answer, through listCalls (same scope), in the page's columns.
import type { RequestContext } from '../../platform/context.ts';
import { checkExportCap, listDownload } from '../../platform/list-export.ts';
import type { Services } from '../../platform/services.ts';
import { findOrg } from '../orgs/api.ts';
import { listCalls } from './service.ts';

const range = (from: string, to: string | null) => (to ? `${from} 至 ${to}` : `${from} 起`);

export async function exportCalls(s: Services, ctx: RequestContext, q: { year?: number | undefined; orgId?: number | undefined }) {
  const { items } = await listCalls(s, ctx, q);
  checkExportCap(s, items.length);
  const org = q.orgId ? await findOrg(s.database.db, q.orgId) : undefined;
  return listDownload(s, ctx, {
    title: '项目征集',
    entity: 'call',
    filters: [
      ['年度', q.year],
      ['发起工会', org?.name ?? q.orgId],
    ],
    columns: [
      { header: '年度', key: 'year', width: 8 },
      { header: '征集名称', key: 'title', width: 40 },
      { header: '发起工会', key: 'org', width: 28 },
      { header: '当前阶段', key: 'stage', width: 12 },
      { header: '征集时间', key: 'collection', width: 26 },
      { header: '征求意见时间', key: 'consultation', width: 26 },
    ],
    rows: items.map((c) => ({
      year: c.year,
      title: c.title,
      org: c.orgName,
      stage: c.stageName.zh,
      collection: range(c.collectionStartsOn, c.collectionEndsOn),
      consultation: range(c.consultationStartsOn, c.consultationEndsOn),
    })),
  });
}
