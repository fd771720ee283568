import { sql, type Kysely } from 'kysely';

// Issue 9 §1: the member service card's life as data, not an editable field (000 “卡卡”服务会员行动
// 实施方案 二(一)(二)). Every change of a card (issued, activated, registered for a year, reported
// lost, reissued, cancelled, an e-card issued) is a row here with its day, who did it and the status
// before and after; `memberships.card_status` stays as the current status that lists, counts
// (member_counts) and imports read. Owned by the members module, like memberships.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table card_events (
      id bigserial primary key,
      membership_id bigint not null references memberships(id),
      person_id bigint not null references persons(id),
      org_id bigint not null references orgs(id),
      org_path text not null,
      event text not null check (event in ('issue', 'activate', 'register', 'report-lost', 'reissue', 'cancel', 'e-card')),
      year int check ((event = 'register') = (year is not null)),
      on_date date not null,
      from_status text not null,
      to_status text not null,
      note text check (length(note) <= 200),
      actor_account_id bigint references accounts(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index card_events_membership on card_events (membership_id, id)`.execute(db);
  await sql`create index card_events_org_path on card_events (org_path text_pattern_ops, on_date)`.execute(db);
  // One registration per card and year (000 卡卡 二(二)2: 每年集中注册的方式，一年一次).
  await sql`create unique index card_events_one_registration on card_events (membership_id, year) where event = 'register'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table card_events`.execute(db);
}
