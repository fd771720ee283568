import { acceptLanguage } from '../i18n/index.tsx';

export const API = '/api/v1';

export interface FieldError {
  field: string;
  code?: string;
  message: string;
}

/** An application/problem+json answer from the server, already in the UI's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(title);
    this.name = 'ApiError';
  }
}

let onUnauthorized: (() => void) | null = null;
/** What to do when any request answers 401 (the session ended): set once by the app. */
export function setUnauthorizedHandler(fn: () => void) {
  onUnauthorized = fn;
}

type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function toError(res: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    /* not JSON: a proxy or network page */
  }
  const { title, detail, code, errors, ...extra } = body as { title?: string; detail?: string; code?: string; errors?: FieldError[] };
  return new ApiError(res.status, code ?? `http-${res.status}`, title ?? res.statusText, detail ?? '', Array.isArray(errors) ? errors : [], extra);
}

export async function request<T>(method: string, path: string, opts: { query?: Query; body?: unknown; form?: FormData; quiet401?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { 'Accept-Language': acceptLanguage(), Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.form) body = opts.form;
  else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(withQuery(API + path, opts.query), { method, headers, body, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, 'network', acceptLanguage() === 'en' ? 'Cannot reach the server' : '无法连接服务器', String(e));
  }
  if (!res.ok) {
    const err = await toError(res);
    if (res.status === 401 && !opts.quiet401) onUnauthorized?.();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown, query?: Query) => request<T>('POST', path, { body: body ?? {}, query }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  upload: <T>(path: string, form: FormData, query?: Query) => request<T>('POST', path, { form, query }),
};

/**
 * Fetch a file and hand it to the browser as a download, named as the server names it; a refusal
 * (a list too long to export, a lost permission) is thrown as an ApiError in the UI's language
 * instead of opening the problem's JSON in the window.
 */
export async function downloadFile(path: string, query?: Query): Promise<string> {
  let res: Response;
  try {
    res = await fetch(withQuery(API + path, query), { headers: { 'Accept-Language': acceptLanguage() }, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, 'network', acceptLanguage() === 'en' ? 'Cannot reach the server' : '无法连接服务器', String(e));
  }
  if (!res.ok) {
    const err = await toError(res);
    if (res.status === 401) onUnauthorized?.();
    throw err;
  }
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  const plain = /filename="([^"]+)"/i.exec(cd);
  const name = star ? decodeURIComponent(star[1]!) : (plain?.[1] ?? path.split('/').pop() ?? 'download');
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/** A URL the browser downloads directly (the session cookie goes along). */
export const fileUrl = (path: string, query?: Query) => withQuery(API + path, query);

export interface Page<T> {
  total: number;
  page?: number;
  pageSize?: number;
  items: T[];
}
