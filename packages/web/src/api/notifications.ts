// My portal notices (members and officers alike): the unread count for the bell and the list.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiItem, ApiResult } from './contract.ts';

/** The server declares `payload` as z.unknown(): it is the template's values, an object. */
export type Notice = Omit<ApiItem<'/me/notifications'>, 'payload'> & { payload: Record<string, unknown> };
export type NoticePage = Omit<ApiResult<'/me/notifications'>, 'items'> & { items: Notice[] };

export const noticeKeys = {
  count: ['notifications', 'count'] as const,
  list: (page: number) => ['notifications', 'list', page] as const,
};

/** The unread count, asked again every minute. */
export function useUnreadCount() {
  return useQuery({
    queryKey: noticeKeys.count,
    queryFn: () => api.get<NoticePage>('/me/notifications', { unread: 'true', pageSize: 1 }),
    select: (d) => d.unread,
    refetchInterval: 60_000,
    staleTime: 0,
  });
}

export function useNotices(page: number, enabled: boolean) {
  return useQuery({ queryKey: noticeKeys.list(page), queryFn: () => api.get<NoticePage>('/me/notifications', { page, pageSize: 20 }), enabled, staleTime: 0 });
}

/** Mark notices read; refreshes the bell's count (the open list keeps showing which were new). */
export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (ids: number[]) => {
      for (const id of ids) await api.post(`/me/notifications/${id}/read`);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: noticeKeys.count }),
  });
}
