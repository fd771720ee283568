// The pool and place-grant lists as .xlsx (issue 12 §3 "every list exports what it shows"): through
// listPools / listGrants (same scope), in the page's columns.
import { getProgram } from '@shishi/policy';
import type { RequestContext } from '../../platform/context.ts';
import { beijingTime, checkExportCap, listDownload } from '../../platform/list-export.ts';
import type { Services } from '../../platform/services.ts';
import { listOffers } from './quotas.ts';
import { listGrants, listPools } from './service.ts';

const programZh: Record<string, string> = {
  'group-sanatorium': '职工团体疗休养', 'frontline-sanatorium': '抗疫一线职工疗休养', 'health-checkup': '职工健康体检', 'two-disease-screening': '女职工“两病”筛查', 'gig-mobile-checkup': '新就业形态劳动者巡回体检',
};
const programName = (p: string | null) => (p ? (programZh[p] ?? getProgram(p)?.title.zh ?? p) : '无');
const poolState: Record<string, string> = { scheduled: '未开放', open: '领取中', full: '已满', closed: '已截止' };

export async function exportPools(s: Services, ctx: RequestContext, q: { year?: number | undefined }) {
  const { items } = await listPools(s, ctx, q);
  checkExportCap(s, items.length);
  return listDownload(s, ctx, {
    title: '先到先得名额',
    entity: 'pool',
    filters: [['年度', q.year]],
    columns: [
      { header: '名称', key: 'title', width: 36 }, { header: '项目', key: 'program', width: 22 }, { header: '开放工会', key: 'org', width: 28 }, { header: '总名额', key: 'capacity', width: 10 },
      { header: '已领取', key: 'taken', width: 10 }, { header: '剩余', key: 'remaining', width: 10 }, { header: '开放时间', key: 'window', width: 36 }, { header: '状态', key: 'state', width: 10 },
    ],
    rows: items.map((p) => ({ title: p.title, program: programName(p.program), org: p.orgName, capacity: p.capacity, taken: p.taken, remaining: p.remaining, window: `${beijingTime(p.opensAt)} — ${beijingTime(p.closesAt)}`, state: poolState[p.state] ?? p.state })),
  });
}

export async function exportGrants(s: Services, ctx: RequestContext, q: { year?: number | undefined; program?: string | undefined; parentId?: number | undefined }) {
  const { items } = await listGrants(s, ctx, q);
  checkExportCap(s, items.length);
  // The plan's printed title (“黄山休养院 3天2晚”) rather than its code, as the page shows it.
  const offers = (await listOffers(s, ctx, {})).items;
  const planTitle = new Map(offers.map((o) => [`${o.program}|${o.year}|${o.code}`, o.title]));
  return listDownload(s, ctx, {
    title: '名额分配',
    entity: 'grant',
    filters: [['年度', q.year], ['项目', q.program && programName(q.program)]],
    columns: [
      { header: '获得名额的工会', key: 'to', width: 28 }, { header: '来自', key: 'from', width: 28 }, { header: '项目', key: 'program', width: 26 }, { header: '线路/套餐', key: 'site', width: 26 },
      { header: '名额', key: 'places', width: 8 }, { header: '已分配', key: 'allocated', width: 8 }, { header: '尚可分配', key: 'available', width: 10 }, { header: '分配期限', key: 'expiresOn', width: 12 },
    ],
    rows: items.map((g) => ({
      to: g.toOrgName, from: g.fromOrgName, program: `${g.year} ${programName(g.program)}`, site: g.site ? (planTitle.get(`${g.program}|${g.year}|${g.site}`) ?? g.site) : '无',
      places: g.places, allocated: g.allocated, available: g.available, expiresOn: g.expired ? '已逾期' : g.toOrgKind === 'grassroots' ? '无' : g.expiresOn,
    })),
  });
}
