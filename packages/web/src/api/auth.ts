import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, request } from './client.ts';
import type { ApiBody, ApiResult } from './contract.ts';

export type Permission =
  | 'orgs.read'
  | 'orgs.write'
  | 'members.read'
  | 'members.write'
  | 'members.import'
  | 'members.reveal'
  | 'accounts.read'
  | 'accounts.write'
  | 'audit.read'
  | 'login-log.read'
  | 'self.read'
  | 'policy.read'
  | 'calls.read'
  | 'calls.manage'
  | 'proposals.submit'
  | 'consultation.take-part'
  | 'projects.read'
  | 'projects.write'
  | 'progress.report'
  | 'progress.review'
  | 'programs.read'
  | 'programs.manage'
  | 'applications.read'
  | 'applications.submit'
  | 'applications.review'
  | 'payouts.read'
  | 'payouts.prepare'
  | 'payouts.approve-rights'
  | 'payouts.approve-finance'
  | 'calendar.manage'
  | 'account.self'
  | 'policy.manage'
  | 'policy.approve'
  | 'protection.read'
  | 'protection.enroll'
  | 'protection.confirm'
  | 'protection.reconcile'
  | 'protection.apply'
  | 'protection.review'
  | 'protection.gig'
  | 'pools.read'
  | 'pools.manage'
  | 'pools.claim'
  | 'pools.bills'
  | 'sites.read'
  | 'sites.write'
  | 'sites.inspect'
  | 'announcements.read'
  | 'announcements.publish';

/** The server declares `permissions` as string[]: the web narrows it to the Permission list above. */
export type Me = Omit<ApiResult<'/auth/me'>, 'permissions'> & { permissions: Permission[] };

export const meKey = ['auth', 'me'] as const;

/** The signed-in account, or null when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async () => {
      try {
        return await request<Me>('GET', '/auth/me', { quiet401: true });
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export const can = (me: Me | null | undefined, p: Permission) => !!me?.permissions.includes(p);

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: ApiBody<'/auth/login', 'post'>) => request<ApiResult<'/auth/login', 'post'>>('POST', '/auth/login', { body: v, quiet401: true }),
    onSuccess: () => qc.invalidateQueries({ queryKey: meKey }),
  });
}

export function useRequestOtp() {
  return useMutation({ mutationFn: (v: ApiBody<'/auth/otp', 'post'>) => api.post<ApiResult<'/auth/otp', 'post'>>('/auth/otp', v) });
}

export function useVerifyOtp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: ApiBody<'/auth/otp/verify', 'post'>) =>
      request<ApiResult<'/auth/otp/verify', 'post'>>('POST', '/auth/otp/verify', { body: v, quiet401: true }),
    onSuccess: () => qc.invalidateQueries({ queryKey: meKey }),
  });
}

/** Change my password; the server ends my other sessions and clears the must-change flag. */
export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: ApiBody<'/auth/password', 'post'>) => api.post<ApiResult<'/auth/password', 'post'>>('/auth/password', v),
    onSuccess: () => qc.invalidateQueries({ queryKey: meKey }),
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ApiResult<'/auth/logout', 'post'>>('/auth/logout'),
    onSettled: () => {
      qc.clear();
      qc.setQueryData(meKey, null);
    },
  });
}
