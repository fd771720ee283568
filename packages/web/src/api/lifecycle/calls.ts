// Calls for proposals, proposals, screening and consultation (the calls module's routes).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../../i18n/index.tsx';
import { api } from '../client.ts';
import type { Category } from './common.ts';

export type Stage = 'upcoming' | 'collection' | 'screening' | 'consultation' | 'publication';
export type StageKey = Exclude<Stage, 'upcoming'>;

export interface Call {
  id: number;
  orgId: number;
  orgName: string;
  year: number;
  title: string;
  principles: string;
  collectionStartsOn: string;
  collectionEndsOn: string;
  screeningEndsOn: string;
  consultationStartsOn: string;
  consultationEndsOn: string;
  publicationOn: string | null;
  publicationEvent: string | null;
  maxSupports: number;
  hideTallies: boolean;
  stages: { key: StageKey; name: Bilingual; startsOn: string; endsOn: string | null }[];
  stage: Stage;
  stageName: Bilingual;
  abilities: { update: boolean; screen: boolean; moderate: boolean; submit: boolean; support: boolean };
  counts?: { proposals: number; linked: number };
}

export interface CallInput {
  orgId?: number;
  year?: number;
  title?: string;
  principles?: string;
  collectionStartsOn?: string;
  collectionEndsOn?: string;
  screeningEndsOn?: string;
  consultationStartsOn?: string;
  consultationEndsOn?: string;
  publicationOn?: string;
  publicationEvent?: string;
  maxSupports?: number;
  hideTallies?: boolean;
}

export type ProposalForm = 'union' | 'department' | 'member';
export type ProposalStatus = 'submitted' | 'classified' | 'merged' | 'returned';

export interface Proposal {
  id: number;
  callId: number;
  form: ProposalForm;
  formName: Bilingual;
  submitter: { accountId: number; name: string; orgId: number | null; orgName: string | null };
  title: string;
  introduction: string;
  content: string | null;
  targetGroup: string | null;
  approach: string | null;
  funding: string | null;
  resources: string | null;
  design: string | null;
  expectedOutcome: string | null;
  assessmentOfLastYear: string | null;
  filledBy: string | null;
  contactPhone: string | null;
  category: Category | null;
  categoryName: Bilingual | null;
  status: ProposalStatus;
  candidateId: number | null;
  returnReason: string | null;
  createdAt: string;
  /** contactPhone is masked; revealContact: the full number on request (audited). */
  abilities: { classify: boolean; return: boolean; merge: boolean; revealContact: boolean };
}

export interface ProposalInput {
  title: string;
  introduction: string;
  content?: string;
  targetGroup?: string;
  approach?: string;
  funding?: string;
  resources?: string;
  design?: string;
  expectedOutcome?: string;
  assessmentOfLastYear?: string;
  filledBy?: string;
  contactPhone?: string;
}

export interface Candidate {
  id: number;
  callId: number;
  title: string;
  summary: string;
  category: Category;
  categoryName: Bilingual | null;
  status: 'screening' | 'shortlisted' | 'dropped';
  rationale: string | null;
  supportCount: number | null;
  talliesHidden: boolean;
  supportedByMe: boolean;
  sourceProposals: { id: number; title: string; form: ProposalForm; orgName?: string | null }[];
  abilities: { shortlist: boolean; drop: boolean; support: boolean };
}

export interface CandidateList {
  items: Candidate[];
  supportsUsed: number;
  maxSupports: number;
  talliesHidden?: boolean;
}

export interface Comment {
  id: number;
  candidateId: number;
  author: string;
  body: string | null;
  hidden: boolean;
  hiddenReason: string | null;
  createdAt: string;
  mine: boolean;
  abilities: { hide: boolean };
}
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
  return useQuery({ queryKey: callKeys.list(q), queryFn: () => api.get<{ items: Call[] }>('/calls', { ...q }), placeholderData: keepPreviousData });
}

export function useCall(id: number | undefined) {
  return useQuery({ queryKey: callKeys.detail(id ?? 0), queryFn: () => api.get<Call>(`/calls/${id}`), enabled: !!id });
}

export function useCreateCall() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (v: CallInput) => api.post<Call>('/calls', v), onSuccess: () => qc.invalidateQueries({ queryKey: callKeys.all }) });
}

export function useUpdateCall(id: number) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (v: CallInput) => api.patch<Call>(`/calls/${id}`, v), onSuccess: () => qc.invalidateQueries({ queryKey: callKeys.all }) });
}

export function useProposals(callId: number | undefined) {
  return useQuery({ queryKey: callKeys.proposals(callId ?? 0), queryFn: () => api.get<{ items: Proposal[] }>(`/calls/${callId}/proposals`), enabled: !!callId });
}

export function useSubmitProposal(callId: number) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (v: ProposalInput) => api.post<Proposal>(`/calls/${callId}/proposals`, v), onSuccess: () => qc.invalidateQueries({ queryKey: callKeys.all }) });
}

/** Screening actions; every one refreshes the call's proposals and candidates. */
export function useRevealContact() {
  return useMutation({ mutationFn: (id: number) => api.post<{ contactPhone: string | null }>(`/proposals/${id}/reveal-contact`) });
}

export function useScreening(callId: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: callKeys.all });
  return {
    classify: useMutation({ mutationFn: (v: { id: number; category: Category }) => api.post<Proposal>(`/proposals/${v.id}/classify`, { category: v.category }), onSuccess: done }),
    returnProposal: useMutation({ mutationFn: (v: { id: number; reason: string }) => api.post<Proposal>(`/proposals/${v.id}/return`, { reason: v.reason }), onSuccess: done }),
    createCandidate: useMutation({ mutationFn: (v: { title: string; summary?: string; category: Category; proposalIds: number[] }) => api.post<Candidate>(`/calls/${callId}/candidates`, v), onSuccess: done }),
    link: useMutation({ mutationFn: (v: { id: number; proposalIds: number[] }) => api.post<Candidate>(`/candidates/${v.id}/proposals`, { proposalIds: v.proposalIds }), onSuccess: done }),
    decide: useMutation({ mutationFn: (v: { id: number; decision: 'shortlist' | 'drop'; rationale: string }) => api.post<Candidate>(`/candidates/${v.id}/${v.decision}`, { rationale: v.rationale }), onSuccess: done }),
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
  return useQuery({ queryKey: callKeys.comments(candidateId ?? 0), queryFn: () => api.get<{ items: Comment[] }>(`/candidates/${candidateId}/comments`), enabled: !!candidateId });
}

export function useAddComment(candidateId: number) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: string) => api.post<Comment>(`/candidates/${candidateId}/comments`, { body }), onSuccess: () => qc.invalidateQueries({ queryKey: callKeys.comments(candidateId) }) });
}

export function useHideComment(candidateId: number) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (v: { id: number; reason: string }) => api.post<Comment>(`/comments/${v.id}/hide`, { reason: v.reason }), onSuccess: () => qc.invalidateQueries({ queryKey: callKeys.comments(candidateId) }) });
}
