import { sql, type Kysely } from 'kysely';

// Issue 14 §2: every member page fast at 3.5 million members.
//
// 1. `member_counts`: the home charts and the list's totals counted 3.5 M rows on every request
//    (7.8 s for the federation even after ANALYZE). The active memberships are now counted per union
//    and dimension (card status, sex, each category) as they change, by statement-level triggers
//    with transition tables: one aggregated insert per statement and group, so a COPY of millions
//    of rows costs one pass, and a single change one small insert. The table holds *deltas*: writers
//    only append (two imports into one union never wait on each other's counter row), readers sum
//    them over the unions of their subtree (`orgs.path`, so the scope rule holds for aggregates too),
//    and `compact_member_counts()` (a daily job) folds them back into one row per group.
// 2. Indexes for the list's rarer filters, so a page of them does not walk every membership:
//    memberships that are not active (transferred, ended), cards that are not active, and the
//    persons' categories (GIN, for `categories @> array[...]`); and covering indexes for the capped
//    counts of a search (see below).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table member_counts (
  org_id bigint not null,
  dim text not null check (dim in ('card', 'sex', 'category')),
  key text not null,
  n bigint not null
);
create index member_counts_org_idx on member_counts (org_id, dim, key) include (n);

create function member_counts_of_memberships() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    insert into member_counts (org_id, dim, key, n)
    select m.org_id, d.dim, d.key, count(*) from new_rows m join persons p on p.id = m.person_id
      cross join lateral (select 'card', m.card_status union all select 'sex', p.sex union all select 'category', c from unnest(p.categories) c) as d(dim, key)
     where m.status = 'active' group by 1, 2, 3;
  elsif tg_op = 'DELETE' then
    insert into member_counts (org_id, dim, key, n)
    select m.org_id, d.dim, d.key, -count(*) from old_rows m join persons p on p.id = m.person_id
      cross join lateral (select 'card', m.card_status union all select 'sex', p.sex union all select 'category', c from unnest(p.categories) c) as d(dim, key)
     where m.status = 'active' group by 1, 2, 3;
  else
    insert into member_counts (org_id, dim, key, n)
    select m.org_id, d.dim, d.key, sum(m.sign) from (
        select o.org_id, o.person_id, o.card_status, -1 as sign from old_rows o where o.status = 'active'
        union all select n.org_id, n.person_id, n.card_status, 1 from new_rows n where n.status = 'active') m
      join persons p on p.id = m.person_id
      cross join lateral (select 'card', m.card_status union all select 'sex', p.sex union all select 'category', c from unnest(p.categories) c) as d(dim, key)
     group by 1, 2, 3 having sum(m.sign) <> 0;
  end if;
  return null;
end $fn$;

create function member_counts_of_persons() returns trigger language plpgsql as $fn$
begin
  -- A person's sex or categories changed: move their active membership's counts.
  insert into member_counts (org_id, dim, key, n)
  select m.org_id, d.dim, d.key, sum(p.sign) from (
      select o.id, o.sex, o.categories, -1 as sign from old_rows o join new_rows n on n.id = o.id
       where o.sex is distinct from n.sex or o.categories is distinct from n.categories
      union all
      select n.id, n.sex, n.categories, 1 from old_rows o join new_rows n on n.id = o.id
       where o.sex is distinct from n.sex or o.categories is distinct from n.categories) p
    join memberships m on m.person_id = p.id and m.status = 'active'
    cross join lateral (select 'sex', p.sex union all select 'category', c from unnest(p.categories) c) as d(dim, key)
   group by 1, 2, 3 having sum(p.sign) <> 0;
  return null;
end $fn$;

create trigger member_counts_ins after insert on memberships referencing new table as new_rows for each statement execute function member_counts_of_memberships();
create trigger member_counts_upd after update on memberships referencing old table as old_rows new table as new_rows for each statement execute function member_counts_of_memberships();
create trigger member_counts_del after delete on memberships referencing old table as old_rows for each statement execute function member_counts_of_memberships();
create trigger member_counts_persons_upd after update on persons referencing old table as old_rows new table as new_rows for each statement execute function member_counts_of_persons();

create function member_counts_truncated() returns trigger language plpgsql as $fn$
begin
  delete from member_counts;
  return null;
end $fn$;
create trigger member_counts_trunc after truncate on memberships for each statement execute function member_counts_truncated();

-- Fold the deltas into one row per (union, dimension, key). Rows of transactions still open are not
-- seen and stay; concurrent writers only append, so nothing waits on this.
create function compact_member_counts() returns bigint language sql as $fn$
  with gone as (delete from member_counts returning org_id, dim, key, n),
       kept as (insert into member_counts (org_id, dim, key, n)
                select org_id, dim, key, sum(n) from gone group by 1, 2, 3 having sum(n) <> 0 returning 1)
  select (select count(*) from gone) - (select count(*) from kept);
$fn$;

insert into member_counts (org_id, dim, key, n)
select m.org_id, d.dim, d.key, count(*) from memberships m join persons p on p.id = m.person_id
  cross join lateral (select 'card', m.card_status union all select 'sex', p.sex union all select 'category', c from unnest(p.categories) c) as d(dim, key)
 where m.status = 'active' group by 1, 2, 3;

create index memberships_inactive_idx on memberships (status, id) include (person_id, org_id) where status <> 'active';
create index memberships_card_idx on memberships (card_status, id) include (person_id, org_id, status) where card_status <> 'active';
create index persons_categories_idx on persons using gin (categories);
-- Covering indexes for the capped counts (count up to 10,001 matches, index-only): a name prefix
-- gives person ids without reading persons, and an active membership its union without reading memberships.
drop index persons_name_idx;
create index persons_name_idx on persons (name text_pattern_ops) include (id);
create index memberships_active_person_idx on memberships (person_id) include (org_id, card_status) where status = 'active';
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
drop index memberships_active_person_idx;
drop index persons_name_idx;
create index persons_name_idx on persons (name text_pattern_ops);
drop index persons_categories_idx;
drop index memberships_card_idx;
drop index memberships_inactive_idx;
drop trigger member_counts_trunc on memberships;
drop trigger member_counts_persons_upd on persons;
drop trigger member_counts_del on memberships;
drop trigger member_counts_upd on memberships;
drop trigger member_counts_ins on memberships;
drop function member_counts_truncated();
drop function member_counts_of_persons();
drop function member_counts_of_memberships();
drop function compact_member_counts();
drop table member_counts;
`.execute(db);
}
