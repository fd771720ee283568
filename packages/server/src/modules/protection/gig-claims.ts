// Claims of gig workers (001 互助保障计划 五 保障责任、六 给付保障的申请与办理; issue 9 §4).
// Rules, with their paragraphs:
// - 六(一) 参保人员本人或身故人员所属平台(或用人单位)……办理给付申请: filed here by the worker's platform (for a cover of its own)
//   or by 市职工保障互助中心 (for a worker who comes to its service hall), on a cover in force on the event date;
// - the engine (gig-mutual-protection-claim) checks the event against the cover's dates, the waiting periods of an instant
//   cover (三(三)), the 180 days from an accident to its outcome (五(四)), the filing deadlines (六(二)), and computes the
//   amount: 300 a day up to 180 days and 54,000 (五(一)); 20,000 once for a critical illness (五(二)1); the banded medical
//   aid of 表一 with its 320,000 yearly cap (五(二)2); deaths; disability by grade; 500 per injury up to 6,000; at most
//   150,000 per accident across the three accident benefits (五(四)4) — with its trace kept on the claim;
// - what was already paid counts (paidThisYear: approved or paid claims of the same benefit on the same cover, one cover
//   being one coverage year; paidThisAccident: approved or paid accident benefits with the same accident day on the cover
//   — reading: one accident is one event date on one cover);
// - 五(二)2 the medical aid is for a worker who "经经办部门审核通过领取重大疾病保障金": refused unless a critical-illness
//   claim on the same cover was approved or paid;
// - 六(三) 收到……申请后90日内……给付: pay-by = filing day + the engine's pay-within days; 身故保障金划入参保平台的帐户内，其它各项
//   保障金划入参保人员的……本人在上海开户的银行借记卡内: deaths go to the platform's account (an org payee of the ledger),
//   everything else to the bank debit card given on the claim (a bank-account payee; the number sealed, shown masked);
// - the agency reviews (approve: the engine decides again; reject with a reason) and pays through the payout ledger
//   (source_kind 'gig-claim', a one-line batch), once; 通过手机短信告知给付情况: the worker gets an SMS when paid.
import { evaluate, fenToYuan, yuanToFen, type EvaluateResult } from '@shishi/policy';
import { can, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, assertNotAfterToday, conflict, forbidden, isUniqueViolation, notFound, type Bilingual, type FieldIssue } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import { redactPersonalData } from '../../platform/personal-data.ts';
import { paginate, type TPageQuery } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import type { GigClaimType } from '../../db/schema.ts';
import { toAppError } from '../policy/service.ts';
import { bookPayable, maskAccountNo, payDirectly } from '../payouts/api.ts';
import { notify } from '../notifications/service.ts';
import { asCentre } from './gig.ts';
import * as repo from './gig-repository.ts';

export const gigClaimTypeNames: Record<GigClaimType, Bilingual> = {
  'hospital-allowance': { zh: '住院补助金', en: 'Hospital allowance' },
  'critical-illness': { zh: '重大疾病保障金', en: 'Critical illness' },
  'critical-illness-medical': { zh: '重大疾病住院医疗补助金', en: 'Critical-illness medical aid' },
  'disease-death': { zh: '疾病身故保障金', en: 'Disease death' },
  'accidental-death': { zh: '意外身故保障金', en: 'Accidental death' },
  'accidental-disability': { zh: '意外伤残保障金', en: 'Accidental disability' },
  'accidental-injury': { zh: '意外伤害慰问金', en: 'Accidental injury' },
};
const statusNames = {
  filed: { zh: '待审核', en: 'Filed' },
  approved: { zh: '已核准待给付', en: 'Approved' },
  rejected: { zh: '不予给付', en: 'Rejected' },
  paid: { zh: '已给付', en: 'Paid' },
} as const;
const payToNames = {
  'bank-account': { zh: '本人银行借记卡', en: 'The worker’s bank card' },
  'platform-account': { zh: '参保平台账户', en: 'The platform’s account' },
} as const;
const DEATHS: GigClaimType[] = ['disease-death', 'accidental-death'];
const ACCIDENTS: GigClaimType[] = ['accidental-death', 'accidental-disability', 'accidental-injury'];
const reasonField: Record<string, string> = {
  'outside-coverage': 'eventDate',
  'in-waiting-period': 'eventDate',
  'filed-before-event': 'eventDate',
  'filing-deadline-passed': 'eventDate',
  'beyond-180-days': 'outcomeOn',
  'below-threshold': 'outOfPocket',
  'benefit-exhausted': 'claimType',
};

export interface GigClaimIn {
  coverId: number;
  claimType: GigClaimType;
  eventDate: string;
  hospitalDays?: number | undefined;
  outOfPocket?: number | undefined;
  disabilityGrade?: number | undefined;
  outcomeOn?: string | undefined;
  bank?: string | undefined;
  accountName?: string | undefined;
  accountNo?: string | undefined;
  description?: string | undefined;
}

const required = (field: string, zh: string, en: string) =>
  new AppError(400, 'invalid-input', { zh, en }, [{ field, code: 'required', message: { zh: '必填', en: 'required' } }]);

async function paidBefore(db: Executor, coverId: number, k: { claimType: GigClaimType; eventDate: string }, exceptId?: number) {
  const sum = (types: GigClaimType[], eventDate?: string) => repo.claimedFen(db, coverId, types, eventDate, exceptId);
  return { year: await sum([k.claimType]), accident: ACCIDENTS.includes(k.claimType) ? await sum(ACCIDENTS, k.eventDate) : 0 };
}

type Cover = { id: number; enrollment_mode: 'centralized' | 'instant' | null; coverage_start: string | null; coverage_end: string | null };
function claimInput(
  c: Cover,
  k: {
    claimType: GigClaimType;
    eventDate: string;
    hospitalDays?: number | null | undefined;
    outOfPocketFen?: number | null | undefined;
    disabilityGrade?: number | null | undefined;
    outcomeOn?: string | null | undefined;
  },
  filedOn: string,
  paid: { year: number; accident: number },
) {
  return {
    claimType: k.claimType,
    enrollmentMode: c.enrollment_mode!,
    coverageStart: c.coverage_start!,
    coverageEnd: c.coverage_end!,
    eventDate: k.eventDate,
    ...(k.hospitalDays ? { hospitalDays: k.hospitalDays } : {}),
    ...(k.outOfPocketFen !== null && k.outOfPocketFen !== undefined ? { outOfPocket: fenToYuan(k.outOfPocketFen) } : {}),
    ...(k.disabilityGrade ? { disabilityGrade: k.disabilityGrade } : {}),
    ...(k.outcomeOn ? { outcomeOn: k.outcomeOn } : {}),
    paidThisYear: fenToYuan(paid.year),
    ...(ACCIDENTS.includes(k.claimType) ? { paidThisAccident: fenToYuan(paid.accident) } : {}),
    filedOn,
  };
}

function run(today: string, input: Record<string, unknown>): EvaluateResult {
  try {
    return evaluate({ program: 'gig-mutual-protection-claim', date: today, input });
  } catch (err) {
    throw toAppError(err);
  }
}

function refusal(r: EvaluateResult): AppError {
  const issues: FieldIssue[] = r.reasons.map((x) => ({ field: reasonField[x.code] ?? 'claimType', code: x.code, message: x.message }));
  return new AppError(
    409,
    r.reasons[0]?.code ?? 'not-eligible',
    { zh: r.reasons.map((x) => x.message.zh).join('；'), en: r.reasons.map((x) => x.message.en).join('; ') },
    issues,
    { reasons: r.reasons, trace: r.trace },
  );
}
const evaluationOf = (today: string, input: unknown, r: EvaluateResult) => ({
  program: r.program,
  policy: r.policy,
  date: today,
  input,
  eligible: r.eligible,
  output: r.output,
  reasons: r.reasons,
  trace: r.trace,
});

async function needsCriticalIllness(db: Executor, coverId: number) {
  const ok = await repo.grantedCriticalIllness(db, coverId);
  if (!ok)
    throw new AppError(
      409,
      'critical-illness-not-granted',
      {
        zh: '重大疾病住院医疗补助金限已经审核通过领取重大疾病保障金的参保人员申请（沪工总办〔2022〕15号 互助保障计划 五(二)2）',
        en: 'The critical-illness medical aid is for a worker whose critical-illness benefit was approved (沪工总办〔2022〕15号 互助保障计划 五(二)2)',
      },
      [{ field: 'claimType', code: 'critical-illness-not-granted', message: { zh: '未领取重大疾病保障金', en: 'no critical-illness benefit granted' } }],
    );
}

/** The platform files for a worker of its own cover, or the agency for any worker. */
export async function fileGigClaim(s: Services, ctx: RequestContext, req: GigClaimIn) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  const as: 'platform' | 'agency' = actor.role === 'platform-officer' ? 'platform' : 'agency';
  if (as === 'agency')
    await asCentre(s, actor, {
      zh: '给付申请由参保平台或市职工保障互助中心办理（沪工总办〔2022〕15号 互助保障计划 六(一)）',
      en: 'A claim is filed by the platform or the mutual-aid centre (沪工总办〔2022〕15号 互助保障计划 六(一))',
    });
  assertNotAfterToday('body.eventDate', req.eventDate, today, { zh: '事件日期', en: 'The event date' });
  if (req.claimType === 'hospital-allowance' && !req.hospitalDays)
    throw required('hospitalDays', '住院补助金须填写住院天数', 'a hospital allowance needs hospitalDays');
  if (req.claimType === 'critical-illness-medical' && req.outOfPocket === undefined)
    throw required('outOfPocket', '重大疾病住院医疗补助金须填写个人实际支出的住院医疗费用', 'the medical aid needs outOfPocket');
  if (req.claimType === 'accidental-disability' && !req.disabilityGrade)
    throw required('disabilityGrade', '意外伤残保障金须填写伤残等级', 'a disability benefit needs disabilityGrade');
  const death = DEATHS.includes(req.claimType);
  if (!death)
    for (const f of ['bank', 'accountName', 'accountNo'] as const)
      if (!req[f])
        throw required(
          f,
          '除身故保障金外，保障金划入参保人员本人在上海开户的银行借记卡，请填写开户银行、户名和卡号（沪工总办〔2022〕15号 互助保障计划 六(三)）',
          'Benefits other than deaths go to the worker’s own bank debit card: give the bank, account name and number (沪工总办〔2022〕15号 互助保障计划 六(三))',
        );

  return s.database.db.transaction().execute(async (trx) => {
    const c = await repo.coverForClaim(trx, actor, req.coverId);
    if (!c) throw notFound('gig-cover', req.coverId);
    if (c.status !== 'active')
      throw new AppError(
        409,
        'cover-not-in-force',
        {
          zh: `该劳动者的互助保障尚未生效（${c.status === 'pending' ? '名单待审核' : '未参保'}），不能申请给付`,
          en: `This worker's cover is not in force (${c.status}); no claim can be filed`,
        },
        [{ field: 'coverId', code: 'cover-not-in-force', message: { zh: '保障未生效', en: 'not in force' } }],
      );
    if (req.claimType === 'critical-illness-medical') await needsCriticalIllness(trx, c.id);
    const k = {
      claimType: req.claimType,
      eventDate: req.eventDate,
      hospitalDays: req.hospitalDays,
      outOfPocketFen: req.outOfPocket === undefined ? null : yuanToFen(req.outOfPocket),
      disabilityGrade: req.disabilityGrade,
      outcomeOn: req.outcomeOn,
    };
    const input = claimInput(c, k, today, await paidBefore(trx, c.id, k));
    const r = run(today, input);
    if (!r.eligible) throw refusal(r);
    const o = r.output as { payout: number; filingDeadline: string | null; payWithinDays: number | null };
    const payBy = o.payWithinDays ? addDays(today, o.payWithinDays) : null;
    const accountNo = req.accountNo?.replace(/\s+/g, '');
    let id: number;
    try {
      id = await repo.insertClaim(trx, {
        cover_id: c.id,
        platform_id: c.platform_id,
        platform_path: c.platform_path,
        year: c.year,
        claim_type: req.claimType,
        event_date: req.eventDate,
        hospital_days: req.hospitalDays ?? null,
        out_of_pocket_fen: k.outOfPocketFen,
        disability_grade: req.disabilityGrade ?? null,
        outcome_on: req.outcomeOn ?? null,
        filed_on: today,
        filed_by: actor.accountId,
        filed_as: as,
        amount_fen: yuanToFen(o.payout),
        filing_deadline: o.filingDeadline,
        pay_within_days: o.payWithinDays,
        pay_by: payBy,
        pay_to: death ? 'platform-account' : 'bank-account',
        bank: death ? null : req.bank!,
        account_name: death ? null : req.accountName!,
        account_cipher: death ? null : s.vault.seal(accountNo!),
        account_masked: death ? null : maskAccountNo(accountNo!),
        policy: r.policy,
        evaluation: JSON.stringify(evaluationOf(today, input, r)),
        description: req.description ? redactPersonalData(req.description) : null,
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError(
          409,
          'duplicate-claim',
          {
            zh: `同一保障、同一给付类型（${gigClaimTypeNames[req.claimType].zh}）、同一事件日期（${req.eventDate}）已有给付申请`,
            en: `A claim for the same cover, benefit (${gigClaimTypeNames[req.claimType].en}) and event date (${req.eventDate}) already exists`,
          },
          [{ field: 'eventDate', code: 'duplicate-claim', message: { zh: '已申请过', en: 'already claimed' } }],
        );
      throw err;
    }
    await writeAudit(trx, ctx, {
      action: 'protection.gig-claim-file',
      entity: 'gig-claim',
      entityId: id,
      orgPath: c.platform_path,
      summary: `${req.claimType} ${req.eventDate} ¥${o.payout} (${as})`,
    });
    return claimOut(trx, actor, id, today);
  });
}

function addDays(day: string, n: number) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

type ClaimFilter = repo.ClaimFilter;
type ClaimRow = repo.ClaimRow;

function presentClaim(actor: Actor, r: ClaimRow, today: string) {
  const reviewer = can(actor, 'protection.review');
  const open = r.status === 'filed' || r.status === 'approved';
  return {
    id: r.id,
    coverId: r.cover_id,
    platformId: r.platform_id,
    platformName: r.platform_name,
    year: r.year,
    name: r.name,
    idMasked: r.id_masked,
    enrollmentMode: r.enrollment_mode!,
    coverageStart: r.coverage_start!,
    coverageEnd: r.coverage_end!,
    claimType: r.claim_type,
    claimTypeName: gigClaimTypeNames[r.claim_type],
    eventDate: r.event_date,
    hospitalDays: r.hospital_days,
    outOfPocket: r.out_of_pocket_fen === null ? null : fenToYuan(Number(r.out_of_pocket_fen)),
    disabilityGrade: r.disability_grade,
    outcomeOn: r.outcome_on,
    filedOn: r.filed_on,
    filedAs: r.filed_as,
    status: r.status,
    statusName: statusNames[r.status],
    amount: fenToYuan(r.amount_fen),
    filingDeadline: r.filing_deadline,
    payWithinDays: r.pay_within_days,
    payBy: r.pay_by,
    overdue: open && !!r.pay_by && today > r.pay_by,
    payTo: r.pay_to,
    payToName: payToNames[r.pay_to],
    bank: r.bank,
    accountName: r.account_name,
    accountMasked: r.account_masked,
    policy: r.policy,
    reviewReason: r.review_reason,
    reviewedOn: r.reviewed_on,
    paidOn: r.paid_on,
    paymentReference: r.payment_reference,
    description: r.description,
    abilities: { review: reviewer && r.status === 'filed', pay: reviewer && r.status === 'approved' },
  };
}

async function claimOut(db: Executor, actor: Actor, id: number, today: string) {
  const r = await repo.claimWithEvaluation(db, actor, id);
  if (!r) throw notFound('gig-claim', id);
  return { ...presentClaim(actor, r, today), evaluation: r.evaluation as Record<string, unknown> };
}

export const getGigClaim = (s: Services, ctx: RequestContext, id: number) => claimOut(s.database.db, ctx.actor!, id, s.clock.today());

export function listGigClaims(s: Services, ctx: RequestContext, q: TPageQuery & ClaimFilter) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const today = s.clock.today();
  return paginate(
    q,
    async (offset, limit) => (await repo.claimRows(db, actor, q, offset, limit)).map((r) => presentClaim(actor, r, today)),
    () => repo.claimCount(db, actor, q),
  );
}

const centreOnly = {
  zh: '给付申请由市职工保障互助中心审核与给付（沪工总办〔2022〕15号 互助保障计划 六(三)）',
  en: 'Claims are reviewed and paid by the mutual-aid centre (沪工总办〔2022〕15号 互助保障计划 六(三))',
};

async function lockClaim(trx: Executor, actor: Actor, id: number) {
  const k = await repo.lockClaim(trx, actor, id);
  if (!k) throw notFound('gig-claim', id);
  return k;
}
const wrongStatus = (id: number, status: keyof typeof statusNames, want: Bilingual) =>
  conflict(
    status === 'paid' ? 'already-paid' : 'wrong-status',
    { zh: `给付申请 ${id} 当前为“${statusNames[status].zh}”，${want.zh}`, en: `Claim ${id} is ${statusNames[status].en.toLowerCase()}; ${want.en}` },
    { status },
  );

export const gigClaimRef = (id: number) => `HZ${String(id).padStart(6, '0')}`;

/** Approve: the engine decides again on what has been paid since; the payable is booked in the ledger. */
export async function approveGigClaim(s: Services, ctx: RequestContext, id: number, reason?: string) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  await asCentre(s, actor, centreOnly);
  return s.database.db.transaction().execute(async (trx) => {
    const k = await lockClaim(trx, actor, id);
    if (k.status !== 'filed') throw wrongStatus(id, k.status, { zh: '只有待审核的申请可以核准', en: 'only a filed claim can be approved' });
    const c = await repo.coverOfClaim(trx, k.cover_id);
    if (c.status !== 'active')
      throw conflict('cover-not-in-force', { zh: '该劳动者的互助保障已不在保障中，不能核准', en: 'The cover is no longer in force; cannot approve' });
    if (k.claim_type === 'critical-illness-medical') await needsCriticalIllness(trx, c.id);
    const kk = {
      claimType: k.claim_type,
      eventDate: k.event_date,
      hospitalDays: k.hospital_days,
      outOfPocketFen: k.out_of_pocket_fen === null ? null : Number(k.out_of_pocket_fen),
      disabilityGrade: k.disability_grade,
      outcomeOn: k.outcome_on,
    };
    const input = claimInput(c, kk, k.filed_on, await paidBefore(trx, c.id, kk, k.id));
    const r = run(today, input);
    if (!r.eligible) throw refusal(r);
    const fen = yuanToFen((r.output as { payout: number }).payout);
    await repo.setClaimApproved(trx, id, {
      amountFen: fen,
      evaluation: evaluationOf(today, input, r),
      reason: reason ? redactPersonalData(reason) : null,
      by: actor.accountId,
      on: today,
    });
    await bookGigPayable(trx, { ...k, amount_fen: fen }, actor.accountId, today);
    await writeAudit(trx, ctx, {
      action: 'protection.gig-claim-approve',
      entity: 'gig-claim',
      entityId: id,
      orgPath: k.platform_path,
      summary: `${k.claim_type} ¥${fenToYuan(fen)}`,
    });
    return claimOut(trx, actor, id, today);
  });
}

export async function rejectGigClaim(s: Services, ctx: RequestContext, id: number, reason: string) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  await asCentre(s, actor, centreOnly);
  return s.database.db.transaction().execute(async (trx) => {
    const k = await lockClaim(trx, actor, id);
    if (k.status !== 'filed') throw wrongStatus(id, k.status, { zh: '只有待审核的申请可以不予给付', en: 'only a filed claim can be rejected' });
    await repo.setClaimRejected(trx, id, { reason: redactPersonalData(reason), by: actor.accountId, on: today });
    await writeAudit(trx, ctx, {
      action: 'protection.gig-claim-reject',
      entity: 'gig-claim',
      entityId: id,
      orgPath: k.platform_path,
      summary: `${k.claim_type}: ${redactPersonalData(reason)}`,
    });
    return claimOut(trx, actor, id, today);
  });
}

/** The centre pays an approved claim through the ledger (a one-line batch), once. */
export async function payGigClaim(s: Services, ctx: RequestContext, id: number, body: { paidOn?: string | undefined; reference?: string | undefined }) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  const paidOn = body.paidOn ?? today;
  assertNotAfterToday('body.paidOn', paidOn, today, { zh: '给付日期', en: 'The payment day' });
  await asCentre(s, actor, centreOnly);
  return s.database.db.transaction().execute(async (trx) => {
    const k = await lockClaim(trx, actor, id);
    if (k.status !== 'approved') throw wrongStatus(id, k.status, { zh: '只有已核准的申请可以给付', en: 'only an approved claim can be paid' });
    if (paidOn < (k.reviewed_on ?? k.filed_on))
      throw new AppError(400, 'invalid-input', { zh: '给付日期不能早于核准日期', en: 'paidOn cannot be before the approval' }, [
        { field: 'paidOn', code: 'before-approval', message: { zh: '早于核准日期', en: 'before the approval' } },
      ]);
    await payDirectly(s, trx, ctx, { kind: 'gig-claim', id }, { paidOn, reference: body.reference ?? null });
    const after = await repo.claimStatus(trx, id);
    if (after !== 'paid') throw wrongStatus(id, after, { zh: '给付未能记录', en: 'the payment was not recorded' });
    // 六(三) 通过手机短信告知给付情况.
    const w = await repo.workerContact(trx, k.cover_id);
    if (w.phone_cipher)
      await notify(
        s,
        {
          channel: 'sms',
          recipient: s.vault.open(w.phone_cipher),
          template: 'gig-claim-paid',
          payload: { name: w.name, benefit: gigClaimTypeNames[k.claim_type].zh, amount: fenToYuan(k.amount_fen).toFixed(2), paidOn },
        },
        trx,
      );
    return claimOut(trx, actor, id, today);
  });
}

async function bookGigPayable(
  trx: Executor,
  k: {
    id: number;
    year: number;
    platform_id: number;
    platform_path: string;
    pay_to: string;
    bank: string | null;
    account_name: string | null;
    account_cipher: string | null;
    account_masked: string | null;
    amount_fen: number;
  },
  createdBy: number,
  bookedOn: string,
) {
  if (!k.amount_fen) return null;
  return bookPayable(trx, {
    source: { kind: 'gig-claim', id: k.id, ref: gigClaimRef(k.id) },
    program: 'gig-mutual-protection-claim',
    year: k.year,
    title: `${k.year}年度新就业形态劳动者互助保障给付`,
    preparer: 'mutual-aid-centre',
    payee:
      k.pay_to === 'platform-account'
        ? { kind: 'org-account', orgId: k.platform_id }
        : {
            kind: 'bank-account',
            orgId: k.platform_id,
            bank: k.bank!,
            accountName: k.account_name!,
            accountCipher: k.account_cipher!,
            accountMasked: k.account_masked!,
          },
    orgPath: k.platform_path,
    amountFen: k.amount_fen,
    bookedOn,
    createdBy,
  });
}

/** The ledger's "on paid" hook (payouts/sources.ts): the claim's batch is paid, so the claim is. */
export async function gigClaimPaidByLedger(trx: Executor, ctx: RequestContext, id: number, p: { paidOn: string; reference: string | null; batchNo: string }) {
  const k = await repo.lockClaimForLedger(trx, id);
  if (!k) throw notFound('gig-claim', id);
  if (k.status !== 'approved') throw wrongStatus(id, k.status, { zh: '只有已核准的申请可以给付', en: 'only an approved claim can be paid' });
  await repo.setClaimPaid(trx, id, { paidOn: p.paidOn, by: ctx.actor!.accountId, reference: p.reference });
  await writeAudit(trx, ctx, {
    action: 'protection.gig-claim-pay',
    entity: 'gig-claim',
    entityId: id,
    orgPath: k.platform_path,
    summary: `¥${fenToYuan(k.amount_fen)} to ${k.pay_to} on ${p.paidOn} (${p.batchNo})`,
  });
}

/**
 * The full bank debit card of an approved (or paid) claim, for the centre that transfers the benefit (001 互助保障计划
 * 六(三) 给付至劳动者本人的银行借记卡). The card is sealed in the database and masked everywhere else — lists, the batch
 * export, the audit trail; this is the one place it is opened, by the centre only, for a claim it is paying, and each
 * opening is audited (without the number).
 */
export async function revealBankAccount(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  await asCentre(s, actor, centreOnly);
  return s.database.db.transaction().execute(async (trx) => {
    const k = await lockClaim(trx, actor, id);
    if (k.pay_to !== 'bank-account' || !k.account_cipher)
      throw conflict('no-bank-account', { zh: `给付申请 ${id} 不付至劳动者本人银行卡`, en: `Claim ${id} is not paid to the worker's bank card` });
    if (k.status !== 'approved' && k.status !== 'paid')
      throw wrongStatus(id, k.status, { zh: '核准后才能查看完整卡号', en: 'the full card number is shown only once the claim is approved' });
    await writeAudit(trx, ctx, {
      action: 'protection.gig-account-reveal',
      entity: 'gig-claim',
      entityId: id,
      orgPath: k.platform_path,
      summary: `完整银行卡号已显示（${k.account_masked ?? ''}）`,
    });
    return { bank: k.bank ?? '', accountName: k.account_name ?? '', accountNo: s.vault.open(k.account_cipher) };
  });
}
