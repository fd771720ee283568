// 公益乐学 free classes (issue 10 §3; 000 公益乐学职工文体服务实施方案). Rules, with their paragraphs:
// - 现场版 (四（一） 职工个人……预约现场版免费培训): a class session is a first-come pool of the pools module (program
//   `class`, its capacity and claims there): a member books for themself, an officer for a member in scope; never over
//   capacity (`pool-full`), one booking per member per session (`already-claimed`), bookings close when the class
//   starts (the pool closes then); a cancelled booking gives the place back, until the class starts.
// - 企业版送教上门 (四（二） 每家企事业单位或工会组织每年免费享受两场一个半小时送教上门): a unit's visit is booked by
//   an officer of the unit or a union above it; the engine (policy program free-class-visit) counts the unit's visits
//   booked in the visit's calendar year and refuses the third (`over-free-visits`). A cancelled visit gives its turn back.
import { can, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, forbidden, invalidField, notFound } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import { maskPhone } from '../../platform/personal-data.ts';
import type { TPageQuery } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { claimPlace, claimsOfPool, createPoolTx, myPlaces, poolsHeldBy, poolViews, releaseClaimTx } from '../pools/api.ts';
import { evaluate } from '../policy/service.ts';
import * as repo from './repository.ts';
import { CATEGORIES } from './schema.ts';

/** The pools' program of the class sessions. */
export const CLASS_PROGRAM = 'class';
const nameOf = (category: string) => CATEGORIES.find((c) => c.zh === category) ?? { zh: category, en: category };
const shanghaiYear = (d: Date) => new Date(d.getTime() + 8 * 3600_000).getUTCFullYear();

async function memberPathOf(s: Services, actor: Actor) {
  return actor.role === 'member' && actor.personId ? repo.memberPath(s.database.db, actor.personId) : null;
}

function sees(actor: Actor, orgPath: string, memberPath: string | null) {
  if (actor.role === 'member') return memberPath !== null && memberPath.startsWith(orgPath);
  return pathInScope(actor, orgPath) || (actor.orgPath !== null && actor.orgPath.startsWith(orgPath));
}

type PoolView = Awaited<ReturnType<typeof poolViews>> extends Map<number, infer V> ? V : never;

function present(actor: Actor, c: repo.CourseRow, p: PoolView, booked: boolean, now: Date) {
  const started = now >= new Date(c.starts_at);
  const member = actor.role === 'member';
  return {
    id: c.pool_id,
    title: p.title,
    category: c.category,
    categoryName: nameOf(c.category),
    teachingPoint: c.teaching_point,
    venue: c.venue,
    teacher: c.teacher,
    startsAt: c.starts_at,
    endsAt: c.ends_at,
    year: shanghaiYear(new Date(c.starts_at)),
    orgId: c.org_id,
    orgName: c.org_name,
    capacity: p.capacity,
    taken: p.taken,
    remaining: p.remaining,
    opensAt: p.opensAt,
    closesAt: p.closesAt,
    state: p.state,
    booked,
    abilities: {
      book: member && !booked && p.abilities.claim,
      bookForMembers: !member && p.abilities.claimForMembers,
      // An officer cancels the bookings of members in their subtree (the bookings list shows which: memberId > 0).
      cancel: !started && can(actor, 'pools.claim') && (member ? booked : p.taken > 0),
    },
  };
}

async function presentMany(s: Services, ctx: RequestContext, rows: repo.CourseRow[]) {
  const actor = ctx.actor!;
  const now = s.clock.now();
  const ids = rows.map((r) => r.pool_id);
  const pools = await poolViews(s.database.db, ctx, ids, now);
  const held = actor.role === 'member' && actor.personId ? await poolsHeldBy(s.database.db, ids, actor.personId) : new Set<number>();
  return rows.filter((r) => pools.has(r.pool_id)).map((r) => present(actor, r, pools.get(r.pool_id)!, held.has(r.pool_id), now));
}

async function visibleCourse(s: Services, ctx: RequestContext, id: number) {
  const c = await repo.courseById(s.database.db, id);
  if (!c || !sees(ctx.actor!, c.org_path, await memberPathOf(s, ctx.actor!))) throw notFound('class', id);
  return c;
}

export const categories = () => ({ items: CATEGORIES.map((c) => ({ code: c.zh, name: c })) });

export async function createCourse(
  s: Services,
  ctx: RequestContext,
  body: {
    title: string;
    category: string;
    teachingPoint: string;
    venue: string;
    teacher?: string | undefined;
    startsAt: string;
    endsAt: string;
    capacity: number;
    orgId: number;
    opensAt?: string | undefined;
  },
) {
  const startsAt = new Date(body.startsAt);
  const endsAt = new Date(body.endsAt);
  const now = s.clock.now();
  if (endsAt <= startsAt) throw invalidField('body.endsAt', 'before-start', { zh: '下课时间应晚于上课时间', en: 'must be after startsAt' });
  if (startsAt <= now) throw invalidField('body.startsAt', 'in-the-past', { zh: '上课时间应晚于现在', en: 'must be in the future' });
  const opensAt = body.opensAt ? new Date(body.opensAt) : now;
  if (opensAt >= startsAt)
    throw invalidField('body.opensAt', 'after-start', { zh: '预约开放时间应早于上课时间', en: 'booking must open before the class starts' });
  const id = await s.database.db.transaction().execute(async (trx) => {
    // Bookings close when the class starts: the pool's window is [opensAt, startsAt).
    const pool = await createPoolTx(s, ctx, trx, {
      title: body.title,
      capacity: body.capacity,
      orgId: body.orgId,
      opensAt,
      closesAt: startsAt,
      program: CLASS_PROGRAM,
      year: shanghaiYear(startsAt),
    });
    await repo.insertCourse(trx, {
      poolId: pool.id,
      orgId: body.orgId,
      category: body.category,
      teachingPoint: body.teachingPoint,
      venue: body.venue,
      teacher: body.teacher ?? null,
      startsAt,
      endsAt,
    });
    await writeAudit(trx, ctx, {
      action: 'class.create',
      entity: 'class',
      entityId: pool.id,
      orgPath: ctx.actor!.orgPath,
      summary: `公益乐学 ${body.category}：${body.title}（${body.teachingPoint}，${body.capacity} 人）`,
      after: body,
    });
    return pool.id;
  });
  return getCourse(s, ctx, id);
}

export async function getCourse(s: Services, ctx: RequestContext, id: number) {
  const c = await visibleCourse(s, ctx, id);
  return (await presentMany(s, ctx, [c]))[0]!;
}

export async function listCourses(s: Services, ctx: RequestContext, q: { year?: number | undefined }) {
  const actor = ctx.actor!;
  const path = actor.role === 'member' ? await memberPathOf(s, actor) : actor.orgPath;
  if (!path) return { items: [] };
  const rows = (await repo.coursesSeenFrom(s.database.db, path, actor.role !== 'member', q.year)).filter((r) =>
    sees(actor, r.org_path, actor.role === 'member' ? path : null),
  );
  return { items: await presentMany(s, ctx, rows) };
}

/** The member's own booked classes (the portal). */
export async function myCourses(s: Services, ctx: RequestContext) {
  const places = await myPlaces(s, ctx);
  const ids = places.claims.filter((c) => c.program === CLASS_PROGRAM).map((c) => c.poolId);
  return { items: await presentMany(s, ctx, await repo.coursesByIds(s.database.db, ids)) };
}

export async function book(s: Services, ctx: RequestContext, id: number, memberId: number | undefined) {
  await visibleCourse(s, ctx, id);
  const g = await claimPlace(s, ctx, id, memberId);
  return { id: g.id, classId: id, memberId: g.memberId, capacity: g.capacity, taken: g.taken, remaining: g.remaining };
}

export async function cancel(s: Services, ctx: RequestContext, id: number, memberId: number | undefined) {
  const actor = ctx.actor!;
  const c = await visibleCourse(s, ctx, id);
  let personId: number;
  if (actor.role === 'member') {
    if (!actor.personId) throw forbidden();
    if (memberId !== undefined && memberId !== actor.personId) throw forbidden({ zh: '会员只能取消本人的预约', en: 'A member cancels only their own booking' });
    personId = actor.personId;
  } else {
    if (memberId === undefined) throw invalidField('memberId', 'required', { zh: '请指定取消哪位会员的预约', en: 'say whose booking to cancel' });
    personId = memberId;
  }
  if (s.clock.now() >= new Date(c.starts_at))
    throw conflict('class-started', { zh: '课程已开始，不能再取消预约', en: 'The class has started; its bookings can no longer be cancelled' });
  const r = await s.database.db.transaction().execute((trx) => releaseClaimTx(trx, ctx, id, personId));
  return { classId: id, memberId: personId, capacity: r.capacity, taken: r.taken, remaining: r.remaining };
}

export async function bookings(s: Services, ctx: RequestContext, id: number, q: TPageQuery) {
  await visibleCourse(s, ctx, id);
  const page = await claimsOfPool(s, ctx, id, q);
  return { items: page.items.map(({ poolId: _p, ...b }) => b), total: page.total, page: page.page, pageSize: page.pageSize };
}

// ---------------------------------------------------------------------------------------------
// 企业版送教上门.

const FREE_VISIT = 'free-class-visit';
const endOf = (start: string, minutes: number) => {
  const m = Number(start.slice(0, 2)) * 60 + Number(start.slice(3, 5)) + minutes;
  return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

function presentVisit(actor: Actor, v: repo.VisitRow, today: string) {
  const out = ((v.evaluation as { output?: Record<string, number> } | null)?.output ?? {}) as Record<string, number>;
  return {
    id: v.id,
    orgId: v.org_id,
    orgName: v.org_name,
    year: v.year,
    visitOn: v.visit_on,
    startTime: v.start_time,
    endTime: endOf(v.start_time, out.visitMinutes ?? 90),
    category: v.category,
    categoryName: nameOf(v.category),
    address: v.address,
    contactName: v.contact_name,
    contactPhone: maskPhone(v.contact_phone),
    attendees: v.attendees,
    status: v.status,
    visitNumber: out.visitNumber ?? 0,
    freeVisitsPerYear: out.freeVisitsPerYear ?? 0,
    createdAt: v.created_at,
    abilities: { cancel: v.status === 'booked' && v.visit_on > today && can(actor, 'pools.claim') && actor.role !== 'member' },
  };
}

export async function bookVisit(
  s: Services,
  ctx: RequestContext,
  body: { orgId: number; visitOn: string; startTime: string; category: string; address: string; contactName: string; contactPhone: string; attendees: number },
) {
  const actor = ctx.actor!;
  if (actor.role === 'member') throw forbidden({ zh: '送教上门由单位或工会组织预约', en: 'An on-site visit is booked by the unit or its union' });
  const today = s.clock.today();
  if (body.visitOn <= today) throw invalidField('body.visitOn', 'not-after-today', { zh: '送教日期应晚于今天', en: 'the visit must be after today' });
  const year = Number(body.visitOn.slice(0, 4));
  const db = s.database.db;
  const id = await db.transaction().execute(async (trx) => {
    const org = await repo.orgInScope(trx, actor, body.orgId);
    if (!org) throw notFound('org', body.orgId);
    await repo.lockUnitYear(trx, org.id, year);
    const booked = await repo.bookedVisits(trx, org.id, year);
    // 000 公益乐学 四（二）: the engine decides, from the visits the unit already has in the visit's year.
    const r = evaluate(FREE_VISIT, body.visitOn, { visitsThisYear: booked });
    const perYear = Number(r.output.freeVisitsPerYear);
    if (!r.eligible)
      throw conflict(
        'over-free-visits',
        {
          zh: `${org.name} ${year} 年已预约 ${booked} 场送教上门：每家企事业单位或工会组织每年免费享受 ${perYear} 场一个半小时送教上门（公益乐学职工文体服务实施方案 四（二）），第 ${booked + 1} 场不予受理`,
          en: `${org.name} already has ${booked} on-site visits in ${year}: each unit gets ${perYear} free 1.5-hour visits a year (free classes plan 四（二）), so visit ${booked + 1} is refused`,
        },
        { rule: '000 公益乐学 四（二）', visitsThisYear: booked, freeVisitsPerYear: perYear, reasons: r.reasons },
      );
    const evaluation = {
      at: today,
      policy: r.policy,
      eligible: r.eligible,
      output: r.output,
      reasons: r.reasons,
      trace: r.trace,
      input: { visitsThisYear: booked },
    };
    const { id } = await repo.insertVisit(trx, { ...body, orgId: org.id, year, evaluation, bookedBy: actor.accountId });
    await writeAudit(trx, ctx, {
      action: 'class-visit.book',
      entity: 'class-visit',
      entityId: id,
      orgPath: org.path,
      summary: `公益乐学送教上门：${org.name} ${body.visitOn} ${body.startTime} ${body.category}（本年第 ${booked + 1} 场）`,
      after: { ...body, contactPhone: maskPhone(body.contactPhone) },
    });
    return id;
  });
  return presentVisit(actor, (await repo.visitById(db, actor, id))!, today);
}

export async function cancelVisit(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  if (actor.role === 'member') throw forbidden();
  const db = s.database.db;
  const today = s.clock.today();
  return db.transaction().execute(async (trx) => {
    const v = await repo.visitById(trx, actor, id);
    if (!v) throw notFound('class-visit', id);
    if (v.status !== 'booked') throw conflict('visit-cancelled', { zh: '该送教预约已取消', en: 'This visit is already cancelled' });
    if (v.visit_on <= today)
      throw conflict('visit-due', { zh: `送教日期 ${v.visit_on} 已到，不能取消`, en: `The visit is on ${v.visit_on}; it can no longer be cancelled` });
    await repo.lockUnitYear(trx, v.org_id, v.year);
    await repo.cancelVisit(trx, id, s.clock.now());
    await writeAudit(trx, ctx, {
      action: 'class-visit.cancel',
      entity: 'class-visit',
      entityId: id,
      orgPath: v.org_path,
      summary: `取消送教上门：${v.org_name} ${v.visit_on}`,
    });
    return presentVisit(actor, (await repo.visitById(trx, actor, id))!, today);
  });
}

export async function listVisits(s: Services, ctx: RequestContext, q: { year?: number | undefined }) {
  const actor = ctx.actor!;
  if (actor.role === 'member') return { items: [], used: [] };
  const today = s.clock.today();
  const rows = await repo.listVisits(s.database.db, actor, q.year);
  const items = rows.map((v) => presentVisit(actor, v, today));
  const used = new Map<string, { orgId: number; orgName: string; year: number; booked: number; free: number }>();
  for (const v of items) {
    const k = `${v.orgId}:${v.year}`;
    const u = used.get(k) ?? { orgId: v.orgId, orgName: v.orgName, year: v.year, booked: 0, free: v.freeVisitsPerYear };
    if (v.status === 'booked') u.booked++;
    used.set(k, u);
  }
  return { items, used: [...used.values()] };
}
