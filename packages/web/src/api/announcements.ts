// The announcements board (通知公告, issue 12 §3): my inbox of notices from the unions on my way up,
// what the unions of my subtree published (with read counts), publishing and withdrawing.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiBody, ApiResult } from './contract.ts';

export type Audience = NonNullable<ApiBody<'/announcements', 'post'>['audience']>;
export type AnnouncementBox = 'inbox' | 'published';

export type Announcement = ApiResult<'/announcements/{id}'>;
/** A page of notices with the count still unread in the caller's inbox. */
export type AnnouncementPage = ApiResult<'/announcements'>;
export type AnnouncementInput = ApiBody<'/announcements', 'post'>;

/** The web's own filter (a boolean `unread`, sent as 'true'). */
export interface AnnouncementQuery {
  box: AnnouncementBox;
  page?: number;
  pageSize?: number;
  unread?: boolean;
  q?: string;
}

export const announcementKeys = {
  all: ['announcements'] as const,
  list: (q: AnnouncementQuery) => ['announcements', 'list', q] as const,
  one: (id: number) => ['announcements', 'detail', id] as const,
};

export function useAnnouncements(q: AnnouncementQuery, enabled = true) {
  return useQuery({
    queryKey: announcementKeys.list(q),
    queryFn: () =>
      api.get<AnnouncementPage>('/announcements', {
        box: q.box,
        page: q.page ?? 1,
        pageSize: q.pageSize ?? 10,
        ...(q.unread ? { unread: 'true' } : {}),
        ...(q.q ? { q: q.q } : {}),
      }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useAnnouncement(id: number | undefined) {
  return useQuery({ queryKey: announcementKeys.one(id ?? 0), queryFn: () => api.get<Announcement>(`/announcements/${id}`), enabled: !!id });
}

/** Publish, withdraw, mark read; every one refreshes all announcement queries. */
export function useAnnouncementMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: announcementKeys.all });
  return {
    publish: useMutation({ mutationFn: (v: AnnouncementInput) => api.post<ApiResult<'/announcements', 'post'>>('/announcements', v), onSuccess: done }),
    withdraw: useMutation({
      mutationFn: (v: { id: number; reason: string }) =>
        api.post<ApiResult<'/announcements/{id}/withdraw', 'post'>>(`/announcements/${v.id}/withdraw`, { reason: v.reason }),
      onSuccess: done,
    }),
    markRead: useMutation({
      mutationFn: (id: number) => api.post<ApiResult<'/announcements/{id}/read', 'post'>>(`/announcements/${id}/read`),
      onSuccess: done,
    }),
  };
}
