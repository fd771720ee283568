import { sql, type Kysely } from 'kysely';

// Issue 10 §4 “billed to the platform for its share” (001 项目4 三 “费用由相关平台企业承担”), module pools: a platform may
// dispute a bill it does not agree with (a worker it did not send, a worker who was not examined), with its reason; the
// union side (the provider that issued it, or the federation) answers either by correcting the bill's lines and reissuing
// it (revision + 1, the engine's amount for the lines kept) or by rejecting the dispute with its reason. Either way the bill
// is 'issued' again and waits for the platform's confirmation; it is paid once, after confirmation only.
// - status gains 'disputed' (issued → disputed → issued, issued → confirmed → paid).
// - the last dispute and the last answer stay on the row for the tab; every step is in history (and in the audit log).
// Issue 10 §3 “Reminders by SMS outbox”: rosters.reminded_on, the day the members of a submitted roster were sent their
// SMS reminder before the trip or checkup (once per roster; the daily job pools.trip-reminders).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table platform_bills drop constraint platform_bills_status_check;
alter table platform_bills add constraint platform_bills_status_check check (status in ('issued','disputed','confirmed','paid'));
alter table platform_bills add column revision int not null default 1;
alter table platform_bills add column dispute_reason text;
alter table platform_bills add column disputed_by bigint references accounts(id);
alter table platform_bills add column disputed_at timestamptz;
alter table platform_bills add column answer text check (answer in ('reissued','rejected'));
alter table platform_bills add column answer_reason text;
alter table platform_bills add column answered_by bigint references accounts(id);
alter table platform_bills add column answered_at timestamptz;
alter table platform_bills add column history jsonb not null default '[]';
alter table platform_bills add constraint platform_bills_disputed check (status <> 'disputed' or dispute_reason is not null);
alter table rosters add column reminded_on date;
create index rosters_to_remind_idx on rosters (starts_on) where status = 'submitted' and reminded_on is null;
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
drop index rosters_to_remind_idx;
alter table rosters drop column reminded_on;
alter table platform_bills drop constraint platform_bills_disputed;
update platform_bills set status = 'issued' where status = 'disputed';
alter table platform_bills drop column history, drop column answered_at, drop column answered_by, drop column answer_reason, drop column answer,
  drop column disputed_at, drop column disputed_by, drop column dispute_reason, drop column revision;
alter table platform_bills drop constraint platform_bills_status_check;
alter table platform_bills add constraint platform_bills_status_check check (status in ('issued','confirmed','paid'));
`.execute(db);
}
