// The announcements board (通知公告, issue 12 §3): my inbox of notices from the unions on my way up,
// what the unions of my subtree published (with read counts), publishing and withdrawing.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api } from './client.ts';

export type Audience = 'officers' | 'everyone';
export type AnnouncementBox = 'inbox' | 'published';

export interface Announcement {
  id: number;
  org: { id: number; name: string };
  title: string;
  body: string;
  audience: Audience;
  audienceName: Bilingual;
  pinned: boolean;
  expiresOn: string | null;
  publishedAt: string;
  publishedBy: string | null;
  withdrawn: { at: string; reason: string | null } | null;
  /** Inbox: has the caller opened it. */
  read?: boolean;
  /** Published: accounts that opened it. */
  reads?: number;
  abilities: { withdraw: boolean };
}

export interface AnnouncementPage {
  items: Announcement[];
  total: number;
  page: number;
  pageSize: number;
  /** Unread notices in the caller's inbox. */
  unread: number;
}

export interface AnnouncementInput {
  orgId?: number;
  title: string;
  body: string;
  audience?: Audience;
  pinned?: boolean;
  expiresOn?: string;
}

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
    publish: useMutation({ mutationFn: (v: AnnouncementInput) => api.post<Announcement>('/announcements', v), onSuccess: done }),
    withdraw: useMutation({ mutationFn: (v: { id: number; reason: string }) => api.post<Announcement>(`/announcements/${v.id}/withdraw`, { reason: v.reason }), onSuccess: done }),
    markRead: useMutation({ mutationFn: (id: number) => api.post<{ ok: true }>(`/announcements/${id}/read`), onSuccess: done }),
  };
}
