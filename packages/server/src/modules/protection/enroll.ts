// Instant and individual enrollment (003 附件2-1 一(二)2、3), one cover each, written to the same register.
// - instant, new card: “新办上海工会会员服务卡会员，保障期限为新卡生成的次日零时起至当年12月31日24时止” (一(二)2(4)):
//   the officer gives the day the card was issued; the cover starts the next day and is confirmed at once;
// - instant, card without cover: “有卡无保……保障期限为基层工会上传系统、区局（产业）工会确认信息的次日零时起” (一(二)2(4)):
//   the grassroots upload is `listed`; the regional union's confirmation fixes the start (the next day);
// - individual: the member applies (一(二)3); “提交申请办理参保后须于15个工作日内将参保资金存入会员服务卡内” (3(4)) — the
//   deadline is the engine's paymentDeadline (working-day calendar); “起保日为提交参保申请的次日” (3(5)); the city subsidy
//   “仅在首次参保时享受” (一(三)): the first individual enrollment that was paid (history: first_individual on the cover);
//   an application whose deposit does not arrive lapses (the daily job below);
// - refusals: a second plan in the same year (一(一) 仅可享有一份), outside the window (engine: enrollment-windows),
//   not an active member (一(二) 本市在职工会会员), a wrong unit category (一(三) the special units).
// Amounts, dates and term are the engine's (program member-protection), the evaluation kept on the cover.
import { evaluate, yuanToFen } from '@shishi/policy';
import { z } from 'zod';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, assertNotAfterToday, conflict, forbidden, isUniqueViolation, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import { defineJob } from '../../platform/module.ts';
import type { Services } from '../../platform/services.ts';
import type { ProtectionMode, ProtectionPlan } from '../../db/schema.ts';
import { toAppError } from '../policy/service.ts';
import * as repo from './repository.ts';
import { planNames, presentCover } from './service.ts';

type Category = 'ordinary' | 'special';
const categoryZh = { ordinary: '普通单位', special: '特殊单位' } as const;

interface CoverAmounts {
  premiumFen: number;
  subsidyFen: number;
  remainderFen: number;
  coverageStart: string;
  coverageEnd: string;
  term: 'full-year' | 'half-year';
  paymentDeadline: string | null;
  policy: string;
  evaluation: unknown;
}

/** The engine's answer for one cover; refusals (window, deadline) as 409 with the engine's reasons. */
export function coverAmounts(
  today: string,
  input: {
    plan: ProtectionPlan;
    mode: ProtectionMode;
    unitCategory: Category;
    eventDate: string;
    coverageYear: number;
    firstIndividualEnrollment?: boolean;
    paidOn?: string;
  },
): CoverAmounts {
  let r: ReturnType<typeof evaluate>;
  try {
    r = evaluate({ program: 'member-protection', date: today, input });
  } catch (err) {
    throw toAppError(err);
  }
  if (!r.eligible) {
    const why = r.reasons.map((x) => x.message);
    throw new AppError(409, r.reasons[0]?.code ?? 'not-eligible', { zh: why.map((m) => m.zh).join('；'), en: why.map((m) => m.en).join('; ') }, [], {
      reasons: r.reasons,
    });
  }
  const o = r.output as {
    premium: number;
    citySubsidy: number;
    remainder: number;
    coverageStart: string;
    coverageEnd: string;
    term: 'full-year' | 'half-year';
    paymentDeadline: string | null;
  };
  return {
    premiumFen: yuanToFen(o.premium),
    subsidyFen: yuanToFen(o.citySubsidy),
    remainderFen: yuanToFen(o.remainder),
    coverageStart: o.coverageStart,
    coverageEnd: o.coverageEnd,
    term: o.term,
    paymentDeadline: o.paymentDeadline,
    policy: r.policy,
    evaluation: { program: r.program, policy: r.policy, date: today, input, output: r.output, trace: r.trace },
  };
}

function wrongCategory(orgName: string, actual: Category, stated: Category) {
  return conflict(
    'wrong-unit-category',
    {
      zh: `${orgName} 的单位类别为${categoryZh[actual]}，与所报的${categoryZh[stated]}不符（003 附件2-1 一(三)）`,
      en: `${orgName} is a${actual === 'special' ? ' special' : 'n ordinary'} unit, not ${stated} as stated (003 附件2-1 一(三))`,
    },
    { field: 'unitCategory' },
  );
}

async function refuseSecondCover(db: Executor, personId: number, year: number) {
  const c = await repo.countedCoverOf(db, personId, year);
  if (c)
    throw conflict(
      'already-covered',
      {
        zh: `该会员 ${year} 年度已有${planNames[c.plan].zh}（${c.status === 'pending-payment' ? '待缴费' : '已参保'}），同一年度只能参保一份（003 附件2-1 一(一)）`,
        en: `The member already has ${planNames[c.plan].en} for ${year}${c.status === 'pending-payment' ? ' (awaiting payment)' : ''}; one cover per year (003 附件2-1 一(一))`,
      },
      { coverId: c.id, plan: c.plan },
    );
}

const notActive = (): AppError =>
  conflict('not-an-active-member', {
    zh: '不是在册的在职工会会员，不能参保（003 附件2-1 一(二)）',
    en: 'Not an active union member; cannot enroll (003 附件2-1 一(二))',
  });

async function insertCover(
  db: Executor,
  v: {
    year: number;
    m: { id: number; person_id: number; org_id: number; path: string; unit_category: Category };
    plan: ProtectionPlan;
    mode: ProtectionMode;
    payer: 'union' | 'member';
    status: 'listed' | 'confirmed' | 'pending-payment';
    a: CoverAmounts;
    appliedOn: string;
    firstIndividual?: boolean;
    confirmedOn?: string | null;
  },
) {
  try {
    return await repo.insertCover(db, {
      year: v.year,
      membership_id: v.m.id,
      person_id: v.m.person_id,
      org_id: v.m.org_id,
      region_id: repo.regionOfPath(v.m.path),
      list_id: null,
      plan: v.plan,
      mode: v.mode,
      unit_category: v.m.unit_category,
      term: v.a.term,
      coverage_start: v.a.coverageStart,
      coverage_end: v.a.coverageEnd,
      premium_fen: v.a.premiumFen,
      subsidy_fen: v.a.subsidyFen,
      remainder_fen: v.a.remainderFen,
      payer: v.payer,
      status: v.status,
      payment_due: v.a.paymentDeadline,
      policy: v.a.policy,
      evaluation: JSON.stringify(v.a.evaluation),
      applied_on: v.appliedOn,
      confirmed_on: v.confirmedOn ?? null,
      first_individual: v.firstIndividual ?? false,
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw conflict('already-covered', {
        zh: `该会员 ${v.year} 年度已参保，同一年度只能参保一份（003 附件2-1 一(一)）`,
        en: `The member is already covered for ${v.year}; one cover per year (003 附件2-1 一(一))`,
      });
    throw err;
  }
}

async function coverOut(db: Executor, id: number, today: string) {
  const row = await repo.coverWithEvaluation(db, id);
  return {
    ...presentCover(row, today),
    planName: planNames[row.plan],
    appliedOn: row.applied_on,
    firstIndividual: row.first_individual,
    evaluation: row.evaluation as Record<string, unknown>,
  };
}

// ---------------------------------------------------------------------------------------------
// Instant enrollment by the grassroots union.

export interface InstantRequest {
  membershipId: number;
  plan: ProtectionPlan;
  mode: 'new-card' | 'card-without-cover';
  cardIssuedOn?: string | undefined;
  unitCategory?: Category | undefined;
}

export async function enrollInstant(s: Services, ctx: RequestContext, req: InstantRequest) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  const db = s.database.db;
  return db.transaction().execute(async (trx) => {
    const m = await repo.membershipInScope(trx, actor, req.membershipId);
    if (!m) throw notFound('membership', req.membershipId);
    if (m.status !== 'active') throw notActive();
    if (req.unitCategory && req.unitCategory !== m.unit_category) throw wrongCategory(m.name, m.unit_category, req.unitCategory);
    if (req.mode === 'new-card' && !req.cardIssuedOn)
      throw new AppError(400, 'invalid-input', { zh: '新办卡参保须填写制卡日期', en: 'A new-card enrollment needs the day the card was issued' }, [
        { field: 'cardIssuedOn', code: 'required', message: { zh: '请填写制卡日期', en: 'required' } },
      ]);
    assertNotAfterToday('body.cardIssuedOn', req.cardIssuedOn, today, { zh: '制卡日期', en: 'The day the card was issued' });
    const eventDate = req.mode === 'new-card' ? req.cardIssuedOn! : today;
    const year = Number(eventDate.slice(0, 4));
    await refuseSecondCover(trx, m.person_id, year);
    const a = coverAmounts(today, { plan: req.plan, mode: req.mode, unitCategory: m.unit_category, eventDate, coverageYear: year });
    const status = req.mode === 'new-card' ? 'confirmed' : 'listed';
    const c = await insertCover(trx, {
      year,
      m,
      plan: req.plan,
      mode: req.mode,
      payer: 'union',
      status,
      a,
      appliedOn: today,
      confirmedOn: status === 'confirmed' ? today : null,
    });
    await writeAudit(trx, ctx, {
      action: 'protection.instant',
      entity: 'protection-cover',
      entityId: c.id,
      orgPath: m.path,
      summary: `${year} ${req.plan} ${req.mode} membership ${m.id}`,
    });
    return coverOut(trx, c.id, s.clock.today());
  });
}

/** The regional union confirms a card-without-cover upload: the cover starts the next day (engine, event = today). */
export async function confirmInstant(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  return s.database.db.transaction().execute(async (trx) => {
    const c = await repo.lockInstantCover(trx, actor, id);
    if (!c) throw notFound('protection-cover', id);
    if (c.mode !== 'card-without-cover' || c.status !== 'listed')
      throw conflict('wrong-status', {
        zh: `参保记录 ${id} 不是待确认的有卡无保即时参保`,
        en: `Cover ${id} is not a card-without-cover upload awaiting confirmation`,
      });
    const a = coverAmounts(today, { plan: c.plan, mode: 'card-without-cover', unitCategory: c.unit_category, eventDate: today, coverageYear: c.year });
    await repo.confirmInstantCover(trx, id, {
      on: today,
      coverageStart: a.coverageStart,
      coverageEnd: a.coverageEnd,
      term: a.term,
      premiumFen: a.premiumFen,
      subsidyFen: a.subsidyFen,
      remainderFen: a.remainderFen,
      policy: a.policy,
      evaluation: a.evaluation,
    });
    await writeAudit(trx, ctx, {
      action: 'protection.instant-confirm',
      entity: 'protection-cover',
      entityId: id,
      orgPath: c.path,
      summary: `${c.year} ${c.plan} from ${a.coverageStart}`,
    });
    return coverOut(trx, id, s.clock.today());
  });
}

// ---------------------------------------------------------------------------------------------
// Individual enrollment by the member.

export async function applyIndividual(
  s: Services,
  ctx: RequestContext,
  req: { plan: ProtectionPlan; year?: number | undefined; unitCategory?: Category | undefined },
) {
  const actor = ctx.actor!;
  if (!actor.personId) throw forbidden({ zh: '个人参保由会员本人办理', en: 'Individual enrollment is done by the member' });
  const today = s.clock.today();
  const year = req.year ?? Number(today.slice(0, 4));
  return s.database.db.transaction().execute(async (trx) => {
    const m = await repo.activeMembershipOf(trx, actor.personId!);
    if (!m) throw notActive();
    if (req.unitCategory && req.unitCategory !== m.unit_category) throw wrongCategory(m.name, m.unit_category, req.unitCategory);
    await refuseSecondCover(trx, m.person_id, year);
    // 003 一(三): the subsidy only for the first individual enrollment (one that was paid; a lapsed application does not count).
    const before = await repo.paidFirstIndividual(trx, m.person_id);
    const first = !before;
    const a = coverAmounts(today, {
      plan: req.plan,
      mode: 'individual',
      unitCategory: m.unit_category,
      eventDate: today,
      coverageYear: year,
      firstIndividualEnrollment: first,
    });
    const c = await insertCover(trx, {
      year,
      m,
      plan: req.plan,
      mode: 'individual',
      payer: 'member',
      status: 'pending-payment',
      a,
      appliedOn: today,
      firstIndividual: first,
    });
    await writeAudit(trx, ctx, {
      action: 'protection.apply',
      entity: 'protection-cover',
      entityId: c.id,
      orgPath: m.path,
      summary: `${year} ${req.plan} individual, due ${a.paymentDeadline}${first ? ', first (subsidised)' : ''}`,
    });
    return coverOut(trx, c.id, s.clock.today());
  });
}

/** The deposit arrived (the bank debit of the member card): checked against the 15 working days by the engine. */
export async function recordDeposit(s: Services, ctx: RequestContext, id: number, paidOn: string) {
  const actor = ctx.actor!;
  const mine = await repo.orgFunctionCode(s.database.db, actor.orgId);
  if (mine?.function_code !== 'mutual-aid-centre')
    throw forbidden({ zh: '个人参保缴费由市职工保障互助中心登记', en: 'Individual deposits are recorded by the mutual-aid centre' });
  const today = s.clock.today();
  assertNotAfterToday('body.paidOn', paidOn, today, { zh: '缴费日期', en: 'The payment day' });
  return s.database.db.transaction().execute(async (trx) => {
    const c = await repo.lockIndividualCover(trx, actor, id);
    if (!c) throw notFound('protection-cover', id);
    if (c.mode !== 'individual' || c.status !== 'pending-payment')
      throw conflict(
        c.status === 'lapsed' ? 'application-lapsed' : 'wrong-status',
        c.status === 'lapsed'
          ? { zh: `个人参保申请 ${id} 已因逾期未缴费失效，请重新申请`, en: `Application ${id} lapsed for want of payment; apply again` }
          : { zh: `参保记录 ${id} 不是待缴费的个人参保`, en: `Cover ${id} is not an individual application awaiting payment` },
      );
    coverAmounts(today, {
      plan: c.plan,
      mode: 'individual',
      unitCategory: c.unit_category,
      eventDate: c.applied_on!,
      coverageYear: c.year,
      firstIndividualEnrollment: c.first_individual,
      paidOn,
    });
    await repo.setDepositPaid(trx, id, paidOn);
    await writeAudit(trx, ctx, {
      action: 'protection.deposit',
      entity: 'protection-cover',
      entityId: id,
      orgPath: c.path,
      summary: `${c.year} ${c.plan} paid ${paidOn}`,
    });
    return coverOut(trx, id, s.clock.today());
  });
}

/** Applications whose deposit did not arrive in time lapse (003 一(二)3(4)); the cover row stays as history. */
export async function lapseOverdue(s: Services) {
  const today = s.clock.today();
  return { lapsed: await repo.lapseUnpaid(s.database.db, today, '逾期未缴费，申请失效 / lapsed: not paid within 15 working days') };
}

export const lapseJob = defineJob({ kind: 'protection.lapse-unpaid', payload: z.object({}), handler: (s) => lapseOverdue(s) });
