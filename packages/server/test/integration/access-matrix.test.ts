// The access matrix: every registered route × anonymous and one account of every role, through the
// plain `/api/v1` prefix and through percent-encoded variants of it (the router matches the decoded
// path, so the gate must decide from the matched route, never from the URL text). The expected
// answer comes from the permission map (`rolePermissions`), so a route or role added later is covered.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { roleCan, roles, type PermissionRequirement, type Role } from '../../src/platform/access.ts';
import { engine, startTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
const cookies = new Map<Role, string>();
const accountOfRole: Record<Role, string> = {
  'federation-admin': 'admin',
  'security-admin': 'security',
  auditor: 'auditor',
  'department-officer': 'rights',
  'agency-officer': 'mutualaid',
  'regional-officer': 'pudong',
  'street-officer': 'zhangjiang',
  'grassroots-officer': 'grassroots',
  member: 'member',
  'platform-officer': 'eleme',
};

// Encodings of one character of the prefix: each reaches the same route.
const prefixes = ['/api/v1', '/api/v%31', '/%61pi/v1', '/ap%69/v1', '/api/%761', '/api%2Fv1'];

// Parameters are filled with values that name nothing, so a permitted call cannot change data.
const fill = (url: string) =>
  url.replace(/:([A-Za-z]+)/g, (_m, name: string) => (/id$|Id$|year$|no$/i.test(name) ? '999999' : 'no-such-thing')).replace(/\*$/, 'x');

interface Route {
  method: string;
  url: string;
  isPublic: boolean;
  permission: PermissionRequirement | undefined;
}

let routes: Route[] = [];

before(async () => {
  t = await startTestApp({ members: 50 });
  for (const role of roles) cookies.set(role, await t.login(accountOfRole[role]));
  routes = t.app.declaredRoutes
    .flatMap((r) => [r.method].flat().map((method) => ({ method, url: r.url, isPublic: r.config.public === true, permission: r.config.permission })))
    .filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD' && !(r.method === 'POST' && r.url === '/api/v1/auth/logout'));
});
after(async () => t?.close());

const call = (method: string, url: string, cookie?: string) => {
  const body = method === 'GET' || method === 'DELETE' ? {} : { payload: '{}', 'content-type': 'application/json' };
  const { payload, ...type } = body as { payload?: string };
  return t.app.inject({ method: method as 'GET', url, headers: { ...(cookie ? { cookie } : {}), ...type }, ...(payload ? { payload } : {}) });
};

describe(`access matrix on ${engine}`, () => {
  it('every route declares a permission or public: true, and the app refuses to start otherwise', async () => {
    assert.ok(routes.length > 100, `only ${routes.length} routes found`);
    for (const r of routes) assert.ok(r.isPublic || r.permission, `${r.method} ${r.url} declares nothing`);
    const { buildApp } = await import('../../src/app.ts');
    const app = await buildApp(t.s, { serveWeb: false });
    app.get('/api/v1/undeclared-route', async () => ({ leaked: true }));
    await assert.rejects(async () => void (await app.ready()), /without a declared permission/);
  });

  it('anonymous callers get 401 on every non-public route, through every encoding of the prefix', async () => {
    const leaks: string[] = [];
    for (const r of routes) {
      if (r.isPublic) continue;
      for (const prefix of prefixes) {
        const url = prefix + fill(r.url).slice('/api/v1'.length);
        const res = await call(r.method, url);
        // A prefix the router does not decode (an encoded slash) matches no route: 404, never data.
        if (res.statusCode !== 401 && !(prefix === '/api%2Fv1' && res.statusCode === 404)) leaks.push(`${r.method} ${url} → ${res.statusCode}`);
      }
    }
    assert.deepEqual(leaks, []);
  });

  it('each role gets exactly what the permission map grants, through every encoding of the prefix', async () => {
    const wrong: string[] = [];
    for (const role of roles) {
      const cookie = cookies.get(role)!;
      for (const r of routes) {
        if (r.isPublic) continue;
        const allowed = roleCan(role, r.permission!);
        for (const prefix of allowed ? prefixes.slice(0, 1) : prefixes.slice(0, 4)) {
          const url = prefix + fill(r.url).slice('/api/v1'.length);
          const res = await call(r.method, url, cookie);
          const gateRefused = res.statusCode === 403 && res.json().requiredPermission !== undefined;
          if (res.statusCode === 401) wrong.push(`${role} ${r.method} ${url} → 401 (session lost)`);
          else if (allowed && gateRefused) wrong.push(`${role} ${r.method} ${url} → refused by the gate, but the map grants ${String(r.permission)}`);
          else if (!allowed && !gateRefused) wrong.push(`${role} ${r.method} ${url} → ${res.statusCode}, but the map does not grant ${String(r.permission)}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });
});
