// Places: first-come pools and places handed down the union tree (issue 10 §2).
// Rules, with their paragraphs:
// - a first-come pool opens at a time and gives places in order until full (002 嘉定 “先到先得” 6,000 D/E/F 体检名额;
//   003 附件2-9 团体疗休养名额): never more than its capacity, never a place lost, one place per member per pool.
//   Claims are written by the pool's coalescer (coalescer.ts): concurrent claims share one transaction per short
//   batch — the pool row locked, the claim rows (unique (pool, member)) and `taken = taken + n WHERE taken + n <=
//   capacity` commit together. The check constraint taken <= capacity is the last guard.
// - places down the tree (000 六(一)2 / 六(二)2 各区局（产业）工会在获得……名额后，及时将名额分配给所属基层单位):
//   a split never exceeds what its grant still has (conditional UPDATE on the parent, in the same transaction as the child);
// - expiry (000 六(一)2 “在一个月内上报……名额分配表，逾期名额不再保留”): a district's or street's grant that has not
//   passed its places down within a month of the grant gives the rest back to the grant above — the daily job
//   `pools.expire-grants` (module.ts) writes it (`returned`), and reads also show a grant past its month as expired.
import { z } from 'zod';
import { can, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, forbidden, invalidField, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import { defineJob } from '../../platform/module.ts';
import { paginate, type TPageQuery } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { enqueueClaim } from './coalescer.ts';
import * as repo from './repository.ts';
import { myTrips } from './reminders.ts';
import { checkOfferCapacity } from './quotas.ts';

// ---------------------------------------------------------------------------------------------
// First-come pools.

type PoolState = 'scheduled' | 'open' | 'full' | 'closed';

function stateOf(p: repo.PoolRow, now: Date): PoolState {
  if (now < new Date(p.opens_at)) return 'scheduled';
  if (now >= new Date(p.closes_at)) return 'closed';
  return p.taken >= p.capacity ? 'full' : 'open';
}

/** May the actor see a pool: officers when its union is in their subtree or above their union; members when it is above theirs. */
function seesPool(actor: Actor, p: repo.PoolRow, memberPath: string | null): boolean {
  if (actor.role === 'member') return memberPath !== null && memberPath.startsWith(p.org_path);
  if (pathInScope(actor, p.org_path)) return true;
  return actor.orgPath !== null && actor.orgPath.startsWith(p.org_path);
}

function presentPool(actor: Actor, p: repo.PoolRow, now: Date) {
  const state = stateOf(p, now);
  const claimForMembers = can(actor, 'pools.claim') && actor.role !== 'member';
  return {
    id: p.id,
    title: p.title,
    program: p.program,
    year: p.year,
    orgId: p.org_id,
    orgName: p.org_name,
    capacity: p.capacity,
    taken: p.taken,
    remaining: p.capacity - p.taken,
    opensAt: p.opens_at,
    closesAt: p.closes_at,
    state,
    abilities: { claim: state === 'open' && can(actor, 'pools.claim'), claimForMembers: state === 'open' && claimForMembers },
  };
}

async function memberPathOf(s: Services, actor: Actor) {
  if (actor.role !== 'member' || !actor.personId) return null;
  return (await repo.activeMembership(s.database.db, actor.personId, null))?.path ?? null;
}

async function visiblePool(s: Services, actor: Actor, id: number) {
  const p = await repo.poolById(s.database.db, id);
  if (!p || !seesPool(actor, p, await memberPathOf(s, actor))) throw notFound('pool', id);
  return p;
}

export async function createPool(
  s: Services,
  ctx: RequestContext,
  body: { title: string; capacity: number; orgId: number; opensAt: string; closesAt: string; program?: string | undefined; year?: number | undefined },
) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const org = await repo.orgInScope(db, actor, body.orgId);
  if (!org) throw notFound('org', body.orgId);
  const opensAt = new Date(body.opensAt);
  const closesAt = new Date(body.closesAt);
  if (closesAt <= opensAt) throw invalidField('closesAt', 'before-opening', { zh: '截止时间应晚于开放时间', en: 'must be after opensAt' });
  return db.transaction().execute((trx) => insertPoolTx(s, ctx, trx, org, body, opensAt, closesAt));
}

async function insertPoolTx(
  s: Services,
  ctx: RequestContext,
  trx: Executor,
  org: { id: number; name: string; path: string },
  body: { title: string; capacity: number; program?: string | undefined; year?: number | undefined },
  opensAt: Date,
  closesAt: Date,
) {
  const actor = ctx.actor!;
  const { id } = await repo.insertPool(trx, {
    title: body.title,
    program: body.program ?? null,
    year: body.year ?? null,
    orgId: org.id,
    capacity: body.capacity,
    opensAt,
    closesAt,
    createdBy: actor.accountId,
  });
  await writeAudit(trx, ctx, {
    action: 'pool.create',
    entity: 'pool',
    entityId: id,
    orgPath: org.path,
    summary: `${body.title}：${body.capacity} 个名额（${org.name}）`,
    after: body,
  });
  const p = (await repo.poolById(trx, id))!;
  return presentPool(actor, p, s.clock.now());
}

/**
 * A pool opened inside the caller's transaction (another module's offer that hands out places first come, e.g. a
 * class session of 公益乐学): the same checks as `POST /pools`; `orgId` must lie in the caller's subtree.
 */
export async function createPoolTx(
  s: Services,
  ctx: RequestContext,
  trx: Executor,
  body: { title: string; capacity: number; orgId: number; opensAt: Date; closesAt: Date; program: string; year: number },
) {
  const org = await repo.orgInScope(trx, ctx.actor!, body.orgId);
  if (!org) throw notFound('org', body.orgId);
  if (body.closesAt <= body.opensAt) throw invalidField('closesAt', 'before-opening', { zh: '截止时间应晚于开放时间', en: 'must be after opensAt' });
  return insertPoolTx(s, ctx, trx, org, body, body.opensAt, body.closesAt);
}

/**
 * Give a claimed place back (a cancelled booking): the claim row goes and `taken` drops by one, under the pool row's
 * lock that orders the claim batches (coalescer.ts), so the count and the rows stay equal. A member cancels their own
 * claim; an officer one of a member in their subtree. Refused with 404 when there is no such claim the caller sees.
 */
export async function releaseClaimTx(trx: Executor, ctx: RequestContext, poolId: number, personId: number) {
  const actor = ctx.actor!;
  if (actor.role === 'member' && actor.personId !== personId) throw forbidden({ zh: '会员只能取消本人的名额', en: 'A member cancels only their own place' });
  const p = await repo.lockPool(trx, poolId);
  if (!p) throw notFound('pool', poolId);
  const c = await repo.claimOf(trx, poolId, personId);
  if (!c || (actor.role !== 'member' && !pathInScope(actor, c.path))) throw notFound('claim', personId);
  await repo.deleteClaim(trx, c.id);
  const t = await repo.givePlaceBack(trx, poolId);
  await writeAudit(trx, ctx, {
    action: 'pool.release',
    entity: 'pool',
    entityId: poolId,
    orgPath: c.path,
    summary: `${p.title}：退回 1 个名额`,
    before: { claimId: c.id },
  });
  return { claimId: c.id, capacity: t.capacity, taken: t.taken, remaining: t.capacity - t.taken };
}

/** Several pools as another module presents them, by id (no scope: the caller has checked who sees what). */
export async function poolViews(db: Executor, ctx: RequestContext, ids: number[], now: Date) {
  const rows = await repo.poolsByIds(db, ids);
  return new Map(rows.map((p) => [p.id, presentPool(ctx.actor!, p, now)]));
}

/** The pool row as another module presents it (title, counts, window, state), or undefined. */
export async function poolView(db: Executor, ctx: RequestContext, id: number, now: Date) {
  const p = await repo.poolById(db, id);
  return p ? { ...presentPool(ctx.actor!, p, now), orgPath: p.org_path } : undefined;
}

export async function getPool(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  return presentPool(actor, await visiblePool(s, actor, id), s.clock.now());
}

export async function listPools(s: Services, ctx: RequestContext, q: { year?: number | undefined }) {
  const actor = ctx.actor!;
  const now = s.clock.now();
  let rows: repo.PoolRow[];
  if (actor.role === 'member') {
    const path = await memberPathOf(s, actor);
    rows = path ? await repo.poolsSeenFrom(s.database.db, path, false, q.year) : [];
  } else {
    if (!actor.orgPath) return { items: [] };
    rows = await repo.poolsSeenFrom(s.database.db, actor.orgPath, true, q.year);
    rows = rows.filter((p) => seesPool(actor, p, null));
  }
  return { items: rows.map((p) => presentPool(actor, p, now)) };
}

/**
 * Claim one place. An officer claims for a member of their subtree (`memberId`, a person id); a member claims for
 * themself. Refused: not open yet, closed, full (`pool-full`), the member already holds a place (`already-claimed`),
 * the member's union is not under the pool's union.
 */
export async function claim(s: Services, ctx: RequestContext, poolId: number, memberId: number | undefined) {
  const actor = ctx.actor!;
  let personId: number;
  if (actor.role === 'member') {
    if (!actor.personId) throw forbidden();
    if (memberId !== undefined && memberId !== actor.personId) throw forbidden({ zh: '会员只能为本人领取名额', en: 'A member claims only for themself' });
    personId = actor.personId;
  } else {
    if (memberId === undefined) throw invalidField('memberId', 'required', { zh: '请指定为哪位会员领取', en: 'say which member the place is for' });
    personId = memberId;
  }
  // Written by the pool's claim coalescer: one transaction per short batch of concurrent claims (coalescer.ts).
  return enqueueClaim(s, poolId, actor, personId);
}

export async function listClaims(s: Services, ctx: RequestContext, poolId: number, q: TPageQuery) {
  const actor = ctx.actor!;
  const p = await visiblePool(s, actor, poolId);
  if (actor.role === 'member') throw forbidden();
  const db = s.database.db;
  // The claims of members in the caller's subtree (a district sees its own members' claims on a city-wide pool).
  const page = await paginate(
    q,
    (o, l) => repo.claimsOfPool(db, p.id, o, l),
    () => repo.countClaims(db, p.id),
  );
  return {
    ...page,
    items: page.items.map((c) => {
      const mine = pathInScope(actor, c.path);
      return {
        id: c.id,
        poolId: c.pool_id,
        memberId: mine ? c.person_id : 0,
        memberNo: mine ? c.member_no : '—',
        name: mine ? maskName(c.name) : '—',
        orgId: c.org_id,
        orgName: c.org_name,
        createdAt: c.created_at,
      };
    }),
  };
}

/** Names in lists: the family name and a mask (personal data masked in lists). */
export const maskName = (n: string) => (n.length <= 1 ? n : n[0] + '*'.repeat(Math.min(n.length - 1, 2)));

export async function myPlaces(s: Services, ctx: RequestContext) {
  const personId = ctx.actor?.personId;
  if (!personId) throw forbidden({ zh: '只有会员本人可以查看自己的名额', en: 'Only a member sees their own places' });
  const rows = await repo.claimsOfPerson(s.database.db, personId);
  return {
    claims: rows.map((c) => ({ id: c.id, poolId: c.pool_id, title: c.title, program: c.program, year: c.year, orgName: c.org_name, createdAt: c.created_at })),
    trips: await myTrips(s, personId),
  };
}

// ---------------------------------------------------------------------------------------------
// Places down the tree.

/**
 * Does the actor act for the union holding places at `path` (split them, draw up its rosters)? An officer of the union
 * tree whose subtree holds it. Departments and agencies read the whole federation (scopePath: the root) but hold no
 * union's places: the agency runs the offer and files its claims as provider, the federation grants (000 六(一)).
 */
export const actsForUnion = (actor: Actor, path: string) =>
  can(actor, 'pools.manage') && !['department-officer', 'agency-officer', 'auditor'].includes(actor.role) && pathInScope(actor, path);

/** The day a grant's month ends (000 六(一)2 一个月内): granted_on + 1 calendar month. */
export function expiryOf(grantedOn: string): string {
  const d = new Date(`${grantedOn}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCMonth(d.getUTCMonth() + 1);
  if (d.getUTCDate() !== day) d.setUTCDate(0); // 01-31 → 02-28
  return d.toISOString().slice(0, 10);
}

function presentGrant(actor: Actor, g: repo.GrantRow, today: string) {
  const expiresOn = expiryOf(g.granted_on);
  const expired = g.to_kind !== 'grassroots' && today > expiresOn;
  const available = expired ? 0 : g.places - g.allocated - g.returned;
  return {
    id: g.id,
    program: g.program,
    year: g.year,
    site: g.site,
    parentId: g.parent_id,
    fromOrgId: g.from_org_id,
    fromOrgName: g.from_name,
    toOrgId: g.to_org_id,
    toOrgName: g.to_name,
    toOrgKind: g.to_kind,
    places: g.places,
    allocated: g.allocated,
    returned: g.returned,
    available,
    grantedOn: g.granted_on,
    expiresOn,
    expired,
    abilities: { split: available > 0 && g.to_kind !== 'grassroots' && actsForUnion(actor, g.to_path) },
  };
}

const levelZh: Record<string, string> = {
  municipal: '市总工会',
  district: '区局（产业）工会',
  industry: '区局（产业）工会',
  street: '街道（园区）工会',
  park: '街道（园区）工会',
  grassroots: '基层工会',
};

interface GrantReq {
  program: string;
  year: number;
  site?: string | undefined;
  toOrgId: number;
  places: number;
  parentId?: number | undefined;
}

/** A grant from the caller's union (the federation to a district), or a split of a grant the caller's union holds. */
export async function createGrant(s: Services, ctx: RequestContext, req: GrantReq) {
  return s.database.db.transaction().execute((trx) => grantIn(s, ctx, trx, req, 'body'));
}

/** A grant (or split) inside the caller's transaction; `field` names the row in errors ('body' for a single grant). */
export const grantInTx = (s: Services, ctx: RequestContext, trx: Parameters<typeof repo.insertGrant>[0], req: GrantReq, field: string) =>
  grantIn(s, ctx, trx, req, field);

async function grantIn(s: Services, ctx: RequestContext, trx: Parameters<typeof repo.insertGrant>[0], req: GrantReq, field: string) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  const to = await repo.orgInScope(trx, actor, req.toOrgId);
  if (!to) throw notFound('org', req.toOrgId);
  let fromOrgId: number;
  let program = req.program,
    year = req.year,
    site = req.site ?? null;
  if (req.parentId) {
    const parent = await repo.grantById(trx, actor, req.parentId);
    if (!parent) throw notFound('grant', req.parentId);
    const view = presentGrant(actor, parent, today);
    if (!actsForUnion(actor, parent.to_path)) throw forbidden({ zh: '只有获得名额的工会可以向下分配', en: 'Only the union holding the places splits them' });
    if (view.expired)
      throw conflict('grant-expired', {
        zh: `${parent.to_name}的名额已于 ${view.expiresOn} 逾期，未分配的名额不再保留（沪工总办〔2017〕360号 六(一)2）`,
        en: `${parent.to_name}'s places lapsed on ${view.expiresOn}; unallocated places are not kept (沪工总办〔2017〕360号 六(一)2)`,
      });
    if (!to.path.startsWith(parent.to_path) || to.id === parent.to_org_id)
      throw invalidField(`${field}.toOrgId`, 'not-below', { zh: `${to.name}不在${parent.to_name}之下`, en: `${to.name} is not under ${parent.to_name}` });
    fromOrgId = parent.to_org_id;
    program = parent.program;
    year = parent.year;
    site = parent.site;
    const r = await repo.reserve(trx, parent.id, req.places);
    if (!r)
      throw new AppError(
        409,
        'over-allocated',
        {
          zh: `${field === 'body' ? '' : `第 ${field} 行：`}分给${to.name}的 ${req.places} 个名额超过${parent.to_name}（${levelZh[parent.to_kind] ?? parent.to_kind}）尚可分配的 ${view.available} 个`,
          en: `${field === 'body' ? '' : `Row ${field}: `}${req.places} places for ${to.name} exceed the ${view.available} ${parent.to_name} still has to give`,
        },
        [
          {
            field: field === 'body' ? 'body.places' : `rows[${field}].places`,
            code: 'over-allocated',
            message: { zh: `超出 ${view.available}`, en: `more than ${view.available}` },
          },
        ],
        { level: parent.to_kind, grantId: parent.id, available: view.available },
      );
  } else {
    if (!actor.orgId || !actor.orgPath) throw forbidden();
    if (!to.path.startsWith(actor.orgPath) || to.id === actor.orgId)
      throw invalidField('body.toOrgId', 'not-below', { zh: `${to.name}不在本工会之下`, en: `${to.name} is not under your union` });
    fromOrgId = actor.orgId;
    // A grant from the top of a plan of the offer never passes the plan's capacity (quotas.ts).
    await checkOfferCapacity(trx, program, year, site, req.places, field === 'body' ? null : field);
  }
  try {
    const { id } = await repo.insertGrant(trx, {
      program,
      year,
      site,
      parentId: req.parentId ?? null,
      fromOrgId,
      toOrgId: to.id,
      places: req.places,
      grantedOn: today,
      grantedBy: actor.accountId,
    });
    await writeAudit(trx, ctx, {
      action: 'grant.create',
      entity: 'place-grant',
      entityId: id,
      orgPath: to.path,
      summary: `${program} ${year}${site ? ` ${site}` : ''}：${req.places} 个名额给${to.name}`,
      after: req,
    });
    return presentGrant(actor, (await repo.grantById(trx, actor, id))!, today);
  } catch (err) {
    if ((err as { code?: string }).code === '23505')
      throw conflict('already-granted', {
        zh: `${to.name}已有 ${year} 年度${site ? `“${site}”` : ''}的名额，请调整原分配`,
        en: `${to.name} already has ${year} places${site ? ` for ${site}` : ''}`,
      });
    throw err;
  }
}

export async function listGrants(
  s: Services,
  ctx: RequestContext,
  q: { year?: number | undefined; program?: string | undefined; parentId?: number | undefined },
) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  return { items: (await repo.listGrants(s.database.db, actor, q)).map((g) => presentGrant(actor, g, today)) };
}

export async function getGrant(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  const g = await repo.grantById(s.database.db, actor, id);
  if (!g) throw notFound('grant', id);
  const children = await repo.childrenOf(s.database.db, id);
  return { ...presentGrant(actor, g, today), children: children.map((c) => presentGrant(actor, c, today)) };
}

/** Import splits of a grant from rows (the 名额分配表): all rows or none; the first wrong row is named. */
export async function importSplits(s: Services, ctx: RequestContext, grantId: number, rows: { row: number; orgId: number; places: number }[]) {
  if (!rows.length) throw invalidField('file', 'empty', { zh: '分配表中没有分配行', en: 'the sheet has no rows' });
  return s.database.db.transaction().execute(async (trx) => {
    let places = 0;
    for (const r of rows) {
      await grantIn(s, ctx, trx, { program: '', year: 2000, toOrgId: r.orgId, places: r.places, parentId: grantId }, String(r.row));
      places += r.places;
    }
    const g = await repo.grantById(trx, ctx.actor!, grantId);
    return { created: rows.length, places, grant: presentGrant(ctx.actor!, g!, s.clock.today()) };
  });
}

/** The daily job: grants past their month give their unallocated places back (000 六(一)2 逾期名额不再保留). */
export const expireGrantsJob = defineJob({
  kind: 'pools.expire-grants',
  payload: z.object({}),
  async handler(s) {
    const today = s.clock.today();
    // granted_on + 1 month < today  ⇔  granted_on < today − 1 month (same calendar arithmetic as expiryOf, backwards).
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - 1);
    const before = d.toISOString().slice(0, 10);
    let returned = 0;
    await s.database.db.transaction().execute(async (trx) => {
      for (const g of await repo.expiredWithPlaces(trx, before)) returned += await repo.giveBack(trx, g.id);
    });
    return { returned };
  },
});

/** The payout ledger's "on paid" hook for a quota settlement (payouts/sources.ts); loaded lazily, the quotas file books into the ledger. */
export async function settlementPaidByLedger(trx: Executor, ctx: RequestContext, id: number, p: { paidOn: string; reference: string | null; batchNo: string }) {
  const { settlementPaidByLedger: paid } = await import('./quotas.ts');
  return paid(trx, ctx, id, p);
}
