// The protection lists as .xlsx (issue 12 §3 "every list exports what it shows"): the claims under
// review, and the gig workers' rosters, covers and claims; each through the list's own function
// (same subtree scope, ID numbers and mobiles masked as in the list), in the page's columns.
import type { RequestContext } from '../../platform/context.ts';
import { listDownload, readAllPages } from '../../platform/list-export.ts';
import type { Services } from '../../platform/services.ts';
import { listClaims } from './claims.ts';
import { listGigClaims } from './gig-claims.ts';
import { listCovers, listRosters } from './gig.ts';
import * as flexible from './flexible.ts';
import { listRemittances } from './remittances.ts';
import { listEnrollments, listLists } from './service.ts';

const claimStatusZh: Record<string, string> = { filed: '待审核', approved: '已核准待给付', rejected: '不予给付', paid: '已给付' };
const rosterStatusZh: Record<string, string> = { submitted: '待审核', approved: '已审核', returned: '已退回' };
const coverStatusZh: Record<string, string> = { pending: '待生效', active: '保障中', returned: '已退回', refused: '未予参保' };

type ClaimQuery = Omit<Parameters<typeof listClaims>[2], 'page' | 'pageSize'>;

export async function exportClaims(s: Services, ctx: RequestContext, q: ClaimQuery) {
  const items = await readAllPages(s, (p) => listClaims(s, ctx, { ...q, ...p }));
  return listDownload(s, ctx, {
    title: '会员专享基本保障给付审核',
    entity: 'protection-claim',
    filters: [
      ['年度', q.year],
      ['状态', q.status && claimStatusZh[q.status]],
      ['给付类型', q.claimType && items[0]?.claimTypeName.zh],
      ['只看逾期', q.overdue === true],
    ],
    columns: [
      { header: '编号', key: 'id', width: 8 },
      { header: '姓名', key: 'name', width: 10 },
      { header: '身份证号', key: 'idMasked', width: 22 },
      { header: '所属工会', key: 'org', width: 28 },
      { header: '给付类型', key: 'type', width: 16 },
      { header: '事件日期', key: 'eventDate', width: 12 },
      { header: '给付金额（元）', key: 'amount', width: 14 },
      { header: '应付日期', key: 'payBy', width: 16 },
      { header: '状态', key: 'status', width: 14 },
    ],
    rows: items.map((k) => ({
      id: k.id,
      name: k.name,
      idMasked: k.idMasked ?? '',
      org: k.orgName,
      type: k.claimTypeName.zh,
      eventDate: k.eventDate,
      amount: k.amount,
      payBy: `${k.payBy ?? '—'}${k.overdue ? '（逾期未付）' : ''}`,
      status: claimStatusZh[k.status] ?? k.statusName.zh,
    })),
  });
}

type RosterQuery = Omit<Parameters<typeof listRosters>[2], 'page' | 'pageSize'>;

export async function exportRosters(s: Services, ctx: RequestContext, q: RosterQuery) {
  const items = await readAllPages(s, (p) => listRosters(s, ctx, { ...q, ...p }));
  return listDownload(s, ctx, {
    title: '新就业形态劳动者参保名单',
    entity: 'gig-roster',
    filters: [
      ['年度', q.year],
      ['状态', q.status && rosterStatusZh[q.status]],
      ['网约平台', q.platformId && items[0]?.platformName],
    ],
    columns: [
      { header: '名单编号', key: 'id', width: 10 },
      { header: '网约平台', key: 'platform', width: 16 },
      { header: '提交日期', key: 'enrolledOn', width: 12 },
      { header: '状态', key: 'status', width: 10 },
      { header: '参保方式', key: 'mode', width: 10 },
      { header: '保障期限', key: 'period', width: 24 },
      { header: '每人保障费（元）', key: 'premium', width: 14 },
      { header: '受理 / 未予参保', key: 'people', width: 14 },
      { header: '保障费合计（元）', key: 'total', width: 14 },
    ],
    rows: items.map((r) => ({
      id: r.id,
      platform: r.platformName,
      enrolledOn: r.enrolledOn,
      status: r.statusName.zh,
      mode: r.modeName.zh,
      period: `${r.coverageStart} ~ ${r.coverageEnd}`,
      premium: r.premium,
      people: `${r.accepted} / ${r.refused}`,
      total: r.total,
    })),
  });
}

type CoverQuery = Omit<Parameters<typeof listCovers>[2], 'page' | 'pageSize'>;

export async function exportCovers(s: Services, ctx: RequestContext, q: CoverQuery) {
  const items = await readAllPages(s, (p) => listCovers(s, ctx, { ...q, ...p }));
  return listDownload(s, ctx, {
    title: '新就业形态劳动者保障人员',
    entity: 'gig-cover',
    filters: [
      ['姓名', q.q],
      ['年度', q.year],
      ['状态', q.status && coverStatusZh[q.status]],
      ['网约平台', q.platformId && items[0]?.platformName],
    ],
    columns: [
      { header: '姓名', key: 'name', width: 10 },
      { header: '身份证号', key: 'idMasked', width: 22 },
      { header: '手机号码', key: 'phoneMasked', width: 14 },
      { header: '网约平台', key: 'platform', width: 16 },
      { header: '参保方式', key: 'mode', width: 10 },
      { header: '保障期限', key: 'period', width: 24 },
      { header: '免责期（天）', key: 'waiting', width: 30 },
      { header: '状态', key: 'status', width: 10 },
      { header: '生效短信', key: 'sms', width: 10 },
    ],
    rows: items.map((c) => ({
      name: c.name,
      idMasked: c.idMasked,
      phoneMasked: c.phoneMasked ?? '',
      platform: c.platformName,
      mode: c.enrollmentMode === 'centralized' ? '集中参保' : c.enrollmentMode ? '即时参保' : '',
      period: c.coverageStart ? `${c.coverageStart} ~ ${c.coverageEnd}` : '',
      waiting: c.waitingDays
        ? `住院 ${c.waitingDays.hospital ?? 0} / 重疾 ${c.waitingDays.criticalIllness ?? 0} / 疾病身故 ${c.waitingDays.diseaseDeath ?? 0}`
        : '—',
      status: c.statusName.zh,
      sms: c.smsSent ? '已发送' : '未发送',
    })),
  });
}

type GigClaimQuery = Omit<Parameters<typeof listGigClaims>[2], 'page' | 'pageSize'>;

export async function exportGigClaims(s: Services, ctx: RequestContext, q: GigClaimQuery) {
  const items = await readAllPages(s, (p) => listGigClaims(s, ctx, { ...q, ...p }));
  return listDownload(s, ctx, {
    title: '新就业形态劳动者给付申请',
    entity: 'gig-claim',
    filters: [
      ['年度', q.year],
      ['状态', q.status && claimStatusZh[q.status]],
    ],
    columns: [
      { header: '姓名', key: 'name', width: 10 },
      { header: '网约平台', key: 'platform', width: 16 },
      { header: '给付类型', key: 'type', width: 20 },
      { header: '事件日期', key: 'eventDate', width: 12 },
      { header: '给付金额（元）', key: 'amount', width: 14 },
      { header: '应给付日期', key: 'payBy', width: 12 },
      { header: '收款方', key: 'payTo', width: 30 },
      { header: '状态', key: 'status', width: 12 },
    ],
    rows: items.map((k) => ({
      name: k.name,
      platform: k.platformName,
      type: k.claimTypeName.zh,
      eventDate: k.eventDate,
      amount: k.amount,
      payBy: k.payBy ?? '',
      payTo: `${k.payToName.zh}${k.accountMasked ? ` ${k.bank ?? ''} ${k.accountMasked}` : ''}`,
      status: k.statusName.zh,
    })),
  });
}

const channelZh: Record<string, string> = { 'qr-code': '扫码入会', dues: '一次性缴纳年度会费', officer: '工会登记' };
type FlexibleQuery = Omit<Parameters<typeof flexible.listCovers>[2], 'page' | 'pageSize'>;

/** 灵活就业会员专享保障 C/D 类 of a year (002 “五送”; 001 项目7), with the D-class deliveries as recorded. */
export async function exportFlexible(s: Services, ctx: RequestContext, q: FlexibleQuery) {
  const items = await readAllPages(s, (p) => flexible.listCovers(s, ctx, { ...q, ...p }));
  const doneOf = (c: (typeof items)[number], kind: string) => {
    const d = c.deliveries.find((x) => x.kind === kind);
    if (!d) return '—';
    return d.done.length ? d.done.map((x) => x.deliveredOn + (x.lateReason ? `（${x.lateReason}）` : '')).join('、') : '待办';
  };
  return listDownload(s, ctx, {
    title: '灵活就业会员专享保障名单',
    entity: 'flexible-cover',
    filters: [
      ['年度', q.year],
      ['保障类别', q.plan],
      ['体检', q.checkup === 'done' ? '已体检' : q.checkup === 'missing' ? '未体检' : undefined],
      ['姓名或会员编号', q.q],
    ],
    columns: [
      { header: '会员编号', key: 'memberNo', width: 14 },
      { header: '姓名', key: 'name', width: 10 },
      { header: '身份证号', key: 'idMasked', width: 22 },
      { header: '所属工会', key: 'org', width: 28 },
      { header: '保障类别', key: 'plan', width: 10 },
      { header: '入会/缴费方式', key: 'channel', width: 18 },
      { header: '会费（元）', key: 'dues', width: 10 },
      { header: '保障期', key: 'period', width: 24 },
      { header: '送健康体检', key: 'checkup', width: 20 },
      { header: '送清凉慰问品', key: 'cooling', width: 14 },
      { header: '送温暖慰问品', key: 'warmth', width: 14 },
      { header: '其他服务', key: 'service', width: 20 },
    ],
    rows: items.map((c) => ({
      memberNo: c.memberNo,
      name: c.name,
      idMasked: c.idMasked ?? '',
      org: c.orgName,
      plan: `${c.plan}类`,
      channel: channelZh[c.channel] ?? c.channel,
      dues: c.duesPaid || '',
      period: `${c.coverageStart} ~ ${c.coverageEnd}`,
      checkup: doneOf(c, 'checkup'),
      cooling: doneOf(c, 'cooling-gift'),
      warmth: doneOf(c, 'warmth-gift'),
      service: doneOf(c, 'service'),
    })),
  });
}

const modeZh: Record<string, string> = {
  collective: '集中参保',
  'new-card': '新办卡即时参保',
  'card-without-cover': '有卡无保即时参保',
  individual: '个人参保',
};
const registerStatusZh: Record<string, string> = { confirmed: '保障中', listed: '待确认', 'pending-payment': '待缴费', lapsed: '已失效', excluded: '未参保' };
type RegisterQuery = Omit<Parameters<typeof listEnrollments>[2], 'page' | 'pageSize'>;

/** The cover register of a year (会员专享基本保障, 003 附件2-1 一(一)) as the 参保名册 tab shows it, with the amounts. */
export async function exportRegister(s: Services, ctx: RequestContext, q: RegisterQuery) {
  const items = await readAllPages(s, (p) => listEnrollments(s, ctx, { ...q, ...p }));
  return listDownload(s, ctx, {
    title: '会员专享基本保障参保名册',
    entity: 'protection-cover',
    filters: [
      ['年度', q.year],
      ['保障类型', q.plan],
      ['参保方式', q.mode && modeZh[q.mode]],
      ['状态', q.status && registerStatusZh[q.status]],
      ['姓名或会员编号', q.q],
    ],
    columns: [
      { header: '会员编号', key: 'memberNo', width: 14 },
      { header: '姓名', key: 'name', width: 10 },
      { header: '身份证号', key: 'idMasked', width: 22 },
      { header: '所属工会', key: 'org', width: 28 },
      { header: '保障类型', key: 'plan', width: 10 },
      { header: '参保方式', key: 'mode', width: 18 },
      { header: '保障期', key: 'period', width: 24 },
      { header: '保障费（元）', key: 'premium', width: 12 },
      { header: '市总补贴（元）', key: 'subsidy', width: 14 },
      { header: '自付（元）', key: 'remainder', width: 12 },
      { header: '状态', key: 'status', width: 10 },
    ],
    rows: items.map((c) => ({
      memberNo: c.memberNo,
      name: c.name,
      idMasked: c.idMasked ?? '',
      org: c.orgName,
      plan: c.plan,
      mode: modeZh[c.mode] ?? c.mode,
      period: `${c.coverageStart} ~ ${c.coverageEnd}`,
      premium: c.premium,
      subsidy: c.citySubsidy,
      remainder: c.remainder,
      status: registerStatusZh[c.status] ?? c.status,
    })),
  });
}

const listStatusZh: Record<string, string> = {
  building: '建立中',
  draft: '待提交',
  submitted: '待区局确认',
  confirmed: '已确认待缴费',
  remitted: '已缴费待核对',
  reconciled: '已核对',
};
type ListsQuery = Omit<Parameters<typeof listLists>[2], 'page' | 'pageSize'>;

/**
 * The collective enrollment lists of a year (003 附件2-1 一(二)1: one list per grassroots union) as the 集中参保名单 tab
 * shows them, with each list's totals (issue 9 §2 "totals per plan and per union"; issue 12 §3).
 */
export async function exportLists(s: Services, ctx: RequestContext, q: ListsQuery) {
  const items = await readAllPages(s, (p) => listLists(s, ctx, { ...q, ...p }));
  return listDownload(s, ctx, {
    title: '集中参保名单',
    entity: 'protection-list',
    filters: [
      ['年度', q.year],
      ['所属工会', q.orgId && items[0]?.orgName],
      ['状态', q.status && listStatusZh[q.status]],
    ],
    columns: [
      { header: '所属工会', key: 'org', width: 30 },
      { header: '保障类型', key: 'plan', width: 12 },
      { header: '参保人数', key: 'members', width: 10 },
      { header: '保障费合计（元）', key: 'premium', width: 16 },
      { header: '其余费用合计（元）', key: 'remainder', width: 18 },
      { header: '状态', key: 'status', width: 14 },
    ],
    rows: items.map((l) => ({
      org: l.orgName,
      plan: l.planName.zh,
      members: l.members,
      premium: l.totals.premium,
      remainder: l.totals.remainder,
      status: listStatusZh[l.status] ?? l.status,
    })),
  });
}

const remittanceStatusZh: Record<string, string> = { remitted: '已缴费待核对', reconciled: '已核对' };

/** The remittances (payment vouchers) of a year as the 缴费与核对 tab shows them (003 附件2-1 一(二)1(2); 四(四)). */
export async function exportRemittances(s: Services, ctx: RequestContext, q: { year: number }) {
  const { items } = await listRemittances(s, ctx, q.year);
  return listDownload(s, ctx, {
    title: '缴费凭证与核对',
    entity: 'protection-remittance',
    filters: [['年度', q.year]],
    columns: [
      { header: '所属工会', key: 'region', width: 24 },
      { header: '应缴（元）', key: 'expected', width: 14 },
      { header: '到账金额（元）', key: 'received', width: 14 },
      { header: '上传日期', key: 'uploadedOn', width: 20 },
      { header: '状态', key: 'status', width: 14 },
    ],
    rows: items.map((r) => ({
      region: r.regionName ?? '',
      expected: r.expected,
      received: r.received ?? '—',
      uploadedOn: `${r.uploadedOn}${r.late ? '（逾期上传）' : ''}`,
      status: remittanceStatusZh[r.status] ?? r.status,
    })),
  });
}
