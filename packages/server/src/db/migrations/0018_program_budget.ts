import { sql, type Kysely } from 'kysely';

// Issue 11 §5: districts run their own programs, each with its own budget. A program instance carries
// the budget its union set aside (fen), so the federation's reports can set what was approved and
// paid against it. Null: no budget recorded (the federation's 2018 programs).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table program_instances add column budget_fen bigint check (budget_fen >= 0)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table program_instances drop column budget_fen`.execute(db);
}
