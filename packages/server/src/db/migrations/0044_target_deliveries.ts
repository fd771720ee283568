import { sql, type Kysely } from 'kysely';

// A target's actual may come from what the linked programs' own modules delivered (`deliveries`):
// covers in force for member protection (003 附件1 项目1: 350 万会员参加会员专享基本保障), members
// on settled trip and checkup rosters (项目6 两病筛查, 项目9 疗休养), and, for programs run as
// applications, the approved applications. Before, a project whose program does not run through
// the applications workflow could only be counted from progress reports, so the 2025 dashboard
// showed 0 % for enrollment while the cover register held the members.
// The index lets the per-union count of a year's covers read the index alone (region first, as
// every index of the register: docs/scale.md).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table targets drop constraint if exists targets_actual_from_check`.execute(db);
  await sql`alter table targets add constraint targets_actual_from_check
    check (actual_from in ('reports', 'approved-applications', 'paid-applications', 'deliveries'))`.execute(db);
  await sql`create index protection_covers_year_org_idx on protection_covers (region_id, year, org_id, status)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index protection_covers_year_org_idx`.execute(db);
  await sql`update targets set actual_from = 'reports' where actual_from = 'deliveries'`.execute(db);
  await sql`alter table targets drop constraint if exists targets_actual_from_check`.execute(db);
  await sql`alter table targets add constraint targets_actual_from_check
    check (actual_from in ('reports', 'approved-applications', 'paid-applications'))`.execute(db);
}
