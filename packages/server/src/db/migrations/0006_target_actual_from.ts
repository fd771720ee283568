import { sql, type Kysely } from 'kysely';

// Where a target's actual comes from (issue 5): accepted progress reports (as before), or the
// applications workflow of the programs the project links (approved, or paid, applications).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table targets add column actual_from text not null default 'reports'
  check (actual_from in ('reports', 'approved-applications', 'paid-applications'));`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table targets drop column actual_from;`.execute(db);
}
