// The members module's API for other modules: what they may ask of persons and memberships beyond
// reading the kernel (platform/module.ts). Writes to persons and memberships go only through here
// or the members service: the member import's bulk insert and its clean-up; the member login's
// lookup by phone.
import type { Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import type { Kysely } from 'kysely';
import { analyzeAfterBulkLoad, type Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import * as repo from './repository.ts';

/** One new member as the import stages it: personal fields sealed and masked, the union resolved. */
export interface NewMember {
  name: string;
  idHash: string;
  idCipher: string;
  idMasked: string;
  birthDate: string;
  sex: 'male' | 'female';
  phoneHash: string | null;
  phoneCipher: string | null;
  phoneMasked: string | null;
  orgId: number;
  joinedOn: string;
  memberNo: string | null;
  cardStatus: string;
  eMembership: boolean;
  categories: string[];
}

/**
 * A row of an import as staged: a new member (`ok`), or a row with problems kept only for its ID
 * number's blind index and its member number, so that a later row repeating one is named a duplicate.
 */
export type StagedRow =
  | { rowNo: number; member: NewMember }
  | { rowNo: number; member: null; idHash: string | null; idMasked: string | null; memberNo: string | null };

/** COPY a chunk of a batch's rows into the staging table (outside any transaction: the batch is not yet committable). */
export function stageRows(database: Database, batchId: number, rows: readonly StagedRow[]) {
  return database.copyRows(
    'member_staging',
    [...repo.stagingColumns],
    rows.map((r) => {
      const m = r.member;
      if (!m) return [batchId, r.rowNo, false, r.idHash, r.memberNo, null, null, r.idMasked, null, null, null, null, null, null, null, null, null, null];
      return [
        batchId,
        r.rowNo,
        true,
        m.idHash,
        m.memberNo,
        m.name,
        m.idCipher,
        m.idMasked,
        m.birthDate,
        m.sex,
        m.phoneHash,
        m.phoneCipher,
        m.phoneMasked,
        m.categories,
        m.orgId,
        m.joinedOn,
        m.cardStatus,
        m.eMembership,
      ];
    }),
  );
}

/** Later rows of a batch repeating an earlier row's ID number (`id_hash`) or member number, with that row. */
export const stagedDuplicates = (db: Executor, batchId: number, column: 'id_hash' | 'member_no') => repo.stagedDuplicates(db, batchId, column);

/** Staged rows whose person is already an active member, with that union's name and path. */
export const stagedAlreadyMembers = (db: Executor, batchId: number) => repo.stagedAlreadyMembers(db, batchId);

/** Staged rows whose member number is already used. */
export const stagedTakenMemberNos = (db: Executor, batchId: number) => repo.stagedTakenMemberNos(db, batchId);

/** Leave these staged rows out of the commit (a check over the whole batch found a problem). */
export const rejectStaged = (db: Executor, batchId: number, rowNos: readonly number[]) => repo.rejectStaged(db, batchId, rowNos);

/** First and last row number (and count) of a batch's rows to import. */
export const stagedRange = (db: Executor, batchId: number) => repo.stagedRange(db, batchId);

/** Refresh the staging table's statistics once a batch is staged (before the checks over it and the commit). */
export const analyzeStaging = (db: Executor) => repo.analyzeStaging(db);

/** Forget a batch's staged rows (discarded, or imported). */
export const discardStaged = (db: Executor, batchId: number) => repo.deleteStaged(db, batchId);

/** The blind index of each person's ID number (pools: a gig worker's platform from the gig register, 001 项目4 三). */
export const idHashesOf = (db: Executor, personIds: readonly number[]) => repo.idHashesOf(db, personIds);

/**
 * Write the staged rows of a batch with row numbers in [from, to) in the caller's transaction, in
 * row order, marked with the batch (so a failed import can take them back out). Returns the number of memberships written.
 */
export const bulkInsert = (trx: Executor, batchId: number, from: number, to: number) => repo.insertStaged(trx, batchId, from, to);

/** Imports of at least this many rows refresh the registry's statistics afterwards (issue 14 §2). */
export const BULK_ANALYZE_ROWS = 10_000;

/**
 * After a bulk import has committed: VACUUM (ANALYZE) the registry's tables, so the planner knows
 * their new size and index-only scans see the new rows (PGlite has no autovacuum to do it later).
 */
export const refreshStatistics = (db: Kysely<DB>) => analyzeAfterBulkLoad(db, ['persons', 'memberships', 'member_counts']);

/**
 * Take out what an import batch wrote, in short statements: its memberships, then the persons it
 * created that no longer have one. A row something else already refers to is kept; returns how many
 * were kept. Safe to run again. `between` runs after each statement (the import yields its turn).
 */
export async function removeBatch(db: Executor, batchId: number, chunk: number, between: () => Promise<unknown> = async () => {}): Promise<number> {
  let kept = 0;
  const removeAll = async (table: 'memberships' | 'persons', ids: () => Promise<number[]>) => {
    const skip = new Set<number>();
    for (;;) {
      const batch = (await ids()).filter((id) => !skip.has(id));
      if (!batch.length) return;
      try {
        await repo.deleteRows(db, table, batch);
      } catch (err) {
        if ((err as { code?: string }).code !== '23503') throw err;
        // Referenced somewhere: one by one, keeping the referenced ones.
        for (const id of batch)
          try {
            await repo.deleteRows(db, table, [id]);
          } catch (e) {
            if ((e as { code?: string }).code !== '23503') throw e;
            skip.add(id);
            kept++;
          }
      }
      await between();
    }
  };
  await removeAll('memberships', () => repo.membershipIdsOfBatch(db, batchId, chunk + kept));
  await removeAll('persons', () => repo.orphanPersonIdsOfBatch(db, batchId, chunk + kept));
  return kept;
}

/** The person with an active membership this phone (blind index) belongs to: id, name, masked phone. */
export const memberByPhone = (db: Executor, phoneHash: string) => repo.memberByPhone(db, phoneHash);

/**
 * Where the actor sits in the tree: an officer's org, a member's union (active membership). Calls
 * and published candidates of every union on the way up from here are open to the actor.
 */
export async function homePath(db: Executor, actor: Actor): Promise<string | null> {
  if (actor.orgPath) return actor.orgPath;
  if (actor.personId == null) return null;
  const m = await repo.activeMembershipOrg(db, actor.personId);
  return m?.path ?? null;
}

/** The person if the actor may see them (a member of the actor's subtree, or the member themself). */
export const findPersonInScope = repo.findPersonInScope;
/** Every membership of the person (their history), optionally only those in the actor's subtree. */
export const membershipsOf = repo.membershipsOf;
/** What the registry holds about a person that the programs read (sex, birth date, categories), for the server's own evaluations: no scope check. */
export const registryPerson = repo.registryPerson;

/**
 * An org subtree moved to another region (orgs.moveOrg): its memberships take the new region, the
 * distribution column (migration 0031, docs/scale.md); the counts' triggers move `member_counts` with
 * them. Returns the memberships moved.
 */
export const followOrgMove = (trx: Executor, subtreePath: string) => repo.reRegionMemberships(trx, subtreePath);
