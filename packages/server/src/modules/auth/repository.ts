// SQL for one-time login codes (otp_codes). Codes are stored as keyed hashes per phone's blind index.
import { sql } from 'kysely';
import type { Executor } from '../../platform/context.ts';

/** Serialise the per-number checks: two requests for one number at once queue here (until the transaction ends). */
export async function lockNumber(trx: Executor, phoneHash: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`otp:${phoneHash}`}))`.execute(trx);
}

/** The codes a number was sent within the last day, newest first. */
export async function codesOfLastDay(db: Executor, phoneHash: string) {
  return db
    .selectFrom('otp_codes')
    .select(['created_at'])
    .where('phone_hash', '=', phoneHash)
    .where('created_at', '>', sql<Date>`now() - interval '1 day'`)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function insertCode(db: Executor, phoneHash: string, codeHash: string, expiresAt: Date) {
  await db.insertInto('otp_codes').values({ phone_hash: phoneHash, code_hash: codeHash, expires_at: expiresAt }).execute();
}

/** The newest code of a number still unused and unexpired. */
export async function liveCode(db: Executor, phoneHash: string) {
  return db
    .selectFrom('otp_codes')
    .selectAll()
    .where('phone_hash', '=', phoneHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export async function countAttempt(db: Executor, id: number) {
  await db.updateTable('otp_codes').set({ attempts: sql<number>`attempts + 1` }).where('id', '=', id).execute();
}

/** Mark a code used; true only for the one caller that did (of two concurrent checks, one wins). */
export async function markUsed(db: Executor, id: number) {
  const used = await db.updateTable('otp_codes').set({ used_at: new Date() }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}
