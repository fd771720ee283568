// SQL of the announcements board. A reader's inbox is what the unions on their way up published
// (org_path IN the reader's ancestor paths, their own union included); a publisher's list is what
// the unions of their subtree published (prefix on org_path).
import { sql } from 'kysely';
import type { Executor } from '../../platform/context.ts';

export interface NewAnnouncement {
  orgId: number;
  orgPath: string;
  title: string;
  body: string;
  audience: 'officers' | 'everyone';
  pinned: boolean;
  expiresOn: string | null;
  publishedBy: number;
}

const columns = [
  'a.id',
  'a.org_id',
  'a.org_path',
  'a.title',
  'a.body',
  'a.audience',
  'a.pinned',
  'a.expires_on',
  'a.published_at',
  'a.published_by',
  'a.withdrawn_at',
  'a.withdraw_reason',
] as const;

export async function insert(db: Executor, a: NewAnnouncement) {
  return db
    .insertInto('announcements')
    .values({
      org_id: a.orgId,
      org_path: a.orgPath,
      title: a.title,
      body: a.body,
      audience: a.audience,
      pinned: a.pinned,
      expires_on: a.expiresOn,
      published_by: a.publishedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The publisher's name and the publishing account's display name (kernel columns). */
const named = [
  sql<string>`(select o.name from orgs o where o.id = a.org_id)`.as('org_name'),
  sql<string | null>`(select p.display_name from accounts p where p.id = a.published_by)`.as('published_by_name'),
] as const;

export const byId = (db: Executor, id: number, lock = false) => {
  let q = db.selectFrom('announcements as a').select(columns).select(named).where('a.id', '=', id);
  if (lock) q = q.forUpdate('a');
  return q.executeTakeFirst();
};

export type AnnouncementRow = NonNullable<Awaited<ReturnType<typeof byId>>>;

export interface InboxFilter {
  ancestorPaths: string[];
  accountId: number;
  officer: boolean;
  today: string;
  unreadOnly?: boolean;
  /** Words of the title (a LIKE with the wildcards escaped). */
  q?: string;
}

const inboxQuery = (db: Executor, f: InboxFilter) => {
  let q = db
    .selectFrom('announcements as a')
    .where('a.org_path', 'in', f.ancestorPaths.length ? f.ancestorPaths : ['-'])
    .where('a.withdrawn_at', 'is', null)
    .where((eb) => eb.or([eb('a.expires_on', 'is', null), eb('a.expires_on', '>=', f.today)]));
  if (!f.officer) q = q.where('a.audience', '=', 'everyone');
  if (f.q) q = q.where('a.title', 'like', `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.unreadOnly)
    q = q.where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('announcement_reads as r').select('r.account_id').whereRef('r.announcement_id', '=', 'a.id').where('r.account_id', '=', f.accountId),
        ),
      ),
    );
  return q;
};

export async function inbox(db: Executor, f: InboxFilter, offset: number, limit: number) {
  return inboxQuery(db, f)
    .select(columns)
    .select(named)
    .select((eb) =>
      eb
        .exists(
          eb.selectFrom('announcement_reads as r').select('r.account_id').whereRef('r.announcement_id', '=', 'a.id').where('r.account_id', '=', f.accountId),
        )
        .as('read'),
    )
    .orderBy('a.pinned', 'desc')
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .offset(offset)
    .limit(limit)
    .execute();
}

export async function inboxCount(db: Executor, f: InboxFilter) {
  return (
    await inboxQuery(db, f)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;
}

export interface PublishedFilter {
  scopeRoot: string;
  q?: string;
}

const publishedQuery = (db: Executor, f: PublishedFilter) => {
  let q = db.selectFrom('announcements as a').where('a.org_path', 'like', `${f.scopeRoot}%`);
  if (f.q) q = q.where('a.title', 'like', `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return q;
};

export async function published(db: Executor, f: PublishedFilter, offset: number, limit: number) {
  return publishedQuery(db, f)
    .select(columns)
    .select(named)
    .select((eb) =>
      eb
        .selectFrom('announcement_reads as r')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('r.announcement_id', '=', 'a.id')
        .as('reads'),
    )
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .offset(offset)
    .limit(limit)
    .execute();
}

export async function publishedCount(db: Executor, f: PublishedFilter) {
  return (
    await publishedQuery(db, f)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;
}

export async function markRead(db: Executor, id: number, accountId: number) {
  await db
    .insertInto('announcement_reads')
    .values({ announcement_id: id, account_id: accountId })
    .onConflict((oc) => oc.columns(['announcement_id', 'account_id']).doNothing())
    .execute();
}

export async function readCount(db: Executor, id: number) {
  return Number(
    (
      await db
        .selectFrom('announcement_reads')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('announcement_id', '=', id)
        .executeTakeFirstOrThrow()
    ).n,
  );
}

export async function withdraw(db: Executor, id: number, by: number, reason: string) {
  await db.updateTable('announcements').set({ withdrawn_at: sql<Date>`now()`, withdrawn_by: by, withdraw_reason: reason }).where('id', '=', id).execute();
}
