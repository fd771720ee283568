// Flexible workers' member cover, C or D (灵活就业会员专享保障, 002 “为灵活就业从业人员提供‘五送’等关心关爱服务” 一、二;
// 001 项目7 百万会员扫码共享普惠服务 一(一)1; issue 9 §4), and the D-class deliveries (“五送”).
// - Who and which class: the engine (flexible-worker-protection) — a member in the registry's 灵活就业人员 category, under
//   60 on the day; D when the 120-yuan yearly dues were paid in one go, otherwise C. The member pays nothing.
// - Who records it: an officer with protection.enroll over the member (C: the QR-code joiner's union, 001 项目7; D: the
//   street / park / industry union that took the dues, 002 二(一) 街镇（园区、行业）工会 — a grassroots union cannot record
//   a D cover or its deliveries). One cover per member per year; refused with the reason otherwise.
// - Deliveries (D only, 002 二(一)1–4): the checkup once (by 9/30; after it a reason is required; never after 12/31), one
//   cooling and one warmth gift a year in a non-cash form (会员缴纳的120元会费…不可发放现金), other services any number of
//   times; all within the cover's year and not in the future.
import { evaluate, fenToYuan, yuanToFen, type EvaluateResult } from '@shishi/policy';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, assertNotAfterToday, conflict, forbidden, invalidField, isUniqueViolation, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import { paginate, type TPageQuery } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import type { FlexibleDeliveryKind } from '../../db/schema.ts';
import { toAppError } from '../policy/service.ts';
import * as repo from './flexible-repository.ts';
import { regionOfPath } from './repository.ts';
import { ageOn, evaluationOf } from './gig.ts';

export const planNames = {
  C: { zh: '灵活就业会员专享保障C类', en: 'Flexible workers’ cover, class C' },
  D: { zh: '灵活就业会员专享保障D类', en: 'Flexible workers’ cover, class D' },
} as const;

export const deliveryNames: Record<FlexibleDeliveryKind, { zh: string; en: string }> = {
  checkup: { zh: '送健康体检', en: 'Health checkup' },
  'cooling-gift': { zh: '送清凉慰问品', en: 'Summer cooling gift' },
  'warmth-gift': { zh: '送温暖慰问品', en: 'Winter warmth gift' },
  service: { zh: '送安全培训等服务', en: 'Training and other services' },
};

const STREET_KINDS = new Set(['municipal', 'district', 'industry', 'street', 'park']);
const SOURCE = '002 “五送” 二(一)';

async function actorOrgKind(db: Executor, ctx: RequestContext) {
  const orgId = ctx.actor!.orgId;
  return orgId ? ((await repo.orgKind(db, orgId))?.kind ?? null) : null;
}

export interface EnrollRequest {
  memberId: number;
  channel: 'qr-code' | 'dues' | 'officer';
  duesPaidYuan?: number | undefined;
  duesPaidOn?: string | undefined;
}

export async function enroll(s: Services, ctx: RequestContext, req: EnrollRequest) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  if (req.channel === 'dues' && !req.duesPaidYuan)
    throw invalidField('body.duesPaidYuan', 'required', { zh: '按会费登记须填写一次性缴纳的年度会费金额', en: 'A dues enrollment needs the yearly dues paid' });
  assertNotAfterToday('body.duesPaidOn', req.duesPaidOn, today, { zh: '缴费日期', en: 'The day the dues were paid' });
  if (req.duesPaidOn && req.duesPaidOn.slice(0, 4) !== today.slice(0, 4))
    throw invalidField('body.duesPaidOn', 'other-year', {
      zh: `缴费日期（${req.duesPaidOn}）须在本年度内：D 类针对当年一次性缴满年度会费的会员（${SOURCE}）`,
      en: `The dues must be paid this year (${req.duesPaidOn}): D is for the year's dues paid in one go (${SOURCE})`,
    });
  const db = s.database.db;
  return db.transaction().execute(async (trx) => {
    const m = await repo.activeMember(trx, actor, req.memberId);
    if (!m) {
      if (await repo.personInScope(trx, actor, req.memberId))
        throw conflict('not-an-active-member', {
          zh: '不是在册的工会会员（002 “五送” 一 2 自愿加入工会）',
          en: 'Not an active union member (002 一 2: joined the union)',
        });
      throw notFound('member', req.memberId);
    }
    const input = {
      enrolledOn: today,
      age: ageOn(m.birth_date, today),
      flexibleWorker: (m.categories ?? []).includes('flexible-worker'),
      ...(req.duesPaidYuan ? { duesPaidYuan: req.duesPaidYuan } : {}),
    };
    let r: EvaluateResult;
    try {
      r = evaluate({ program: 'flexible-worker-protection', date: today, input });
    } catch (err) {
      throw toAppError(err);
    }
    if (!r.eligible) {
      const why = r.reasons.map((x) => x.message);
      throw new AppError(
        409,
        r.reasons[0]?.code ?? 'not-eligible',
        { zh: `${m.name}：${why.map((w) => w.zh).join('；')}`, en: `${m.name}: ${why.map((w) => w.en).join('; ')}` },
        [],
        { reasons: r.reasons },
      );
    }
    const o = r.output as { plan: 'C' | 'D'; coverageStart: string; coverageEnd: string; maxBenefit: number | null; deliveries: unknown[] };
    if (o.plan === 'D' && !STREET_KINDS.has((await actorOrgKind(trx, ctx)) ?? ''))
      throw forbidden(
        {
          zh: `D 类保障与“五送”由街镇（园区、行业）工会办理（${SOURCE}）`,
          en: `D-class cover and the deliveries are recorded by the street, park or industry union (${SOURCE})`,
        },
        { code: 'street-union-only' },
      );
    const year = Number(today.slice(0, 4));
    const existing = await repo.activeCoverOf(trx, m.person_id, year);
    const already = (plan: string, on: string) =>
      conflict('already-covered', {
        zh: `${m.name} ${year} 年度已有${planNames[plan as 'C'].zh}（${on} 登记），每人每年一份`,
        en: `${m.name} already has ${planNames[plan as 'C'].en} for ${year} (recorded ${on}); one a year`,
      });
    if (existing) throw already(existing.plan, existing.enrolled_on);
    let id: number;
    try {
      ({ id } = await repo.insertCover(trx, {
        year,
        membershipId: m.membership_id,
        personId: m.person_id,
        orgId: m.org_id,
        regionId: regionOfPath(m.path),
        plan: o.plan,
        channel: req.channel,
        duesPaidFen: req.duesPaidYuan ? yuanToFen(req.duesPaidYuan) : 0,
        duesPaidOn: req.duesPaidOn ?? (req.duesPaidYuan ? today : null),
        enrolledOn: today,
        coverageStart: o.coverageStart,
        coverageEnd: o.coverageEnd,
        maxBenefitFen: o.maxBenefit === null ? null : yuanToFen(o.maxBenefit),
        deliveriesDue: o.deliveries,
        policy: r.policy,
        evaluation: evaluationOf(today, input, r),
        enrolledBy: actor.accountId,
      }));
    } catch (err) {
      if (isUniqueViolation(err)) throw already(o.plan, today);
      throw err;
    }
    await writeAudit(trx, ctx, {
      action: 'protection.flexible-enroll',
      entity: 'flexible-cover',
      entityId: id,
      orgPath: m.path,
      summary: `${year} 灵活就业${o.plan}类保障 会员 ${m.member_no}（${req.channel}）`,
    });
    return getCoverIn(trx, actor, id);
  });
}

type Row = repo.FlexibleCoverRow;
type Delivery = Awaited<ReturnType<typeof repo.deliveriesOf>>[number];

function present(c: Row, deliveries: Delivery[]) {
  const due = (c.deliveries_due as { kind: FlexibleDeliveryKind; required: boolean; due: string | null; lastDay: string | null }[]) ?? [];
  return {
    id: c.id,
    year: c.year,
    memberId: c.person_id,
    membershipId: c.membership_id,
    memberNo: c.member_no,
    name: c.name,
    idMasked: c.id_masked,
    orgId: c.org_id,
    orgName: c.org_name,
    regionId: c.region_id,
    plan: c.plan,
    planName: planNames[c.plan],
    channel: c.channel,
    duesPaid: fenToYuan(c.dues_paid_fen),
    duesPaidOn: c.dues_paid_on,
    enrolledOn: c.enrolled_on,
    coverageStart: c.coverage_start,
    coverageEnd: c.coverage_end,
    maxBenefit: c.max_benefit_fen === null ? null : fenToYuan(c.max_benefit_fen),
    policy: c.policy,
    deliveries: due.map((d) => {
      const done = deliveries.filter((x) => x.kind === d.kind);
      return {
        kind: d.kind,
        name: deliveryNames[d.kind],
        required: d.required,
        due: d.due,
        lastDay: d.lastDay,
        done: done.map((x) => ({ id: x.id, deliveredOn: x.delivered_on, service: x.service, giftForm: x.gift_form, lateReason: x.late_reason, note: x.note })),
      };
    }),
  };
}

async function getCoverIn(db: Parameters<typeof repo.coverById>[0], actor: NonNullable<RequestContext['actor']>, id: number) {
  const c = await repo.coverById(db, actor, id);
  if (!c) throw notFound('flexible-cover', id);
  const d = await repo.deliveriesOf(db, [id]);
  return { ...present(c, d), evaluation: c.evaluation as Record<string, unknown> };
}

export const getCover = (s: Services, ctx: RequestContext, id: number) => getCoverIn(s.database.db, ctx.actor!, id);

export async function listCovers(s: Services, ctx: RequestContext, q: TPageQuery & repo.FlexibleFilter) {
  const db = s.database.db;
  const actor = ctx.actor!;
  return paginate(
    q,
    async (offset, limit) => {
      const rows = await repo.coverPage(db, actor, q, offset, limit);
      const d = await repo.deliveriesOf(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((r) =>
        present(
          r,
          d.filter((x) => x.cover_id === r.id),
        ),
      );
    },
    () => repo.coverCount(db, actor, q),
  );
}

export interface DeliveryRequest {
  kind: FlexibleDeliveryKind;
  service?: 'safety-training' | 'legal-aid' | 'skills' | 'sanatorium' | 'hardship-relief' | 'culture-sports' | 'other' | undefined;
  giftForm?: 'transport-card' | 'phone-card' | 'online-voucher' | 'goods' | 'pickup-voucher' | 'cash' | undefined;
  deliveredOn: string;
  lateReason?: string | undefined;
  note?: string | undefined;
}

export async function recordDelivery(s: Services, ctx: RequestContext, coverId: number, req: DeliveryRequest) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  if (!STREET_KINDS.has((await actorOrgKind(s.database.db, ctx)) ?? ''))
    throw forbidden(
      { zh: `“五送”由街镇（园区、行业）工会组织（${SOURCE}）`, en: `The deliveries are organised by the street, park or industry union (${SOURCE})` },
      { code: 'street-union-only' },
    );
  assertNotAfterToday('body.deliveredOn', req.deliveredOn, today, { zh: '送达日期', en: 'The delivery day' });
  const gift = req.kind === 'cooling-gift' || req.kind === 'warmth-gift';
  if (gift && req.giftForm === 'cash')
    throw invalidField('body.giftForm', 'no-cash', {
      zh: '慰问品不可发放现金：可为交通卡、电话卡、网上购物平台提货凭证、实物或指定地点提货凭证（002 “五送” 二(一)）',
      en: 'Gifts may not be cash: a transport or phone card, an online voucher, goods or a pick-up voucher (002 二(一))',
    });
  if (gift && !req.giftForm) throw invalidField('body.giftForm', 'required', { zh: '请选择慰问品的发放方式', en: 'Choose the form of the gift' });
  if (!gift && req.giftForm) throw invalidField('body.giftForm', 'not-a-gift', { zh: '只有慰问品填写发放方式', en: 'Only gifts have a form' });
  if (req.kind === 'service' && !req.service) throw invalidField('body.service', 'required', { zh: '请选择服务项目', en: 'Choose the service' });
  if (req.kind !== 'service' && req.service)
    throw invalidField('body.service', 'not-a-service', { zh: '只有“其他服务”填写服务项目', en: 'Only a service has a service kind' });
  return s.database.db.transaction().execute(async (trx) => {
    const c = await repo.coverById(trx, actor, coverId);
    if (!c) throw notFound('flexible-cover', coverId);
    if (c.plan !== 'D')
      throw conflict('not-d-class', {
        zh: `${c.name} 为 C 类保障：“五送”面向一次性缴满 120 元年度会费的 D 类会员（${SOURCE}）`,
        en: `${c.name} has C-class cover: the deliveries are for D-class members who paid the yearly dues (${SOURCE})`,
      });
    const due = (c.deliveries_due as { kind: string; due: string | null; lastDay: string | null }[]).find((d) => d.kind === req.kind);
    if (!due)
      throw invalidField('body.kind', 'not-due', {
        zh: `该保障不含${deliveryNames[req.kind].zh}`,
        en: `${deliveryNames[req.kind].en} is not due on this cover`,
      });
    if (req.deliveredOn < c.enrolled_on || req.deliveredOn.slice(0, 4) !== String(c.year))
      throw invalidField('body.deliveredOn', 'outside-year', {
        zh: `送达日期（${req.deliveredOn}）须在 ${c.enrolled_on} 登记之后、${c.year} 年内`,
        en: `The delivery day (${req.deliveredOn}) must be after enrollment (${c.enrolled_on}) and in ${c.year}`,
      });
    if (due.lastDay && req.deliveredOn > due.lastDay)
      throw invalidField('body.deliveredOn', 'too-late', {
        zh: `${deliveryNames[req.kind].zh}最迟须于 ${due.lastDay} 前完成（${SOURCE}）`,
        en: `${deliveryNames[req.kind].en} must be done by ${due.lastDay} (${SOURCE})`,
      });
    if (due.due && req.deliveredOn > due.due && (req.lateReason ?? '').trim().length < 2)
      throw invalidField('body.lateReason', 'reason-required', {
        zh: `${deliveryNames[req.kind].zh}原则上于 ${due.due} 前完成，逾期须写明原因（${SOURCE}1）`,
        en: `${deliveryNames[req.kind].en} is due by ${due.due}; later needs a reason (${SOURCE}1)`,
      });
    let id: number;
    try {
      ({ id } = await repo.insertDelivery(trx, {
        cover_id: coverId,
        kind: req.kind,
        service: req.service ?? null,
        gift_form: (req.giftForm as never) ?? null,
        delivered_on: req.deliveredOn,
        late_reason: req.lateReason?.trim() || null,
        note: req.note?.trim() || null,
        recorded_by: actor.accountId,
      }));
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict('already-delivered', {
          zh: `${c.name} ${c.year} 年的${deliveryNames[req.kind].zh}已登记（每年一次/一份）`,
          en: `${deliveryNames[req.kind].en} for ${c.year} is already recorded for ${c.name} (once a year)`,
        });
      throw err;
    }
    await writeAudit(trx, ctx, {
      action: 'protection.flexible-delivery',
      entity: 'flexible-cover',
      entityId: coverId,
      orgPath: c.org_path,
      summary: `${deliveryNames[req.kind].zh} ${req.deliveredOn} 会员 ${c.member_no}`,
    });
    return { ...(await getCoverIn(trx, actor, coverId)), deliveryId: id };
  });
}

export async function summary(s: Services, ctx: RequestContext, year: number, orgId?: number) {
  const rows = await repo.summary(s.database.db, ctx.actor!, year, orgId);
  const of = (plan: 'C' | 'D') => rows.find((r) => r.plan === plan) ?? { members: 0, checkups: 0 };
  return { C: { members: of('C').members }, D: { members: of('D').members, checkups: of('D').checkups } };
}

export async function myCovers(s: Services, personId: number) {
  const rows = await repo.coversOfPerson(s.database.db, personId);
  const d = await repo.deliveriesOf(
    s.database.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    present(
      r,
      d.filter((x) => x.cover_id === r.id),
    ),
  );
}
