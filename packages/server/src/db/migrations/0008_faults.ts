import { sql, type Kysely } from 'kysely';

// Issue 8 §4. A member import writes its rows in short transactions, chunk by chunk, so the embedded
// database (one connection) keeps serving other requests; each row records the batch that wrote it,
// so a failed import can take its rows back out, and `imported_through` (the last staged row number
// written, committed with the rows) lets a re-run after a crash continue where it stopped.
// No foreign keys on the tags: they would cost a lookup per imported row and batches are never deleted.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table import_batches add column imported_through integer not null default -1;
alter table memberships add column import_batch_id bigint;
alter table persons add column import_batch_id bigint;
create index memberships_import_batch_idx on memberships (import_batch_id) where import_batch_id is not null;
create index persons_import_batch_idx on persons (import_batch_id) where import_batch_id is not null;`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
alter table persons drop column import_batch_id;
alter table memberships drop column import_batch_id;
alter table import_batches drop column imported_through;`.execute(db);
}
