import { useQuery } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api } from './client.ts';
import type { OrgKind } from './orgs.ts';

/** GET /meta: the server's vocabularies and rules (public), so the UI does not copy them. */
export interface Meta {
  orgKinds: { code: OrgKind; name: Bilingual; allowedParents: OrgKind[] }[];
  roles: { code: string; name: Bilingual; orgKinds: OrgKind[]; permissions: string[] }[];
  memberCategories: { code: string; name: Bilingual }[];
  cardStatuses: { code: string; name: Bilingual }[];
  passwordPolicy: { code: string; text: Bilingual };
  session: { idleMinutes: number; absoluteHours: number };
}

export function useMeta() {
  return useQuery({ queryKey: ['meta'], queryFn: () => api.get<Meta>('/meta'), staleTime: Infinity });
}
