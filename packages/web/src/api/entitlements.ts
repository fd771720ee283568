import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiResult } from './contract.ts';

export type EntitlementStatus = 'eligible' | 'conditional' | 'not-eligible' | 'not-in-force';
export const entitlementStatuses: EntitlementStatus[] = ['eligible', 'conditional', 'not-eligible', 'not-in-force'];

/** The signed-in member's or a member's entitlements on a date (GET /members/:id/entitlements, /me/entitlements). */
export type Entitlements = ApiResult<'/members/{id}/entitlements'>;
/** One program's answer for the person. */
export type Entitlement = Entitlements['items'][number];
export type EntitlementFact = Entitlement['facts'][number];
/** One run of the engine behind an entitlement (per variant, e.g. each plan), sent with `trace=true`. */
export type EntitlementEvaluation = NonNullable<Entitlement['trace']>[number];

/** `personId` null: the signed-in member's own (GET /me/entitlements). */
export function useEntitlements(personId: number | null, date: string, trace: boolean) {
  const path = personId === null ? '/me/entitlements' : `/members/${personId}/entitlements`;
  return useQuery({
    queryKey: ['entitlements', personId ?? 'me', date, trace],
    queryFn: () => api.get<Entitlements>(path, { date, trace: trace ? 'true' : undefined }),
    placeholderData: keepPreviousData,
  });
}
