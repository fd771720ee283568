// The protection module's exported API for other modules (module walls): the cover register is read
// through these, never by naming protection_covers.
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { ProtectionMode, ProtectionPlan } from '../../db/schema.ts';
import * as repo from './repository.ts';

/** Statuses of a cover that is in force (collective confirmed, instant confirmed, individual paid). */
export const IN_FORCE = ['confirmed'] as const;

export interface RegisterCover {
  id: number;
  year: number;
  plan: ProtectionPlan;
  mode: ProtectionMode;
  coverageStart: string;
  coverageEnd: string;
  regionId: number | null;
}

/**
 * What the register says about a person for a coverage year: `registered` is false when the register has
 * no row for the person and year at all (before the register was kept, e.g. 2018); otherwise `cover` is
 * the cover in force that year (or null: listed but never confirmed, excluded, lapsed).
 */
export async function registerCoverOf(db: Executor, personId: number, year: number): Promise<{ registered: boolean; cover: RegisterCover | null }> {
  const rows = await repo.coverRowsOfPersonYear(db, personId, year);
  const c = rows.find((r) => (IN_FORCE as readonly string[]).includes(r.status));
  return {
    registered: rows.length > 0,
    cover: c
      ? { id: c.id, year: c.year, plan: c.plan, mode: c.mode, coverageStart: c.coverage_start, coverageEnd: c.coverage_end, regionId: c.region_id }
      : null,
  };
}

/** Whether the register holds any cover row of the year (the register is kept for that year). */
export async function registerKeptFor(db: Executor, year: number) {
  return repo.anyCoverOfYear(db, year);
}

/**
 * Members with a cover in force for `year`, per union of `unionPaths` (each counts its subtree): the
 * 参保率 of the card-work index (000 “卡卡”服务会员行动 一). One grouped pass over the year's covers.
 */
export async function coveredPerUnion(db: Executor, year: number, unionPaths: readonly string[]): Promise<Map<string, number>> {
  if (!unionPaths.length) return new Map();
  return repo.coveredPersonsPerPath(db, year, unionPaths, IN_FORCE);
}

/** The payout ledger's "on paid" hook for a protection claim (payouts/sources.ts); loaded lazily, the claims file books into the ledger. */
export async function claimPaidByLedger(trx: Executor, ctx: RequestContext, id: number, p: { paidOn: string; reference: string | null; batchNo: string }) {
  const { claimPaidByLedger: paid } = await import('./claims.ts');
  return paid(trx, ctx, id, p);
}

/** The payout ledger's "on paid" hook for a gig-worker claim (payouts/sources.ts); loaded lazily. */
export async function gigClaimPaidByLedger(trx: Executor, ctx: RequestContext, id: number, p: { paidOn: string; reference: string | null; batchNo: string }) {
  const { gigClaimPaidByLedger: paid } = await import('./gig-claims.ts');
  return paid(trx, ctx, id, p);
}

/**
 * The platform each gig worker (blind index of the ID number) is enrolled by in a coverage year, from the gig register
 * (pending or active covers; one cover per worker per year, 001 互助保障计划 二(五)). For the pools module's mobile
 * checkups billed to the platforms (001 项目4 三); loaded lazily, the SQL is the gig repository's.
 */
export async function gigPlatformsOf(db: Executor, idHashes: string[], year: number): Promise<Map<string, { platformId: number; platformName: string }>> {
  const { liveCoversOf } = await import('./gig-repository.ts');
  return new Map((await liveCoversOf(db, idHashes, year)).map((c) => [c.id_hash, { platformId: Number(c.platform_id), platformName: c.platform_name }]));
}
