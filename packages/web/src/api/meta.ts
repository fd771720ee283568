import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiResult } from './contract.ts';

/** GET /meta: the server's vocabularies and rules (public), so the UI does not copy them. */
export type Meta = ApiResult<'/meta'>;

export function useMeta() {
  return useQuery({ queryKey: ['meta'], queryFn: () => api.get<Meta>('/meta'), staleTime: Infinity });
}
