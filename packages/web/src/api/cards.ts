// The member service card (its events) and the card-work index report (issue 9 §1).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api } from './client.ts';

export type CardEvent = 'issue' | 'activate' | 'register' | 'report-lost' | 'reissue' | 'cancel' | 'e-card';

export interface Card {
  personId: number;
  status: string | null;
  statusName: Bilingual | null;
  eMembership: boolean;
  registeredYears: number[];
  events: { id: number; event: CardEvent; name: Bilingual; year: number | null; onDate: string; fromStatus: string; toStatus: string; note: string | null; by: string | null; orgName: string; at: string }[];
  today: string;
  actions: { event: CardEvent; name: Bilingual; allowed: boolean; code: string | null; reason: Bilingual | null }[];
  rules: { pause: { from: string; to: string; source: string }; registration: { from: string; to: string; source: string } };
}

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
    mutationFn: (v: { event: CardEvent; date?: string; note?: string }) => api.post<Card>(`/members/${personId}/card/events`, v),
    onSuccess: (card) => {
      qc.setQueryData(cardKeys.card(personId), card);
      void qc.invalidateQueries({ queryKey: ['members'] });
    },
  });
}

export function useCardWork(year: number | undefined, orgId?: number) {
  return useQuery({ queryKey: ['reports', 'card-work', year, orgId ?? null], queryFn: () => api.get<CardWorkReport>('/reports/card-work', { year, orgId }) });
}
