import { sql, type Kysely } from 'kysely';

// Issue 14 §2, the two member searches still missing their goal at 3.5 M members (README "Benchmarks"):
// a common surname and a rare category. Both look for few persons whose memberships are spread over
// the whole register, which the list's newest-first walk reads late (members/repository.ts
// `sparseHits`). The list now reads them person first, index-only:
// - each rare category gets a partial index of its holders' ids (model workers: 7,144 entries of
//   3.5 M), so "how many hold it" and "which ones" read no persons heap page; frontline workers, a
//   third of members, are dense and keep the walk (and the GIN index);
// - a person's active membership is found index-only with its id and region, not only its union and
//   card (the capped counts' covering index, 0021, widened; same name).
// Plain CREATE INDEX: no table rewrite. A new rare category needs its index here and in SPARSE_CATEGORIES.
const sparse = ['model-worker', 'craftsman', 'worker-in-hardship', 'flexible-worker', 'gig-worker'];
const indexName = (c: string) => `persons_cat_${c.replace(/-/g, '_')}_idx`;

export async function up(db: Kysely<any>): Promise<void> {
  for (const c of sparse) await sql.raw(`create index ${indexName(c)} on persons (id) where categories @> '{${c}}'::text[]`).execute(db);
  await sql`drop index memberships_active_person_idx`.execute(db);
  await sql`create index memberships_active_person_idx on memberships (person_id) include (id, org_id, region_id, card_status) where status = 'active'`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index memberships_active_person_idx`.execute(db);
  await sql`create index memberships_active_person_idx on memberships (person_id) include (org_id, card_status) where status = 'active'`.execute(db);
  for (const c of sparse) await sql.raw(`drop index ${indexName(c)}`).execute(db);
}
