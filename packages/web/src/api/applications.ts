import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api, type Page } from './client.ts';
import type { Channel, Level } from './programs.ts';

export type ApplicationStatus = 'in-review' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
export const applicationStatuses: ApplicationStatus[] = ['in-review', 'returned', 'approved', 'rejected', 'withdrawn'];

export interface Reason {
  code: string;
  message: Bilingual;
}

export interface TraceItem {
  kind: string;
  name: string;
  value?: unknown;
  passed?: boolean;
  unit?: string;
  from?: string;
  source?: string;
  reading?: Bilingual | string;
  note?: Bilingual;
  label?: Bilingual;
  valueLabels?: Record<string, Bilingual>;
}

export interface Evaluation {
  at: string;
  policy: string;
  eligible: boolean;
  output: Record<string, unknown>;
  reasons: Reason[];
  trace?: TraceItem[];
  input?: Record<string, unknown>;
}

export interface ApplicationRow {
  id: number;
  no: string;
  program: string;
  programId: number;
  programTitle: string;
  year: number;
  channel: Channel;
  /** The member applying, or null when the applicant is an organisation (a union applying for a site). */
  member: { personId: number; name: string; idNumber: string; memberNo: string } | null;
  applicant?: { kind: 'member' | 'org'; org?: { id: number; name: string } | null };
  org: { id: number; name: string };
  region: { id: number; name: string } | null;
  subject: string;
  form: Record<string, unknown>;
  amount: number;
  status: ApplicationStatus;
  statusName: Bilingual;
  step: { index: number; level: Level | null; name: Bilingual | null; org: string | null; role: string | null; startedOn: string | null; dueOn: string | null; dueProvisional?: boolean } | null;
  overdue: boolean;
  appliedOn: string;
  decidedOn: string | null;
  rejectReason: string | null;
  abilities: { approve: boolean; return: boolean; reject: boolean; resubmit: boolean; withdraw: boolean; cancel?: boolean; viewDocuments: boolean };
}

export interface ApplicationDocument {
  id: number;
  type: string;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  applicationId: number | null;
}

export type HistoryAction = 'submit' | 'resubmit' | 'skip' | 'approve' | 'return' | 'reject' | 'withdraw';

export interface HistoryStep {
  step: number;
  level: Level | null;
  action: HistoryAction;
  actor: string;
  org: string | null;
  comment: string | null;
  dueOn: string | null;
  at: string;
  evaluation?: Evaluation;
}

export interface ApplicationDetail extends ApplicationRow {
  evaluation: Evaluation;
  documents: ApplicationDocument[];
  history: HistoryStep[];
}

export interface ApplicationQuery {
  programId?: number;
  status?: ApplicationStatus;
  overdue?: 'true';
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface ReportRow {
  programId: number;
  program: string;
  title: string;
  year: number;
  region: { id: number; name: string } | null;
  byStatus: Record<ApplicationStatus, number>;
  total: number;
  overdue: number;
  approvedAmount: number;
  paidAmount: number;
}

export interface Report {
  asOf: string;
  items: ReportRow[];
  totals: { total: number; overdue: number; approvedAmount: number; paidAmount: number };
}

export interface BulkResult {
  approved: number;
  refused: number;
  results: { id: number; ok: boolean; status?: ApplicationStatus; error?: { code: string; message: string } }[];
}

export const applicationKeys = {
  all: ['applications'] as const,
  list: (q: ApplicationQuery) => ['applications', 'list', q] as const,
  queue: (q: ApplicationQuery) => ['applications', 'queue', q] as const,
  detail: (id: number) => ['applications', 'detail', id] as const,
  mine: ['applications', 'mine'] as const,
  myDetail: (id: number) => ['applications', 'mine', id] as const,
  report: (programId?: number) => ['applications', 'report', programId ?? 0] as const,
};

export function useApplications(q: ApplicationQuery) {
  return useQuery({ queryKey: applicationKeys.list(q), queryFn: () => api.get<Page<ApplicationRow>>('/applications', { ...q }), placeholderData: keepPreviousData });
}

export function useQueue(q: ApplicationQuery) {
  return useQuery({ queryKey: applicationKeys.queue(q), queryFn: () => api.get<Page<ApplicationRow>>('/applications/queue', { ...q }), placeholderData: keepPreviousData });
}

export function useApplication(id: number) {
  return useQuery({ queryKey: applicationKeys.detail(id), queryFn: () => api.get<ApplicationDetail>(`/applications/${id}`), enabled: id > 0 });
}

export function useMyApplications() {
  return useQuery({ queryKey: applicationKeys.mine, queryFn: () => api.get<Page<ApplicationRow>>('/me/applications', { pageSize: 200 }) });
}

export function useMyApplication(id: number) {
  return useQuery({ queryKey: applicationKeys.myDetail(id), queryFn: () => api.get<ApplicationDetail>(`/me/applications/${id}`), enabled: id > 0 });
}

export function useApplicationReport(programId?: number) {
  return useQuery({ queryKey: applicationKeys.report(programId), queryFn: () => api.get<Report>('/reports/applications', { programId }) });
}

function useApplicationMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: applicationKeys.all });
      void qc.invalidateQueries({ queryKey: ['payouts'] });
      void qc.invalidateQueries({ queryKey: ['me', 'work'] });
    },
  });
}

export interface SubmitBody {
  programId: number;
  personId?: number;
  form: Record<string, unknown>;
  documentIds: number[];
}

export const useSubmitApplication = () => useApplicationMutation((v: SubmitBody) => api.post<ApplicationDetail>('/applications', v));
export const useResubmitApplication = () =>
  useApplicationMutation(({ id, ...v }: { id: number; form: Record<string, unknown>; documentIds: number[]; removeDocumentIds: number[]; comment?: string }) =>
    api.post<ApplicationDetail>(`/applications/${id}/resubmit`, v),
  );
/** Cancel an approved booking before it starts (issue 10 §3): the subsidy goes back to the yearly cap. */
export const useCancelApplication = () => useApplicationMutation(({ id, reason }: { id: number; reason: string }) => api.post<ApplicationDetail>(`/applications/${id}/cancel`, { reason }));
export const useWithdrawApplication = () => useApplicationMutation((id: number) => api.post<ApplicationDetail>(`/applications/${id}/withdraw`));

export type Decision = 'approve' | 'return' | 'reject';
export const useDecide = () =>
  useApplicationMutation(({ id, decision, text }: { id: number; decision: Decision; text?: string }) =>
    api.post<ApplicationDetail>(`/applications/${id}/${decision}`, decision === 'approve' ? (text ? { comment: text } : {}) : { reason: text ?? '' }),
  );
export const useBulkApprove = () => useApplicationMutation((v: { ids: number[]; comment?: string }) => api.post<BulkResult>('/applications/bulk-approve', v));

/** One file of evidence; the server reads the `type` field before the file, so it goes first. */
export function useUploadDocument() {
  return useMutation({
    mutationFn: ({ type, file }: { type: string; file: File }) => {
      const form = new FormData();
      form.append('type', type);
      form.append('file', file);
      return api.upload<ApplicationDocument>('/documents', form);
    },
  });
}
