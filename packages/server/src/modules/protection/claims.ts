// Claims on the member-protection cover (003 附件2-1 二、关于给付; 000 “卡卡” 二(三)6; 002 给付周期).
// Rules, with their paragraphs:
// - who files: the member in the portal, or a union officer for a member of their subtree (003 二(二) 单位统一参保 /
//   会员个人参保); the benefits are the plan's (003 一(一) 上海工会会员专享基本保障表: 重大疾病, 意外伤害全残或意外身故,
//   疾病身故; 住院保障 only for A+ and B+);
// - the cover on the event date is read FROM THE REGISTER (protection_covers: the cover in force — confirmed — for the
//   event's year), never declared by the claimant; the engine (program member-protection-claim) checks the event
//   against that cover's dates, the filing deadline (003 二(一)1 保障期满日后的两年内; 2 意外伤害事故发生之日起180天内;
//   3 次年6月30日之前; 2018: 000 二(三)6 给付申请材料提交截止时间为2019年6月30日) and computes the amount, with its trace;
// - the hospital benefit's yearly maximum (60 元/天, 最多180天, 最高10800元) counts what was already paid or approved on
//   the same cover (paidThisYear);
// - the pay-by date: 003 二(二) 市职保中心收到齐全的申请材料后，在90天内给付重大疾病保障金；在60天内……给付意外保障金和疾病身故
//   保障金；在30天内给付住院保障金. Reading: calendar days (the text says 天, not 工作日; the engine's reading), counted from
//   the day the claim with its materials was filed (the materials are attached when filing); a claim not paid by then
//   is overdue;
// - the payee: 003 二(二) 单位统一参保会员：除意外身故和疾病保障金划入区局（产业）工会指定账户内；其余保障金划入参保会员的上海
//   工会会员服务卡. Reading: “疾病保障金” here is the disease-death benefit (the critical-illness benefit is named
//   重大疾病保障金 in the sentence before, and the exception is about the deaths, where the card holder cannot receive);
//   so for covers enrolled by a union (collective, new card, card without cover) the accidental-death and disease-death
//   benefits go to the regional union's account, everything else, and every benefit of an individual cover, to the card;
// - 市职保中心 reviews (approve / reject with a reason) and records the payment; one live claim per cover, benefit and
//   event date (the index protection_claims_once), and a claim is paid at most once (approved → paid under a row lock).
import { evaluate, fenToYuan, yuanToFen, type EvaluateResult } from '@shishi/policy';
import { can, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, assertNotAfterToday, conflict, forbidden, isUniqueViolation, notFound, type Bilingual, type FieldIssue } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import { redactPersonalData } from '../../platform/personal-data.ts';
import { paginate, type TPageQuery } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import type { ProtectionClaimType, ProtectionPlan } from '../../db/schema.ts';
import { contentOf, findOwnUnattached } from '../documents/service.ts';
import { toAppError } from '../policy/service.ts';
import { registerCoverOf } from './api.ts';
import { bookPayable, payDirectly } from '../payouts/api.ts';
import { planNames } from './service.ts';
import * as repo from './claims-repository.ts';

export const claimTypeNames: Record<ProtectionClaimType, Bilingual> = {
  'critical-illness': { zh: '重大疾病保障金', en: 'Critical illness' },
  'accidental-death': { zh: '意外身故保障金', en: 'Accidental death' },
  'accidental-total-disability': { zh: '意外全残保障金', en: 'Accidental total disability' },
  'disease-death': { zh: '疾病身故保障金', en: 'Disease death' },
  hospitalization: { zh: '住院保障金', en: 'Hospital days' },
};

export const claimStatusNames = {
  filed: { zh: '待审核', en: 'Filed' },
  approved: { zh: '已核准待给付', en: 'Approved' },
  rejected: { zh: '不予给付', en: 'Rejected' },
  paid: { zh: '已给付', en: 'Paid' },
} as const;

/** The engine's reasons, each with the request field it concerns. */
const reasonField: Record<string, string> = {
  'benefit-not-in-plan': 'claimType',
  'outside-coverage': 'eventDate',
  'filed-before-event': 'eventDate',
  'filing-deadline-passed': 'eventDate',
  'benefit-exhausted': 'hospitalDays',
};

export interface FileClaim {
  membershipId?: number | undefined;
  claimType: ProtectionClaimType;
  eventDate: string;
  hospitalDays?: number | undefined;
  documentIds: number[];
  description?: string | undefined;
}

const DEATHS: ProtectionClaimType[] = ['accidental-death', 'disease-death'];

/** 003 二(二): who is paid. */
export function payeeOf(mode: string, claimType: ProtectionClaimType): 'member-card' | 'regional-union' {
  return mode !== 'individual' && DEATHS.includes(claimType) ? 'regional-union' : 'member-card';
}

export function addCalendarDays(day: string, n: number) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function claimInput(
  cover: { plan: ProtectionPlan; coverageStart: string; coverageEnd: string },
  c: { claimType: ProtectionClaimType; eventDate: string; hospitalDays?: number | null | undefined },
  filedOn: string,
  paidThisYearFen: number,
) {
  return {
    plan: cover.plan,
    claimType: c.claimType,
    coverageStart: cover.coverageStart,
    coverageEnd: cover.coverageEnd,
    eventDate: c.eventDate,
    ...(c.hospitalDays ? { hospitalDays: c.hospitalDays } : {}),
    ...(c.claimType === 'hospitalization' ? { paidThisYear: fenToYuan(paidThisYearFen) } : {}),
    filedOn,
  };
}

function run(today: string, input: Record<string, unknown>): EvaluateResult {
  try {
    return evaluate({ program: 'member-protection-claim', date: today, input });
  } catch (err) {
    throw toAppError(err);
  }
}

function refusal(r: EvaluateResult): AppError {
  const why = r.reasons.map((x) => x.message);
  const issues: FieldIssue[] = r.reasons.map((x) => ({ field: reasonField[x.code] ?? 'claimType', code: x.code, message: x.message }));
  return new AppError(409, r.reasons[0]?.code ?? 'not-eligible', { zh: why.map((m) => m.zh).join('；'), en: why.map((m) => m.en).join('; ') }, issues, {
    reasons: r.reasons,
    trace: r.trace,
  });
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

/** A member files on their own cover, or a union officer for a member of their subtree. */
export async function fileClaim(s: Services, ctx: RequestContext, req: FileClaim, as: 'member' | 'unit') {
  const actor = ctx.actor!;
  const today = s.clock.today();
  assertNotAfterToday('body.eventDate', req.eventDate, today, { zh: '事件日期', en: 'The event date' });
  return s.database.db.transaction().execute(async (trx) => {
    let m: Awaited<ReturnType<typeof repo.membershipById>>;
    if (as === 'member') {
      if (!actor.personId) throw forbidden({ zh: '会员本人才能在个人门户申请给付', en: 'Only the member files in the portal' });
      m = await repo.membershipOfPerson(trx, actor.personId);
      if (!m) throw forbidden({ zh: '没有会员记录，不能申请给付', en: 'No membership on record; cannot file a claim' });
    } else {
      if (!req.membershipId)
        throw new AppError(400, 'invalid-input', { zh: '请指定申请给付的会员（membershipId）', en: 'Name the member (membershipId)' }, [
          { field: 'membershipId', code: 'required', message: { zh: '必填', en: 'required' } },
        ]);
      m = await repo.membershipById(trx, req.membershipId);
      if (!m || !pathInScope(actor, m.path)) throw notFound('membership', req.membershipId);
    }
    const year = Number(req.eventDate.slice(0, 4));
    const reg = await registerCoverOf(trx, m.person_id, year);
    if (!reg.cover)
      throw new AppError(
        409,
        'no-cover-on-event-date',
        {
          zh: `事件日期 ${req.eventDate}：保障名册中该会员 ${year} 年度没有生效的会员专享基本保障，不能申请给付（003 附件2-1 二）`,
          en: `eventDate ${req.eventDate}: the register holds no cover in force for this member in ${year}; no claim can be filed (003 附件2-1 二)`,
        },
        [{ field: 'eventDate', code: 'no-cover-on-event-date', message: { zh: `${year} 年度无生效保障`, en: `no cover in force in ${year}` } }],
      );
    const cover = reg.cover;
    const paid = req.claimType === 'hospitalization' ? await repo.hospitalPaidOn(trx, cover.id) : 0;
    const input = claimInput(cover, req, today, paid);
    const r = run(today, input);
    if (!r.eligible) throw refusal(r);
    const o = r.output as { payout: number; filingDeadline: string | null; payWithinDays: number | null };

    const docs = req.documentIds.length ? await findOwnUnattached(trx, actor.accountId, req.documentIds) : [];
    const found = new Set(docs.map((d) => d.id));
    const missing = req.documentIds.findIndex((d) => !found.has(d));
    if (missing >= 0)
      throw new AppError(
        400,
        'document-not-found',
        {
          zh: `材料 ${req.documentIds[missing]} 不可用（须为本人上传）`,
          en: `Document ${req.documentIds[missing]} cannot be attached (upload it yourself first)`,
        },
        [{ field: `documentIds[${missing}]`, code: 'document-not-found', message: { zh: '不可用', en: 'not available' } }],
      );
    for (const [i, id] of req.documentIds.entries()) {
      const used = await repo.claimUsingDocument(trx, id);
      if (used)
        throw new AppError(409, 'document-in-use', { zh: `材料 ${id} 已用于给付申请 ${used.id}`, en: `Document ${id} is already part of claim ${used.id}` }, [
          { field: `documentIds[${i}]`, code: 'document-in-use', message: { zh: '已被使用', en: 'already used' } },
        ]);
    }
    const payTo = payeeOf(cover.mode, req.claimType);
    const payBy = o.payWithinDays ? addCalendarDays(today, o.payWithinDays) : null;
    let id: number;
    try {
      id = await repo.insertClaim(trx, {
        cover_id: cover.id,
        person_id: m.person_id,
        membership_id: m.id,
        org_id: m.org_id,
        region_id: cover.regionId,
        year: cover.year,
        plan: cover.plan,
        claim_type: req.claimType,
        event_date: req.eventDate,
        hospital_days: req.hospitalDays ?? null,
        filed_on: today,
        filed_by: actor.accountId,
        filed_as: as,
        document_ids: JSON.stringify(req.documentIds),
        documents: JSON.stringify(docs.map((d) => ({ id: d.id, type: d.doc_type, fileName: d.file_name, sha256: d.sha256 }))),
        amount_fen: yuanToFen(o.payout),
        filing_deadline: o.filingDeadline,
        pay_within_days: o.payWithinDays,
        pay_by: payBy,
        pay_to: payTo,
        pay_to_org_id: payTo === 'regional-union' ? cover.regionId : null,
        policy: r.policy,
        evaluation: JSON.stringify(evaluationOf(today, input, r)),
        description: req.description ? redactPersonalData(req.description) : null,
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicateClaim(req);
      throw err;
    }
    await writeAudit(trx, ctx, {
      action: 'protection.claim-file',
      entity: 'protection-claim',
      entityId: id,
      orgPath: m.path,
      summary: `${req.claimType} ${req.eventDate} ¥${o.payout} (${as})`,
    });
    return claimOut(trx, actor, id, today);
  });
}

const duplicateClaim = (req: { claimType: ProtectionClaimType; eventDate: string }) =>
  new AppError(
    409,
    'duplicate-claim',
    {
      zh: `同一保障、同一给付类型（${claimTypeNames[req.claimType].zh}）、同一事件日期（${req.eventDate}）已有给付申请，不能重复申请`,
      en: `A claim for the same cover, benefit (${claimTypeNames[req.claimType].en}) and event date (${req.eventDate}) already exists`,
    },
    [{ field: 'eventDate', code: 'duplicate-claim', message: { zh: '已申请过', en: 'already claimed' } }],
  );

// ---------------------------------------------------------------------------------------------
// Reading: the list (scoped, masked) and one claim with its trace.

export type { ClaimFilter } from './claims-repository.ts';
type ClaimFilter = repo.ClaimFilter;
type ClaimRow = repo.ClaimRow;

function presentClaim(actor: Actor | null, r: ClaimRow, today: string) {
  const open = r.status === 'filed' || r.status === 'approved';
  const reviewer = !!actor && can(actor, 'protection.review');
  return {
    id: r.id,
    coverId: r.cover_id,
    membershipId: r.membership_id,
    memberNo: r.member_no,
    name: r.name,
    idMasked: r.id_masked,
    orgId: r.org_id,
    orgName: r.org_name,
    year: r.year,
    plan: r.plan,
    planName: planNames[r.plan],
    mode: r.mode,
    coverageStart: r.coverage_start,
    coverageEnd: r.coverage_end,
    claimType: r.claim_type,
    claimTypeName: claimTypeNames[r.claim_type],
    eventDate: r.event_date,
    hospitalDays: r.hospital_days,
    filedOn: r.filed_on,
    filedAs: r.filed_as,
    status: r.status,
    statusName: claimStatusNames[r.status],
    amount: fenToYuan(Number(r.amount_fen)),
    filingDeadline: r.filing_deadline,
    payWithinDays: r.pay_within_days,
    payBy: r.pay_by,
    overdue: open && !!r.pay_by && today > r.pay_by,
    payTo: r.pay_to,
    payToOrgName: r.pay_to_org_name,
    policy: r.policy,
    reviewReason: r.review_reason,
    reviewedOn: r.reviewed_on,
    paidOn: r.paid_on,
    paymentReference: r.payment_reference,
    description: r.description,
    documents: (r.documents ?? []).map((d) => ({ id: d.id, type: d.type, fileName: d.fileName })),
    abilities: { review: reviewer && r.status === 'filed', pay: reviewer && r.status === 'approved' },
  };
}

export async function listClaims(s: Services, ctx: RequestContext, q: TPageQuery & ClaimFilter) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const today = s.clock.today();
  return paginate(
    q,
    async (offset, limit) => (await repo.claimPageRows(db, actor, q, today, offset, limit)).map((r) => presentClaim(actor, r, today)),
    () => repo.claimCount(db, actor, q, today),
  );
}

export async function myClaims(s: Services, ctx: RequestContext) {
  const actor = ctx.actor!;
  if (!actor.personId) throw forbidden({ zh: '只有会员本人可以查看自己的给付申请', en: 'Only a member sees their own claims' });
  const today = s.clock.today();
  const rows = await repo.claimPageRows(s.database.db, null, { personId: actor.personId }, today, 0, 200);
  return { items: rows.map((r) => presentClaim(actor, r, today)) };
}

async function claimOut(db: Executor, actor: Actor, id: number, today: string) {
  const own = actor.role === 'member';
  const r = await repo.claimWithEvaluation(db, own ? null : actor, own ? { personId: actor.personId ?? -1 } : {}, today, id);
  if (!r) throw notFound('protection-claim', id);
  return { ...presentClaim(actor, r, today), evaluation: r.evaluation as Record<string, unknown> };
}

export const getClaim = (s: Services, ctx: RequestContext, id: number) => claimOut(s.database.db, ctx.actor!, id, s.clock.today());

/**
 * One document of a claim for 市职保中心's reviewers (003 附件2-1 二(二): the centre checks the claim's papers): the claim
 * must be in the caller's scope and name the document; each opening is audited. Medical papers are not shown to the
 * unions that only read the register (protection.read).
 */
export async function claimDocument(s: Services, ctx: RequestContext, claimId: number, documentId: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  await asCentre(db, actor);
  const k = await repo.claimDocumentsInScope(db, actor, claimId);
  if (!k) throw notFound('protection-claim', claimId);
  if (!(k.documents ?? []).some((d) => d.id === documentId)) throw notFound('document', documentId);
  return db.transaction().execute(async (trx) => {
    const d = await contentOf(trx, documentId);
    await writeAudit(trx, ctx, {
      action: 'document.view',
      entity: 'document',
      entityId: documentId,
      orgPath: k.path,
      summary: `给付申请 ${claimId} ${d.fileName}`,
    });
    return d;
  });
}

// ---------------------------------------------------------------------------------------------
// Review and payment by 市职保中心.

async function asCentre(db: Executor, actor: Actor) {
  if ((await repo.functionCodeOf(db, actor.orgId)) !== 'mutual-aid-centre')
    throw forbidden({
      zh: '给付申请由市职工保障互助中心审核与给付（003 附件2-1 二(二)）',
      en: 'Claims are reviewed and paid by the mutual-aid centre (003 附件2-1 二(二))',
    });
}

async function lockClaim(trx: Executor, actor: Actor, id: number) {
  const k = await repo.lockClaimInScope(trx, actor, id);
  if (!k) throw notFound('protection-claim', id);
  return k;
}

const wrongStatus = (id: number, status: keyof typeof claimStatusNames, want: Bilingual) =>
  conflict(
    status === 'paid' ? 'already-paid' : 'wrong-status',
    {
      zh: `给付申请 ${id} 当前为“${claimStatusNames[status].zh}”，${want.zh}`,
      en: `Claim ${id} is ${claimStatusNames[status].en.toLowerCase()}; ${want.en}`,
    },
    { status },
  );

/** Approve: the engine decides again on today's register (the cover and what was paid on it since), the trace kept. */
export async function approveClaim(s: Services, ctx: RequestContext, id: number, reason?: string) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  await asCentre(s.database.db, actor);
  return s.database.db.transaction().execute(async (trx) => {
    const k = await lockClaim(trx, actor, id);
    if (k.status !== 'filed') throw wrongStatus(id, k.status, { zh: '只有待审核的申请可以核准', en: 'only a filed claim can be approved' });
    const reg = await registerCoverOf(trx, k.person_id, k.year);
    if (!reg.cover || reg.cover.id !== k.cover_id)
      throw conflict('no-cover-on-event-date', {
        zh: `保障名册中该会员 ${k.year} 年度的保障已不再生效，不能核准`,
        en: `The member's ${k.year} cover is no longer in force in the register; cannot approve`,
      });
    const paid = k.claim_type === 'hospitalization' ? await repo.hospitalPaidOn(trx, k.cover_id, k.id) : 0;
    // The filing day stays the one the materials arrived on: the deadline is checked against it, not today.
    const input = claimInput(reg.cover, { claimType: k.claim_type, eventDate: k.event_date, hospitalDays: k.hospital_days }, k.filed_on, paid);
    const r = run(today, input);
    if (!r.eligible) throw refusal(r);
    const o = r.output as { payout: number };
    await repo.setClaimApproved(trx, id, {
      amountFen: yuanToFen(o.payout),
      evaluation: evaluationOf(today, input, r),
      reason: reason ? redactPersonalData(reason) : null,
      by: actor.accountId,
      on: today,
    });
    await bookClaimPayable(trx, { ...k, amount_fen: yuanToFen(o.payout) }, actor.accountId, today);
    await writeAudit(trx, ctx, {
      action: 'protection.claim-approve',
      entity: 'protection-claim',
      entityId: id,
      orgPath: k.path,
      summary: `${k.claim_type} ¥${o.payout}`,
    });
    return claimOut(trx, actor, id, today);
  });
}

export async function rejectClaim(s: Services, ctx: RequestContext, id: number, reason: string) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  await asCentre(s.database.db, actor);
  return s.database.db.transaction().execute(async (trx) => {
    const k = await lockClaim(trx, actor, id);
    if (k.status !== 'filed') throw wrongStatus(id, k.status, { zh: '只有待审核的申请可以不予给付', en: 'only a filed claim can be rejected' });
    await repo.setClaimRejected(trx, id, { reason: redactPersonalData(reason), by: actor.accountId, on: today });
    await writeAudit(trx, ctx, {
      action: 'protection.claim-reject',
      entity: 'protection-claim',
      entityId: id,
      orgPath: k.path,
      summary: `${k.claim_type}: ${redactPersonalData(reason)}`,
    });
    return claimOut(trx, actor, id, today);
  });
}

/** The centre records the payment of an approved claim, once: a second call finds it paid (409 already-paid). */
export async function payClaim(s: Services, ctx: RequestContext, id: number, body: { paidOn?: string | undefined; reference?: string | undefined }) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  const paidOn = body.paidOn ?? today;
  assertNotAfterToday('body.paidOn', paidOn, today, { zh: '给付日期', en: 'The payment day' });
  await asCentre(s.database.db, actor);
  return s.database.db.transaction().execute(async (trx) => {
    const k = await lockClaim(trx, actor, id);
    if (k.status !== 'approved') throw wrongStatus(id, k.status, { zh: '只有已核准的申请可以给付', en: 'only an approved claim can be paid' });
    if (paidOn < (k.reviewed_on ?? k.filed_on))
      throw new AppError(400, 'invalid-input', { zh: '给付日期不能早于核准日期', en: 'paidOn cannot be before the approval' }, [
        { field: 'paidOn', code: 'before-approval', message: { zh: '早于核准日期', en: 'before the approval' } },
      ]);
    // Paid through the payout ledger (issue 9/10): the payable booked at approval (booked now for a claim
    // approved before the ledger paid claims) goes out in a one-line batch; its hook records the payment here.
    await bookClaimPayable(trx, k, actor.accountId, k.reviewed_on ?? today);
    await payDirectly(s, trx, ctx, { kind: 'protection-claim', id }, { paidOn, reference: body.reference ?? null });
    const after = await repo.claimStatus(trx, id);
    if (after !== 'paid') throw wrongStatus(id, after, { zh: '给付未能记录', en: 'the payment was not recorded' });
    return claimOut(trx, actor, id, today);
  });
}

/** The ledger's number of a claim (source_ref of its payout entry, shown in batch exports). */
export const claimRef = (id: number) => `BZ${String(id).padStart(6, '0')}`;

/**
 * Books the approved amount of a claim in the payout ledger (program member-protection-claim, settled by
 * the mutual-aid centre, 003 附件2-1 二(二)): to the member's card, or for a unit-enrolled death to the
 * regional union's account (003 二(二)). Idempotent: approving twice books once.
 */
async function bookClaimPayable(
  trx: Executor,
  k: {
    id: number;
    year: number;
    person_id: number;
    membership_id: number;
    pay_to: string;
    pay_to_org_id: number | null;
    amount_fen: number | null;
    path: string;
  },
  createdBy: number,
  bookedOn: string,
) {
  if (!k.amount_fen) return null;
  return bookPayable(trx, {
    source: { kind: 'protection-claim', id: k.id, ref: claimRef(k.id) },
    program: 'member-protection-claim',
    year: k.year,
    title: `${k.year}年度职工互助保障给付`,
    preparer: 'mutual-aid-centre',
    payee:
      k.pay_to === 'regional-union' && k.pay_to_org_id
        ? { kind: 'org-account', orgId: k.pay_to_org_id }
        : { kind: 'member-card', personId: k.person_id, membershipId: k.membership_id },
    orgPath: k.path,
    amountFen: Number(k.amount_fen),
    bookedOn,
    createdBy,
  });
}

/** The ledger's "on paid" hook (payouts/sources.ts): the claim's batch is paid, so the claim is. */
export async function claimPaidByLedger(trx: Executor, ctx: RequestContext, id: number, p: { paidOn: string; reference: string | null; batchNo: string }) {
  const k = await repo.lockClaimForLedger(trx, id);
  if (!k) throw notFound('protection-claim', id);
  if (k.status !== 'approved') throw wrongStatus(id, k.status, { zh: '只有已核准的申请可以给付', en: 'only an approved claim can be paid' });
  await repo.setClaimPaid(trx, id, { paidOn: p.paidOn, by: ctx.actor!.accountId, reference: p.reference });
  await writeAudit(trx, ctx, {
    action: 'protection.claim-pay',
    entity: 'protection-claim',
    entityId: id,
    orgPath: k.path,
    summary: `¥${fenToYuan(Number(k.amount_fen))} to ${k.pay_to}${k.pay_to_org_id ? ` ${k.pay_to_org_id}` : ''} on ${p.paidOn} (${p.batchNo})`,
  });
}
