// The platforms' bills (结算单) for the gig workers' mobile checkups (issue 10 §4 “billed to the platform for its share”).
// 001 项目4 三: “费用由相关平台企业承担，市总工会进行专项补贴。其中上午体检套餐费用为300元/人，市总补贴150元/人；下午体检套餐
// 费用为200元/人，市总补贴100元/人。” So, once the provider (市工人疗养院) has filed its claim for a roster (the settlement,
// paid the city subsidy through the payout ledger as every settlement), each platform whose workers it served gets one
// bill: (price − subsidy) × its workers, the engine's payablePerPerson / totalPayable with the trace (no typed price).
// - The platform of a worker is fixed on the roster (roster_entries.platform_org_id), from the gig register.
// - issued → confirmed by the platform's own officer (pools.bills, its org only) → paid. The platform's officers get a
//   portal notice when a bill is issued to them (and when it is reissued or their dispute is answered).
// - Disputes (reading, migration 0039; the seed says who pays, not how a disagreement is settled): the platform may dispute
//   an issued bill with its reason (a worker it did not send, a worker who was not examined) → disputed; the provider's
//   officers are told. The union side (the provider that issued it, or the federation — the same people who record the
//   payment) answers either by correcting the lines (dropping the workers the platform does not owe) and reissuing —
//   revision + 1, the engine's amount for the lines kept — or by rejecting the dispute with its reason. Either way the bill
//   is issued again and waits for the platform's confirmation; a disputed bill cannot be confirmed or paid. A worker
//   dropped from a bill stays on the roster and in the provider's settlement (the checkup was done and the federation's
//   subsidy is owed); only the platform's share changes.
// - Moving a line (001 项目4 三: each platform bears the checkups of its own workers; migration 0046): when a worker on
//   platform A's bill belongs to platform B, the union side (the provider that issued the bill, or the federation) moves
//   the line, with its reason, to B's bill of the same settlement — found, or issued then as revision 1. Both bills are
//   recomputed by the engine as their next revision, the roster entry records B, both platforms are told and both steps
//   are audited. Refused once either bill is confirmed or paid (what a platform confirmed is not changed under it). A
//   bill whose last line moves away is void (作废, kept with its history); a line moved back revives it. Reading: moving
//   a line out of a disputed bill answers the dispute (it is issued again, answer 'reissued' with the move's reason),
//   since the usual dispute is the very worker the platform did not send; a disputed target stays disputed.
// - Reading (who records the payment): the platform pays its share to the provider that did the checkups (the federation
//   pays only its subsidy), so the provider records the payment it received, with the reference; the federation
//   administrator may record it for a provider without an officer online. Nobody else; never twice.
import { evaluate as evaluatePolicy } from '../policy/service.ts';
import { can, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.ts';
import type { NoticeTemplate } from '../../platform/module.ts';
import { notifyOfficers } from '../notifications/service.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { writeXlsx } from '../../platform/spreadsheets.ts';
import { XLSX } from '../../platform/download.ts';
import * as b from './bills-repository.ts';

const yuan = (f: number) => f / 100;
const fen = (y: number) => Math.round(y * 100);
const maskName = (n: string) => (n.length <= 1 ? n : n[0] + '*'.repeat(Math.min(n.length - 1, 2)));

export interface BillLine {
  row: number;
  memberNo: string;
  name: string;
  orgName: string;
}

/** Portal notices of the bills (declared in the module's manifest). */
export const billNotices = {
  'platform-bill-issued': {
    zh: '{provider}开具了巡回体检结算单 {no}（{title}）：{persons} 人，平台承担 ¥{amount}，请核对后确认或提出异议。',
    en: '{provider} issued the mobile-checkup bill {no} ({title}): {persons} persons, your share ¥{amount}. Please check it, then confirm or dispute it.',
  },
  'platform-bill-disputed': {
    zh: '{platform}对结算单 {no}（{title}，¥{amount}）提出异议：{reason}。请更正后重新开具，或说明理由驳回异议。',
    en: '{platform} disputes the bill {no} ({title}, ¥{amount}): {reason}. Correct and reissue it, or reject the dispute with your reason.',
  },
  'platform-bill-reissued': {
    zh: '{provider}已更正并重新开具结算单 {no}（第 {revision} 版）：{persons} 人，¥{amount}。说明：{reason}',
    en: '{provider} corrected and reissued the bill {no} (revision {revision}): {persons} persons, ¥{amount}. Note: {reason}',
  },
  'platform-bill-dispute-rejected': {
    zh: '{provider}驳回了您对结算单 {no}（¥{amount}）的异议：{reason}',
    en: '{provider} rejected your dispute of the bill {no} (¥{amount}): {reason}',
  },
  'platform-bill-line-moved-out': {
    zh: '{provider}已将{memberNo}从结算单 {no} 移至{toPlatform}的结算单（第 {revision} 版）：{persons} 人，¥{amount}。说明：{reason}',
    en: '{provider} moved {memberNo} from the bill {no} to {toPlatform}’s bill (revision {revision}): {persons} persons, ¥{amount}. Note: {reason}',
  },
  'platform-bill-line-moved-in': {
    zh: '{provider}已将{memberNo}（原在{fromPlatform}的结算单 {fromNo}）移入结算单 {no}（第 {revision} 版）：{persons} 人，平台承担 ¥{amount}。说明：{reason}。请核对后确认或提出异议。',
    en: '{provider} moved {memberNo} (from {fromPlatform}’s bill {fromNo}) onto the bill {no} (revision {revision}): {persons} persons, your share ¥{amount}. Note: {reason}. Please check it, then confirm or dispute it.',
  },
} satisfies Record<string, NoticeTemplate>;

/** The bill's number as printed (结算单号). */
export const billNo = (id: number) => `PB${String(id).padStart(6, '0')}`;

/** The engine's share of one platform: per person and in total, with the trace (gig-mobile-checkup payablePerPerson). */
export function platformShare(year: number, code: string, persons: number) {
  const r = evaluatePolicy('gig-mobile-checkup', `${year}-06-30`, { package: code, persons });
  const o = r.output as Record<string, number>;
  return {
    priceFen: fen(o.pricePerPerson!),
    subsidyFen: fen(o.citySubsidyPerPerson!),
    perPersonFen: fen(o.payablePerPerson!),
    amountFen: fen(o.totalPayable!),
    policy: r.policy,
    trace: r.trace,
  };
}

/**
 * Issue the platforms' bills of a gig-checkup settlement, in its transaction: the served members grouped by the platform
 * they were put on the roster for. A served worker without a platform (a roster drawn before the platform was recorded)
 * stops the claim, naming the row: nobody would bear that share.
 */
export async function issuePlatformBills(
  s: Services,
  trx: Executor,
  ctx: RequestContext,
  x: {
    settlementId: number;
    rosterId: number;
    offer: { id: number; year: number; code: string; title: string; provider_org_id: number };
    memberNos: string[];
    today: string;
    orgPath: string;
  },
) {
  const served = await b.servedEntries(trx, x.rosterId, x.memberNos);
  const orphan = served.find((e) => e.platform_org_id === null);
  if (orphan)
    throw conflict('no-platform', {
      zh: `名册第 ${orphan.row_no} 行 ${maskName(orphan.name)}（${orphan.member_no}）没有登记所属平台企业，体检费用无平台承担（沪工总办〔2022〕15号《组织万名新就业形态劳动者巡回体检实施方案》三）`,
      en: `Roster row ${orphan.row_no} (${orphan.member_no}) has no platform to bill`,
    });
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
      settlement_id: x.settlementId,
      roster_id: x.rosterId,
      offer_id: x.offer.id,
      program: 'gig-mobile-checkup',
      year: x.offer.year,
      platform_org_id: platformId,
      platform_path: g.path,
      provider_org_id: x.offer.provider_org_id,
      persons: g.lines.length,
      price_fen: share.priceFen,
      subsidy_fen: share.subsidyFen,
      per_person_fen: share.perPersonFen,
      amount_fen: share.amountFen,
      lines: JSON.stringify(g.lines),
      policy: share.policy,
      trace: JSON.stringify(share.trace),
      issued_on: x.today,
      issued_by: ctx.actor!.accountId,
      history: JSON.stringify([
        { revision: 1, action: 'issue', persons: g.lines.length, amountFen: share.amountFen, at: s.clock.now().toISOString() } satisfies b.BillEvent,
      ]),
    };
  });
  const ids = await b.insertBills(trx, rows);
  const provider = await b.orgName(trx, x.offer.provider_org_id);
  for (const [i, r] of rows.entries()) {
    await writeAudit(trx, ctx, {
      action: 'platform-bill.issue',
      entity: 'platform-bill',
      entityId: ids[i]!.id,
      orgPath: r.platform_path,
      summary: `${groups.get(r.platform_org_id)!.name} ${x.offer.title}：${r.persons} 人 × ¥${yuan(r.per_person_fen)} = ¥${yuan(r.amount_fen)}`,
      after: { settlementId: x.settlementId, persons: r.persons, amount: yuan(r.amount_fen) },
    });
    await notifyOfficers(s, trx, { orgIds: [r.platform_org_id] }, 'platform-bill-issued', {
      billId: ids[i]!.id,
      no: billNo(ids[i]!.id),
      provider,
      title: x.offer.title,
      persons: r.persons,
      amount: yuan(r.amount_fen).toFixed(2),
    });
  }
  return ids.map((r) => r.id);
}

const isPlatform = (a: Actor, x: b.BillRow) => can(a, 'pools.bills') && a.role === 'platform-officer' && a.orgId === x.platform_org_id;
/** The union side of a bill: the provider that issued it and receives the money, or the federation administrator. */
const isUnionSide = (a: Actor, x: b.BillRow) => can(a, 'pools.manage') && (a.orgId === x.provider_org_id || a.role === 'federation-admin');
const mayConfirm = (a: Actor, x: b.BillRow) => x.status === 'issued' && isPlatform(a, x);
const mayDispute = (a: Actor, x: b.BillRow) => x.status === 'issued' && isPlatform(a, x);
const mayAnswer = (a: Actor, x: b.BillRow) => x.status === 'disputed' && isUnionSide(a, x);
const mayRecordPayment = (a: Actor, x: b.BillRow) => x.status === 'confirmed' && isUnionSide(a, x);
/** A line moves while the bill is not yet confirmed (issued or disputed), by the union side. */
const mayMove = (a: Actor, x: b.BillRow) => (x.status === 'issued' || x.status === 'disputed') && isUnionSide(a, x);
/** A platform sees its own bills; the provider and the federation (whose scope holds the provider) see theirs. */
const visible = (a: Actor, x: b.BillRow) => pathInScope(a, x.platform_path) || pathInScope(a, x.provider_path);

function present(a: Actor, x: b.BillRow, withLines: boolean, moveTo: { id: number; name: string }[] = []) {
  return {
    id: x.id,
    settlementId: x.settlement_id,
    rosterId: x.roster_id,
    offerId: x.offer_id,
    title: x.title,
    site: x.site,
    program: x.program,
    year: x.year,
    platformOrgId: x.platform_org_id,
    platformName: x.platform_name,
    providerOrgId: x.provider_org_id,
    providerName: x.provider_name,
    orgName: x.org_name,
    startsOn: x.starts_on,
    endsOn: x.ends_on,
    persons: x.persons,
    price: yuan(x.price_fen),
    citySubsidy: yuan(x.subsidy_fen),
    perPerson: yuan(x.per_person_fen),
    amount: yuan(x.amount_fen),
    policy: x.policy,
    trace: x.trace as unknown[],
    status: x.status,
    issuedOn: x.issued_on,
    confirmedAt: x.confirmed_at,
    paidOn: x.paid_on,
    paymentReference: x.payment_reference,
    no: billNo(x.id),
    revision: x.revision,
    disputeReason: x.dispute_reason,
    disputedAt: x.disputed_at,
    answer: x.answer,
    answerReason: x.answer_reason,
    answeredAt: x.answered_at,
    history: (x.history as b.BillEvent[]).map((e) => ({
      revision: e.revision,
      action: e.action,
      reason: e.reason ?? null,
      persons: e.persons,
      amount: yuan(e.amountFen),
      at: e.at,
    })),
    lines: withLines ? (x.lines as BillLine[]) : [],
    moveTo: mayMove(a, x) ? moveTo.filter((o) => o.id !== x.platform_org_id).map((o) => ({ orgId: o.id, name: o.name })) : [],
    abilities: { confirm: mayConfirm(a, x), dispute: mayDispute(a, x), answer: mayAnswer(a, x), pay: mayRecordPayment(a, x), move: mayMove(a, x) },
  };
}

export async function listBills(
  s: Services,
  ctx: RequestContext,
  q: { year?: number | undefined; status?: string | undefined; settlementId?: number | undefined },
) {
  const a = ctx.actor!;
  return { items: (await b.listBills(s.database.db, q)).filter((x) => visible(a, x)).map((x) => present(a, x, false)) };
}

async function billOf(db: Executor, a: Actor, id: number) {
  const x = await b.billById(db, id);
  if (!x || !visible(a, x)) throw notFound('platform-bill', id);
  return x;
}

export async function getBill(s: Services, ctx: RequestContext, id: number) {
  const x = await billOf(s.database.db, ctx.actor!, id);
  return present(ctx.actor!, x, true, mayMove(ctx.actor!, x) ? await b.platformOrgs(s.database.db) : []);
}

const billVoid = (x: b.BillRow) =>
  conflict('bill-void', {
    zh: `结算单 ${billNo(x.id)} 的人员已全部移至其他平台企业的结算单，该结算单已作废`,
    en: `Every line of the bill ${billNo(x.id)} was moved to another platform's bill; it is void`,
  });

/** The platform's officer confirms the bill (its share and its workers). */
export async function confirmBill(s: Services, ctx: RequestContext, id: number) {
  const a = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const x = await billOf(trx, a, id);
    await b.lockBill(trx, id);
    if (x.status === 'void') throw billVoid(x);
    if (x.status === 'disputed')
      throw conflict('disputed', {
        zh: '该结算单有待答复的异议，须待承办单位更正或驳回后再确认',
        en: 'This bill is disputed; it is confirmed after the provider corrects it or rejects the dispute',
      });
    if (x.status !== 'issued') throw conflict('already-confirmed', { zh: '该结算单已确认', en: 'This bill is already confirmed' });
    if (!mayConfirm(a, x)) throw forbidden({ zh: `结算单由${x.platform_name}确认`, en: `The bill is confirmed by ${x.platform_name}` });
    if (!(await b.confirmBill(trx, id, a.accountId, s.clock.now())))
      throw conflict('already-confirmed', { zh: '该结算单刚被确认', en: 'Someone just confirmed this bill' });
    await b.recordEvent(trx, id, { revision: x.revision, action: 'confirm', persons: x.persons, amountFen: x.amount_fen, at: s.clock.now().toISOString() });
    await writeAudit(trx, ctx, {
      action: 'platform-bill.confirm',
      entity: 'platform-bill',
      entityId: id,
      orgPath: x.platform_path,
      summary: `${x.platform_name} 确认结算单 ¥${yuan(x.amount_fen)}`,
    });
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
    if (x.status === 'void') throw billVoid(x);
    if (x.status === 'disputed')
      throw conflict('disputed', { zh: '该结算单有待答复的异议，不能记录付款', en: 'This bill is disputed; no payment is recorded' });
    if (x.status !== 'confirmed')
      throw conflict('not-confirmed', { zh: `结算单须先经${x.platform_name}确认`, en: `${x.platform_name} confirms the bill first` });
    if (!mayRecordPayment(a, x))
      throw forbidden({
        zh: `平台企业的付款由收款的承办单位（${x.provider_name}）或市总记录`,
        en: `The payment is recorded by the provider that receives it (${x.provider_name}) or the federation`,
      });
    const paidOn = p.paidOn ?? s.clock.today();
    if (paidOn > s.clock.today() || paidOn < x.issued_on)
      throw conflict('invalid-paid-on', {
        zh: `付款日期须在开具日 ${x.issued_on} 与今天之间`,
        en: `The payment date lies between the issue day ${x.issued_on} and today`,
      });
    if (!(await b.markBillPaid(trx, id, a.accountId, paidOn, p.reference)))
      throw conflict('already-paid', { zh: '该结算单刚被记录付款', en: 'Someone just recorded this payment' });
    await b.recordEvent(trx, id, {
      revision: x.revision,
      action: 'pay',
      reason: p.reference,
      persons: x.persons,
      amountFen: x.amount_fen,
      at: s.clock.now().toISOString(),
    });
    await writeAudit(trx, ctx, {
      action: 'platform-bill.pay',
      entity: 'platform-bill',
      entityId: id,
      orgPath: x.platform_path,
      summary: `${x.platform_name} 付款 ¥${yuan(x.amount_fen)} ${p.reference}`,
      after: { paidOn, reference: p.reference },
    });
    return present(a, (await b.billById(trx, id))!, true);
  });
}

/** The platform disputes an issued bill, with its reason; the provider's officers are told. */
export async function disputeBill(s: Services, ctx: RequestContext, id: number, p: { reason: string }) {
  const a = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const x = await billOf(trx, a, id);
    await b.lockBill(trx, id);
    if (x.status === 'void') throw billVoid(x);
    if (x.status === 'disputed')
      throw conflict('already-disputed', { zh: '该结算单已提出异议，待承办单位答复', en: 'This bill is already disputed; the provider answers first' });
    if (x.status !== 'issued') throw conflict('not-disputable', { zh: '结算单确认后不能再提出异议', en: 'A confirmed or paid bill cannot be disputed' });
    if (!mayDispute(a, x)) throw forbidden({ zh: `结算单的异议由${x.platform_name}提出`, en: `Only ${x.platform_name} disputes its bill` });
    if (
      !(await b.disputeBill(trx, id, a.accountId, p.reason, {
        revision: x.revision,
        action: 'dispute',
        reason: p.reason,
        persons: x.persons,
        amountFen: x.amount_fen,
        at: s.clock.now().toISOString(),
      }))
    )
      throw conflict('not-disputable', { zh: '该结算单刚被确认或已有异议', en: 'Someone just confirmed or disputed this bill' });
    await writeAudit(trx, ctx, {
      action: 'platform-bill.dispute',
      entity: 'platform-bill',
      entityId: id,
      orgPath: x.platform_path,
      summary: `${x.platform_name} 对结算单 ${billNo(id)}（¥${yuan(x.amount_fen)}）提出异议：${p.reason}`,
      after: { reason: p.reason },
    });
    await notifyOfficers(s, trx, { orgIds: [x.provider_org_id] }, 'platform-bill-disputed', {
      billId: id,
      no: billNo(id),
      platform: x.platform_name,
      title: x.title,
      amount: yuan(x.amount_fen).toFixed(2),
      reason: p.reason,
    });
    return present(a, (await b.billById(trx, id))!, true);
  });
}

async function disputedBillForAnswer(trx: Executor, a: Actor, id: number) {
  const x = await billOf(trx, a, id);
  await b.lockBill(trx, id);
  if (x.status !== 'disputed') throw conflict('not-disputed', { zh: '该结算单没有待答复的异议', en: 'This bill has no dispute to answer' });
  if (!mayAnswer(a, x))
    throw forbidden({
      zh: `异议由开具结算单的承办单位（${x.provider_name}）或市总答复`,
      en: `The dispute is answered by the provider that issued the bill (${x.provider_name}) or the federation`,
    });
  return x;
}

/**
 * The union side corrects a disputed bill and issues it again: `members` are the lines kept (member numbers, a subset of
 * the bill's lines, at least one, not all of them — to keep every line, reject the dispute instead); the amount is the
 * engine's for the lines kept.
 */
export async function reissueBill(s: Services, ctx: RequestContext, id: number, p: { reason: string; members: string[] }) {
  const a = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const x = await disputedBillForAnswer(trx, a, id);
    const lines = x.lines as BillLine[];
    const onBill = new Map(lines.map((l) => [l.memberNo, l]));
    const seen = new Set<string>();
    const issues: { field: string; code: string; message: { zh: string; en: string } }[] = [];
    for (const [i, no] of p.members.entries()) {
      if (!onBill.has(no))
        issues.push({
          field: `members[${i + 1}]`,
          code: 'not-on-bill',
          message: {
            zh: `第 ${i + 1} 行：${no} 不在该结算单上（更正只能去掉结算单上的人员）`,
            en: `Row ${i + 1}: ${no} is not on this bill (a correction only drops lines)`,
          },
        });
      else if (seen.has(no))
        issues.push({ field: `members[${i + 1}]`, code: 'duplicate-member', message: { zh: `第 ${i + 1} 行：${no} 重复`, en: `Row ${i + 1}: ${no} twice` } });
      seen.add(no);
    }
    if (issues.length)
      throw new AppError(
        400,
        'invalid-correction',
        { zh: `更正有 ${issues.length} 处错误。${issues[0]!.message.zh}`, en: `The correction has ${issues.length} error(s). ${issues[0]!.message.en}` },
        issues.slice(0, 100),
      );
    if (seen.size === lines.length)
      throw new AppError(
        400,
        'unchanged',
        {
          zh: '更正后的结算单与原结算单相同；如不需更正，请驳回异议并说明理由',
          en: 'The correction keeps every line; to keep the bill as it is, reject the dispute with your reason',
        },
        [{ field: 'body.members', code: 'unchanged', message: { zh: '未去掉任何人员', en: 'no line dropped' } }],
      );
    const kept = lines.filter((l) => seen.has(l.memberNo));
    const share = platformShare(x.year, x.code, kept.length);
    const at = s.clock.now().toISOString();
    if (
      !(await b.reissueBill(
        trx,
        id,
        a.accountId,
        p.reason,
        {
          persons: kept.length,
          priceFen: share.priceFen,
          subsidyFen: share.subsidyFen,
          perPersonFen: share.perPersonFen,
          amountFen: share.amountFen,
          lines: kept,
          policy: share.policy,
          trace: share.trace,
          issuedOn: s.clock.today(),
        },
        { revision: x.revision + 1, action: 'reissue', reason: p.reason, persons: kept.length, amountFen: share.amountFen, at },
      ))
    )
      throw conflict('not-disputed', { zh: '该异议刚被答复', en: 'Someone just answered this dispute' });
    const dropped = lines.filter((l) => !seen.has(l.memberNo)).map((l) => l.memberNo);
    await writeAudit(trx, ctx, {
      action: 'platform-bill.reissue',
      entity: 'platform-bill',
      entityId: id,
      orgPath: x.platform_path,
      summary: `结算单 ${billNo(id)} 更正为第 ${x.revision + 1} 版：${x.persons} → ${kept.length} 人，¥${yuan(x.amount_fen)} → ¥${yuan(share.amountFen)}（${p.reason}）`,
      before: { persons: x.persons, amount: yuan(x.amount_fen) },
      after: { persons: kept.length, amount: yuan(share.amountFen), dropped, reason: p.reason },
    });
    await notifyOfficers(s, trx, { orgIds: [x.platform_org_id] }, 'platform-bill-reissued', {
      billId: id,
      no: billNo(id),
      provider: x.provider_name,
      revision: x.revision + 1,
      persons: kept.length,
      amount: yuan(share.amountFen).toFixed(2),
      reason: p.reason,
    });
    return present(a, (await b.billById(trx, id))!, true);
  });
}

/** The union side rejects the dispute with its reason: the bill stands as issued and waits for the platform again. */
export async function rejectDispute(s: Services, ctx: RequestContext, id: number, p: { reason: string }) {
  const a = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const x = await disputedBillForAnswer(trx, a, id);
    if (
      !(await b.rejectDispute(trx, id, a.accountId, p.reason, {
        revision: x.revision,
        action: 'reject-dispute',
        reason: p.reason,
        persons: x.persons,
        amountFen: x.amount_fen,
        at: s.clock.now().toISOString(),
      }))
    )
      throw conflict('not-disputed', { zh: '该异议刚被答复', en: 'Someone just answered this dispute' });
    await writeAudit(trx, ctx, {
      action: 'platform-bill.reject-dispute',
      entity: 'platform-bill',
      entityId: id,
      orgPath: x.platform_path,
      summary: `驳回${x.platform_name}对结算单 ${billNo(id)} 的异议：${p.reason}`,
      after: { reason: p.reason },
    });
    await notifyOfficers(s, trx, { orgIds: [x.platform_org_id] }, 'platform-bill-dispute-rejected', {
      billId: id,
      no: billNo(id),
      provider: x.provider_name,
      amount: yuan(x.amount_fen).toFixed(2),
      reason: p.reason,
    });
    return present(a, (await b.billById(trx, id))!, true);
  });
}

const statusZh = { issued: '待平台确认', disputed: '平台有异议', confirmed: '平台已确认', paid: '已付款', void: '已作废' } as const;

/** The bill as .xlsx: the heading figures, then the served workers (names masked). */
export async function billSheet(s: Services, ctx: RequestContext, id: number) {
  const x = await getBill(s, ctx, id);
  const no = x.no;
  const body = await writeXlsx([
    {
      name: '结算单',
      preface: [
        `${x.year}年新就业形态劳动者巡回体检 平台企业结算单 ${no}`,
        `平台企业：${x.platformName}　承办单位：${x.providerName}　组织工会：${x.orgName}　体检日期：${x.startsOn}—${x.endsOn}`,
        `${x.title}：套餐费用 ${x.price} 元/人，市总补贴 ${x.citySubsidy} 元/人，平台承担 ${x.perPerson} 元/人 × ${x.persons} 人 = ${x.amount} 元（沪工总办〔2022〕15号 巡回体检实施方案 三）`,
        `状态：${statusZh[x.status]}${x.revision > 1 ? `（第 ${x.revision} 版）` : ''}${x.paidOn ? `　付款日期：${x.paidOn}　付款凭证：${x.paymentReference ?? ''}` : ''}`,
      ],
      columns: [
        { header: '序号', key: 'row', width: 8 },
        { header: '会员编号', key: 'memberNo', width: 14 },
        { header: '姓名', key: 'name', width: 10 },
        { header: '工会', key: 'orgName', width: 36 },
        { header: '平台承担（元）', key: 'amount', width: 14 },
      ],
      rows: x.lines.map((l) => ({ ...l, amount: x.perPerson })),
    },
  ]);
  await writeAudit(s.database.db, ctx, {
    action: 'platform-bill.export',
    entity: 'platform-bill',
    entityId: x.id,
    orgPath: ctx.actor?.orgPath ?? null,
    summary: `${x.platformName} 结算单 ${no}`,
  });
  return { fileName: `${x.year}-${x.platformName}-巡回体检结算单-${no}.xlsx`, type: XLSX, body };
}

const refusedField = (code: string, field: string, message: { zh: string; en: string }) => new AppError(400, code, message, [{ field, code, message }]);

/**
 * The union side moves a worker's line to another platform's bill of the same settlement (see the header): both bills
 * recomputed by the engine as their next revision, the roster entry moved, both platforms told, both steps audited.
 */
export async function moveLine(s: Services, ctx: RequestContext, id: number, p: { memberNo: string; toPlatformOrgId: number; reason: string }) {
  const a = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const seen = await billOf(trx, a, id);
    await b.lockSettlementBills(trx, seen.settlement_id);
    await b.lockBill(trx, id);
    const x = (await b.billById(trx, id))!;
    const no = billNo(id);
    if (!isUnionSide(a, x))
      throw forbidden({
        zh: `结算单的人员由开具结算单的承办单位（${x.provider_name}）或市总调整`,
        en: `The bill's lines are moved by the provider that issued it (${x.provider_name}) or the federation`,
      });
    if (x.status === 'confirmed' || x.status === 'paid')
      throw conflict('bill-confirmed', {
        zh: `结算单 ${no} ${x.status === 'paid' ? '已付款' : `已经${x.platform_name}确认`}，不能再移动人员`,
        en: `The bill ${no} is ${x.status === 'paid' ? 'paid' : `confirmed by ${x.platform_name}`}; its lines no longer move`,
      });
    if (x.status === 'void') throw billVoid(x);
    const lines = x.lines as BillLine[];
    const line = lines.find((l) => l.memberNo === p.memberNo);
    if (!line)
      throw refusedField('not-on-bill', 'body.memberNo', {
        zh: `会员编号 ${p.memberNo} 不在结算单 ${no} 上`,
        en: `${p.memberNo} is not on the bill ${no}`,
      });
    if (p.toPlatformOrgId === x.platform_org_id)
      throw refusedField('same-platform', 'body.toPlatformOrgId', {
        zh: `${line.memberNo} 已在${x.platform_name}的结算单上，请选择其他平台企业`,
        en: `${line.memberNo} is already on ${x.platform_name}'s bill; choose another platform`,
      });
    const to = (await b.platformOrgs(trx)).find((o) => o.id === p.toPlatformOrgId);
    if (!to)
      throw refusedField('not-a-platform', 'body.toPlatformOrgId', {
        zh: `组织 ${p.toPlatformOrgId} 不是在册的平台企业，体检费用只能由平台企业承担（沪工总办〔2022〕15号《组织万名新就业形态劳动者巡回体检实施方案》三）`,
        en: `Organisation ${p.toPlatformOrgId} is not a registered platform; only a platform bears the checkups`,
      });
    const found = await b.billOfPlatform(trx, x.settlement_id, to.id);
    if (found) await b.lockBill(trx, found.id);
    const y = found ? (await b.billById(trx, found.id))! : undefined;
    if (y && (y.status === 'confirmed' || y.status === 'paid'))
      throw conflict('target-confirmed', {
        zh: `${to.name}的结算单 ${billNo(y.id)} ${y.status === 'paid' ? '已付款' : '已确认'}，不能再移入人员`,
        en: `${to.name}'s bill ${billNo(y.id)} is ${y.status === 'paid' ? 'paid' : 'confirmed'}; no line moves onto it`,
      });

    const now = s.clock.now();
    const at = now.toISOString();
    const today = s.clock.today();
    const provider = x.provider_name;
    // The bill the line leaves: the engine's figures for the lines kept, or void when none is left.
    const kept = lines.filter((l) => l.memberNo !== line.memberNo);
    const keptShare = kept.length ? platformShare(x.year, x.code, kept.length) : null;
    await b.rewriteLines(
      trx,
      x.id,
      a.accountId,
      {
        status: kept.length ? 'issued' : 'void',
        persons: kept.length,
        priceFen: keptShare?.priceFen ?? x.price_fen,
        subsidyFen: keptShare?.subsidyFen ?? x.subsidy_fen,
        perPersonFen: keptShare?.perPersonFen ?? x.per_person_fen,
        amountFen: keptShare?.amountFen ?? 0,
        lines: kept,
        policy: keptShare?.policy ?? x.policy,
        trace: keptShare?.trace ?? (x.trace as unknown[]),
        issuedOn: today,
        answer: x.status === 'disputed' ? { reason: p.reason, at: now } : undefined,
      },
      {
        revision: x.revision + 1,
        action: 'move-out',
        reason: `${line.memberNo} → ${to.name}：${p.reason}`,
        persons: kept.length,
        amountFen: keptShare?.amountFen ?? 0,
        at,
      },
    );
    // The bill the line joins: the platform's bill of this settlement (revived if void), or a new one.
    const joined = [...((y?.lines as BillLine[] | undefined) ?? []), line].sort((l, m) => l.row - m.row);
    const share = platformShare(x.year, x.code, joined.length);
    const inEvent = (revision: number): b.BillEvent => ({
      revision,
      action: 'move-in',
      reason: `${line.memberNo} ← ${x.platform_name}：${p.reason}`,
      persons: joined.length,
      amountFen: share.amountFen,
      at,
    });
    let toId: number;
    if (y) {
      toId = y.id;
      await b.rewriteLines(
        trx,
        y.id,
        a.accountId,
        {
          status: y.status === 'disputed' ? 'disputed' : 'issued',
          persons: joined.length,
          priceFen: share.priceFen,
          subsidyFen: share.subsidyFen,
          perPersonFen: share.perPersonFen,
          amountFen: share.amountFen,
          lines: joined,
          policy: share.policy,
          trace: share.trace,
          issuedOn: today,
        },
        inEvent(y.revision + 1),
      );
    } else {
      toId = (
        await b.insertBills(trx, [
          {
            settlement_id: x.settlement_id,
            roster_id: x.roster_id,
            offer_id: x.offer_id,
            program: x.program,
            year: x.year,
            platform_org_id: to.id,
            platform_path: to.path,
            provider_org_id: x.provider_org_id,
            persons: joined.length,
            price_fen: share.priceFen,
            subsidy_fen: share.subsidyFen,
            per_person_fen: share.perPersonFen,
            amount_fen: share.amountFen,
            lines: JSON.stringify(joined),
            policy: share.policy,
            trace: JSON.stringify(share.trace),
            issued_on: today,
            issued_by: a.accountId,
            history: JSON.stringify([inEvent(1)]),
          },
        ])
      )[0]!.id;
    }
    await b.setEntryPlatform(trx, x.roster_id, line.memberNo, to.id);
    const from = (await b.billById(trx, x.id))!;
    const into = (await b.billById(trx, toId))!;
    await writeAudit(trx, ctx, {
      action: 'platform-bill.move-out',
      entity: 'platform-bill',
      entityId: x.id,
      orgPath: x.platform_path,
      summary: `结算单 ${no} 第 ${from.revision} 版：${line.memberNo} 移至${to.name}的结算单 ${billNo(toId)}，${x.persons} → ${from.persons} 人，¥${yuan(x.amount_fen)} → ¥${yuan(from.amount_fen)}${from.status === 'void' ? '（作废）' : ''}（${p.reason}）`,
      before: { persons: x.persons, amount: yuan(x.amount_fen), status: x.status },
      after: { persons: from.persons, amount: yuan(from.amount_fen), status: from.status, memberNo: line.memberNo, toBillId: toId, reason: p.reason },
    });
    await writeAudit(trx, ctx, {
      action: 'platform-bill.move-in',
      entity: 'platform-bill',
      entityId: toId,
      orgPath: to.path,
      summary: `结算单 ${billNo(toId)} 第 ${into.revision} 版：${line.memberNo} 由${x.platform_name}的结算单 ${no} 移入，${into.persons} 人，¥${yuan(into.amount_fen)}（${p.reason}）`,
      ...(y ? { before: { persons: y.persons, amount: yuan(y.amount_fen), status: y.status } } : {}),
      after: { persons: into.persons, amount: yuan(into.amount_fen), status: into.status, memberNo: line.memberNo, fromBillId: x.id, reason: p.reason },
    });
    await notifyOfficers(s, trx, { orgIds: [x.platform_org_id] }, 'platform-bill-line-moved-out', {
      billId: x.id,
      no,
      provider,
      memberNo: line.memberNo,
      toPlatform: to.name,
      revision: from.revision,
      persons: from.persons,
      amount: yuan(from.amount_fen).toFixed(2),
      reason: p.reason,
    });
    await notifyOfficers(s, trx, { orgIds: [to.id] }, 'platform-bill-line-moved-in', {
      billId: toId,
      no: billNo(toId),
      provider,
      memberNo: line.memberNo,
      fromPlatform: x.platform_name,
      fromNo: no,
      revision: into.revision,
      persons: into.persons,
      amount: yuan(into.amount_fen).toFixed(2),
      reason: p.reason,
    });
    const platforms = await b.platformOrgs(trx);
    return { from: present(a, from, true, platforms), to: present(a, into, true, platforms) };
  });
}
