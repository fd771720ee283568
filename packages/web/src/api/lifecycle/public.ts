// The public page (no login): a union's published list, and the lists a signed-in visitor can see.
import { useQuery } from '@tanstack/react-query';
import type { Bilingual } from '../../i18n/index.tsx';
import { ApiError, request } from '../client.ts';
import type { Category, ProjectStatus } from './common.ts';
import type { Slate } from './slates.ts';

/** Query keys of the public page (no login). */
export const publicKeys = {
  projects: (q: { year: number; org: string }) => ['public', 'projects', q] as const,
  slates: () => ['public', 'slates'] as const,
  mine: () => ['public', 'my-slates'] as const,
};

export interface PublicList {
  org: { id: number; name: string };
  year: number;
  title: string;
  meeting: string | null;
  documentNo: string | null;
  approvedOn: string | null;
  asOf: string;
  projects: {
    no: number;
    title: string;
    category: Category;
    categoryName: Bilingual | null;
    responsibleOrgName: string | null;
    status: ProjectStatus;
    percent: number | null;
    suppressed: boolean;
    targets: { indicator: string; unit: string; planned: number; actual: number | null; percent: number | null; suppressed: boolean }[];
  }[];
}

export function usePublicProjects(q: { year: number; org: string }, enabled = true) {
  return useQuery({
    queryKey: publicKeys.projects(q),
    enabled,
    queryFn: () => request<PublicList>('GET', '/public/projects', { query: q, quiet401: true }),
    retry: false,
  });
}

/** Which unions have published which years (no login): the public page's union and year choices. */
export interface PublicSlate {
  orgId: number;
  orgName: string;
  orgKind: string;
  /** Newest first. */
  years: number[];
}

export function usePublicSlates() {
  return useQuery({ queryKey: publicKeys.slates(), queryFn: async () => (await request<{ items: PublicSlate[] }>('GET', '/public/slates', { quiet401: true })).items, retry: false, staleTime: 60_000 });
}

/** Published lists a signed-in visitor can see (offers more unions on the public page); none without a session. */
export function usePublishedSlatesQuiet() {
  return useQuery({
    queryKey: publicKeys.mine(),
    queryFn: async () => {
      try {
        return (await request<{ items: Slate[] }>('GET', '/slates', { quiet401: true })).items.filter((s) => s.published);
      } catch (e) {
        if (e instanceof ApiError) return [];
        throw e;
      }
    },
    retry: false,
    staleTime: 60_000,
  });
}
