// The site register, inspections, cards and the public map (issue 11), over /api/v1/sites and /public/sites.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/index.tsx';
import { api, request, type Page } from './client.ts';
import type { ApiResult } from './contract.ts';

export type SiteKind = 'nursing-room' | 'childcare-studio' | 'health-point' | 'fitness-station' | 'driver-home' | 'canteen' | 'culture-team';
export const siteKinds: SiteKind[] = ['nursing-room', 'childcare-studio', 'health-point', 'fitness-station', 'driver-home', 'canteen', 'culture-team'];
export type SiteStatus = 'applied' | 'inspected' | 'accepted' | 'plaqued' | 'yellow-card' | 'red-card' | 'closed';
export const siteStatuses: SiteStatus[] = ['applied', 'inspected', 'accepted', 'plaqued', 'yellow-card', 'red-card', 'closed'];

export interface Site {
  id: number;
  no: string;
  kind: SiteKind;
  kindName: Bilingual;
  subkind: string | null;
  name: string;
  org: { id: number; name: string };
  region: { id: number; name: string } | null;
  address: string;
  lon: number | null;
  lat: number | null;
  sizeM2: number | null;
  status: SiteStatus;
  statusName: Bilingual;
  fundedYear: number | null;
  plaqueYear: number | null;
  yellowDeadline: string | null;
  applicationId: number | null;
  programInstanceId: number | null;
}
export interface Reason {
  code: string;
  zh: string;
  en: string;
}
export interface Inspection {
  id: number;
  purpose: 'acceptance' | 'spot-check';
  inspectedOn: string;
  inspector: string;
  org: { id: number; name: string } | null;
  passed: boolean;
  reasons: Reason[];
  answers: { code: string; zh?: string; met: boolean; value?: number; choice?: string }[];
  photoIds: number[];
  evaluation: { program: string | null; policy: string | null; eligible: boolean; output: Record<string, unknown>; trace: unknown[] } | null;
}
export interface SiteEvent {
  id: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actor: string;
  org: string | null;
  comment: string | null;
  notice: Record<string, any> | null;
  onDate: string;
}
export type ServiceKind = 'consultation' | 'visit' | 'lecture' | 'notice' | 'appointment' | 'activity' | 'other';
export type ServiceLogEntry = ApiResult<'/sites/{id}'>['serviceLog'][number];
export interface SiteDetail extends Site {
  openingHours: string | null;
  contacts: { role: string; name: string; phone: string }[];
  details: Record<string, unknown>;
  photos: { id: number; fileName: string; mime: string; size: number }[];
  events: SiteEvent[];
  inspections: Inspection[];
  application: { id: number; no: string; status: string; stepLevel: string | null; amount: number; booked: number; paid: number; evaluation: any } | null;
  /** A health point's 1:1:1 matching (yuan) recorded at acceptance, with the engine's minima. */
  matching: { district: number; street: number; minDistrict: number | null; minStreet: number | null; cityGrant: number | null } | null;
  abilities: { edit: boolean; inspect: boolean; accept: boolean; plaque: boolean; yellowCard: boolean; redCard: boolean; lift: boolean; close: boolean };
  /** The service log of a running site (health points: consultations, visits, lectures, notices; Jiading: appointments), newest first. */
  serviceLog: ServiceLogEntry[];
}
export interface CheckItem {
  code: string;
  zh: string;
  en: string;
  answer: 'yes-no' | 'number' | 'choice';
  min?: number;
  choices?: { value: string; zh: string; en: string }[];
  source: string;
}
export interface Checklist {
  kind: SiteKind;
  subkind: string | null;
  program: string | null;
  policy: string | null;
  on: string;
  items: CheckItem[];
}
export interface Feature {
  type: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: {
    name: string;
    kind: SiteKind;
    kindName: string;
    district: string | null;
    districtId: number | null;
    address: string;
    status: string;
    statusName: string;
    plaqueYear: number | null;
    openingHours: string | null;
  };
}
export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
  districts: { id: number; name: string }[];
}

export interface SiteQuery {
  page?: number;
  pageSize?: number;
  kind?: string;
  status?: string;
  q?: string;
  plaqueYear?: number;
}

export const useSites = (q: SiteQuery) =>
  useQuery({ queryKey: ['sites', q], queryFn: () => api.get<Page<Site>>('/sites', { ...q }), placeholderData: keepPreviousData });
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
export interface SiteClaim {
  id: number;
  no: string;
  region: { id: number; name: string };
  kind: SiteKind;
  kindName: Bilingual;
  year: number;
  program: { id: number; title: string };
  items: number;
  total: number;
  voucherNo: string;
  voucher: { id: number; fileName: string };
  deadline: string | null;
  status: ClaimStatus;
  statusName: Bilingual;
  filedOn: string;
  filedBy: string;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
  payout: { entryId: number; amount: number; batchNo: string | null; paid: boolean; paidOn: string | null } | null;
  abilities: { accept: boolean; return: boolean };
}
export interface SiteClaimDetail extends SiteClaim {
  rows: { siteId: number; siteNo: string; name: string; org: string; amount: number; built?: string; remark?: string }[];
}
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
