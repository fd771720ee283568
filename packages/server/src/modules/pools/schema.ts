// Request and response schemas of the pools routes (first-come pools, places down the tree).
import { z } from 'zod';
import { ZIdValue, ZIsoDate, ZPage, ZPageQuery, ZTimestamp, ZYear } from '../../platform/schemas.ts';

const ZInstant = z.string().datetime({ offset: true, message: '时间格式应为 ISO 8601 / an ISO 8601 date-time' });

export const ZPoolCreate = z.object({
  title: z.string().trim().min(1).max(100),
  capacity: z.number().int().positive().max(10_000_000),
  orgId: ZIdValue.describe('the union whose members may claim (the federation for a city-wide pool)'),
  opensAt: ZInstant,
  closesAt: ZInstant,
  program: z.string().trim().max(60).optional().describe('the program whose places these are, e.g. sanatorium'),
  year: ZYear.optional(),
});

export const ZPool = z.object({
  id: z.number(),
  title: z.string(),
  program: z.string().nullable(),
  year: z.number().nullable(),
  orgId: z.number(),
  orgName: z.string(),
  capacity: z.number(),
  taken: z.number(),
  remaining: z.number(),
  opensAt: ZTimestamp,
  closesAt: ZTimestamp,
  state: z.enum(['scheduled', 'open', 'full', 'closed']),
  abilities: z.object({ claim: z.boolean(), claimForMembers: z.boolean() }),
});
export const ZPoolList = z.object({ items: z.array(ZPool) });
export const ZPoolQuery = z.object({ year: ZYear.optional() });

// The body is optional: a member claims for themself with no body at all (issue 10 “Public names”: without memberId).
export const ZClaimCreate = z
  .object({ memberId: ZIdValue.optional().describe('the member (person id) an officer claims for; none: the member for themself') })
  .nullish(); // Fastify hands a missing body over as null
export const ZClaim = z.object({
  id: z.number(),
  poolId: z.number(),
  memberId: z.number(),
  memberNo: z.string(),
  name: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  createdAt: ZTimestamp,
});
export const ZClaimGranted = z.object({
  id: z.number(),
  poolId: z.number(),
  memberId: z.number(),
  capacity: z.number(),
  taken: z.number(),
  remaining: z.number(),
});
export const ZClaimPage = ZPage(ZClaim);
export const ZClaimQuery = ZPageQuery;

export const ZMyPlaces = z.object({
  claims: z.array(
    z.object({
      id: z.number(),
      poolId: z.number(),
      title: z.string(),
      program: z.string().nullable(),
      year: z.number().nullable(),
      orgName: z.string(),
      createdAt: ZTimestamp,
    }),
  ),
  trips: z
    .array(
      z.object({
        rosterId: z.number(),
        program: z.string(),
        year: z.number(),
        title: z.string(),
        site: z.string(),
        provider: z.string(),
        orgName: z.string().describe('the union that put me on the roster'),
        startsOn: ZIsoDate,
        endsOn: ZIsoDate,
        status: z.enum(['submitted', 'settled']).describe('submitted: coming or done, not yet settled; settled: the provider has claimed it'),
      }),
    )
    .describe('my trips and checkups: the submitted or settled rosters I am on (issue 10 §3)'),
});
export const ZRemindersRun = z.object({ on: ZIsoDate, rosters: z.number().int(), sent: z.number().int(), withoutMobile: z.number().int() });

// Places down the tree (000 六 名额分配).
export const ZGrantCreate = z.object({
  program: z.string().trim().min(1).max(60),
  year: ZYear,
  site: z.string().trim().min(1).max(100).optional().describe('the site or plan (疗休养线路 / 体检套餐), when places are per site'),
  toOrgId: ZIdValue,
  places: z.number().int().positive().max(10_000_000),
  parentId: ZIdValue.optional().describe('the grant this one is split from; none: a grant from the caller’s own union'),
});
export const ZGrant = z.object({
  id: z.number(),
  program: z.string(),
  year: z.number(),
  site: z.string().nullable(),
  parentId: z.number().nullable(),
  fromOrgId: z.number(),
  fromOrgName: z.string(),
  toOrgId: z.number(),
  toOrgName: z.string(),
  toOrgKind: z.string(),
  places: z.number(),
  allocated: z.number(),
  returned: z.number(),
  available: z.number(),
  grantedOn: ZIsoDate,
  expiresOn: ZIsoDate,
  expired: z.boolean(),
  abilities: z.object({ split: z.boolean() }),
});
export const ZGrantList = z.object({ items: z.array(ZGrant) });
export const ZGrantQuery = z.object({ year: ZYear.optional(), program: z.string().max(60).optional(), parentId: ZIdValue.optional() });
export const ZGrantDetail = ZGrant.extend({ children: z.array(ZGrant) });
export const ZSheetImported = z.object({ created: z.number(), places: z.number(), grant: ZGrant });

/** A file answer (the .xlsx sheet). */
export const ZBinary = z.any().describe('binary file');
