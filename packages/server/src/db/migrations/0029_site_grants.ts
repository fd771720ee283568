import { sql, type Kysely } from 'kysely';

// Issue 11 §3 and §5, the parts redone in session 21:
// - a health point's matching funds (001 健康服务点 三(四): 15,000 from the federation, matched not less
//   than 1:1:1 by the district union and the street (park, building) union), recorded on the site when it
//   is accepted, in fen; owned by the sites module;
// - the union whose account pays a settlement batch: the union that runs the program (a district's own
//   program pays from the district's account, the federation's from the federation's), kept on the batch
//   when it is prepared; owned by the payouts module. Batches prepared before this migration keep null
//   (read as the program's union).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table sites add column district_match_fen bigint check (district_match_fen >= 0)`.execute(db);
  await sql`alter table sites add column street_match_fen bigint check (street_match_fen >= 0)`.execute(db);
  await sql`alter table payout_batches add column payer_org_id bigint references orgs(id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table payout_batches drop column payer_org_id`.execute(db);
  await sql`alter table sites drop column street_match_fen`.execute(db);
  await sql`alter table sites drop column district_match_fen`.execute(db);
}
