// The yearly project cycle: calls for proposals, proposals, screening, consultation (calls module);
// slates, projects, plans, targets, allocations, milestones (projects module); progress reports,
// evaluation, dashboard (progress module); and the public list (no login).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { ApiError, api, request } from './client.ts';
import type { Me } from './auth.ts';

/** Lifecycle permissions (platform/access.ts); checked here so this file stands on its own. */
export type LifecyclePermission =
  | 'calls.read' | 'calls.manage' | 'proposals.submit' | 'consultation.take-part'
  | 'projects.read' | 'projects.write' | 'progress.report' | 'progress.review';
export const canLc = (me: Me | null | undefined, p: LifecyclePermission) => !!me && (me.permissions as string[]).includes(p);

export const categories = ['rights', 'skills', 'health', 'living', 'hardship', 'culture-sports', 'employment', 'other'] as const;
export type Category = (typeof categories)[number];

// ---------------------------------------------------------------------------------------------
// Calls

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

export const lcKeys = {
  calls: (q: { year?: number; orgId?: number }) => ['calls', 'list', q] as const,
  call: (id: number) => ['calls', 'detail', id] as const,
  proposals: (callId: number) => ['calls', 'proposals', callId] as const,
  candidates: (callId: number) => ['calls', 'candidates', callId] as const,
  comments: (candidateId: number) => ['calls', 'comments', candidateId] as const,
  slates: (q: { year?: number; orgId?: number }) => ['slates', 'list', q] as const,
  slate: (id: number) => ['slates', 'detail', id] as const,
  project: (id: number) => ['projects', 'detail', id] as const,
  allocations: (targetId: number) => ['projects', 'allocations', targetId] as const,
  reports: (projectId: number) => ['projects', 'reports', projectId] as const,
  evaluation: (projectId: number) => ['projects', 'evaluation', projectId] as const,
  dashboard: (q: { year: number; orgId?: number }) => ['dashboard', q] as const,
  overdue: () => ['progress', 'overdue'] as const,
  publicList: (q: { year: number; org: string }) => ['public', 'projects', q] as const,
};

export function useCalls(q: { year?: number; orgId?: number } = {}) {
  return useQuery({ queryKey: lcKeys.calls(q), queryFn: () => api.get<{ items: Call[] }>('/calls', { ...q }), placeholderData: keepPreviousData });
}

export function useCall(id: number | undefined) {
  return useQuery({ queryKey: lcKeys.call(id ?? 0), queryFn: () => api.get<Call>(`/calls/${id}`), enabled: !!id });
}

export function useCreateCall() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (v: CallInput) => api.post<Call>('/calls', v), onSuccess: () => qc.invalidateQueries({ queryKey: ['calls'] }) });
}

export function useUpdateCall(id: number) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (v: CallInput) => api.patch<Call>(`/calls/${id}`, v), onSuccess: () => qc.invalidateQueries({ queryKey: ['calls'] }) });
}

export function useProposals(callId: number | undefined) {
  return useQuery({ queryKey: lcKeys.proposals(callId ?? 0), queryFn: () => api.get<{ items: Proposal[] }>(`/calls/${callId}/proposals`), enabled: !!callId });
}

export function useSubmitProposal(callId: number) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (v: ProposalInput) => api.post<Proposal>(`/calls/${callId}/proposals`, v), onSuccess: () => qc.invalidateQueries({ queryKey: ['calls'] }) });
}

/** Screening actions; every one refreshes the call's proposals and candidates. */
export function useRevealContact() {
  return useMutation({ mutationFn: (id: number) => api.post<{ contactPhone: string | null }>(`/proposals/${id}/reveal-contact`) });
}

export function useScreening(callId: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['calls'] });
  return {
    classify: useMutation({ mutationFn: (v: { id: number; category: Category }) => api.post<Proposal>(`/proposals/${v.id}/classify`, { category: v.category }), onSuccess: done }),
    returnProposal: useMutation({ mutationFn: (v: { id: number; reason: string }) => api.post<Proposal>(`/proposals/${v.id}/return`, { reason: v.reason }), onSuccess: done }),
    createCandidate: useMutation({ mutationFn: (v: { title: string; summary?: string; category: Category; proposalIds: number[] }) => api.post<Candidate>(`/calls/${callId}/candidates`, v), onSuccess: done }),
    link: useMutation({ mutationFn: (v: { id: number; proposalIds: number[] }) => api.post<Candidate>(`/candidates/${v.id}/proposals`, { proposalIds: v.proposalIds }), onSuccess: done }),
    decide: useMutation({ mutationFn: (v: { id: number; decision: 'shortlist' | 'drop'; rationale: string }) => api.post<Candidate>(`/candidates/${v.id}/${v.decision}`, { rationale: v.rationale }), onSuccess: done }),
  };
}

export function useCandidates(callId: number | undefined) {
  return useQuery({ queryKey: lcKeys.candidates(callId ?? 0), queryFn: () => api.get<CandidateList>(`/calls/${callId}/candidates`), enabled: !!callId });
}

export function useSupport(callId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; on: boolean }) => (v.on ? api.post(`/candidates/${v.id}/supports`) : api.delete(`/candidates/${v.id}/supports`)),
    onSuccess: () => qc.invalidateQueries({ queryKey: lcKeys.candidates(callId) }),
  });
}

export function useComments(candidateId: number | undefined) {
  return useQuery({ queryKey: lcKeys.comments(candidateId ?? 0), queryFn: () => api.get<{ items: Comment[] }>(`/candidates/${candidateId}/comments`), enabled: !!candidateId });
}

export function useAddComment(candidateId: number) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: string) => api.post<Comment>(`/candidates/${candidateId}/comments`, { body }), onSuccess: () => qc.invalidateQueries({ queryKey: lcKeys.comments(candidateId) }) });
}

export function useHideComment(candidateId: number) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (v: { id: number; reason: string }) => api.post<Comment>(`/comments/${v.id}/hide`, { reason: v.reason }), onSuccess: () => qc.invalidateQueries({ queryKey: lcKeys.comments(candidateId) }) });
}

// ---------------------------------------------------------------------------------------------
// Slates and projects

export type ProjectStatus = 'planned' | 'in-progress' | 'completed';

export interface Slate {
  id: number;
  orgId: number;
  orgName: string;
  year: number;
  callId: number | null;
  title: string;
  meeting: string | null;
  documentNo: string | null;
  approvedOn: string | null;
  published: boolean;
  publishedAt: string | null;
  closedOn: string | null;
  source: string | null;
  abilities: { update: boolean; addProject: boolean; publish: boolean; close: boolean };
  /** In GET /slates items only. */
  projectCount?: number;
}

export interface SlateProject {
  id: number;
  no: number;
  title: string;
  category: Category;
  categoryName: Bilingual | null;
  responsibleOrgName: string | null;
  status: ProjectStatus;
  percent: number | null;
  /** Some figure counting applications is withheld (null): fewer than 5 outside my scope. */
  suppressed: boolean;
  behind: boolean;
}

export interface SlateDetail extends Slate {
  projects: SlateProject[];
}

export interface SlateInput {
  orgId?: number;
  year?: number;
  title?: string;
  callId?: number;
  meeting?: string;
  documentNo?: string;
  approvedOn?: string;
}

export interface Plan {
  purpose: string | null;
  targetGroups: string | null;
  budgetYuan: number | null;
  costShares: { party: string; share: string; amountYuan?: number }[];
  responsibleOrgId: number | null;
  responsibleOrgName: string | null;
  contacts: { name: string; org?: string; phone?: string; email?: string }[];
  policyPrograms: string[];
  reportCadence: 'none' | 'monthly' | 'quarterly';
  reportDueMonths: number[];
}

export interface TargetRow {
  targetId: number;
  parentTargetId: number | null;
  indicator: string;
  unit: string;
  planned: number;
  weight: number;
  /** null with `suppressed`: it would show fewer than 5 applications outside my scope (rendered "<5"). */
  actual: number | null;
  pending: number | null;
  percent: number | null;
  suppressed: boolean;
  actualFrom?: 'reports' | 'approved-applications' | 'paid-applications';
  allocated: number | null;
  allocationMismatch: boolean;
  partCount: number;
  /** What the list's owner kept of a split target; its own reports count here (null when not split). */
  remainder: { planned: number; actual: number | null; percent: number | null; behind: boolean; suppressed: boolean } | null;
}

export interface Milestone {
  id: number;
  title: string;
  startsOn: string | null;
  dueOn: string;
  responsible: string | null;
  doneOn: string | null;
  overdue: boolean;
}

export interface Project {
  id: number;
  slateId: number;
  slateTitle: string;
  orgId: number;
  orgName: string;
  year: number;
  no: number;
  title: string;
  category: Category;
  categoryName: Bilingual | null;
  candidateId: number | null;
  summary: string | null;
  published: boolean;
  plan: Plan;
  source: string | null;
  abilities: { update: boolean; plan: boolean; allocate: boolean };
  status: ProjectStatus;
  percent: number | null;
  suppressed: boolean;
  targets: TargetRow[];
  milestones: Milestone[];
}

export type PlanInput = Partial<Omit<Plan, 'responsibleOrgName'>>;

export function useSlates(q: { year?: number; orgId?: number } = {}, enabled = true) {
  return useQuery({ queryKey: lcKeys.slates(q), queryFn: () => api.get<{ items: Slate[] }>('/slates', { ...q }), placeholderData: keepPreviousData, enabled });
}

export function useSlate(id: number | undefined) {
  return useQuery({ queryKey: lcKeys.slate(id ?? 0), queryFn: () => api.get<SlateDetail>(`/slates/${id}`), enabled: !!id });
}

export function useSlateMutations(id?: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['slates'] });
  return {
    create: useMutation({ mutationFn: (v: SlateInput) => api.post<Slate>('/slates', v), onSuccess: done }),
    update: useMutation({ mutationFn: (v: SlateInput) => api.patch<Slate>(`/slates/${id}`, v), onSuccess: done }),
    publish: useMutation({ mutationFn: () => api.post<Slate>(`/slates/${id}/publish`), onSuccess: () => qc.invalidateQueries() }),
    close: useMutation({ mutationFn: () => api.post<Slate>(`/slates/${id}/close`), onSuccess: () => qc.invalidateQueries() }),
    addProject: useMutation({ mutationFn: (v: { no?: number; title: string; category: Category; candidateId?: number; summary?: string }) => api.post<Project>(`/slates/${id}/projects`, v), onSuccess: done }),
  };
}

export function useProject(id: number | undefined) {
  return useQuery({ queryKey: lcKeys.project(id ?? 0), queryFn: () => api.get<Project>(`/projects/${id}`), enabled: !!id });
}

export function useProjectMutations(id: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['projects'] });
  return {
    update: useMutation({ mutationFn: (v: { no?: number; title?: string; category?: Category; summary?: string }) => api.patch<Project>(`/projects/${id}`, v), onSuccess: done }),
    plan: useMutation({ mutationFn: (v: PlanInput) => request<Project>('PUT', `/projects/${id}/plan`, { body: v }), onSuccess: done }),
    addTarget: useMutation({ mutationFn: (v: { indicator: string; unit: string; plannedValue: number; parentTargetId?: number; note?: string }) => api.post(`/projects/${id}/targets`, v), onSuccess: done }),
    addMilestone: useMutation({ mutationFn: (v: { title: string; startsOn?: string; dueOn: string; responsible?: string }) => api.post(`/projects/${id}/milestones`, v), onSuccess: done }),
    milestoneDone: useMutation({ mutationFn: (v: { id: number; doneOn: string | null }) => api.patch(`/milestones/${v.id}`, { doneOn: v.doneOn }), onSuccess: done }),
  };
}

export interface AllocationItem {
  id: number;
  orgId: number;
  orgName: string;
  shortName: string | null;
  allocationNo: number | null;
  parentOrgId: number | null;
  plannedValue: number;
  splitDown: number;
  unallocated: number;
  abilities: { split: boolean };
}

export interface AllocationList {
  target: { id: number; projectId: number; indicator: string; unit: string; plannedValue: number };
  allocated?: number;
  unallocated?: number;
  mismatch?: boolean;
  items: AllocationItem[];
}

export interface AllocationImport {
  dryRun: boolean;
  rows: number;
  sum: number;
  expected: number;
  items: { row: number; orgId: number; name: string; value: number }[];
}

export function useAllocations(targetId: number | undefined) {
  return useQuery({ queryKey: lcKeys.allocations(targetId ?? 0), queryFn: () => api.get<AllocationList>(`/targets/${targetId}/allocations`), enabled: !!targetId });
}

export function useAllocationMutations(targetId: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['projects'] });
  return {
    split: useMutation({ mutationFn: (v: { parentOrgId?: number; rows: { orgId: number; value: number }[] }) => request('PUT', `/targets/${targetId}/allocations`, { body: v }), onSuccess: done }),
    importFile: useMutation({
      mutationFn: (v: { file: File; dryRun: boolean; parentOrgId?: number }) => {
        const form = new FormData();
        form.append('file', v.file);
        return api.upload<AllocationImport>(`/targets/${targetId}/allocations/import`, form, { dryRun: v.dryRun, parentOrgId: v.parentOrgId });
      },
      onSuccess: (r) => !r.dryRun && done(),
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Progress reports, evaluation, dashboard

export type ReportStatus = 'submitted' | 'accepted' | 'returned';

export interface Report {
  id: number;
  projectId: number;
  orgId: number;
  orgName: string;
  period: string;
  periodLabel: Bilingual;
  dueOn: string;
  status: ReportStatus;
  revision: number;
  narrative: string;
  subsidyYuan: number | null;
  submittedBy: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewReason: string | null;
  values: { targetId: number; indicator: string; unit: string; achieved: number }[];
  lines: { lineNo: number; enterprise: string; ownership: string | null; staff: string | null; personDays: number; subsidyYuan: number | null; note: string | null }[];
  abilities: { review: boolean; resubmit: boolean };
}

export interface GridCell {
  period: string;
  orgId: number;
  orgName: string;
  dueOn: string;
  status: ReportStatus | 'missing';
  reportId: number | null;
  overdue: boolean;
  /** The server's filing rule (file) and review rule (review) for this cell and the caller. */
  abilities: { file: boolean; review: boolean };
}

export interface ReportList {
  project: { id: number; title: string; year: number; reportCadence: string; periods: { period: string; label: Bilingual; dueOn: string }[] };
  items: Report[];
  grid: GridCell[];
  overdue: number;
}

export interface ReportInput {
  orgId?: number;
  period: string;
  values: { targetId: number; achieved: number }[];
  lines?: { enterprise: string; ownership?: string; staff?: string; personDays: number; subsidyYuan?: number; note?: string }[];
  subsidyClaimedYuan?: number;
  narrative: string;
}

export function useReports(projectId: number | undefined) {
  return useQuery({ queryKey: lcKeys.reports(projectId ?? 0), queryFn: () => api.get<ReportList>(`/projects/${projectId}/reports`), enabled: !!projectId });
}

export function useReportMutations(projectId: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['projects'] }).then(() => qc.invalidateQueries({ queryKey: ['dashboard'] }));
  return {
    submit: useMutation({ mutationFn: (v: ReportInput) => api.post<Report>(`/projects/${projectId}/reports`, v), onSuccess: done }),
    accept: useMutation({ mutationFn: (id: number) => api.post<Report>(`/reports/${id}/accept`), onSuccess: done }),
    returnReport: useMutation({ mutationFn: (v: { id: number; reason: string }) => api.post<Report>(`/reports/${v.id}/return`, { reason: v.reason }), onSuccess: done }),
  };
}

export interface PartEvaluation {
  allocationId: number;
  orgId: number;
  orgName: string;
  shortName: string | null;
  allocationNo: number | null;
  planned: number;
  actual: number;
  percent: number;
  behind: boolean;
}

/** What the applications workflow did for a linked program: `part` = counted inside my scope only. */
export interface ProgramActivity {
  program: string;
  year: number;
  scope: 'all' | 'part';
  total: number;
  byStatus: Record<'in-review' | 'returned' | 'approved' | 'rejected' | 'withdrawn', number>;
  approved: { count: number; amountYuan: number };
  paid: { count: number; amountYuan: number };
}

export interface Evaluation {
  project: { id: number; no: number; title: string; year: number; orgName: string };
  asOf: string;
  percent: number | null;
  suppressed: boolean;
  programActivity: ProgramActivity[];
  expectedPercent: number;
  behind: boolean;
  status: ProjectStatus;
  budgetYuan: number | null;
  spentYuan: number;
  pendingYuan: number;
  targets: (Omit<TargetRow, 'partCount'> & { parts: PartEvaluation[] })[];
}

export function useEvaluation(projectId: number | undefined) {
  return useQuery({ queryKey: lcKeys.evaluation(projectId ?? 0), queryFn: () => api.get<Evaluation>(`/projects/${projectId}/evaluation`), enabled: !!projectId });
}

export interface DashboardProject {
  id: number;
  no: number;
  title: string;
  category: Category;
  responsibleOrgName: string | null;
  status: ProjectStatus;
  percent: number | null;
  suppressed: boolean;
  expectedPercent: number;
  behind: boolean;
  budgetYuan: number | null;
  spentYuan: number;
  pendingYuan: number;
  targets: { targetId: number; indicator: string; unit: string; planned: number; actual: number | null; percent: number | null; suppressed: boolean; allocationMismatch: boolean }[];
  programActivity: ProgramActivity[];
  behindUnits: number;
  behindUnions: { targetId: number; indicator: string; orgId: number; orgName: string; planned: number; actual: number; percent: number }[];
}

export interface Dashboard {
  slate: Slate;
  asOf: string;
  expectedPercent: number;
  summary: { projects: number; behind: number; completed: number; budgetYuan: number; spentYuan: number };
  projects: DashboardProject[];
  charts: { progress: Record<string, unknown>; money: Record<string, unknown> };
}

export function useDashboard(q: { year: number; orgId?: number }, enabled = true) {
  return useQuery({ queryKey: lcKeys.dashboard(q), queryFn: () => api.get<Dashboard>('/evaluation/dashboard', { ...q }), enabled, placeholderData: keepPreviousData });
}

export interface OverdueItem {
  projectId: number;
  project: string;
  year: number;
  orgId: number;
  orgName: string;
  period: string;
  dueOn: string;
  status: string;
}

export function useOverdue(enabled = true) {
  return useQuery({ queryKey: lcKeys.overdue(), queryFn: () => api.get<{ asOf: string; total: number; items: OverdueItem[] }>('/progress/overdue'), enabled });
}

// ---------------------------------------------------------------------------------------------
// Public, no login

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

export function usePublicProjects(q: { year: number; org: string }) {
  return useQuery({
    queryKey: lcKeys.publicList(q),
    queryFn: () => request<PublicList>('GET', '/public/projects', { query: q, quiet401: true }),
    retry: false,
  });
}

/** Published lists a signed-in visitor can see (offers more unions on the public page); none without a session. */
export function usePublishedSlatesQuiet() {
  return useQuery({
    queryKey: ['public', 'slates'],
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
