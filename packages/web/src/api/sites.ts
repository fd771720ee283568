// The site register, inspections, cards and the public map (issue 11), over /api/v1/sites and /public/sites.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from './client.ts';
import type { ApiItem, ApiQuery, ApiResult } from './contract.ts';

export type SiteKind = 'nursing-room' | 'childcare-studio' | 'health-point' | 'fitness-station' | 'driver-home' | 'canteen' | 'culture-team';
export const siteKinds: SiteKind[] = ['nursing-room', 'childcare-studio', 'health-point', 'fitness-station', 'driver-home', 'canteen', 'culture-team'];
export type SiteStatus = 'applied' | 'inspected' | 'accepted' | 'plaqued' | 'yellow-card' | 'red-card' | 'closed';
export const siteStatuses: SiteStatus[] = ['applied', 'inspected', 'accepted', 'plaqued', 'yellow-card', 'red-card', 'closed'];

// The shapes below are the server's (the routes' response schemas, via the generated OpenAPI types).
/** A row of the register (GET /sites). */
export type Site = ApiItem<'/sites'>;
/** One site with its history, inspections, application and service log (GET /sites/:id). */
export type SiteDetail = ApiResult<'/sites/{id}'>;
export type Inspection = SiteDetail['inspections'][number];
export type Reason = Inspection['reasons'][number];
export type SiteEvent = SiteDetail['events'][number];
export type ServiceKind = 'consultation' | 'visit' | 'lecture' | 'notice' | 'appointment' | 'activity' | 'other';
export type ServiceLogEntry = SiteDetail['serviceLog'][number];
/** The on-site checklist generated from the policy's criteria (GET /sites/:id/checklist). */
export type Checklist = ApiResult<'/sites/{id}/checklist'>;
export type CheckItem = Checklist['items'][number];
/** The public map (GET /public/sites): GeoJSON with the districts to filter by. */
export type FeatureCollection = ApiResult<'/public/sites'>;
export type Feature = FeatureCollection['features'][number];
export type SiteQuery = ApiQuery<'/sites'>;

export const useSites = (q: SiteQuery) =>
  useQuery({ queryKey: ['sites', q], queryFn: () => api.get<ApiResult<'/sites'>>('/sites', { ...q }), placeholderData: keepPreviousData });
export const useSite = (id: number) => useQuery({ queryKey: ['sites', 'one', id], queryFn: () => api.get<SiteDetail>(`/sites/${id}`) });
export const useChecklist = (id: number, on: string, enabled: boolean) =>
  useQuery({ queryKey: ['sites', 'checklist', id, on], enabled, queryFn: () => api.get<Checklist>(`/sites/${id}/checklist`, { on }) });
export const usePublicSites = (q: { kind?: string; district?: string }) =>
  useQuery({
    queryKey: ['public', 'sites', q],
    queryFn: () => request<FeatureCollection>('GET', '/public/sites', { query: q, quiet401: true }),
    placeholderData: keepPreviousData,
  });

export function useSiteAction(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) => api.post<SiteDetail | Inspection>(`/sites/${id}/${path}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['sites'] }),
  });
}
export function useCreateSite() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: unknown) => api.post<SiteDetail>('/sites', body), onSuccess: () => qc.invalidateQueries({ queryKey: ['sites'] }) });
}
/** Registers the sites of an .xlsx in the export's columns, all rows or none (a refusal names every wrong row and column). */
export function useImportSites() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.upload<ApiResult<'/sites/import', 'post'>>('/sites/import', form);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['sites'] }),
  });
}
/** Uploads one photo or document (the documents module), answering its id. */
export async function uploadFile(type: string, file: File) {
  const form = new FormData();
  form.append('type', type);
  form.append('file', file);
  return (await api.upload<{ id: number }>('/documents', form)).id;
}

/** The district's summary claim as a record (申领汇总表 + 结算票据, 000 女职工 一(三)3; /sites/claims). */
export type ClaimStatus = 'filed' | 'accepted' | 'returned';
export type SiteClaim = ApiItem<'/sites/claims'>;
export type SiteClaimDetail = ApiResult<'/sites/claims/{id}'>;
export const useSiteClaims = (q: { status?: string; kind?: string }) =>
  useQuery({ queryKey: ['site-claims', q], queryFn: () => api.get<{ items: SiteClaim[] }>('/sites/claims', { ...q }) });
export const useSiteClaim = (id: number | null) =>
  useQuery({ queryKey: ['site-claims', 'one', id], enabled: id !== null, queryFn: () => api.get<SiteClaimDetail>(`/sites/claims/${id}`) });
export function useClaimAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) => api.post<SiteClaimDetail>(`/sites/claims${path}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['site-claims'] }),
  });
}
