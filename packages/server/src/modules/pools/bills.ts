// The platforms' bills (结算单) for the gig workers' mobile checkups (issue 10 §4 “billed to the platform for its share”).
// 001 项目4 三: “费用由相关平台企业承担，市总工会进行专项补贴。其中上午体检套餐费用为300元/人，市总补贴150元/人；下午体检套餐
// 费用为200元/人，市总补贴100元/人。” So, once the provider (市工人疗养院) has filed its claim for a roster (the settlement,
// paid the city subsidy through the payout ledger as every settlement), each platform whose workers it served gets one
// bill: (price − subsidy) × its workers, the engine's payablePerPerson / totalPayable with the trace (no typed price).
// - The platform of a worker is fixed on the roster (roster_entries.platform_org_id), from the gig register.
// - issued → confirmed by the platform's own officer (pools.bills, its org only) → paid.
// - Reading (who records the payment): the platform pays its share to the provider that did the checkups (the federation
//   pays only its subsidy), so the provider records the payment it received, with the reference; the federation
//   administrator may record it for a provider without an officer online. Nobody else; never twice.
import { evaluate as evaluatePolicy } from '../policy/service.ts';
import { can, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { writeXlsx } from '../../platform/spreadsheets.ts';
import { XLSX } from '../../platform/download.ts';
import * as b from './bills-repository.ts';

const yuan = (f: number) => f / 100;
const fen = (y: number) => Math.round(y * 100);
const maskName = (n: string) => (n.length <= 1 ? n : n[0] + '*'.repeat(Math.min(n.length - 1, 2)));

export interface BillLine { row: number; memberNo: string; name: string; orgName: string }

/** The engine's share of one platform: per person and in total, with the trace (gig-mobile-checkup payablePerPerson). */
export function platformShare(year: number, code: string, persons: number) {
  const r = evaluatePolicy('gig-mobile-checkup', `${year}-06-30`, { package: code, persons });
  const o = r.output as Record<string, number>;
  return { priceFen: fen(o.pricePerPerson!), subsidyFen: fen(o.citySubsidyPerPerson!), perPersonFen: fen(o.payablePerPerson!), amountFen: fen(o.totalPayable!), policy: r.policy, trace: r.trace };
}

/**
 * Issue the platforms' bills of a gig-checkup settlement, in its transaction: the served members grouped by the platform
 * they were put on the roster for. A served worker without a platform (a roster drawn before the platform was recorded)
 * stops the claim, naming the row: nobody would bear that share.
 */
export async function issuePlatformBills(trx: Executor, ctx: RequestContext, x: { settlementId: number; rosterId: number; offer: { id: number; year: number; code: string; title: string; provider_org_id: number }; memberNos: string[]; today: string; orgPath: string }) {
  const served = await b.servedEntries(trx, x.rosterId, x.memberNos);
  const orphan = served.find((e) => e.platform_org_id === null);
  if (orphan)
    throw conflict('no-platform', { zh: `名册第 ${orphan.row_no} 行 ${maskName(orphan.name)}（${orphan.member_no}）没有登记所属平台企业，体检费用无平台承担（沪工总办〔2022〕15号《组织万名新就业形态劳动者巡回体检实施方案》三）`, en: `Roster row ${orphan.row_no} (${orphan.member_no}) has no platform to bill` });
  const groups = new Map<number, { path: string; name: string; lines: BillLine[] }>();
  for (const e of served) {
    const g = groups.get(e.platform_org_id!) ?? { path: e.platform_path!, name: e.platform_name!, lines: [] };
    g.lines.push({ row: e.row_no, memberNo: e.member_no, name: maskName(e.name), orgName: e.org_name });
    groups.set(e.platform_org_id!, g);
  }
  if (!groups.size) return [];
  const rows = [...groups.entries()].map(([platformId, g]) => {
    const share = platformShare(x.offer.year, x.offer.code, g.lines.length);
    return {
      settlement_id: x.settlementId, roster_id: x.rosterId, offer_id: x.offer.id, program: 'gig-mobile-checkup', year: x.offer.year, platform_org_id: platformId, platform_path: g.path,
      provider_org_id: x.offer.provider_org_id, persons: g.lines.length, price_fen: share.priceFen, subsidy_fen: share.subsidyFen, per_person_fen: share.perPersonFen, amount_fen: share.amountFen,
      lines: JSON.stringify(g.lines), policy: share.policy, trace: JSON.stringify(share.trace), issued_on: x.today, issued_by: ctx.actor!.accountId,
    };
  });
  const ids = await b.insertBills(trx, rows);
  for (const [i, r] of rows.entries())
    await writeAudit(trx, ctx, { action: 'platform-bill.issue', entity: 'platform-bill', entityId: ids[i]!.id, orgPath: r.platform_path, summary: `${groups.get(r.platform_org_id)!.name} ${x.offer.title}：${r.persons} 人 × ¥${yuan(r.per_person_fen)} = ¥${yuan(r.amount_fen)}`, after: { settlementId: x.settlementId, persons: r.persons, amount: yuan(r.amount_fen) } });
  return ids.map((r) => r.id);
}

const mayConfirm = (a: Actor, x: b.BillRow) => x.status === 'issued' && can(a, 'pools.bills') && a.role === 'platform-officer' && a.orgId === x.platform_org_id;
const mayRecordPayment = (a: Actor, x: b.BillRow) => x.status === 'confirmed' && can(a, 'pools.manage') && (a.orgId === x.provider_org_id || a.role === 'federation-admin');
/** A platform sees its own bills; the provider and the federation (whose scope holds the provider) see theirs. */
const visible = (a: Actor, x: b.BillRow) => pathInScope(a, x.platform_path) || pathInScope(a, x.provider_path);

function present(a: Actor, x: b.BillRow, withLines: boolean) {
  return {
    id: x.id, settlementId: x.settlement_id, rosterId: x.roster_id, offerId: x.offer_id, title: x.title, site: x.site, program: x.program, year: x.year,
    platformOrgId: x.platform_org_id, platformName: x.platform_name, providerOrgId: x.provider_org_id, providerName: x.provider_name, orgName: x.org_name,
    startsOn: x.starts_on, endsOn: x.ends_on, persons: x.persons, price: yuan(x.price_fen), citySubsidy: yuan(x.subsidy_fen), perPerson: yuan(x.per_person_fen), amount: yuan(x.amount_fen),
    policy: x.policy, trace: x.trace as unknown[], status: x.status, issuedOn: x.issued_on, confirmedAt: x.confirmed_at, paidOn: x.paid_on, paymentReference: x.payment_reference,
    lines: withLines ? (x.lines as BillLine[]) : [],
    abilities: { confirm: mayConfirm(a, x), pay: mayRecordPayment(a, x) },
  };
}

export async function listBills(s: Services, ctx: RequestContext, q: { year?: number | undefined; status?: string | undefined; settlementId?: number | undefined }) {
  const a = ctx.actor!;
  return { items: (await b.listBills(s.database.db, q)).filter((x) => visible(a, x)).map((x) => present(a, x, false)) };
}

async function billOf(db: Executor, a: Actor, id: number) {
  const x = await b.billById(db, id);
  if (!x || !visible(a, x)) throw notFound('platform-bill', id);
  return x;
}

export async function getBill(s: Services, ctx: RequestContext, id: number) {
  return present(ctx.actor!, await billOf(s.database.db, ctx.actor!, id), true);
}

/** The platform's officer confirms the bill (its share and its workers). */
export async function confirmBill(s: Services, ctx: RequestContext, id: number) {
  const a = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const x = await billOf(trx, a, id);
    await b.lockBill(trx, id);
    if (x.status !== 'issued') throw conflict('already-confirmed', { zh: '该结算单已确认', en: 'This bill is already confirmed' });
    if (!mayConfirm(a, x)) throw forbidden({ zh: `结算单由${x.platform_name}确认`, en: `The bill is confirmed by ${x.platform_name}` });
    if (!(await b.confirmBill(trx, id, a.accountId, new Date()))) throw conflict('already-confirmed', { zh: '该结算单刚被确认', en: 'Someone just confirmed this bill' });
    await writeAudit(trx, ctx, { action: 'platform-bill.confirm', entity: 'platform-bill', entityId: id, orgPath: x.platform_path, summary: `${x.platform_name} 确认结算单 ¥${yuan(x.amount_fen)}` });
    return present(a, (await b.billById(trx, id))!, true);
  });
}

/** The provider (or the federation) records the platform's payment, once, with its reference. */
export async function payBill(s: Services, ctx: RequestContext, id: number, p: { paidOn?: string | undefined; reference: string }) {
  const a = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const x = await billOf(trx, a, id);
    await b.lockBill(trx, id);
    if (x.status === 'paid') throw conflict('already-paid', { zh: '该结算单已记录付款，不会重复记录', en: 'Already paid; nothing is paid twice' });
    if (x.status !== 'confirmed') throw conflict('not-confirmed', { zh: `结算单须先经${x.platform_name}确认`, en: `${x.platform_name} confirms the bill first` });
    if (!mayRecordPayment(a, x)) throw forbidden({ zh: `平台企业的付款由收款的承办单位（${x.provider_name}）或市总记录`, en: `The payment is recorded by the provider that receives it (${x.provider_name}) or the federation` });
    const paidOn = p.paidOn ?? s.clock.today();
    if (paidOn > s.clock.today() || paidOn < x.issued_on) throw conflict('invalid-paid-on', { zh: `付款日期须在开具日 ${x.issued_on} 与今天之间`, en: `The payment date lies between the issue day ${x.issued_on} and today` });
    if (!(await b.markBillPaid(trx, id, a.accountId, paidOn, p.reference))) throw conflict('already-paid', { zh: '该结算单刚被记录付款', en: 'Someone just recorded this payment' });
    await writeAudit(trx, ctx, { action: 'platform-bill.pay', entity: 'platform-bill', entityId: id, orgPath: x.platform_path, summary: `${x.platform_name} 付款 ¥${yuan(x.amount_fen)} ${p.reference}`, after: { paidOn, reference: p.reference } });
    return present(a, (await b.billById(trx, id))!, true);
  });
}

const statusZh = { issued: '待平台确认', confirmed: '平台已确认', paid: '已付款' } as const;

/** The bill as .xlsx: the heading figures, then the served workers (names masked). */
export async function billSheet(s: Services, ctx: RequestContext, id: number) {
  const x = await getBill(s, ctx, id);
  const no = `PB${String(x.id).padStart(6, '0')}`;
  const body = await writeXlsx([{
    name: '结算单',
    preface: [
      `${x.year}年新就业形态劳动者巡回体检 平台企业结算单 ${no}`,
      `平台企业：${x.platformName}　承办单位：${x.providerName}　组织工会：${x.orgName}　体检日期：${x.startsOn}—${x.endsOn}`,
      `${x.title}：套餐费用 ${x.price} 元/人，市总补贴 ${x.citySubsidy} 元/人，平台承担 ${x.perPerson} 元/人 × ${x.persons} 人 = ${x.amount} 元（沪工总办〔2022〕15号 巡回体检实施方案 三）`,
      `状态：${statusZh[x.status]}${x.paidOn ? `　付款日期：${x.paidOn}　付款凭证：${x.paymentReference ?? ''}` : ''}`,
    ],
    columns: [{ header: '序号', key: 'row', width: 8 }, { header: '会员编号', key: 'memberNo', width: 14 }, { header: '姓名', key: 'name', width: 10 }, { header: '工会', key: 'orgName', width: 36 }, { header: '平台承担（元）', key: 'amount', width: 14 }],
    rows: x.lines.map((l) => ({ ...l, amount: x.perPerson })),
  }]);
  await writeAudit(s.database.db, ctx, { action: 'platform-bill.export', entity: 'platform-bill', entityId: x.id, orgPath: ctx.actor?.orgPath ?? null, summary: `${x.platformName} 结算单 ${no}` });
  return { fileName: `${x.year}-${x.platformName}-巡回体检结算单-${no}.xlsx`, type: XLSX, body };
}
