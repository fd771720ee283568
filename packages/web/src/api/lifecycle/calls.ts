// Calls for proposals, proposals, screening and consultation (the calls module's routes).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { ApiBody, ApiItem, ApiResult, Narrow } from '../contract.ts';
import type { Category } from './common.ts';

export type Call = ApiResult<'/calls/{id}'>;
export type Stage = Call['stage'];
export type StageKey = Call['stages'][number]['key'];
/** The call form's values: a new call's fields (POST /calls), of which an update sends the editable ones. */
export type CallInput = Partial<ApiBody<'/calls', 'post'>>;

/** The server declares a proposal's status and category as z.string(); these are the ones it writes. */
export type ProposalStatus = 'submitted' | 'classified' | 'merged' | 'returned';
export type Proposal = Narrow<ApiItem<'/calls/{id}/proposals'>, { status: ProposalStatus; category: Category | null }>;
export type ProposalForm = Proposal['form'];
export type ProposalInput = ApiBody<'/calls/{id}/proposals', 'post'>;

type CandidateAnswer = ApiResult<'/calls/{id}/candidates'>;
/** The server declares a candidate's category and status as z.string(): narrowed to what it writes. */
export type Candidate = Narrow<CandidateAnswer['items'][number], { category: Category; status: 'screening' | 'shortlisted' | 'dropped' }>;
export type CandidateList = Narrow<CandidateAnswer, { items: Candidate[] }>;
export type Comment = ApiItem<'/candidates/{id}/comments'>;

/** Query keys of calls, proposals, candidates and comments: all under ['calls'], which every screening change refreshes. */
export const callKeys = {
  all: ['calls'] as const,
  list: (q: { year?: number; orgId?: number }) => ['calls', 'list', q] as const,
  detail: (id: number) => ['calls', 'detail', id] as const,
  proposals: (callId: number) => ['calls', 'proposals', callId] as const,
  candidates: (callId: number) => ['calls', 'candidates', callId] as const,
  comments: (candidateId: number) => ['calls', 'comments', candidateId] as const,
};

export function useCalls(q: { year?: number; orgId?: number } = {}) {
  return useQuery({ queryKey: callKeys.list(q), queryFn: () => api.get<ApiResult<'/calls'>>('/calls', { ...q }), placeholderData: keepPreviousData });
}

export function useCall(id: number | undefined) {
  return useQuery({ queryKey: callKeys.detail(id ?? 0), queryFn: () => api.get<Call>(`/calls/${id}`), enabled: !!id });
}

export function useCreateCall() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: CallInput) => api.post<ApiResult<'/calls', 'post'>>('/calls', v),
    onSuccess: () => qc.invalidateQueries({ queryKey: callKeys.all }),
  });
}

export function useUpdateCall(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: CallInput) => api.patch<ApiResult<'/calls/{id}', 'patch'>>(`/calls/${id}`, v),
    onSuccess: () => qc.invalidateQueries({ queryKey: callKeys.all }),
  });
}

export function useProposals(callId: number | undefined) {
  return useQuery({
    queryKey: callKeys.proposals(callId ?? 0),
    queryFn: () => api.get<Narrow<ApiResult<'/calls/{id}/proposals'>, { items: Proposal[] }>>(`/calls/${callId}/proposals`),
    enabled: !!callId,
  });
}

export function useSubmitProposal(callId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: ProposalInput) => api.post<ApiResult<'/calls/{id}/proposals', 'post'>>(`/calls/${callId}/proposals`, v),
    onSuccess: () => qc.invalidateQueries({ queryKey: callKeys.all }),
  });
}

/** Screening actions; every one refreshes the call's proposals and candidates. */
export function useRevealContact() {
  return useMutation({ mutationFn: (id: number) => api.post<ApiResult<'/proposals/{id}/reveal-contact', 'post'>>(`/proposals/${id}/reveal-contact`) });
}

export function useScreening(callId: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: callKeys.all });
  return {
    classify: useMutation({
      mutationFn: (v: { id: number; category: Category }) =>
        api.post<ApiResult<'/proposals/{id}/classify', 'post'>>(`/proposals/${v.id}/classify`, { category: v.category }),
      onSuccess: done,
    }),
    returnProposal: useMutation({
      mutationFn: (v: { id: number; reason: string }) =>
        api.post<ApiResult<'/proposals/{id}/return', 'post'>>(`/proposals/${v.id}/return`, { reason: v.reason }),
      onSuccess: done,
    }),
    createCandidate: useMutation({
      mutationFn: (v: ApiBody<'/calls/{id}/candidates', 'post'>) => api.post<ApiResult<'/calls/{id}/candidates', 'post'>>(`/calls/${callId}/candidates`, v),
      onSuccess: done,
    }),
    link: useMutation({
      mutationFn: (v: { id: number; proposalIds: number[] }) =>
        api.post<ApiResult<'/candidates/{id}/proposals', 'post'>>(`/candidates/${v.id}/proposals`, { proposalIds: v.proposalIds }),
      onSuccess: done,
    }),
    decide: useMutation({
      mutationFn: (v: { id: number; decision: 'shortlist' | 'drop'; rationale: string }) =>
        api.post<ApiResult<'/candidates/{id}/shortlist', 'post'>>(`/candidates/${v.id}/${v.decision}`, { rationale: v.rationale }),
      onSuccess: done,
    }),
  };
}

export function useCandidates(callId: number | undefined) {
  return useQuery({ queryKey: callKeys.candidates(callId ?? 0), queryFn: () => api.get<CandidateList>(`/calls/${callId}/candidates`), enabled: !!callId });
}

export function useSupport(callId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; on: boolean }) => (v.on ? api.post(`/candidates/${v.id}/supports`) : api.delete(`/candidates/${v.id}/supports`)),
    onSuccess: () => qc.invalidateQueries({ queryKey: callKeys.candidates(callId) }),
  });
}

export function useComments(candidateId: number | undefined) {
  return useQuery({
    queryKey: callKeys.comments(candidateId ?? 0),
    queryFn: () => api.get<ApiResult<'/candidates/{id}/comments'>>(`/candidates/${candidateId}/comments`),
    enabled: !!candidateId,
  });
}

export function useAddComment(candidateId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<ApiResult<'/candidates/{id}/comments', 'post'>>(`/candidates/${candidateId}/comments`, { body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: callKeys.comments(candidateId) }),
  });
}

export function useHideComment(candidateId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; reason: string }) => api.post<ApiResult<'/comments/{id}/hide', 'post'>>(`/comments/${v.id}/hide`, { reason: v.reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: callKeys.comments(candidateId) }),
  });
}
