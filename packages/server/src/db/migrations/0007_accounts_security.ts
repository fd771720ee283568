import { sql, type Kysely } from 'kysely';

// Accounts and sessions (issues 8 and 12): the person who holds an officer account, so the
// two-person rule compares people rather than accounts (the holder's ID number, sealed and found
// by the same keyed hash as members' ID numbers); a flag for a password that must be changed at the
// next login (an initial or reset one); and an index for ending every session of an account.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table accounts add column holder_id_hash text;
alter table accounts add column holder_id_cipher text;
alter table accounts add column holder_id_masked text;
alter table accounts add column must_change_password boolean not null default false;
alter table accounts add column disabled_at timestamptz;
alter table accounts add constraint accounts_holder_complete check ((holder_id_hash is null) = (holder_id_cipher is null) and (holder_id_hash is null) = (holder_id_masked is null));
create index accounts_holder_idx on accounts (holder_id_hash) where holder_id_hash is not null;
create index sessions_live_idx on sessions (account_id) where revoked_at is null;`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
drop index if exists sessions_live_idx;
drop index if exists accounts_holder_idx;
alter table accounts drop constraint accounts_holder_complete;
alter table accounts drop column disabled_at;
alter table accounts drop column must_change_password;
alter table accounts drop column holder_id_masked;
alter table accounts drop column holder_id_cipher;
alter table accounts drop column holder_id_hash;`.execute(db);
}
