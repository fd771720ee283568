import { sql, type Kysely } from 'kysely';

// Issue 10 §3 “Reminders by SMS outbox”, for the bookings other than a roster's trip (0039 rosters.reminded_on): the day
// the SMS reminder before the booking's day was written to the outbox, once per booking (null until then):
// - applications.booking_reminded_on: a member vacation's stay (its check-in) and a 公益乐学直通车 booking (its day),
//   approved bookings only (the daily job applications.booking-reminders);
// - pool_claims.reminded_on: a member's booking of a class session (classes.reminders);
// - class_visits.reminded_on: a unit's 送教上门 visit (classes.reminders).
// The partial index keeps the daily read to the approved bookings not yet reminded.
// Issue 10 §4 / 001 项目4 三 (a gig worker billed to the platform they belong to): the union side may move a worker's line
// from one platform's bill to another's (pools/bills.ts moveLine); a bill whose last line moves away is 'void' (作废),
// kept with its history (0 persons, ¥0), and comes back as the next revision if a line is moved to that platform again.
// Down removes the void bills (they carry no money; their steps stay in the audit trail).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table applications add column booking_reminded_on date;
create index applications_booking_reminder_idx on applications (program) where status = 'approved' and booking_reminded_on is null;
alter table pool_claims add column reminded_on date;
alter table class_visits add column reminded_on date;
alter table platform_bills drop constraint platform_bills_status_check;
alter table platform_bills add constraint platform_bills_status_check check (status in ('issued','disputed','confirmed','paid','void'));
alter table platform_bills drop constraint platform_bills_persons_check;
alter table platform_bills add constraint platform_bills_persons_check check (persons > 0 or status = 'void');
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
delete from platform_bills where status = 'void';
alter table platform_bills drop constraint platform_bills_persons_check;
alter table platform_bills add constraint platform_bills_persons_check check (persons > 0);
alter table platform_bills drop constraint platform_bills_status_check;
alter table platform_bills add constraint platform_bills_status_check check (status in ('issued','disputed','confirmed','paid'));
alter table class_visits drop column reminded_on;
alter table pool_claims drop column reminded_on;
drop index applications_booking_reminder_idx;
alter table applications drop column booking_reminded_on;
`.execute(db);
}
