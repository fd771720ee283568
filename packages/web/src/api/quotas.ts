// Places (issue 10): first-come pools, grants down the tree, the offer, requests, rosters and settlements.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiItem, ApiResult } from './contract.ts';

export type Pool = ApiResult<'/pools/{id}'>;
export type Grant = ApiItem<'/place-grants'>;
export type Offer = ApiItem<'/quota-offers'>;
export type QuotaRequest = ApiItem<'/quota-requests'>;
export type Roster = ApiResult<'/rosters/{id}'>;
export type Settlement = ApiItem<'/quota-settlements'>;
export type PeriodClaim = ApiResult<'/quota-settlements/half-year'>;
/** A platform's bill (结算单) for its share of a gig-checkup roster (001 项目4 三). */
export type Bill = ApiResult<'/quota-bills/{id}'>;
export type MyPlaces = ApiResult<'/me/places'>;

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
