import { sql, type Kysely } from 'kysely';

// Issue 12 §3: an announcements board (通知公告) from the federation down the tree. A union publishes
// a notice to its own subtree: officers only, or officers and members. `org_path` is the publisher's
// path, copied so that "notices from my unions on the way up" is an IN over the reader's ancestor
// paths (index) and "notices published in my subtree" a prefix scan (text_pattern_ops).
// Reads are kept per account, so the bell counts what is unread and the publisher sees how many read.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table announcements (
      id bigserial primary key,
      org_id bigint not null references orgs(id),
      org_path text not null,
      title text not null check (length(title) between 1 and 100),
      body text not null check (length(body) between 1 and 10000),
      audience text not null default 'officers' check (audience in ('officers', 'everyone')),
      pinned boolean not null default false,
      expires_on date,
      published_at timestamptz not null default now(),
      published_by bigint not null references accounts(id),
      withdrawn_at timestamptz,
      withdrawn_by bigint references accounts(id),
      withdraw_reason text
    )`.execute(db);
  await sql`create index announcements_org_path on announcements (org_path, published_at desc)`.execute(db);
  await sql`create index announcements_org_path_prefix on announcements (org_path text_pattern_ops)`.execute(db);
  await sql`
    create table announcement_reads (
      announcement_id bigint not null references announcements(id),
      account_id bigint not null references accounts(id),
      read_at timestamptz not null default now(),
      primary key (announcement_id, account_id)
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table announcement_reads`.execute(db);
  await sql`drop table announcements`.execute(db);
}
