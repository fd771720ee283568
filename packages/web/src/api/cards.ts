// The member service card (its events) and the card-work index report (issue 9 §1).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api } from './client.ts';
import type { ApiBody, ApiResult } from './contract.ts';

export type CardEvent = ApiBody<'/members/{id}/card/events', 'post'>['event'];

export type Card = ApiResult<'/members/{id}/card'>;

/**
 * Kept by hand: GET /reports/card-work answers the report or an .xlsx (`z.union([ZCardWorkReport, ZBinary])`),
 * and ZBinary is z.any(), so the generated type is `unknown`.
 */
export interface CardWorkRow {
  orgId: number;
  orgName: string;
  members: number;
  holders: number;
  active: number;
  covered: number;
  users: number;
  cardRate: number | null;
  coverRate: number | null;
  useRate: number | null;
  activationRate: number | null;
}

export interface CardWorkReport {
  year: number;
  org: { id: number; name: string };
  rows: CardWorkRow[];
  total: CardWorkRow;
  definitions: { cardRate: Bilingual; coverRate: Bilingual; useRate: Bilingual; activationRate: Bilingual; source: string };
}

export const cardKeys = { card: (personId: number) => ['members', 'detail', personId, 'card'] as const };

export function useCard(personId: number) {
  return useQuery({ queryKey: cardKeys.card(personId), queryFn: () => api.get<Card>(`/members/${personId}/card`), enabled: personId > 0 });
}

/** Record a card event; the member (list, detail, counts) is read again. */
export function useCardEvent(personId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: ApiBody<'/members/{id}/card/events', 'post'>) =>
      api.post<ApiResult<'/members/{id}/card/events', 'post'>>(`/members/${personId}/card/events`, v),
    onSuccess: (card) => {
      qc.setQueryData(cardKeys.card(personId), card);
      void qc.invalidateQueries({ queryKey: ['members'] });
    },
  });
}

export function useCardWork(year: number | undefined, orgId?: number) {
  return useQuery({ queryKey: ['reports', 'card-work', year, orgId ?? null], queryFn: () => api.get<CardWorkReport>('/reports/card-work', { year, orgId }) });
}
