// Payouts: an append-only ledger of payable entries (integer fen) and monthly settlement batches.
// A batch is prepared by the disbursing unit after the list closes (the 25th), signed off by the
// rights department and by finance (two different people, neither the preparer), and marked paid
// by the disbursing unit by the 10th of the next month; the approval lifecycle is data on the batch
// (prepared_by, rights_approved_by, finance_approved_by, paid_by), as in Medusa's order changes.
// An entry sits in at most one batch (unique index), so preparing again never pays anyone twice.
import { can, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { badRequest, conflict, forbidden, invalidField, isUniqueViolation, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { writeXlsx } from '../../platform/spreadsheets.ts';
import { notify, notifyOfficers } from '../notifications/service.ts';
import type { NoticeTemplate } from '../../platform/module.ts';
import { instanceOf as loadInstance } from '../programs/api.ts';
import { findOrg } from '../orgs/api.ts';
import { payableOf, payeeGuards, type PayoutSource } from './api.ts';
import { runPaidHooks, sourceKindNames } from './sources.ts';
import { activePayeeAccount, maskAccountNo } from './payee-accounts.ts';
import * as repo from './repository.ts';
import { batchLines, loadBatch, type Batch, type BatchLine } from './repository.ts';
import { accountHolders } from '../accounts/service.ts';

export const payoutNotices = {
  'payout-paid-to-org': {
    zh: '{program}{amount}元（申请 {no}）已于{paidOn}划入本单位登记的收款账户。',
    en: '{program} of {amount} yuan (application {no}) was paid to this organisation’s registered account on {paidOn}.',
  },
  'payout-paid-to-union': {
    zh: '{program}{amount}元（申请 {no}，会员 {name}）因会员服务卡{cardStatus}，已于{paidOn}划入本会指定账户，请转交会员本人或其家属。',
    en: '{program} of {amount} yuan (application {no}, member {name}) was paid to this union’s account on {paidOn} because the member card is {cardStatus}; please pass it on to the member or their family.',
  },
} satisfies Record<string, NoticeTemplate>;

/**
 * The payee of a line: the member card when it is active or issued; otherwise the regional union's
 * account, which passes the money on (000 大病职工慰问 三(六): 划转至区局（产业）工会指定账户).
 */
export const payToFor = (cardStatus: string) => (cardStatus === 'active' || cardStatus === 'issued' ? 'member-card' : 'regional-union');
const payToNames = { 'member-card': '会员服务卡', 'regional-union': '区局（产业）工会账户' } as const;
const cardStatusZh: Record<string, string> = { none: '未办理', issued: '已制卡', active: '正常', lost: '挂失', cancelled: '已注销' };

export const batchStatusNames = {
  // 000 大病职工慰问 三(五): 报市总权益保障部，经…权益保障部、财务资产管理部共同审核 — the prepared list goes to
  // the rights department first; finance signs after rights.
  prepared: { zh: '已编制，已报送权益保障部，待权益保障部审核', en: 'Prepared and sent to the rights department, awaiting its sign-off' },
  'rights-approved': { zh: '权益保障部已审核，待财务资产管理部审核', en: 'Signed by rights, awaiting finance' },
  // Only batches signed before the order was enforced can be in this state.
  'finance-approved': { zh: '财务部已审核，待权益保障部审核', en: 'Signed by finance, awaiting rights' },
  approved: { zh: '已审核，待发放', en: 'Approved, awaiting payment' },
  paid: { zh: '已发放', en: 'Paid' },
  cancelled: { zh: '已作废', en: 'Cancelled' },
} as const;

async function actorFunction(db: Executor, actor: Actor) {
  if (!actor.orgId) return null;
  return repo.orgFunctionCode(db, actor.orgId);
}

/**
 * A regional union's own program (issue 11 §5, Jiading 2021, 002; opened with POST /programs for its own
 * org): its batches are prepared, signed and paid by that union's own officers, from its own account, not
 * by the federation's departments (they read those batches, read-only). A district union has no 权益/财务
 * departments in the register, so its two sign-offs are given by two of its regional officers, in the
 * federation's order (rights first, then finance), and the preparer and the two signers are three
 * different people (compared by holder, as for the federation). Null for the federation's programs.
 */
function regionalRunner(p: { orgId: number; orgKind: string }) {
  return p.orgKind === 'district' || p.orgKind === 'industry' ? p.orgId : null;
}
const batchRunner = (b: Batch) => regionalRunner({ orgId: b.program_org_id, orgKind: b.program_org_kind });
async function instanceRunner(db: Executor, inst: { org_id: number }) {
  return regionalRunner({ orgId: inst.org_id, orgKind: (await repo.orgNameKind(db, inst.org_id)).kind });
}
const isRunnerOfficer = (actor: Actor, runner: number) => actor.role === 'regional-officer' && actor.orgId === runner;

async function assertPreparer(db: Executor, actor: Actor, settlement: { preparer: string }, runner: number | null = null) {
  if (runner !== null) {
    if (can(actor, 'payouts.prepare') && isRunnerOfficer(actor, runner)) return;
    const name = (await repo.orgNameKind(db, runner)).name;
    throw forbidden({
      zh: `本项目由${name}自行开设，其结算由${name}编制、审核和发放`,
      en: `This program is run by ${name}; its batches are prepared, signed and paid by ${name}`,
    });
  }
  const fn = await actorFunction(db, actor);
  if (!can(actor, 'payouts.prepare') || fn !== settlement.preparer) {
    // Name the unit, not its function code (issue 12 §4: no developer identifiers in the UI).
    const unit = (await repo.orgNameByFunction(db, settlement.preparer)) ?? { zh: '项目指定的发放单位', en: 'the disbursing unit the program names' };
    throw forbidden({
      zh: `本项目的结算由${typeof unit === 'string' ? unit : unit.zh}编制和发放`,
      en: `Batches of this program are prepared and paid by ${typeof unit === 'string' ? unit : unit.en}`,
    });
  }
}

const monthEnd = (period: string, day: number) => `${period}-${String(day).padStart(2, '0')}`;
function nextMonth(period: string) {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

async function accountNames(db: Executor, ids: (number | null)[]) {
  const list = ids.filter((x): x is number => x != null);
  if (!list.length) return new Map<number, string>();
  return repo.accountDisplayNames(db, list);
}

/**
 * The union whose account pays a batch (issue 11 §5): the union that runs the program. A district's or
 * an industry union's own program (opened with POST /programs for its own org, e.g. Jiading 2021, 002)
 * is paid from that union's own registered account, never from the federation's; the federation's
 * programs from the federation's. Recorded on the batch when it is prepared (migration 0029); batches
 * prepared before that read as the program's union.
 */
async function payerOf(db: Executor, b: Batch) {
  const orgId = b.payer_org_id ?? b.program_org_id;
  const org = orgId === b.program_org_id ? { id: orgId, name: b.program_org_name, kind: b.program_org_kind } : await repo.orgNameKind(db, orgId);
  const regional = org.kind === 'district' || org.kind === 'industry';
  const acct = regional ? await activePayeeAccount(db, org.id) : undefined;
  return {
    org: { id: org.id, name: org.name },
    kind: regional ? ('regional-union' as const) : ('federation' as const),
    account: acct ? { bank: acct.bank, accountName: acct.account_name, accountNo: maskAccountNo(acct.account_no), verified: acct.verified_by !== null } : null,
  };
}

async function presentBatch(db: Executor, actor: Actor, b: Batch) {
  const names = await accountNames(db, [b.prepared_by, b.rights_approved_by, b.finance_approved_by, b.paid_by]);
  const fn = await actorFunction(db, actor);
  const settlement = b.settlement as { preparer: string };
  const signer = (id: number | null, at: Date | null) => (id ? { accountId: id, name: names.get(id) ?? null, at } : null);
  const people = [b.prepared_by, b.rights_approved_by, b.finance_approved_by];
  // The UI hides a sign-off the two-person rule would refuse (see assertTwoPersons).
  const holders = await accountHolders(db, [actor.accountId, ...people]);
  const myHolder = holders.get(actor.accountId)?.holderHash ?? null;
  const maySign = myHolder !== null && !people.some((id) => id != null && (id === actor.accountId || holders.get(id)?.holderHash === myHolder));
  // Totals for the caller's scope: the whole batch for those who see the program's union, else their part.
  const full = pathInScope(actor, b.program_org_path);
  const runner = batchRunner(b);
  const mine = runner !== null && isRunnerOfficer(actor, runner);
  const part = full ? null : await repo.batchPartTotals(db, actor, b.id);
  return {
    id: b.id,
    no: b.no,
    programId: b.instance_id,
    program: b.program,
    programTitle: b.title,
    period: b.period,
    closesOn: b.closes_on,
    payBy: b.pay_by,
    status: b.status,
    statusName: batchStatusNames[b.status],
    entries: part ? Number(part.n) : b.entry_count,
    total: (part ? Number(part.fen) : Number(b.total_fen)) / 100,
    scope: part ? ('part' as const) : ('all' as const),
    preparedBy: signer(b.prepared_by, b.prepared_at),
    rightsApprovedBy: signer(b.rights_approved_by, b.rights_approved_at),
    financeApprovedBy: signer(b.finance_approved_by, b.finance_approved_at),
    paidBy: signer(b.paid_by, b.paid_at),
    paidOn: b.paid_on,
    paymentReference: b.payment_reference,
    payer: await payerOf(db, b),
    // A regional union's own program: its officers act, the federation reads (regionalRunner).
    runBy: runner !== null ? ('regional-union' as const) : ('federation' as const),
    abilities:
      runner !== null
        ? {
            approveRights: can(actor, 'payouts.approve-rights') && mine && (b.status === 'prepared' || b.status === 'finance-approved') && maySign,
            approveFinance: can(actor, 'payouts.approve-finance') && mine && b.status === 'rights-approved' && maySign,
            markPaid: can(actor, 'payouts.prepare') && mine && b.status === 'approved',
            cancel: can(actor, 'payouts.prepare') && mine && b.status !== 'paid' && b.status !== 'cancelled',
          }
        : {
            approveRights: can(actor, 'payouts.approve-rights') && fn === 'rights' && (b.status === 'prepared' || b.status === 'finance-approved') && maySign,
            approveFinance: can(actor, 'payouts.approve-finance') && fn === 'finance' && b.status === 'rights-approved' && maySign,
            markPaid: can(actor, 'payouts.prepare') && fn === settlement.preparer && b.status === 'approved',
            cancel: can(actor, 'payouts.prepare') && fn === settlement.preparer && b.status !== 'paid' && b.status !== 'cancelled',
          },
  };
}

export async function prepareBatch(s: Services, ctx: RequestContext, programId: number, period: string) {
  const actor = ctx.actor!;
  const t = s.clock.today();
  return s.database.db.transaction().execute(async (trx) => {
    const inst = await loadInstance(trx, programId);
    await assertPreparer(trx, actor, inst.settlement, await instanceRunner(trx, inst));
    const closesOn = monthEnd(period, inst.settlement.closeDay);
    const payBy = monthEnd(nextMonth(period), inst.settlement.payByDay);
    if (t < closesOn)
      throw badRequest('period-not-closed', {
        zh: `${period} 的名单于 ${closesOn} 截止汇总，今天（${t}）尚不能编制`,
        en: `The ${period} list closes on ${closesOn}; it cannot be prepared today (${t})`,
      });
    const existing = await repo.openMonthlyBatch(trx, programId, period);
    if (existing)
      throw conflict(
        'batch-exists',
        {
          zh: `${period} 已有结算批次 ${existing.no}（${batchStatusNames[existing.status].zh}），不会重复编制`,
          en: `${period} already has batch ${existing.no} (${batchStatusNames[existing.status].en}); it is not prepared twice`,
        },
        { existing: existing.no },
      );
    // Entries booked up to the closing day and not in any batch (a cancelled batch releases its entries).
    const entries = await repo.unbatchedEntries(trx, programId, closesOn);
    if (!entries.length) throw badRequest('nothing-to-settle', { zh: `截至 ${closesOn} 没有待结算的款项`, en: `Nothing is payable up to ${closesOn}` });
    const total = entries.reduce((a, e) => a + e.amount_fen, 0);
    const id = await repo.nextBatchId(trx);
    const no = `JS${period.replace('-', '')}-${String(id).padStart(4, '0')}`;
    try {
      // The payer is the union that runs the program (payerOf).
      await repo.insertBatch(trx, {
        id,
        no,
        instance_id: programId,
        period,
        closes_on: closesOn,
        pay_by: payBy,
        status: 'prepared',
        entry_count: entries.length,
        total_fen: total,
        prepared_by: actor.accountId,
        payer_org_id: inst.org_id,
      });
    } catch (err) {
      // Two preparations at the same moment both saw no batch; the unique index lets one through.
      if (isUniqueViolation(err, 'payout_batches_period_uq'))
        throw conflict('batch-exists', {
          zh: `${period} 的结算批次刚由另一次编制生成，不会重复编制`,
          en: `A batch for ${period} was just prepared by another request; it is not prepared twice`,
        });
      throw err;
    }
    try {
      await repo.insertBatchItems(
        trx,
        id,
        entries.map((e) => e.id),
      );
    } catch (err) {
      // Another preparation took some of these entries at the same moment.
      if (isUniqueViolation(err))
        throw conflict('entries-already-batched', {
          zh: '部分款项已被另一批次编入，请刷新后重试',
          en: 'Some entries were just put into another batch; reload and retry',
        });
      throw err;
    }
    await writeAudit(trx, ctx, {
      action: 'payout.prepare',
      entity: 'payout-batch',
      entityId: id,
      orgPath: inst.org_path,
      summary: `${no} ${inst.program} ${period}: ${entries.length} entries ¥${total / 100}`,
      after: { no, period, closesOn, payBy, entries: entries.length, total: total / 100 },
    });
    return presentBatch(trx, actor, await loadBatch(trx, id));
  });
}

/**
 * The two-person rule of a batch, read from 000 大病职工慰问 三(五): the list is "经市总权益保障部、
 * 财务资产管理部共同审核通过后核拨" — approved jointly by the rights and the finance department. Our
 * reading: two sign-offs by two different *people* of two different departments, and (as before)
 * neither of them the person who prepared the batch. People are compared by the holder recorded on
 * each account (the ID number's keyed hash), not by account, so one person holding accounts in both
 * departments cannot sign twice; an account without a recorded holder cannot sign at all, since the
 * rule could not be checked. Departments are compared by the signers' orgs now, so an account moved
 * from one department to the other after signing cannot give the second sign-off either.
 */
async function assertTwoPersons(db: Executor, actor: Actor, b: Batch, as: 'rights' | 'finance', sameUnionAllowed = false) {
  const other = as === 'rights' ? b.finance_approved_by : b.rights_approved_by;
  const holders = await accountHolders(db, [actor.accountId, b.prepared_by, other]);
  const me = holders.get(actor.accountId);
  if (!me?.holderHash)
    throw conflict('signer-unidentified', {
      zh: '此账号未登记持有人身份证号，无法核对两人审核原则，请安全管理员补登后再审核',
      en: 'This account has no recorded holder, so the two-person rule cannot be checked: ask the security administrator to record one',
    });
  const samePerson = [b.prepared_by, other].some((id) => id != null && (id === actor.accountId || holders.get(id)?.holderHash === me.holderHash));
  if (samePerson)
    throw conflict('same-person', {
      zh: '编制、权益保障部审核、财务审核须由不同的人办理（同一人的不同账号也不行）',
      en: 'Preparation and the two sign-offs must be done by different people (not by one person’s different accounts)',
    });
  const otherOrg = other != null ? holders.get(other)?.orgId : null;
  if (!sameUnionAllowed && otherOrg != null && otherOrg === me.orgId)
    throw conflict('same-department', {
      zh: '权益保障部审核与财务审核须由两个不同部门的干部办理',
      en: 'The rights and the finance sign-off must come from officers of two different departments',
    });
}

export async function signOff(s: Services, ctx: RequestContext, id: number, as: 'rights' | 'finance') {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const b = await loadBatch(trx, id, true);
    const fn = await actorFunction(trx, actor);
    const runner = batchRunner(b);
    const dept =
      runner !== null
        ? as === 'rights'
          ? { zh: '权益审核', en: 'the rights sign-off' }
          : { zh: '财务审核', en: 'the finance sign-off' }
        : as === 'rights'
          ? { zh: '权益保障部', en: 'the rights department' }
          : { zh: '财务资产管理部', en: 'the finance department' };
    if (runner !== null) {
      if (!isRunnerOfficer(actor, runner))
        throw forbidden({
          zh: `批次 ${b.no} 属于${b.program_org_name}自行开设的项目，由该工会干部审核`,
          en: `Batch ${b.no} belongs to ${b.program_org_name}'s own program; its officers sign it`,
        });
    } else if (fn !== as) throw forbidden({ zh: `此项审核须由${dept.zh}干部办理`, en: `This sign-off is for an officer of ${dept.en}` });
    // Rights first, then finance (000 大病职工慰问 三(五): 报市总权益保障部，经…权益保障部、财务资产管理部共同审核).
    if (as === 'finance' && b.status === 'prepared')
      throw conflict(
        'rights-first',
        {
          zh: `批次 ${b.no} 须先经权益保障部审核，再由财务资产管理部审核`,
          en: `Batch ${b.no} must be signed by the rights department before finance signs it`,
        },
        { status: b.status },
      );
    const waiting = as === 'rights' ? ['prepared', 'finance-approved'] : ['rights-approved'];
    if (!waiting.includes(b.status))
      throw conflict(
        'batch-not-awaiting',
        {
          zh: `批次 ${b.no} 当前为“${batchStatusNames[b.status].zh}”，不需要${dept.zh}审核`,
          en: `Batch ${b.no} is “${batchStatusNames[b.status].en}”; it does not await ${dept.en}`,
        },
        { status: b.status },
      );
    await assertTwoPersons(trx, actor, b, as, runner !== null);
    const next =
      as === 'rights' ? (b.status === 'finance-approved' ? 'approved' : 'rights-approved') : b.status === 'rights-approved' ? 'approved' : 'finance-approved';
    await repo.updateBatch(
      trx,
      id,
      as === 'rights'
        ? { status: next, rights_approved_by: actor.accountId, rights_approved_at: new Date() }
        : { status: next, finance_approved_by: actor.accountId, finance_approved_at: new Date() },
    );
    await writeAudit(trx, ctx, {
      action: `payout.approve-${as}`,
      entity: 'payout-batch',
      entityId: id,
      summary: `${b.no} ${b.status} → ${next}`,
      before: { status: b.status },
      after: { status: next },
    });
    return presentBatch(trx, actor, await loadBatch(trx, id));
  });
}

export async function markPaid(s: Services, ctx: RequestContext, id: number, body: { paidOn?: string; reference?: string }) {
  const actor = ctx.actor!;
  const paidOn = body.paidOn ?? s.clock.today();
  return s.database.db.transaction().execute(async (trx) => {
    const b = await loadBatch(trx, id, true);
    await assertPreparer(trx, actor, b.settlement as { preparer: string }, batchRunner(b));
    if (b.status === 'paid')
      throw conflict('batch-already-paid', {
        zh: `批次 ${b.no} 已于 ${b.paid_on} 发放，不能重复发放`,
        en: `Batch ${b.no} was paid on ${b.paid_on}; it cannot be paid twice`,
      });
    if (b.status !== 'approved')
      throw conflict(
        'batch-not-approved',
        {
          zh: `批次 ${b.no} 须经权益保障部和财务部共同审核后才能发放（当前：${batchStatusNames[b.status].zh}）`,
          en: `Batch ${b.no} needs both the rights and the finance sign-off before payment (now: ${batchStatusNames[b.status].en})`,
        },
        { status: b.status },
      );
    // A regional union's own program is paid from its own account: it must be registered and verified by finance.
    const payer = await payerOf(trx, b);
    if (payer.kind === 'regional-union' && !payer.account?.verified)
      throw conflict(
        'payer-account-unverified',
        {
          zh: `批次 ${b.no} 由${payer.org.name}自有账户拨付，但该工会${payer.account ? '的账户尚未经财务部核验' : '尚未登记账户'}`,
          en: `Batch ${b.no} is paid from ${payer.org.name}'s own account, which ${payer.account ? 'finance has not verified' : 'is not registered'}`,
        },
        { payerOrgId: payer.org.id },
      );
    // A payment is traceable to the bank or card transfer that made it: its reference is required.
    if (!body.reference?.trim())
      throw invalidField('body.reference', 'required', {
        zh: `请填写批次 ${b.no} 的支付凭证号（银行或服务卡划款流水号）`,
        en: `Enter the payment reference of batch ${b.no} (the bank or card transfer number)`,
      });
    // The status guard in the WHERE makes a concurrent second payment update nothing.
    const done = await repo.updateBatchFrom(trx, id, 'approved', {
      status: 'paid',
      paid_by: actor.accountId,
      paid_at: new Date(),
      paid_on: paidOn,
      payment_reference: body.reference ?? null,
    });
    if (done !== 1) throw conflict('batch-already-paid', { zh: `批次 ${b.no} 已发放`, en: `Batch ${b.no} is already paid` });
    // Organisation payees (issue 11 §1): each must have an active account verified by finance, and no
    // other module may have stopped its payment (a de-listed site). Refused as a whole: nothing is paid.
    const allOrgLines = await repo.orgPayeeLines(trx, id);
    // A payable reversed in the same batch nets to nothing (a site's grant taken over by its district's
    // claim, sites/claims.ts): no money goes to that payee, so neither its account nor a notice is needed.
    const netted = new Set(allOrgLines.filter((l) => l.kind === 'reversal' && l.reverses_id !== null).map((l) => l.reverses_id!));
    const orgLines = allOrgLines.filter(
      (l) => !netted.has(l.id) && !(l.kind === 'reversal' && l.reverses_id !== null && allOrgLines.some((x) => x.id === l.reverses_id)),
    );
    const unverified = orgLines.filter((l) => l.kind === 'payable' && (!l.account_id || l.verified_by === null));
    if (unverified.length)
      throw conflict(
        'payee-account-unverified',
        {
          zh: `以下单位没有经财务部核验的收款账户：${[...new Set(unverified.map((l) => l.name))].join('、')}`,
          en: `No account verified by finance for: ${[...new Set(unverified.map((l) => l.name))].join(', ')}`,
        },
        { orgs: [...new Set(unverified.map((l) => l.name))] },
      );
    const appIds = [...new Set(await repo.batchApplicationIds(trx, id))];
    for (const guard of payeeGuards) {
      const refused = await guard(trx, appIds);
      if (refused.size) {
        const reasons = [...refused.values()];
        throw conflict(
          'payee-refused',
          { zh: `批次 ${b.no} 不能发放：${reasons.map((r) => r.zh).join('；')}`, en: `Batch ${b.no} cannot be paid: ${reasons.map((r) => r.en).join('; ')}` },
          { applications: [...refused.keys()] },
        );
      }
    }
    // Each member's card is checked now: active or issued → the member card; otherwise the regional union's account.
    await repo.decideMemberCardPayees(trx, id);
    await repo.decideOrgAccountPayees(trx, id);
    await repo.decideBankAccountPayees(trx, id);
    // The member is told through the 12351 SMS platform (000 大病 三(七)) and in the portal.
    // Member payees only; organisation payees are told through their officers below.
    const rows = await repo.memberPayeeLines(trx, id);
    for (const r of rows.filter((x) => x.kind === 'payable' && x.pay_to === 'regional-union')) {
      const payload = {
        name: r.name,
        program: b.title,
        amount: (r.amount_fen / 100).toFixed(2),
        paidOn,
        no: r.no,
        cardStatus: cardStatusZh[r.card_status ?? ''] ?? r.card_status,
      };
      if (r.region_org_id) await notifyOfficers(s, trx, { orgIds: [r.region_org_id] }, 'payout-paid-to-union', payload);
    }
    for (const r of rows.filter((x) => x.kind === 'payable' && x.pay_to === 'member-card')) {
      const payload = { name: r.name, program: b.title, amount: (r.amount_fen / 100).toFixed(2), paidOn, cardTail: r.member_no.slice(-4), no: r.no };
      if (r.phone_cipher)
        await notify(s, { channel: 'sms', personId: r.person_id!, recipient: s.vault.open(r.phone_cipher), template: 'payout-paid', payload }, trx);
      await notify(
        s,
        { channel: 'portal', personId: r.person_id!, ...(r.account_id ? { accountId: r.account_id } : {}), template: 'payout-paid', payload },
        trx,
      );
    }
    for (const l of orgLines.filter((x) => x.kind === 'payable')) {
      const e = await repo.entryNotice(trx, l.id);
      await notifyOfficers(s, trx, { orgIds: [e.payee_org_id!] }, 'payout-paid-to-org', {
        program: b.title,
        amount: (e.amount_fen / 100).toFixed(2),
        paidOn,
        no: e.no,
      });
    }
    const payees = {
      memberCard: rows.filter((x) => x.pay_to === 'member-card').length,
      regionalUnion: rows.filter((x) => x.pay_to === 'regional-union').length,
      ...(orgLines.length ? { orgAccount: orgLines.length } : {}),
    };
    // Each source learns it is paid (a claim, a settlement), in this transaction.
    await runPaidHooks(trx, ctx, { id, no: b.no, paidOn, reference: body.reference ?? null });
    await writeAudit(trx, ctx, {
      action: 'payout.pay',
      entity: 'payout-batch',
      entityId: id,
      summary: `${b.no} paid on ${paidOn}: ${b.entry_count} entries ¥${Number(b.total_fen) / 100}`,
      before: { status: b.status },
      after: { status: 'paid', paidOn, reference: body.reference ?? null, payees, payer: { orgId: payer.org.id, kind: payer.kind } },
    });
    return presentBatch(trx, actor, await loadBatch(trx, id));
  });
}

export async function cancelBatch(s: Services, ctx: RequestContext, id: number, reason: string) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const b = await loadBatch(trx, id, true);
    await assertPreparer(trx, actor, b.settlement as { preparer: string }, batchRunner(b));
    if (b.status === 'paid' || b.status === 'cancelled')
      throw conflict('batch-closed', {
        zh: `批次 ${b.no} 已${batchStatusNames[b.status].zh}，不能作废`,
        en: `Batch ${b.no} is ${b.status}; it cannot be cancelled`,
      });
    await repo.deleteBatchItems(trx, id);
    await repo.updateBatch(trx, id, { status: 'cancelled', cancelled_by: actor.accountId, cancelled_at: new Date() });
    await writeAudit(trx, ctx, {
      action: 'payout.cancel',
      entity: 'payout-batch',
      entityId: id,
      summary: `${b.no}: ${reason}`,
      before: { status: b.status },
      after: { status: 'cancelled', reason },
    });
    return presentBatch(trx, actor, await loadBatch(trx, id));
  });
}

/** A booked entry is never changed: a correction is a new negative entry, settled in a later batch. */
export async function reverseEntry(s: Services, ctx: RequestContext, entryId: number, reason: string) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const e = await repo.entryInScope(trx, actor, entryId);
    if (!e) throw notFound('entry', entryId);
    const inst = await loadInstance(trx, e.instance_id);
    await assertPreparer(trx, actor, inst.settlement, await instanceRunner(trx, inst));
    if (e.kind !== 'payable') throw badRequest('not-payable', { zh: '冲销分录不能再冲销', en: 'A reversal cannot be reversed' });
    const batch = await repo.batchOfEntry(trx, entryId);
    if (batch && batch.status !== 'paid')
      throw conflict('entry-in-open-batch', {
        zh: `该款项在未发放的批次 ${batch.no} 中，请先作废该批次`,
        en: `The entry is in batch ${batch.no}, not yet paid; cancel that batch first`,
      });
    const already = await repo.reversalOf(trx, entryId);
    if (already) throw conflict('already-reversed', { zh: '该款项已冲销', en: 'This entry is already reversed' });
    const row = await repo.insertReversal(trx, e, { reason, bookedOn: s.clock.today(), createdBy: actor.accountId });
    await writeAudit(trx, ctx, {
      action: 'payout.reverse',
      entity: 'payout-entry',
      entityId: row.id,
      orgPath: e.org_path,
      summary: `reverses ${e.id} ¥${e.amount_fen / 100}: ${reason}`,
      after: { reverses: e.id, amount: -e.amount_fen / 100, reason },
    });
    return { id: row.id, reverses: e.id, amount: -e.amount_fen / 100, reason };
  });
}

export async function listBatches(s: Services, ctx: RequestContext, programId?: number) {
  const actor = ctx.actor!;
  // A batch is listed to those who see the program's union, and to others when part of it is theirs.
  const rows = await repo.visibleBatches(s.database.db, actor, programId);
  return { items: await Promise.all(rows.map((b) => presentBatch(s.database.db, ctx.actor!, b))) };
}

/** Decided and stored when the batch is paid; until then, what the card status would decide today. */
const payeeOf = (l: BatchLine) => {
  if (l.payee_kind === 'bank-account') {
    // 001 互助保障计划 六(三): a gig worker's benefit goes to the bank debit card given on the claim.
    const account = { bank: l.payee_bank ?? '', accountName: l.payee_account_name ?? '', accountNo: l.payee_account_masked ?? '' };
    return {
      payTo: 'bank-account' as const,
      payToName: '本人银行借记卡',
      payeeOrg: { id: l.payee_org_id, name: l.org_name },
      decided: l.pay_to !== null,
      payee: { kind: 'bank-account' as const, org: { id: l.payee_org_id!, name: l.org_name }, account },
    };
  }
  if (l.payee_kind === 'org-account') {
    const account = l.bank ? { bank: l.bank, accountName: l.account_name!, accountNo: maskAccountNo(l.account_no!) } : null;
    return {
      payTo: 'org-account' as const,
      payToName: '单位收款账户',
      payeeOrg: { id: l.payee_org_id, name: l.org_name },
      decided: l.pay_to !== null,
      payee: { kind: 'org-account' as const, org: { id: l.payee_org_id!, name: l.org_name }, account },
    };
  }
  const payTo = l.pay_to ?? payToFor(l.card_status ?? 'none');
  return {
    payTo,
    payToName: payToNames[payTo as keyof typeof payToNames],
    payeeOrg: payTo === 'regional-union' ? { id: l.region_id, name: l.region_name } : null,
    decided: l.pay_to !== null,
    payee: { kind: 'member-card' as const, org: null, account: null },
  };
};

/** A batch as the caller may see it: out of scope (no line of theirs and not the program's union) is a 404. */
async function visibleBatch(db: Executor, actor: Actor, id: number) {
  const b = await loadBatch(db, id);
  const dto = await presentBatch(db, actor, b);
  if (dto.scope === 'part' && dto.entries === 0) throw notFound('batch', id);
  return { b, dto };
}

export async function getBatch(s: Services, ctx: RequestContext, id: number) {
  const { dto } = await visibleBatch(s.database.db, ctx.actor!, id);
  const lines = await batchLines(s.database.db, ctx.actor!, id);
  return {
    ...dto,
    lines: lines.map((l) => ({
      entryId: l.entry_id,
      kind: l.kind,
      amount: l.amount_fen / 100,
      name: l.name ?? l.payee_account_name ?? l.org_name,
      idNumber: l.id_masked ?? '',
      memberNo: l.member_no ?? '',
      cardStatus: l.paid_card_status ?? l.card_status ?? '',
      org: l.org_name,
      applicationNo: l.application_no,
      ...payeeOf(l),
    })),
  };
}

/** The batch as .xlsx for the bank/card transfer and the sign-off: masked ID, amounts in yuan. */
export async function exportBatch(s: Services, ctx: RequestContext, id: number) {
  const { b, dto } = await visibleBatch(s.database.db, ctx.actor!, id);
  const lines = await batchLines(s.database.db, ctx.actor!, id);
  await writeAudit(s.database.db, ctx, { action: 'payout.export', entity: 'payout-batch', entityId: id, summary: `${b.no}: ${lines.length} rows` });
  const columns = [
    { key: 'memberNo', header: '会员编号', width: 13 },
    { key: 'name', header: '姓名', width: 10 },
    { key: 'idNumber', header: '身份证号', width: 22 },
    { key: 'amount', header: '金额（元）', width: 12 },
    { key: 'program', header: '项目', width: 28 },
    { key: 'applicationNo', header: '申请编号', width: 16 },
    { key: 'org', header: '基层工会', width: 30 },
    { key: 'kind', header: '类型', width: 8 },
    { key: 'payTo', header: '收款方', width: 34 },
    { key: 'cardStatus', header: '会员卡状态', width: 10 },
    // Issue 9/10: the same batches pay applications, protection claims and quota settlements.
    { key: 'source', header: '款项来源', width: 10 },
  ];
  const rows = lines.map((l) => {
    const p = payeeOf(l);
    return {
      memberNo: l.member_no ?? '',
      name: l.name ?? l.payee_account_name ?? l.org_name,
      idNumber: l.id_masked ?? '',
      amount: l.amount_fen / 100,
      program: l.title,
      applicationNo: l.application_no,
      org: l.org_name,
      kind: l.kind === 'payable' ? '发放' : '冲销',
      // An organisation's account goes to the bank in full: it is not personal data.
      // A person's bank card stays masked here (personal data): the disbursing agency pays it from the claim.
      payTo:
        p.payTo === 'bank-account'
          ? `${p.payToName} ${l.payee_account_name ?? ''} ${l.payee_bank ?? ''} ${l.payee_account_masked ?? ''}`.trim()
          : p.payTo === 'org-account'
            ? `${l.account_name ?? '（无账户）'} ${l.bank ?? ''} ${l.account_no ?? ''}`.trim()
            : p.payTo === 'regional-union'
              ? `${p.payToName}（${p.payeeOrg?.name ?? '—'}）`
              : p.payToName,
      cardStatus: l.payee_kind !== 'member-card' ? '' : (cardStatusZh[l.paid_card_status ?? l.card_status ?? ''] ?? l.card_status ?? ''),
      source: sourceKindNames[l.source_kind],
    };
  });
  // The total is the caller's part of the batch (the whole batch for the program's union).
  rows.push({
    memberNo: '合计',
    name: '',
    idNumber: '',
    amount: dto.total,
    program: `${b.no} ${b.period}`,
    applicationNo: `${lines.length} 笔`,
    org: dto.scope === 'part' ? '本单位范围内' : '',
    kind: '',
    payTo: '',
    cardStatus: '',
    source: '',
  });
  return { no: b.no, body: await writeXlsx([{ name: b.no, columns, rows }]) };
}

/** A member's own ledger: what was booked for them and whether it has been paid. */
export async function myPayments(s: Services, ctx: RequestContext) {
  const personId = ctx.actor!.personId ?? -1;
  const rows = await repo.memberLedger(s.database.db, personId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      amount: r.amount_fen / 100,
      program: r.title,
      applicationNo: r.no,
      bookedOn: r.booked_on,
      reason: r.reason,
      status: r.batch_status === 'paid' ? ('paid' as const) : r.batch_no ? ('in-settlement' as const) : ('payable' as const),
      batchNo: r.batch_no,
      paidOn: r.paid_on,
      payBy: r.pay_by,
    })),
    paidTotal: rows.filter((r) => r.batch_status === 'paid').reduce((a, r) => a + r.amount_fen, 0) / 100,
  };
}

/**
 * What waits for the caller among the batches (the 待办 list): sign-offs for the rights and the finance
 * department in their order (rights first, 000 大病职工慰问 三(五)), and approved batches the paying unit
 * has to mark paid. Counted from the same rules as the batch's abilities.
 */
export async function batchWork(db: Executor, actor: Actor) {
  const fn = await actorFunction(db, actor);
  const out = { toSign: 0, toPay: 0 };
  const count = (statuses: Batch['status'][], preparer?: string) => repo.countBatches(db, actor, statuses, preparer);
  // A regional union's officers sign and pay the batches of its own programs (regionalRunner).
  if (actor.role === 'regional-officer' && actor.orgId) {
    out.toSign = await repo.countBatches(db, actor, ['prepared', 'rights-approved', 'finance-approved'], undefined, actor.orgId);
    out.toPay = await repo.countBatches(db, actor, ['approved'], undefined, actor.orgId);
    return out;
  }
  if (fn === 'rights' && can(actor, 'payouts.approve-rights')) out.toSign += await count(['prepared', 'finance-approved']);
  if (fn === 'finance' && can(actor, 'payouts.approve-finance')) out.toSign += await count(['rights-approved']);
  if (fn && can(actor, 'payouts.prepare')) out.toPay = await count(['approved'], fn);
  return out;
}

/**
 * Pays one source at once (issue 9/10): a one-line batch numbered ZF…, marked direct (the monthly
 * batches ignore it) and paid now, in the caller's transaction, with the source's "on paid" hook run as
 * for any batch. The calling module has already checked its own sign-offs (a claim approved by the
 * centre, a settlement signed by rights and finance). An entry is in at most one batch, so an entry
 * already in an open batch (409 entry-in-open-batch) or paid (409 already-paid) is not paid again.
 */
export async function payDirectly(
  s: Services,
  trx: Executor,
  ctx: RequestContext,
  source: Pick<PayoutSource, 'kind' | 'id'>,
  body: { paidOn: string; reference?: string | null | undefined },
) {
  const actor = ctx.actor!;
  const e = await payableOf(trx, source);
  if (!e) throw notFound('entry', source.id);
  const inBatch = await repo.batchOfEntry(trx, e.id, { lock: true });
  if (inBatch?.status === 'paid')
    throw conflict(
      'already-paid',
      {
        zh: `该款项已在批次 ${inBatch.no} 中于 ${inBatch.paid_on} 发放，不能重复发放`,
        en: `This entry was paid in batch ${inBatch.no} on ${inBatch.paid_on}; it is not paid twice`,
      },
      { batch: inBatch.no },
    );
  if (inBatch)
    throw conflict(
      'entry-in-open-batch',
      {
        zh: `该款项在未发放的批次 ${inBatch.no} 中，请随该批次发放或先作废该批次`,
        en: `The entry is in batch ${inBatch.no}, not yet paid; pay it with that batch or cancel the batch first`,
      },
      { batch: inBatch.no },
    );
  const reversed = await repo.reversalOf(trx, e.id);
  if (reversed) throw conflict('already-reversed', { zh: '该款项已冲销，不能发放', en: 'This entry is reversed; it cannot be paid' });
  // Nothing is paid to an organisation's account finance has not verified (as for monthly batches).
  if (e.payee_kind === 'org-account') {
    const acct = e.payee_org_id ? await repo.activeAccountCheck(trx, e.payee_org_id) : undefined;
    if (!acct || acct.verified_by === null) {
      const who = acct?.name ?? (e.payee_org_id ? (await findOrg(trx, e.payee_org_id))?.name : undefined) ?? '';
      throw conflict('no-payee-account', {
        zh: `${who}没有经财务核验的收款账户，不能支付`,
        en: `${who} has no payee account verified by finance; nothing is paid`,
      });
    }
  }
  const id = await repo.nextBatchId(trx);
  const no = `ZF${body.paidOn.replaceAll('-', '')}-${String(id).padStart(4, '0')}`;
  await repo.insertBatch(trx, {
    id,
    no,
    instance_id: e.instance_id,
    period: body.paidOn.slice(0, 7),
    closes_on: body.paidOn,
    pay_by: body.paidOn,
    status: 'paid',
    direct: true,
    entry_count: 1,
    total_fen: e.amount_fen,
    prepared_by: actor.accountId,
    paid_by: actor.accountId,
    paid_at: new Date(),
    paid_on: body.paidOn,
    payment_reference: body.reference ?? null,
  });
  try {
    await repo.insertBatchItems(trx, id, [e.id]);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('entry-in-open-batch', { zh: '该款项刚被编入另一批次', en: 'The entry was just put into another batch' });
    throw err;
  }
  // The payee, decided now as for a monthly batch: the member's card (or the regional union), or the org's account.
  await repo.decideMemberCardPayees(trx, id);
  await repo.decideDirectOrgAccountPayee(trx, id);
  await repo.decideBankAccountPayees(trx, id);
  await runPaidHooks(trx, ctx, { id, no, paidOn: body.paidOn, reference: body.reference ?? null });
  await writeAudit(trx, ctx, {
    action: 'payout.pay-direct',
    entity: 'payout-batch',
    entityId: id,
    orgPath: e.org_path,
    summary: `${no} ${source.kind} ${source.id} ¥${e.amount_fen / 100} paid on ${body.paidOn}`,
    after: { no, source: source.kind, sourceId: source.id, paidOn: body.paidOn, reference: body.reference ?? null },
  });
  return { batchId: id, no, entryId: e.id, amountFen: e.amount_fen };
}
