import { sql, type Kysely } from 'kysely';

// Issue 14 §1: the member import's commit grew with the registry, not with the file.
//
// The counts' statement trigger (0021, 0031) joins the rows a statement inserted or deleted to
// `persons` for their sex and categories. The import commits 2,000 rows per statement, and for
// 2,000 rows against a large `persons` the planner hashes the whole table, with or without fresh
// statistics (EXPLAIN ANALYZE on PGlite, 200,000 persons: a sequential scan of all of them, 421 ms
// of the statement's 0.5–1 s; the same 2,000 rows read person by person through the primary key:
// 55 ms). Every chunk thus read every person: the import of N rows into a registry of R persons cost
// N/2000 full scans of R (quadratic for a first load; 3.5 M persons read per chunk on a federation's
// register). A statement of up to 10,000 rows (the import's chunks, a failed import's clean-up, the
// register's one-row writes) now reads its persons one by one (`offset 0` keeps the planner from
// turning the lateral read back into the join); a larger one (a bulk COPY, the demo load) keeps
// the hash join, which is the cheaper plan for it. The update branch is unchanged.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create or replace function member_counts_of_memberships() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    if (select count(*) from new_rows) <= 10000 then
      insert into member_counts (region_id, org_id, dim, key, n)
      select m.region_id, m.org_id, d.dim, d.key, count(*) from new_rows m
        cross join lateral (select p.sex, p.categories from persons p where p.id = m.person_id offset 0) p
        cross join lateral (select 'card', m.card_status union all select 'sex', p.sex union all select 'category', c from unnest(p.categories) c) as d(dim, key)
       where m.status = 'active' group by 1, 2, 3, 4;
    else
      insert into member_counts (region_id, org_id, dim, key, n)
      select m.region_id, m.org_id, d.dim, d.key, count(*) from new_rows m join persons p on p.id = m.person_id
        cross join lateral (select 'card', m.card_status union all select 'sex', p.sex union all select 'category', c from unnest(p.categories) c) as d(dim, key)
       where m.status = 'active' group by 1, 2, 3, 4;
    end if;
  elsif tg_op = 'DELETE' then
    if (select count(*) from old_rows) <= 10000 then
      insert into member_counts (region_id, org_id, dim, key, n)
      select m.region_id, m.org_id, d.dim, d.key, -count(*) from old_rows m
        cross join lateral (select p.sex, p.categories from persons p where p.id = m.person_id offset 0) p
        cross join lateral (select 'card', m.card_status union all select 'sex', p.sex union all select 'category', c from unnest(p.categories) c) as d(dim, key)
       where m.status = 'active' group by 1, 2, 3, 4;
    else
      insert into member_counts (region_id, org_id, dim, key, n)
      select m.region_id, m.org_id, d.dim, d.key, -count(*) from old_rows m join persons p on p.id = m.person_id
        cross join lateral (select 'card', m.card_status union all select 'sex', p.sex union all select 'category', c from unnest(p.categories) c) as d(dim, key)
       where m.status = 'active' group by 1, 2, 3, 4;
    end if;
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
`.execute(db);
}

/** Back to 0031's function: the same counts, every statement joined to persons by the planner's choice. */
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
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
`.execute(db);
}
