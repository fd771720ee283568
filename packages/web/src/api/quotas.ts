// Places (issue 10): first-come pools, grants down the tree, the offer, requests, rosters and settlements.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';

export interface Pool {
  id: number;
  title: string;
  program: string | null;
  year: number | null;
  orgId: number;
  orgName: string;
  capacity: number;
  taken: number;
  remaining: number;
  opensAt: string;
  closesAt: string;
  state: 'scheduled' | 'open' | 'full' | 'closed';
  abilities: { claim: boolean; claimForMembers: boolean };
}
export interface Grant {
  id: number;
  program: string;
  year: number;
  site: string | null;
  parentId: number | null;
  fromOrgId: number;
  fromOrgName: string;
  toOrgId: number;
  toOrgName: string;
  toOrgKind: string;
  places: number;
  allocated: number;
  returned: number;
  available: number;
  grantedOn: string;
  expiresOn: string;
  expired: boolean;
  abilities: { split: boolean };
}
export interface Offer {
  id: number;
  program: string;
  year: number;
  code: string;
  title: string;
  site: string;
  days: number | null;
  nights: number | null;
  months: number[];
  price: number;
  citySubsidy: number;
  otherSubsidy: number;
  otherSubsidyBy: string | null;
  remainder: number;
  remainderBy: string;
  mode: 'request' | 'allocation' | 'first-come';
  capacity: number;
  granted: number;
  providerOrgId: number | null;
  providerName: string;
  contacts: { name: string; phone?: string }[];
  agencyName: string;
  policy: string;
  abilities: { edit: boolean };
}
export interface QuotaRequest {
  id: number;
  program: string;
  year: number;
  orgId: number;
  orgName: string;
  deadline: string;
  status: 'submitted' | 'granted';
  submittedOn: string;
  grantedOn: string | null;
  requested: number;
  granted: number | null;
  rows: { row: number; offerId: number; code: string; title: string; requested: number; granted: number | null; grantId: number | null }[];
  abilities: { grant: boolean };
}
export interface Roster {
  id: number;
  offerId: number;
  code: string;
  title: string;
  program: string;
  year: number;
  grantId: number;
  orgId: number;
  orgName: string;
  startsOn: string;
  endsOn: string;
  status: 'draft' | 'submitted' | 'settled';
  persons: number;
  placesLeft: number;
  entries?: { row: number; memberNo: string; name: string; orgName: string }[];
  settlementId: number | null;
  providerOrgId: number | null;
  providerName: string;
  abilities: { edit: boolean; submit: boolean; settle: boolean };
}
export interface Settlement {
  id: number;
  rosterId: number | null;
  rosterTitle: string;
  period: 'H1' | 'H2' | null;
  program: string;
  year: number;
  rosters: { id: number; title: string; orgName: string; startsOn: string; endsOn: string; persons: number }[];
  orgName: string;
  providerName: string;
  persons: number;
  amount: number;
  satisfaction: { responses: number; satisfied: number };
  status: 'submitted' | 'rights-approved' | 'finance-approved' | 'paid';
  submittedOn: string;
  paidOn: string | null;
  paymentReference: string | null;
  payeeAccount: string | null;
  abilities: { rights: boolean; finance: boolean; pay: boolean };
}
export interface PeriodClaim {
  orgId: number;
  orgName: string;
  from: string;
  to: string;
  persons: number;
  amount: number;
  rosters: { id: number; title: string; orgName: string; startsOn: string; endsOn: string; persons: number; perPerson: number; amount: number }[];
}
/** A platform's bill (结算单) for its share of a gig-checkup roster (001 项目4 三). */
export interface Bill {
  id: number;
  settlementId: number;
  rosterId: number;
  title: string;
  program: string;
  year: number;
  platformOrgId: number;
  platformName: string;
  providerName: string;
  orgName: string;
  startsOn: string;
  endsOn: string;
  persons: number;
  price: number;
  citySubsidy: number;
  perPerson: number;
  amount: number;
  /** void: every line was moved to another platform's bill (kept with its history). */
  status: 'issued' | 'disputed' | 'confirmed' | 'paid' | 'void';
  issuedOn: string;
  confirmedAt: string | null;
  paidOn: string | null;
  paymentReference: string | null;
  /** The printed number, the revision (+ 1 at each correction), the platform's last dispute and the union side's last answer (issue 10 §4). */
  no: string;
  revision: number;
  disputeReason: string | null;
  disputedAt: string | null;
  answer: 'reissued' | 'rejected' | null;
  answerReason: string | null;
  answeredAt: string | null;
  history: {
    revision: number;
    action: 'issue' | 'dispute' | 'reissue' | 'reject-dispute' | 'confirm' | 'pay' | 'move-out' | 'move-in';
    reason: string | null;
    persons: number;
    amount: number;
    at: string;
  }[];
  lines: { row: number; memberNo: string; name: string; orgName: string }[];
  /** The other platforms a line may be moved to (on the detail, when the caller may move one). */
  moveTo: { orgId: number; name: string }[];
  abilities: { confirm: boolean; dispute: boolean; answer: boolean; pay: boolean; move: boolean };
}
export interface MyPlaces {
  claims: { id: number; poolId: number; title: string; program: string | null; year: number | null; orgName: string; createdAt: string }[];
  /** The submitted or settled rosters the member is on (issue 10 §3). */
  trips: {
    rosterId: number;
    program: string;
    year: number;
    title: string;
    site: string;
    provider: string;
    orgName: string;
    startsOn: string;
    endsOn: string;
    status: 'submitted' | 'settled';
  }[];
}

const k = ['places'] as const;

/** The pools, refreshed every few seconds while the page is open: the remaining count is live. */
export const usePools = () => useQuery({ queryKey: [...k, 'pools'], queryFn: () => api.get<{ items: Pool[] }>('/pools'), refetchInterval: 3000 });
export const useGrants = (year?: number) =>
  useQuery({ queryKey: [...k, 'grants', year], queryFn: () => api.get<{ items: Grant[] }>('/place-grants', year ? { year } : undefined) });
export const useOffers = (year?: number) =>
  useQuery({ queryKey: [...k, 'offers', year], queryFn: () => api.get<{ items: Offer[] }>('/quota-offers', year ? { year } : undefined) });
export const useRequests = () => useQuery({ queryKey: [...k, 'requests'], queryFn: () => api.get<{ items: QuotaRequest[] }>('/quota-requests') });
export const useRosters = () => useQuery({ queryKey: [...k, 'rosters'], queryFn: () => api.get<{ items: Roster[] }>('/rosters') });
export const useRoster = (id: number) => useQuery({ queryKey: [...k, 'roster', id], queryFn: () => api.get<Roster>(`/rosters/${id}`), enabled: id > 0 });
export const useSettlements = () => useQuery({ queryKey: [...k, 'settlements'], queryFn: () => api.get<{ items: Settlement[] }>('/quota-settlements') });
export const useBills = () => useQuery({ queryKey: [...k, 'bills'], queryFn: () => api.get<{ items: Bill[] }>('/quota-bills') });
export const useBill = (id: number) => useQuery({ queryKey: [...k, 'bill', id], queryFn: () => api.get<Bill>(`/quota-bills/${id}`), enabled: id > 0 });
export const useMyPlaces = () => useQuery({ queryKey: [...k, 'mine'], queryFn: () => api.get<MyPlaces>('/me/places') });

function usePlacesMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: k }) });
}
export const useCreatePool = () =>
  usePlacesMutation((v: { title: string; capacity: number; orgId: number; opensAt: string; closesAt: string; program?: string; year?: number }) =>
    api.post<Pool>('/pools', v),
  );
export const useClaim = () =>
  usePlacesMutation(({ poolId, memberId }: { poolId: number; memberId?: number }) =>
    api.post<{ remaining: number }>(`/pools/${poolId}/claims`, memberId ? { memberId } : {}),
  );
export const useCreateGrant = () =>
  usePlacesMutation((v: { program: string; year: number; site?: string; toOrgId: number; places: number; parentId?: number }) =>
    api.post<Grant>('/place-grants', v),
  );
export const useSubmitRequest = () =>
  usePlacesMutation((v: { program: string; year: number; rows: { offerId: number; places: number }[] }) => api.post<QuotaRequest>('/quota-requests', v));
export const useGrantRequest = () =>
  usePlacesMutation(({ id, rows }: { id: number; rows: { row: number; places: number }[] }) => api.post<QuotaRequest>(`/quota-requests/${id}/grant`, { rows }));
export const useCreateRoster = () =>
  usePlacesMutation((v: { grantId: number; startsOn: string; endsOn: string; members: string[] }) => api.post<Roster>('/rosters', v));
export const useSubmitRoster = () => usePlacesMutation((id: number) => api.post<Roster>(`/rosters/${id}/submit`));
export const useSubmitSettlement = () =>
  usePlacesMutation((v: { rosterId: number; persons: number; amount: number; members: string[]; satisfaction: { responses: number; satisfied: number } }) =>
    api.post<Settlement>('/quota-settlements', v),
  );
export const useSettlementAction = () =>
  usePlacesMutation(({ id, action, body }: { id: number; action: 'rights' | 'finance' | 'pay'; body?: Record<string, unknown> }) =>
    api.post<Settlement>(`/quota-settlements/${id}/${action}`, body ?? {}),
  );
export const useBillAction = () =>
  usePlacesMutation(
    ({ id, action, body }: { id: number; action: 'confirm' | 'pay' | 'dispute' | 'reissue' | 'reject-dispute'; body?: Record<string, unknown> }) =>
      api.post<Bill>(`/quota-bills/${id}/${action}`, body ?? {}),
  );
/** The union side moves a worker's line to the bill of the platform they belong to (001 项目4 三). */
export const useMoveBillLine = () =>
  usePlacesMutation(({ id, body }: { id: number; body: { memberNo: string; toPlatformOrgId: number; reason: string } }) =>
    api.post<{ from: Bill; to: Bill }>(`/quota-bills/${id}/move`, body),
  );
export const useCreateOffer = () =>
  usePlacesMutation(
    (v: {
      program: string;
      year: number;
      code: string;
      capacity: number;
      site?: string;
      days?: number;
      nights?: number;
      costPerPerson?: number;
      contacts: { name: string; phone?: string }[];
    }) => api.post<Offer>('/quota-offers', v),
  );
/** The half-year claim as it would be filed now (001 项目3 三(五)); nothing is written. */
export const previewHalfYear = (v: { year: number; period: 'H1' | 'H2' }) => api.get<PeriodClaim>('/quota-settlements/half-year', v);
export const useSubmitHalfYear = () =>
  usePlacesMutation((v: { year: number; period: 'H1' | 'H2'; amount: number; satisfaction: { responses: number; satisfied: number } }) =>
    api.post<Settlement>('/quota-settlements/half-year', v),
  );
