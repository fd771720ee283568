// 待办: what waits for me (GET /me/work), for the home page, the menu counts and the header badge.
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiResult } from './contract.ts';

export type Work = ApiResult<'/me/work'>;
export type WorkItem = Work['items'][number];
export const workKey = ['me', 'work'] as const;

export function useMyWork(enabled = true) {
  return useQuery({ queryKey: workKey, queryFn: () => api.get<Work>('/me/work'), enabled, staleTime: 30_000, refetchInterval: 120_000 });
}

/** Count per side-menu path (several kinds may share one entry). */
export function menuCounts(w: Work | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of w?.items ?? []) out[i.menu] = (out[i.menu] ?? 0) + i.count;
  return out;
}
