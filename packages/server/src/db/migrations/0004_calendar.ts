import { sql, type Kysely } from 'kysely';

// Working-day calendar years added by an administrator after a release (next year's notice).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table calendar_years (
  year int primary key,
  yaml text not null,
  added_by bigint references accounts(id),
  added_at timestamptz not null default now()
);`.execute(db);
}
