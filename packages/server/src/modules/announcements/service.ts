// The announcements board (通知公告, issue 12 §3): a union publishes a notice to its own subtree —
// union officers only, or their members too — and every reader's inbox holds what the unions on
// their way up published (their own union included), pinned first, then newest. Reading is
// recorded per account (the bell's unread count; the publisher's read count). A notice is never
// edited after publication (readers may already have acted on it); it is withdrawn with a reason and
// published again. Publishing and withdrawing are audited.
import { can, mayManage, scopePath, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, forbidden, invalidField, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import { paginate } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { homePath } from '../members/api.ts';
import { findOrg } from '../orgs/api.ts';
import * as repo from './repository.ts';
import type { TAnnouncementCreate, TAnnouncementList } from './schema.ts';

const audienceNames = {
  officers: { zh: '本会及下级工会干部', en: 'Union officers of the subtree' },
  everyone: { zh: '本会及下级工会干部和会员', en: 'Union officers and members of the subtree' },
} as const;

/** Every path on the way up from `path` (`1.23.456.` → `1.`, `1.23.`, `1.23.456.`). */
export function ancestorPaths(path: string): string[] {
  const parts = path.split('.').filter(Boolean);
  return parts.map((_, i) => `${parts.slice(0, i + 1).join('.')}.`);
}

const isOfficer = (actor: Actor) => actor.role !== 'member';

async function inboxFilter(db: Executor, actor: Actor, today: string) {
  const home = await homePath(db, actor);
  return { ancestorPaths: home ? ancestorPaths(home) : [], accountId: actor.accountId, officer: isOfficer(actor), today };
}

function present(actor: Actor, r: repo.AnnouncementRow & { read?: boolean | 0 | 1; reads?: string | number | null }) {
  return {
    id: Number(r.id),
    org: { id: Number(r.org_id), name: r.org_name },
    title: r.title,
    body: r.body,
    audience: r.audience,
    audienceName: audienceNames[r.audience],
    pinned: r.pinned,
    expiresOn: r.expires_on,
    publishedAt: r.published_at,
    publishedBy: r.published_by_name,
    withdrawn: r.withdrawn_at ? { at: r.withdrawn_at, reason: r.withdraw_reason } : null,
    ...(r.read !== undefined ? { read: !!r.read } : {}),
    ...(r.reads !== undefined ? { reads: Number(r.reads ?? 0) } : {}),
    abilities: { withdraw: !r.withdrawn_at && mayManage(actor, 'announcements.publish', { path: r.org_path }) },
  };
}

export async function list(s: Services, ctx: RequestContext, q: TAnnouncementList) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const f = await inboxFilter(db, actor, s.clock.today());
  const unread = Number(await repo.inboxCount(db, { ...f, unreadOnly: true }));
  if (q.box === 'published') {
    const root = scopePath(actor);
    if (!can(actor, 'announcements.publish') || root === null)
      throw forbidden({ zh: '只有工会干部可以查看本会发布的通知', en: 'Only union officers see what their unions published' });
    const pf = { scopeRoot: root, ...(q.q ? { q: q.q } : {}) };
    const page = await paginate(
      q,
      async (o, l) => (await repo.published(db, pf, o, l)).map((r) => present(actor, r)),
      () => repo.publishedCount(db, pf),
    );
    return { ...page, unread };
  }
  const inf = { ...f, unreadOnly: q.unread === 'true', ...(q.q ? { q: q.q } : {}) };
  const page = await paginate(
    q,
    async (o, l) => (await repo.inbox(db, inf, o, l)).map((r) => present(actor, r)),
    () => repo.inboxCount(db, inf),
  );
  return { ...page, unread };
}

/** A notice the actor may read: in their inbox, or published in their subtree (officers who publish). */
async function visible(s: Services, actor: Actor, id: number) {
  const db = s.database.db;
  const a = await repo.byId(db, id);
  if (!a) throw notFound('announcement', id);
  const mine = can(actor, 'announcements.publish') && mayManage(actor, 'announcements.publish', { path: a.org_path });
  if (mine) return a;
  const f = await inboxFilter(db, actor, s.clock.today());
  const inInbox =
    f.ancestorPaths.includes(a.org_path) && !a.withdrawn_at && (f.officer || a.audience === 'everyone') && (!a.expires_on || a.expires_on >= f.today);
  if (!inInbox) throw notFound('announcement', id);
  return a;
}

export async function get(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const a = await visible(s, actor, id);
  return present(actor, { ...a, reads: await repo.readCount(s.database.db, id) });
}

/** The reader opened it: recorded once per account. */
export async function markRead(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  await visible(s, actor, id);
  await repo.markRead(s.database.db, id, actor.accountId);
  return { ok: true as const };
}

export async function publish(s: Services, ctx: RequestContext, body: TAnnouncementCreate) {
  const actor = ctx.actor!;
  const orgId = body.orgId ?? actor.orgId;
  if (!orgId) throw invalidField('orgId', 'required', { zh: '请指定发布通知的工会', en: 'Say which union publishes the notice' });
  const org = await findOrg(s.database.db, orgId);
  if (!org) throw invalidField('orgId', 'not-found', { zh: `工会 ${orgId} 不存在`, en: `No union ${orgId}` });
  // Departments publish for the federation itself; officers for a union of their subtree.
  if (!mayManage(actor, 'announcements.publish', org))
    throw forbidden({ zh: '只能以本会或下级工会的名义发布通知', en: 'You can publish only for your own union or one below it' });
  const today = s.clock.today();
  if (body.expiresOn && body.expiresOn < today)
    throw invalidField('expiresOn', 'in-the-past', {
      zh: `截止显示日期 ${body.expiresOn} 早于今天 ${today}`,
      en: `The last day shown (${body.expiresOn}) is before today (${today})`,
    });
  return s.database.db.transaction().execute(async (trx) => {
    const { id } = await repo.insert(trx, {
      orgId: org.id,
      orgPath: org.path,
      title: body.title,
      body: body.body,
      audience: body.audience,
      pinned: body.pinned,
      expiresOn: body.expiresOn ?? null,
      publishedBy: actor.accountId,
    });
    await writeAudit(trx, ctx, {
      action: 'announcement.publish',
      entity: 'announcement',
      entityId: id,
      orgPath: org.path,
      summary: `${org.name}：${body.title}（${audienceNames[body.audience].zh}）`,
    });
    const a = await repo.byId(trx, Number(id));
    return present(actor, { ...a!, reads: 0 });
  });
}

export async function withdraw(s: Services, ctx: RequestContext, id: number, reason: string) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const a = await repo.byId(trx, id, true);
    if (!a || !mayManage(actor, 'announcements.publish', { path: a.org_path })) {
      const home = a ? await homePath(trx, actor) : null;
      if (a && home && ancestorPaths(home).includes(a.org_path))
        throw forbidden({ zh: '只有发布通知的工会可以撤回', en: 'Only the publishing union can withdraw it' });
      throw notFound('announcement', id);
    }
    if (a.withdrawn_at) throw conflict('already-withdrawn', { zh: '该通知已撤回', en: 'This notice was already withdrawn' });
    await repo.withdraw(trx, id, actor.accountId, reason);
    await writeAudit(trx, ctx, {
      action: 'announcement.withdraw',
      entity: 'announcement',
      entityId: id,
      orgPath: a.org_path,
      summary: `${a.title}：${reason}`,
    });
    const b = await repo.byId(trx, id);
    return present(actor, { ...b!, reads: await repo.readCount(trx, id) });
  });
}
