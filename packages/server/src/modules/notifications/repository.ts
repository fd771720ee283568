// SQL of the notifications module: the outbox (SMS and portal notices).
import { sql, type Insertable } from 'kysely';
import type { Executor } from '../../platform/context.ts';
import type { DB } from '../../db/schema.ts';

export async function insertNotice(db: Executor, row: Insertable<DB['notifications']>) {
  await db.insertInto('notifications').values(row).execute();
}

/** Portal notices addressed to this account, or to the person it belongs to. */
const mine = (db: Executor, accountId: number, personId: number | null) =>
  db
    .selectFrom('notifications')
    .where('channel', '=', 'portal')
    .where((eb) => (personId ? eb.or([eb('account_id', '=', accountId), eb('person_id', '=', personId)]) : eb('account_id', '=', accountId)));

export async function listMine(db: Executor, who: { accountId: number; personId: number | null }, q: { unread: boolean; page: number; pageSize: number }) {
  let query = mine(db, who.accountId, who.personId);
  if (q.unread) query = query.where('status', '<>', 'read');
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const { unread } = await mine(db, who.accountId, who.personId)
    .where('status', '<>', 'read')
    .select((eb) => eb.fn.countAll<number>().as('unread'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .select(['id', 'template', 'payload', 'status', 'created_at'])
    .orderBy('id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { total: Number(total), unread: Number(unread), rows };
}

/** Mark one of mine read; false when it is not mine (or does not exist). */
export async function markMineRead(db: Executor, who: { accountId: number; personId: number | null }, id: number) {
  const r = await mine(db, who.accountId, who.personId).select('id').where('id', '=', id).executeTakeFirst();
  if (!r) return false;
  await db.updateTable('notifications').set({ status: 'read' }).where('id', '=', r.id).execute();
  return true;
}

/** Has a notice with this template and payload key been written already (reminders go once)? */
export async function noticeSent(db: Executor, template: string, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('notifications')
    .select('id')
    .where('template', '=', template)
    .where(sql<string>`payload->>'key'`, '=', key)
    .executeTakeFirst();
  return row !== undefined;
}
