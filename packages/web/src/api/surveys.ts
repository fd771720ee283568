// Satisfaction surveys (满意度测评) on a project or a whole list: officers create and edit them, read
// the results (ECharts options from the server) and moderate free-text answers; members answer once.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fileUrl } from './client.ts';
import type { ApiBody, ApiResult } from './contract.ts';

export const questionKinds = ['single', 'multiple', 'rating', 'text'] as const;
export type QuestionKind = (typeof questionKinds)[number];
export type SurveyState = 'scheduled' | 'open' | 'closed';

export type Survey = ApiResult<'/surveys/{id}'>;
export type Question = Survey['questions'][number];
export type SurveyInput = ApiBody<'/projects/{id}/surveys', 'post'>;
export type QuestionInput = SurveyInput['questions'][number];

/** An ECharts option as the server builds it. */
export type ChartOption = Record<string, unknown>;

export type SurveyResults = ApiResult<'/surveys/{id}/results'>;
export type QuestionResult = SurveyResults['questions'][number];

export type Answer = ApiBody<'/surveys/{id}/responses', 'post'>['answers'][number];

export const surveyKeys = {
  project: (projectId: number) => ['surveys', 'project', projectId] as const,
  one: (id: number) => ['surveys', 'detail', id] as const,
  results: (id: number) => ['surveys', 'results', id] as const,
  mine: ['surveys', 'mine'] as const,
};

export function useProjectSurveys(projectId: number) {
  return useQuery({ queryKey: surveyKeys.project(projectId), queryFn: () => api.get<ApiResult<'/projects/{id}/surveys'>>(`/projects/${projectId}/surveys`) });
}

export function useSurvey(id: number | undefined) {
  return useQuery({ queryKey: surveyKeys.one(id ?? 0), queryFn: () => api.get<Survey>(`/surveys/${id}`), enabled: !!id });
}

export function useSurveyResults(id: number | undefined) {
  return useQuery({
    queryKey: surveyKeys.results(id ?? 0),
    queryFn: () => api.get<SurveyResults>(`/surveys/${id}/results`),
    enabled: !!id,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export const surveyResultsXlsx = (id: number) => fileUrl(`/surveys/${id}/results.xlsx`);

/** Create (on a project), change and delete; every one refreshes all survey queries. */
export function useSurveyMutations(projectId: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['surveys'] });
  return {
    create: useMutation({
      mutationFn: (v: SurveyInput) => api.post<ApiResult<'/projects/{id}/surveys', 'post'>>(`/projects/${projectId}/surveys`, v),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: (v: { id: number; body: ApiBody<'/surveys/{id}', 'patch'> }) => api.patch<ApiResult<'/surveys/{id}', 'patch'>>(`/surveys/${v.id}`, v.body),
      onSuccess: done,
    }),
    remove: useMutation({ mutationFn: (id: number) => api.delete<ApiResult<'/surveys/{id}', 'delete'>>(`/surveys/${id}`), onSuccess: done }),
    hide: useMutation({
      mutationFn: (v: { surveyId: number; responseId: string; questionId: number; reason: string }) =>
        api.post<ApiResult<'/surveys/{id}/answers/hide', 'post'>>(`/surveys/${v.surveyId}/answers/hide`, {
          responseId: v.responseId,
          questionId: v.questionId,
          reason: v.reason,
        }),
      onSuccess: done,
    }),
  };
}

/** Surveys open to the signed-in member now, with whether they have answered. */
export function useMySurveys() {
  return useQuery({ queryKey: surveyKeys.mine, queryFn: () => api.get<ApiResult<'/me/surveys'>>('/me/surveys'), staleTime: 0 });
}

export function useRespond(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (answers: Answer[]) => api.post<ApiResult<'/surveys/{id}/responses', 'post'>>(`/surveys/${id}/responses`, { answers }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['surveys'] }),
  });
}
