import { sql, type Kysely } from 'kysely';

// Issue 10 §4, module pools: a settlement that pays a union for a half-year of its own trips.
// 001 项目3 三(五): 市总按 600 元/人标准对相关区局（产业）工会实行定额补贴……市总补贴部分由相关区局（产业）工会先行
// 垫付，每半年结算一次. A frontline trip has no provider the federation pays: the district chose and paid the travel
// agency itself, and the federation repays the district every half-year for all its submitted rosters of that half.
// - quota_settlements gets its own program, year and union (until now read through its one roster), an optional
//   `period` (H1 | H2) and loses the "one roster" requirement: a period settlement covers many rosters.
// - quota_settlement_rosters: the rosters a period settlement covers; a roster is in at most one (unique), and the
//   per-roster settlements keep their unique roster_id, so no roster is settled twice either way.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table quota_settlements add column program text;
alter table quota_settlements add column year int;
alter table quota_settlements add column org_id bigint references orgs(id);
alter table quota_settlements add column period text check (period in ('H1','H2'));
update quota_settlements st set program = r.program, year = r.year, org_id = r.org_id from rosters r where r.id = st.roster_id;
alter table quota_settlements alter column program set not null;
alter table quota_settlements alter column year set not null;
alter table quota_settlements alter column org_id set not null;
alter table quota_settlements alter column roster_id drop not null;
alter table quota_settlements add constraint quota_settlements_roster_or_period check ((roster_id is null) <> (period is null));
create unique index quota_settlements_one_period on quota_settlements (program, year, period, org_id) where period is not null;
create table quota_settlement_rosters (
  settlement_id bigint not null references quota_settlements(id),
  roster_id bigint not null unique references rosters(id),
  primary key (settlement_id, roster_id)
);
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
drop table quota_settlement_rosters;
drop index quota_settlements_one_period;
alter table quota_settlements drop constraint quota_settlements_roster_or_period;
alter table quota_settlements alter column roster_id set not null;
alter table quota_settlements drop column period;
alter table quota_settlements drop column org_id;
alter table quota_settlements drop column year;
alter table quota_settlements drop column program;
`.execute(db);
}
