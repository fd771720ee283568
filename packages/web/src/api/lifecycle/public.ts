// The public page (no login): a union's published list, and the lists a signed-in visitor can see.
import { useQuery } from '@tanstack/react-query';
import { ApiError, request } from '../client.ts';
import type { ApiItem, ApiResult, Narrow } from '../contract.ts';
import type { Category, ProjectStatus } from './common.ts';

/** Query keys of the public page (no login). */
export const publicKeys = {
  projects: (q: { year: number; org: string }) => ['public', 'projects', q] as const,
  slates: () => ['public', 'slates'] as const,
  mine: () => ['public', 'my-slates'] as const,
};

type PublicAnswer = ApiResult<'/public/projects'>;
/** category and status are z.string() in the server's schema: narrowed to the vocabulary it writes. */
export type PublicProject = Narrow<PublicAnswer['projects'][number], { category: Category; status: ProjectStatus }>;
export type PublicList = Narrow<PublicAnswer, { projects: PublicProject[] }>;

export function usePublicProjects(q: { year: number; org: string }, enabled = true) {
  return useQuery({
    queryKey: publicKeys.projects(q),
    enabled,
    queryFn: () => request<PublicList>('GET', '/public/projects', { query: q, quiet401: true }),
    retry: false,
  });
}

/** Which unions have published which years (no login): the public page's union and year choices; years newest first. */
export type PublicSlate = ApiItem<'/public/slates'>;

export function usePublicSlates() {
  return useQuery({
    queryKey: publicKeys.slates(),
    queryFn: async () => (await request<ApiResult<'/public/slates'>>('GET', '/public/slates', { quiet401: true })).items,
    retry: false,
    staleTime: 60_000,
  });
}

/** Published lists a signed-in visitor can see (offers more unions on the public page); none without a session. */
export function usePublishedSlatesQuiet() {
  return useQuery({
    queryKey: publicKeys.mine(),
    queryFn: async () => {
      try {
        return (await request<ApiResult<'/slates'>>('GET', '/slates', { quiet401: true })).items.filter((s) => s.published);
      } catch (e) {
        if (e instanceof ApiError) return [];
        throw e;
      }
    },
    retry: false,
    staleTime: 60_000,
  });
}
