// The notifications module's exported read API for other modules: has a notice with this template
// and payload key been sent already (reminders go once)?
import { sql } from 'kysely';
import type { Executor } from '../../platform/context.ts';

export async function noticeSent(db: Executor, template: string, key: string): Promise<boolean> {
  const row = await db.selectFrom('notifications').select('id').where('template', '=', template).where(sql<string>`payload->>'key'`, '=', key).executeTakeFirst();
  return row !== undefined;
}
