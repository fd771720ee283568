import { sql, type Kysely } from 'kysely';

// Issue 14 §2. `memberships (person_id)` had only the partial unique index of active memberships, so
// reading one person's history (`GET /members/:id/history`, the scope check of a person whose
// membership ended or moved) scanned all 3.5 million rows. A full index on (person_id, joined_on)
// serves every per-person read and returns the history in order.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index memberships_person_idx on memberships (person_id, joined_on)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index memberships_person_idx`.execute(db);
}
