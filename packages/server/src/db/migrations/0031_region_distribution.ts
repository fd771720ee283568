import { sql, type Kysely } from 'kysely';

// Issue 14 §5 "Beyond one machine" (docs/scale.md): the distribution column for Citus. A national
// federation spreads its rows over nodes by *region*, the top-level union below the federation root
// (a district or industry union: the second segment of `orgs.path`; the root's own rows form the
// root's region). The large tables carry it as `region_id`:
//   memberships, member_counts   (members)      — the list, search, counts and charts;
//   applications                 (applications) — the application list and the review queue;
//   payout_entries               (payouts)      — the ledger's lists and batches;
// protection_covers and protection_lists have carried a region_id since 0010 (null for the root's own
// union there, which has no regional union to remit through; see docs/scale.md).
//
// The owning repositories set it on insert from the org they already hold (no per-row trigger: the
// member import must stay as fast as the raw load); `region_of_path` is the one rule, shared by the
// backfill, the bulk inserts written in SQL and `regionOfPath` in platform/access.ts. The column is
// NOT NULL so that an insert which forgets it fails instead of landing on no shard. `member_counts`
// takes it from the memberships inside its statement-level triggers (0021), which are replaced here.
// An org moved to another region moves its rows' region with it (orgs.moveOrg through each owner's api).
// Primary keys are unchanged in this migration (foreign keys refer to them); which keys become
// composite at the move is written in docs/scale.md.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create function region_of_path(path text) returns bigint language sql immutable strict parallel safe as $fn$
  select coalesce(nullif(split_part(path, '.', 2), ''), split_part(path, '.', 1))::bigint
$fn$;

select compact_member_counts();

-- The backfill is no change of what a membership says: the counts' trigger is not run for it (it
-- would net every row out, over the whole table's transition tables).
alter table memberships add column region_id bigint;
alter table memberships disable trigger member_counts_upd;
update memberships m set region_id = region_of_path(o.path) from orgs o where o.id = m.org_id;
alter table memberships enable trigger member_counts_upd;
alter table memberships alter column region_id set not null;
-- A region's memberships newest first: the member list's walk for a caller inside one region (the
-- planner multiplies the region's and the subtree's selectivities and otherwise expects a long walk
-- of the primary key), and the primary key the table gets at the move (docs/scale.md §4).
create index memberships_region_idx on memberships (region_id, id);

alter table member_counts add column region_id bigint;
update member_counts c set region_id = region_of_path(o.path) from orgs o where o.id = c.org_id;
alter table member_counts alter column region_id set not null;
drop index member_counts_org_idx;
create index member_counts_org_idx on member_counts (region_id, org_id, dim, key) include (n);

alter table applications add column region_id bigint;
update applications a set region_id = region_of_path(a.org_path);
alter table applications alter column region_id set not null;

-- The ledger is append-only (0003); its rows' amounts are untouched here, the column is derived
-- from the org path each row already holds, so the guard is lifted for this one statement (as 0009 does).
alter table payout_entries add column region_id bigint;
alter table payout_entries disable trigger payout_entries_no_change;
update payout_entries e set region_id = region_of_path(e.org_path);
alter table payout_entries enable trigger payout_entries_no_change;
alter table payout_entries alter column region_id set not null;

create or replace function member_counts_of_memberships() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    insert into member_counts (region_id, org_id, dim, key, n)
    select m.region_id, m.org_id, d.dim, d.key, count(*) from new_rows m join persons p on p.id = m.person_id
      cross join lateral (select 'card', m.card_status union all select 'sex', p.sex union all select 'category', c from unnest(p.categories) c) as d(dim, key)
     where m.status = 'active' group by 1, 2, 3, 4;
  elsif tg_op = 'DELETE' then
    insert into member_counts (region_id, org_id, dim, key, n)
    select m.region_id, m.org_id, d.dim, d.key, -count(*) from old_rows m join persons p on p.id = m.person_id
      cross join lateral (select 'card', m.card_status union all select 'sex', p.sex union all select 'category', c from unnest(p.categories) c) as d(dim, key)
     where m.status = 'active' group by 1, 2, 3, 4;
  else
    insert into member_counts (region_id, org_id, dim, key, n)
    select m.region_id, m.org_id, d.dim, d.key, sum(m.sign) from (
        select o.region_id, o.org_id, o.person_id, o.card_status, -1 as sign from old_rows o where o.status = 'active'
        union all select n.region_id, n.org_id, n.person_id, n.card_status, 1 from new_rows n where n.status = 'active') m
      join persons p on p.id = m.person_id
      cross join lateral (select 'card', m.card_status union all select 'sex', p.sex union all select 'category', c from unnest(p.categories) c) as d(dim, key)
     group by 1, 2, 3, 4 having sum(m.sign) <> 0;
  end if;
  return null;
end $fn$;

create or replace function member_counts_of_persons() returns trigger language plpgsql as $fn$
begin
  insert into member_counts (region_id, org_id, dim, key, n)
  select m.region_id, m.org_id, d.dim, d.key, sum(p.sign) from (
      select o.id, o.sex, o.categories, -1 as sign from old_rows o join new_rows n on n.id = o.id
       where o.sex is distinct from n.sex or o.categories is distinct from n.categories
      union all
      select n.id, n.sex, n.categories, 1 from old_rows o join new_rows n on n.id = o.id
       where o.sex is distinct from n.sex or o.categories is distinct from n.categories) p
    join memberships m on m.person_id = p.id and m.status = 'active'
    cross join lateral (select 'sex', p.sex union all select 'category', c from unnest(p.categories) c) as d(dim, key)
   group by 1, 2, 3, 4 having sum(p.sign) <> 0;
  return null;
end $fn$;

create or replace function compact_member_counts() returns bigint language sql as $fn$
  with gone as (delete from member_counts returning region_id, org_id, dim, key, n),
       kept as (insert into member_counts (region_id, org_id, dim, key, n)
                select region_id, org_id, dim, key, sum(n) from gone group by 1, 2, 3, 4 having sum(n) <> 0 returning 1)
  select (select count(*) from gone) - (select count(*) from kept);
$fn$;
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
select compact_member_counts();
create or replace function compact_member_counts() returns bigint language sql as $fn$
  with gone as (delete from member_counts returning org_id, dim, key, n),
       kept as (insert into member_counts (org_id, dim, key, n)
                select org_id, dim, key, sum(n) from gone group by 1, 2, 3 having sum(n) <> 0 returning 1)
  select (select count(*) from gone) - (select count(*) from kept);
$fn$;
create or replace function member_counts_of_persons() returns trigger language plpgsql as $fn$
begin
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
create or replace function member_counts_of_memberships() returns trigger language plpgsql as $fn$
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
alter table payout_entries drop column region_id;
alter table applications drop column region_id;
drop index member_counts_org_idx;
alter table member_counts drop column region_id;
create index member_counts_org_idx on member_counts (org_id, dim, key) include (n);
drop index memberships_region_idx;
alter table memberships drop column region_id;
drop function region_of_path(text);
`.execute(db);
}
