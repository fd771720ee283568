import { sql, type Kysely } from 'kysely';

// The payout ledger pays more than applications (issue 9/10 prerequisite): a protection claim approved
// by the mutual-aid centre (003 附件2-1 二(二)) and a quota settlement approved by rights and finance
// (000 六(三) “经市总权益保障部、财务资产管理部共同审核通过后核拨”) are booked as payable entries and
// paid through the same batches, so one unique index stops anything being paid twice.
// - source_kind/source_id: what the entry pays; application rows keep application_id = source_id.
// - source_ref: the source's own number for the export (e.g. a claim or settlement number).
// - payout_batches.direct: a one-line batch paid at once (numbered ZF…), outside the monthly rhythm;
//   the one-batch-per-month index ignores them.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table payout_entries add column source_kind text not null default 'application'
  check (source_kind in ('application','protection-claim','quota-settlement'));
alter table payout_entries add column source_id bigint;
alter table payout_entries add column source_ref text;
-- The ledger is append-only; the backfill is the one change, made with its trigger off.
alter table payout_entries disable trigger payout_entries_no_change;
update payout_entries set source_id = application_id;
alter table payout_entries enable trigger payout_entries_no_change;
alter table payout_entries alter column source_id set not null;
alter table payout_entries alter column application_id drop not null;
alter table payout_entries add constraint payout_entries_source_ck check (
  (source_kind = 'application' and application_id is not null and application_id = source_id)
  or (source_kind <> 'application' and application_id is null));
drop index payout_entries_payable_uq;
create unique index payout_entries_payable_uq on payout_entries (source_kind, source_id) where kind = 'payable';
create index payout_entries_source_idx on payout_entries (source_kind, source_id);

alter table payout_batches add column direct boolean not null default false;
drop index payout_batches_period_uq;
create unique index payout_batches_period_uq on payout_batches (instance_id, period) where status <> 'cancelled' and not direct;
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
drop index payout_batches_period_uq;
create unique index payout_batches_period_uq on payout_batches (instance_id, period) where status <> 'cancelled';
alter table payout_batches drop column direct;
drop index payout_entries_source_idx;
drop index payout_entries_payable_uq;
create unique index payout_entries_payable_uq on payout_entries (application_id) where kind = 'payable';
alter table payout_entries drop constraint payout_entries_source_ck;
alter table payout_entries drop column source_ref, drop column source_id, drop column source_kind;
alter table payout_entries alter column application_id set not null;
`.execute(db);
}
