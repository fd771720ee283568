// Accounts and sessions at the edge (issue 8 §3) through HTTP, on the database named by
// SHISHI_TEST_DB: the lockout holds under concurrent wrong passwords; a password change ends the
// other sessions; one-time codes answer alike for any number; per-client limits; NUL bytes; the
// security headers, Secure cookies and HSTS only over TLS from a trusted proxy; the Origin check.
// Every assert.ok carries a message (a failing one without, under tsx, can spin instead of failing).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import type { Config } from '../../src/platform/config.ts';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { DEMO_PASSWORD, demoMember } from '../../src/demo/load-demo.ts';

let t: TestApp;
const extraApps: FastifyInstance[] = [];
/** Another app over the same database and services, with some configuration changed. */
async function appWith(config: Partial<Config>) {
  const app = (await buildApp({ ...t.s, config: { ...t.s.config, ...config } }, { serveWeb: false })) as unknown as FastifyInstance;
  await app.ready();
  extraApps.push(app);
  return app;
}
const login = (app: FastifyInstance, username: string, password: string, headers: Record<string, string> = {}, remoteAddress?: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers, ...(remoteAddress ? { remoteAddress } : {}) });
const cookieOf = (res: Awaited<ReturnType<typeof login>>) => `shishi_session=${res.cookies.find((c) => c.name === 'shishi_session')!.value}`;

before(async () => {
  t = await startTestApp({ members: 60 });
});
after(async () => {
  for (const a of extraApps) await a.close();
  await t?.close();
});

describe(`sessions and the edge on ${engine}`, () => {
  it('15 concurrent wrong passwords lock the account at the configured limit (one atomic count)', async () => {
    const max = t.s.config.loginMaxFailures;
    const results = await Promise.all(Array.from({ length: 15 }, () => login(t.app, 'zhangjiang', 'wrong-password')));
    const codes = results.map((r) => r.statusCode).sort();
    assert.deepEqual(codes, [...Array(max - 1).fill(401), ...Array(15 - max + 1).fill(423)], JSON.stringify(codes));
    const remaining = results
      .filter((r) => r.statusCode === 401)
      .map((r) => r.json().remainingAttempts)
      .sort();
    assert.deepEqual(
      remaining,
      Array.from({ length: max - 1 }, (_, i) => i + 1),
    );
    // Even the right password is refused while locked, and every attempt is in the login log.
    assert.equal((await login(t.app, 'zhangjiang', DEMO_PASSWORD)).statusCode, 423);
    const logged = await t.s.database.db.selectFrom('login_log').select(['reason']).where('username', '=', 'zhangjiang').execute();
    assert.equal(logged.filter((l) => l.reason === 'bad-password').length, max - 1);
    assert.equal(logged.length, 16);
    const row = await t.s.database.db.selectFrom('accounts').select(['locked_until']).where('username', '=', 'zhangjiang').executeTakeFirstOrThrow();
    assert.ok(row.locked_until && new Date(row.locked_until) > new Date(), 'the account is locked');
  });

  it('a password change ends the account’s other sessions and keeps this one', async () => {
    const a = cookieOf(await login(t.app, 'wujiaochang', DEMO_PASSWORD));
    const b = cookieOf(await login(t.app, 'wujiaochang', DEMO_PASSWORD));
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: b } })).statusCode, 200); // cached
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: a },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'Changed@pass2' },
    });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().otherSessionsEnded, 1);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: b } })).statusCode, 401, 'the other session ended');
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/orgs/root', headers: { cookie: a } })).statusCode, 200, 'this one goes on');
    assert.equal((await login(t.app, 'wujiaochang', DEMO_PASSWORD)).statusCode, 401);
    const trail = await t.s.database.db
      .selectFrom('audit_log')
      .select(['summary'])
      .where('action', '=', 'account.change-password')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.match(trail.summary!, /1 other session/);
  });

  it('a one-time code request answers alike for a registered and an unknown number', async () => {
    const otp = (mobile: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { mobile } });
    const timed = async (mobile: string) => {
      const at = performance.now();
      const r = await otp(mobile);
      return { r, ms: performance.now() - at };
    };
    const known1 = await timed(demoMember.mobile);
    const unknown1 = await timed('13311112222');
    assert.equal(known1.r.statusCode, 200);
    assert.equal(unknown1.r.statusCode, 200);
    assert.deepEqual(unknown1.r.json(), known1.r.json());
    const known2 = await otp(demoMember.mobile);
    const unknown2 = await otp('13311112222');
    assert.deepEqual([known2.statusCode, unknown2.statusCode], [429, 429]);
    assert.equal(unknown2.json().code, known2.json().code);
    assert.deepEqual(Object.keys(unknown2.json()).sort(), Object.keys(known2.json()).sort());
    // The unknown number's code row verifies nothing; an SMS went to the member only.
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { mobile: '13311112222', code: '123456' } });
    assert.equal(bad.statusCode, 401);
    const sms = await t.s.database.db.selectFrom('notifications').select(['recipient_masked']).where('template', '=', 'login-code').execute();
    assert.deepEqual(
      sms.map((n) => n.recipient_masked),
      ['138****8000'],
      'no SMS to the unknown number',
    );
    // Timing: measured over five registered and five unknown numbers (printed, not asserted: the machine is shared).
    const members = await t.s.database.db
      .selectFrom('persons')
      .select('phone_cipher')
      .where('phone_cipher', 'is not', null)
      .where('phone_hash', '<>', t.s.vault.blindIndex(demoMember.mobile))
      .limit(5)
      .execute();
    const registered = members.map((m) => t.s.vault.open(m.phone_cipher!));
    const ms: { registered: number[]; unknown: number[] } = { registered: [], unknown: [] };
    for (let i = 0; i < registered.length; i++) {
      const k = await timed(registered[i]!);
      const u = await timed(`1331111${String(3000 + i)}`);
      assert.deepEqual([k.r.statusCode, u.r.statusCode], [200, 200]);
      ms.registered.push(k.ms);
      ms.unknown.push(u.ms);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    process.stdout.write(
      `# otp request timing, median of ${registered.length} (ms): registered ${median(ms.registered).toFixed(1)}, unknown ${median(ms.unknown).toFixed(1)}\n`,
    );
  });

  it('limits login and one-time codes per client (429 with Retry-After), per IP and username for login', async () => {
    const app = await appWith({ rateLimits: { login: 3, loginPerIp: 5, otp: 2, otpVerify: 2 } });
    const ip = '198.51.100.7';
    for (let i = 0; i < 3; i++) assert.equal((await login(app, 'auditor', DEMO_PASSWORD, {}, ip)).statusCode, 200);
    const limited = await login(app, 'auditor', DEMO_PASSWORD, {}, ip);
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().code, 'rate-limited');
    assert.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After is set');
    assert.match(limited.json().messages.zh, /请求过于频繁/);
    // Another username from the same address still gets in, up to the per-IP cap (5 a minute).
    assert.equal((await login(app, 'admin', DEMO_PASSWORD, {}, ip)).statusCode, 200);
    assert.equal((await login(app, 'admin', DEMO_PASSWORD, {}, ip)).statusCode, 429, 'the per-IP cap');
    // Another client is not affected.
    assert.equal((await login(app, 'auditor', DEMO_PASSWORD, {}, '198.51.100.8')).statusCode, 200);
    const otp = (mobile: string) => app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { mobile }, remoteAddress: ip });
    assert.equal((await otp('13311114001')).statusCode, 200);
    assert.equal((await otp('13311114002')).statusCode, 200);
    const third = await otp('13311114003');
    assert.equal(third.statusCode, 429);
    assert.equal(third.json().code, 'rate-limited');
    const verify = () => app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { mobile: '13311114001', code: '000000' }, remoteAddress: ip });
    assert.deepEqual([(await verify()).statusCode, (await verify()).statusCode, (await verify()).statusCode], [401, 401, 429]);
  });

  it('answers 400 naming the field for a NUL byte in any text, on any route, after the gate', async () => {
    const nul = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'ad\u0000min', password: 'x' } });
    assert.equal(nul.statusCode, 400);
    assert.deepEqual([nul.json().errors[0].field, nul.json().errors[0].code], ['body.username', 'nul-byte']);
    const admin = await t.login('admin');
    const root = (await t.app.inject({ method: 'GET', url: '/api/v1/orgs/root', headers: { cookie: admin } })).json();
    const org = await t.app.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      headers: { cookie: admin },
      payload: { parentId: root.id, kind: 'district', name: '测试\u0000区总工会', contacts: [{ name: 'a\u0000' }] },
    });
    assert.equal(org.statusCode, 400, org.body);
    assert.equal(org.json().errors[0].field, 'body.name');
    const nested = await t.app.inject({
      method: 'POST',
      url: '/api/v1/policy/evaluate',
      headers: { cookie: admin },
      payload: { program: 'member-protection', date: '2025-01-01', input: { list: ['ok', 'bad\u0000'] } },
    });
    assert.equal(nested.json().errors[0].field, 'body.input.list.1');
    const key = await t.app.inject({
      method: 'POST',
      url: '/api/v1/policy/evaluate',
      payload: '{"program":"member-protection","date":"2025-01-01","input":{"a\\u0000b":1}}',
      headers: { cookie: admin, 'content-type': 'application/json' },
    });
    assert.equal(key.statusCode, 400);
    assert.equal(key.json().errors[0].code, 'nul-byte');
    const query = await t.app.inject({ method: 'GET', url: '/api/v1/members?q=%00', headers: { cookie: admin } });
    assert.equal(query.statusCode, 400);
    assert.equal(query.json().errors[0].field, 'query.q');
    const param = await t.app.inject({ method: 'GET', url: '/api/v1/policy/programs/member%00protection', headers: { cookie: admin } });
    assert.equal(param.statusCode, 400, param.body);
    assert.equal(param.json().errors[0].field, 'params.code');
    // Without a session the gate answers first: the body is not even looked at.
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/orgs', payload: { name: '\u0000' } })).statusCode, 401);
  });

  it('sets the security headers on every answer: API, errors and the web shell', async () => {
    const web = (await buildApp(t.s, { serveWeb: true })) as unknown as FastifyInstance;
    await web.ready();
    extraApps.push(web);
    const answers = {
      api: await t.app.inject({ method: 'GET', url: '/api/v1/health' }),
      unauthenticated: await t.app.inject({ method: 'GET', url: '/api/v1/members' }),
      notFound: await t.app.inject({ method: 'GET', url: '/api/v1/no-such-route' }),
      encoded: await t.app.inject({ method: 'GET', url: '/%61pi/v1/health' }),
      webShell: await web.inject({ method: 'GET', url: '/members/12' }),
      docs: await t.app.inject({ method: 'GET', url: '/api/docs/' }),
    };
    for (const [name, r] of Object.entries(answers)) {
      const csp = String(r.headers['content-security-policy'] ?? '');
      assert.match(csp, /frame-ancestors 'none'/, name);
      assert.match(csp, /script-src 'self'(;|$)/, name);
      assert.match(csp, /object-src 'none'/, name);
      assert.equal(r.headers['x-frame-options'], 'DENY', name);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', name);
      assert.equal(r.headers['referrer-policy'], 'same-origin', name);
      assert.equal(r.headers['strict-transport-security'], undefined, `${name}: no HSTS over plain HTTP`);
      assert.equal(r.headers['x-powered-by'], undefined, name);
    }
    for (const name of ['api', 'unauthenticated', 'notFound', 'encoded'] as const) assert.equal(answers[name].headers['cache-control'], 'no-store', name);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: await t.login('auditor') } });
    assert.equal(me.headers['cache-control'], 'no-store');
  });

  it('believes X-Forwarded-* only with TRUST_PROXY: then HSTS, Secure cookies and the client IP follow the proxy', async () => {
    const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' };
    const direct = await login(t.app, 'auditor', DEMO_PASSWORD, forwarded);
    assert.equal(direct.headers['strict-transport-security'], undefined);
    assert.equal(direct.cookies.find((c) => c.name === 'shishi_session')!.secure, undefined);
    const lastIp = async () => (await t.s.database.db.selectFrom('login_log').select('ip').orderBy('id', 'desc').executeTakeFirstOrThrow()).ip;
    assert.equal(await lastIp(), '127.0.0.1', 'a forged X-Forwarded-For is not the client IP');

    const proxied = await appWith({ trustProxy: '127.0.0.1' });
    const viaTls = await login(proxied, 'auditor', DEMO_PASSWORD, forwarded);
    assert.equal(viaTls.statusCode, 200);
    assert.match(String(viaTls.headers['strict-transport-security']), /max-age=\d+/);
    assert.equal(viaTls.cookies.find((c) => c.name === 'shishi_session')!.secure, true);
    assert.equal(await lastIp(), '203.0.113.9');
    // SECURE_COOKIES=true marks the cookie Secure without a proxy too.
    const secure = await appWith({ secureCookies: true });
    assert.equal((await login(secure, 'auditor', DEMO_PASSWORD)).cookies.find((c) => c.name === 'shishi_session')!.secure, true);
  });

  it('refuses a state-changing request whose Origin is another site (403 bad-origin), unless configured', async () => {
    const from = (app: FastifyInstance, origin: string, method: 'POST' | 'GET' = 'POST') =>
      method === 'POST' ? login(app, 'auditor', DEMO_PASSWORD, { origin }) : app.inject({ method: 'GET', url: '/api/v1/health', headers: { origin } });
    for (const origin of ['https://evil.example', 'null', 'http://localhost.evil.example', 'not a url']) {
      const r = await from(t.app, origin);
      assert.equal(r.statusCode, 403, origin);
      assert.equal(r.json().code, 'bad-origin', origin);
    }
    assert.equal((await from(t.app, 'http://localhost')).statusCode, 200, 'the server’s own origin');
    assert.equal((await from(t.app, 'https://evil.example', 'GET')).statusCode, 200, 'a read is not refused');
    const partner = await appWith({ allowedOrigins: ['https://portal.example.org'] });
    assert.equal((await from(partner, 'https://portal.example.org')).statusCode, 200);
    assert.equal((await from(partner, 'https://evil.example')).statusCode, 403);
  });
});
