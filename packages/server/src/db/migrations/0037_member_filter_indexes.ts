import { sql, type Kysely } from 'kysely';

// Issue 14 §2, measured at 3.5 M members after 0031 (README "Benchmarks"). A list filtered by two
// dimensions (card none + female) has no total in `member_counts` (one dimension per key), so it
// counts up to 10,001 matching rows within LIST_COUNT_BUDGET_MS; the count read:
//  - for a district, the region's memberships through a bitmap of `memberships_region_idx` (24,000
//    heap pages for Pudong's 232,000 members) to find the ~22,000 without a card: now an index-only
//    walk of the region's members whose card is not active (170 pages; the partial index holds the
//    ~14 % of memberships whose card is not active, so it stays small);
//  - for every caller, one `persons` heap page per candidate to read `sex` (20,000 probes into a
//    2.2 GB heap, mostly not in cache): now index-only probes of `(id) include (sex)`.
// Pudong's count went from 505–900 ms to 130–210 ms, the federation's from 219 ms to 113–123 ms
// (EXPLAIN ANALYZE, load average 11 on 2 cores). Both are plain CREATE INDEX: no table rewrite.
// `region_id` leads, as in `memberships_region_idx`, so the read stays on the region's shard (docs/scale.md).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index memberships_region_card_idx on memberships (region_id, card_status, id) include (person_id, org_id, status) where card_status <> 'active'`.execute(
    db,
  );
  await sql`create index persons_sex_idx on persons (id) include (sex)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index persons_sex_idx`.execute(db);
  await sql`drop index memberships_region_card_idx`.execute(db);
}
