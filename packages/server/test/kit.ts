// The shared integration-test kit (issue 13 §6): the HTTP helpers every test file wrote for itself.
//
//   const { req, ok } = httpKit(() => t, cookies);
//   const me = await ok(req('pudong', 'GET', '/auth/me'));            // 200 and the JSON
//   await ok(req('admin', 'POST', '/slates', body), 201);              // another status
//   const r = await req(null, 'GET', '/public/slates');               // anonymous; the raw reply
//
// `req` sends to `/api/v1<url>` as a logged-in user (their session cookie from `cookies`, looked up
// when the request is sent, so cookies set in `before` count) or anonymously (`null`); extra
// headers go last. `ok` asserts the status (the body is the message) and returns the parsed JSON.
import assert from 'node:assert/strict';
import { multipart, type TestApp } from './harness.ts';

type Reply = Awaited<ReturnType<TestApp['app']['inject']>>;

export interface HttpKitOptions {
  /** Which cookie a `user` argument stands for; default: `cookies[user]`. */
  cookieOf?: (user: string) => string | undefined;
}

export function httpKit(app: () => TestApp, cookies: Record<string, string>, opts: HttpKitOptions = {}) {
  const cookieOf = opts.cookieOf ?? ((user: string) => cookies[user]);
  const req = (user: string | null, method: string, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    app().app.inject({
      method: method as any,
      url: `/api/v1${url}`,
      ...(payload !== undefined ? { payload: payload as any } : {}),
      headers: { ...(user ? { cookie: cookieOf(user)! } : {}), ...headers },
    });
  return { req, ok };
}

/** The reply's status is `status` (default 200); returns its JSON body. */
export async function ok(p: PromiseLike<Reply>, status = 200) {
  const r = await p;
  assert.equal(r.statusCode, status, r.body);
  return r.json();
}

/** A 1×1 PNG: a site photo, a scan — any upload whose content does not matter. */
export const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** Upload a document of `type` as `user` (POST /documents, 201) and return its id; .png as an image, anything else as a PDF. */
export function documentUploader(app: () => TestApp, cookies: Record<string, string>) {
  return async (user: string, type: string, content: Buffer, name: string) => {
    const mp = multipart({ type }, { name, content, type: name.endsWith('.png') ? 'image/png' : 'application/pdf' });
    const r = await app().app.inject({ method: 'POST', url: '/api/v1/documents', payload: mp.payload, headers: { ...mp.headers, cookie: cookies[user]! } });
    assert.equal(r.statusCode, 201, r.body);
    return r.json().id as number;
  };
}
