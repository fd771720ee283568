import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api } from './client.ts';
import type { ApiBody, ApiItem, ApiQuery, ApiResult } from './contract.ts';

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

/** The server declares `form` as z.unknown(): it is the applicant's answers, an object. */
export type ApplicationRow = Omit<ApiItem<'/applications'>, 'form'> & { form: Record<string, unknown> };
type RowPage<P extends '/applications' | '/applications/queue' | '/me/applications'> = Omit<ApiResult<P>, 'items'> & { items: ApplicationRow[] };
export type ApplicationDocument = ApiResult<'/documents', 'post'>;

export type HistoryAction = 'submit' | 'resubmit' | 'skip' | 'approve' | 'return' | 'reject' | 'withdraw';

type Detail = ApiResult<'/applications/{id}'>;
/** The server declares the evaluation as open JSON (z.unknown() fields): the web reads it as `Evaluation`. */
export type HistoryStep = Omit<Detail['history'][number], 'evaluation' | 'action'> & { action: HistoryAction; evaluation?: Evaluation };
export type ApplicationDetail = Omit<Detail, 'evaluation' | 'history' | 'form'> & {
  form: Record<string, unknown>;
  evaluation: Evaluation;
  history: HistoryStep[];
};

export type ApplicationQuery = ApiQuery<'/applications'>;
export type ReportRow = ApiItem<'/reports/applications'>;
export type Report = ApiResult<'/reports/applications'>;
export type BulkResult = ApiResult<'/applications/bulk-approve', 'post'>;

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
  return useQuery({
    queryKey: applicationKeys.list(q),
    queryFn: () => api.get<RowPage<'/applications'>>('/applications', { ...q }),
    placeholderData: keepPreviousData,
  });
}

export function useQueue(q: ApplicationQuery) {
  return useQuery({
    queryKey: applicationKeys.queue(q),
    queryFn: () => api.get<RowPage<'/applications/queue'>>('/applications/queue', { ...q }),
    placeholderData: keepPreviousData,
  });
}

export function useApplication(id: number) {
  return useQuery({ queryKey: applicationKeys.detail(id), queryFn: () => api.get<ApplicationDetail>(`/applications/${id}`), enabled: id > 0 });
}

export function useMyApplications() {
  return useQuery({ queryKey: applicationKeys.mine, queryFn: () => api.get<RowPage<'/me/applications'>>('/me/applications', { pageSize: 200 }) });
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

export type SubmitBody = ApiBody<'/applications', 'post'>;

export const useSubmitApplication = () => useApplicationMutation((v: SubmitBody) => api.post<ApplicationDetail>('/applications', v));
export const useResubmitApplication = () =>
  useApplicationMutation(({ id, ...v }: { id: number } & ApiBody<'/applications/{id}/resubmit', 'post'>) =>
    api.post<ApplicationDetail>(`/applications/${id}/resubmit`, v),
  );
/** Cancel an approved booking before it starts (issue 10 §3): the subsidy goes back to the yearly cap. */
export const useCancelApplication = () =>
  useApplicationMutation(({ id, reason }: { id: number; reason: string }) => api.post<ApplicationDetail>(`/applications/${id}/cancel`, { reason }));
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
