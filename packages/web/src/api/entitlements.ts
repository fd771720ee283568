import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api } from './client.ts';
import type { ParameterValue, TraceEntry } from './policy.ts';

export type EntitlementStatus = 'eligible' | 'conditional' | 'not-eligible' | 'not-in-force';
export const entitlementStatuses: EntitlementStatus[] = ['eligible', 'conditional', 'not-eligible', 'not-in-force'];

/** One run of the engine behind an entitlement (per variant, e.g. each plan), sent with `trace=true`. */
export interface EntitlementEvaluation {
  variant?: string;
  input?: Record<string, unknown>;
  policy?: string;
  eligible?: boolean;
  trace?: TraceEntry[];
  parameters?: ParameterValue[];
}

export interface EntitlementFact {
  name: string;
  value: unknown;
  source: 'registry' | 'assumed';
  field?: string;
  note?: Bilingual;
}

export interface Entitlement {
  program: string;
  title: Bilingual;
  status: EntitlementStatus;
  policy?: string;
  summary: Bilingual;
  amounts?: Record<string, unknown>;
  reasons: { code: string; message: Bilingual; variant?: string }[];
  needs?: { field: string; message: Bilingual }[];
  facts: EntitlementFact[];
  trace?: EntitlementEvaluation[];
}

export interface Entitlements {
  personId: number;
  name: string;
  date: string;
  member?: boolean;
  membership: {
    membershipId: number;
    orgId: number;
    orgName: string;
    unitCategory: string;
    status: string;
    joinedOn: string;
    leftOn: string | null;
    cardStatus: string;
    eMembership: boolean;
  } | null;
  counts: Record<EntitlementStatus, number>;
  items: Entitlement[];
  unitPrograms: Entitlement[];
}

/** `personId` null: the signed-in member's own (GET /me/entitlements). */
export function useEntitlements(personId: number | null, date: string, trace: boolean) {
  const path = personId === null ? '/me/entitlements' : `/members/${personId}/entitlements`;
  return useQuery({
    queryKey: ['entitlements', personId ?? 'me', date, trace],
    queryFn: () => api.get<Entitlements>(path, { date, trace: trace ? 'true' : undefined }),
    placeholderData: keepPreviousData,
  });
}
