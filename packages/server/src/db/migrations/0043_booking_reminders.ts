import { sql, type Kysely } from 'kysely';

// Issue 10 §3 “Reminders by SMS outbox”, for the bookings other than a roster's trip (0039 rosters.reminded_on): the day
// the SMS reminder before the booking's day was written to the outbox, once per booking (null until then):
// - applications.booking_reminded_on: a member vacation's stay (its check-in) and a 公益乐学直通车 booking (its day),
//   approved bookings only (the daily job applications.booking-reminders);
// - pool_claims.reminded_on: a member's booking of a class session (classes.reminders);
// - class_visits.reminded_on: a unit's 送教上门 visit (classes.reminders).
// The partial index keeps the daily read to the approved bookings not yet reminded.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table applications add column booking_reminded_on date;
create index applications_booking_reminder_idx on applications (program) where status = 'approved' and booking_reminded_on is null;
alter table pool_claims add column reminded_on date;
alter table class_visits add column reminded_on date;
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
alter table class_visits drop column reminded_on;
alter table pool_claims drop column reminded_on;
drop index applications_booking_reminder_idx;
alter table applications drop column booking_reminded_on;
`.execute(db);
}
