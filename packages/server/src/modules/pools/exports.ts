// The pools, place grants, offers, requests, rosters and settlements lists as .xlsx (issue 12 §3 "every list exports
// what it shows"): through each list's own service function (same filters, same scope), in the page's columns.
import { getProgram } from '@shishi/policy';
import type { RequestContext } from '../../platform/context.ts';
import { beijingTime, checkExportCap, listDownload } from '../../platform/list-export.ts';
import type { Services } from '../../platform/services.ts';
import { listOffers, listRequests, listRosters, listSettlements } from './quotas.ts';
import { listGrants, listPools } from './service.ts';
import { listBills } from './bills.ts';

const programZh: Record<string, string> = {
  'group-sanatorium': '职工团体疗休养',
  'frontline-sanatorium': '抗疫一线职工疗休养',
  'health-checkup': '职工健康体检',
  'two-disease-screening': '女职工“两病”筛查',
  'gig-mobile-checkup': '新就业形态劳动者巡回体检',
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
      { header: '名称', key: 'title', width: 36 },
      { header: '项目', key: 'program', width: 22 },
      { header: '开放工会', key: 'org', width: 28 },
      { header: '总名额', key: 'capacity', width: 10 },
      { header: '已领取', key: 'taken', width: 10 },
      { header: '剩余', key: 'remaining', width: 10 },
      { header: '开放时间', key: 'window', width: 36 },
      { header: '状态', key: 'state', width: 10 },
    ],
    rows: items.map((p) => ({
      title: p.title,
      program: programName(p.program),
      org: p.orgName,
      capacity: p.capacity,
      taken: p.taken,
      remaining: p.remaining,
      window: `${beijingTime(p.opensAt)} — ${beijingTime(p.closesAt)}`,
      state: poolState[p.state] ?? p.state,
    })),
  });
}

export async function exportGrants(
  s: Services,
  ctx: RequestContext,
  q: { year?: number | undefined; program?: string | undefined; parentId?: number | undefined },
) {
  const { items } = await listGrants(s, ctx, q);
  checkExportCap(s, items.length);
  // The plan's printed title (“黄山休养院 3天2晚”) rather than its code, as the page shows it.
  const offers = (await listOffers(s, ctx, {})).items;
  const planTitle = new Map(offers.map((o) => [`${o.program}|${o.year}|${o.code}`, o.title]));
  return listDownload(s, ctx, {
    title: '名额分配',
    entity: 'grant',
    filters: [
      ['年度', q.year],
      ['项目', q.program && programName(q.program)],
    ],
    columns: [
      { header: '获得名额的工会', key: 'to', width: 28 },
      { header: '来自', key: 'from', width: 28 },
      { header: '项目', key: 'program', width: 26 },
      { header: '线路/套餐', key: 'site', width: 26 },
      { header: '名额', key: 'places', width: 8 },
      { header: '已分配', key: 'allocated', width: 8 },
      { header: '尚可分配', key: 'available', width: 10 },
      { header: '分配期限', key: 'expiresOn', width: 12 },
    ],
    rows: items.map((g) => ({
      to: g.toOrgName,
      from: g.fromOrgName,
      program: `${g.year} ${programName(g.program)}`,
      site: g.site ? (planTitle.get(`${g.program}|${g.year}|${g.site}`) ?? g.site) : '无',
      places: g.places,
      allocated: g.allocated,
      available: g.available,
      expiresOn: g.expired ? '已逾期' : g.toOrgKind === 'grassroots' ? '无' : g.expiresOn,
    })),
  });
}

const modeZh: Record<string, string> = { request: '自下而上申报', allocation: '名额分配', 'first-come': '先到先得' };
const requestState: Record<string, string> = { submitted: '待核拨', granted: '已核拨' };
const rosterState: Record<string, string> = { draft: '编制中', submitted: '已报送', settled: '已申请结算' };
const settlementState: Record<string, string> = {
  submitted: '待权益保障部审核',
  'rights-approved': '待财务审核',
  'finance-approved': '待支付',
  paid: '已支付',
};

export async function exportOffers(s: Services, ctx: RequestContext, q: { year?: number | undefined; program?: string | undefined }) {
  const { items } = await listOffers(s, ctx, q);
  checkExportCap(s, items.length);
  return listDownload(s, ctx, {
    title: '计划目录',
    entity: 'quota-offer',
    filters: [
      ['年度', q.year],
      ['项目', q.program && programName(q.program)],
    ],
    columns: [
      { header: '年度', key: 'year', width: 8 },
      { header: '项目', key: 'program', width: 24 },
      { header: '计划', key: 'title', width: 36 },
      { header: '天数', key: 'length', width: 10 },
      { header: '开展月份', key: 'months', width: 12 },
      { header: '价格（元/人）', key: 'price', width: 12 },
      { header: '市总补贴', key: 'city', width: 10 },
      { header: '其他补贴', key: 'other', width: 22 },
      { header: '其余部分', key: 'remainder', width: 28 },
      { header: '方式', key: 'mode', width: 14 },
      { header: '名额', key: 'capacity', width: 10 },
      { header: '已核拨', key: 'granted', width: 10 },
      { header: '承办单位', key: 'provider', width: 28 },
    ],
    rows: items.map((o) => ({
      year: o.year,
      program: programName(o.program),
      title: o.title,
      length: o.days ? `${o.days}天${o.nights ?? 0}晚` : '无',
      months: o.months.length ? `${o.months.join('、')} 月` : '全年',
      price: o.price,
      city: o.citySubsidy,
      other: o.otherSubsidy ? `${o.otherSubsidy}（${o.otherSubsidyBy ?? ''}）` : '无',
      remainder: `${o.remainder}（${o.remainderBy}）`,
      mode: modeZh[o.mode] ?? o.mode,
      capacity: o.capacity,
      granted: o.granted,
      provider: o.providerName,
    })),
  });
}

export async function exportRequests(s: Services, ctx: RequestContext, q: { year?: number | undefined; program?: string | undefined }) {
  const { items } = await listRequests(s, ctx, q);
  checkExportCap(s, items.length);
  return listDownload(s, ctx, {
    title: '申报汇总表',
    entity: 'quota-request',
    filters: [
      ['年度', q.year],
      ['项目', q.program && programName(q.program)],
    ],
    columns: [
      { header: '工会', key: 'org', width: 28 },
      { header: '项目', key: 'program', width: 26 },
      { header: '报送截止', key: 'deadline', width: 12 },
      { header: '申报人数', key: 'requested', width: 10 },
      { header: '核拨人数', key: 'granted', width: 10 },
      { header: '状态', key: 'state', width: 10 },
      { header: '申报明细', key: 'rows', width: 60 },
    ],
    rows: items.map((r) => ({
      org: r.orgName,
      program: `${r.year} ${programName(r.program)}`,
      deadline: r.deadline,
      requested: r.requested,
      granted: r.granted ?? '无',
      state: requestState[r.status] ?? r.status,
      rows: r.rows.map((x) => `${x.title}：申报 ${x.requested}${x.granted === null ? '' : `，核拨 ${x.granted}`}`).join('；'),
    })),
  });
}

export async function exportRosters(s: Services, ctx: RequestContext, q: { year?: number | undefined; program?: string | undefined }) {
  const { items } = await listRosters(s, ctx, q);
  checkExportCap(s, items.length);
  return listDownload(s, ctx, {
    title: '名册',
    entity: 'roster',
    filters: [
      ['年度', q.year],
      ['项目', q.program && programName(q.program)],
    ],
    columns: [
      { header: '工会', key: 'org', width: 28 },
      { header: '计划', key: 'title', width: 40 },
      { header: '日期', key: 'dates', width: 26 },
      { header: '承办单位', key: 'provider', width: 28 },
      { header: '人数', key: 'persons', width: 8 },
      { header: '剩余名额', key: 'placesLeft', width: 10 },
      { header: '状态', key: 'state', width: 12 },
    ],
    rows: items.map((r) => ({
      org: r.orgName,
      title: `${r.year} ${r.title}`,
      dates: `${r.startsOn} — ${r.endsOn}`,
      provider: r.providerName,
      persons: r.persons,
      placesLeft: r.placesLeft,
      state: rosterState[r.status] ?? r.status,
    })),
  });
}

export async function exportSettlements(s: Services, ctx: RequestContext) {
  const { items } = await listSettlements(s, ctx);
  checkExportCap(s, items.length);
  return listDownload(s, ctx, {
    title: '结算',
    entity: 'quota-settlement',
    filters: [],
    columns: [
      { header: '名册', key: 'roster', width: 44 },
      { header: '承办单位', key: 'provider', width: 28 },
      { header: '人数', key: 'persons', width: 8 },
      { header: '补贴金额（元）', key: 'amount', width: 14 },
      { header: '满意度', key: 'satisfaction', width: 12 },
      { header: '状态', key: 'state', width: 12 },
      { header: '支付日期', key: 'paidOn', width: 12 },
      { header: '支付凭证号', key: 'reference', width: 20 },
    ],
    rows: items.map((x) => ({
      roster: `${x.orgName} · ${x.rosterTitle}`,
      provider: x.providerName,
      persons: x.persons,
      amount: x.amount,
      satisfaction: `${x.satisfaction.satisfied}/${x.satisfaction.responses} 满意`,
      state: settlementState[x.status] ?? x.status,
      paidOn: x.paidOn ?? '',
      reference: x.paymentReference ?? '',
    })),
  });
}

const billState: Record<string, string> = { issued: '待平台确认', disputed: '平台有异议', confirmed: '平台已确认', paid: '已付款', void: '已作废' };

/** 平台结算单 (001 项目4 三): the bills the caller sees (a platform: its own), in the tab's columns. */
export async function exportBills(
  s: Services,
  ctx: RequestContext,
  q: { year?: number | undefined; status?: string | undefined; settlementId?: number | undefined },
) {
  const { items } = await listBills(s, ctx, q);
  checkExportCap(s, items.length);
  return listDownload(s, ctx, {
    title: '平台结算单',
    entity: 'platform-bill',
    filters: [
      ['年度', q.year],
      ['状态', q.status && billState[q.status]],
      ['结算', q.settlementId],
    ],
    columns: [
      { header: '平台企业', key: 'platform', width: 20 },
      { header: '计划', key: 'title', width: 30 },
      { header: '工会', key: 'org', width: 28 },
      { header: '体检日期', key: 'date', width: 24 },
      { header: '人数', key: 'persons', width: 8 },
      { header: '每人（费用 − 补贴 = 平台承担）', key: 'perPerson', width: 28 },
      { header: '结算金额（元）', key: 'amount', width: 14 },
      { header: '状态', key: 'state', width: 12 },
      { header: '付款日期', key: 'paidOn', width: 12 },
      { header: '付款凭证号', key: 'reference', width: 20 },
    ],
    rows: items.map((b) => ({
      platform: b.platformName,
      title: `${b.year} ${b.title}`,
      org: b.orgName,
      date: b.startsOn === b.endsOn ? b.startsOn : `${b.startsOn} — ${b.endsOn}`,
      persons: b.persons,
      perPerson: `${b.price} − ${b.citySubsidy} = ${b.perPerson}`,
      amount: b.amount,
      state: billState[b.status] ?? b.status,
      paidOn: b.paidOn ?? '',
      reference: b.paymentReference ?? '',
    })),
  });
}
