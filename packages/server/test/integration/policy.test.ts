// The policy engine through HTTP: evaluate, batch, programs, parameters and their timeline.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engine, startTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let cookie: string;
before(async () => {
  t = await startTestApp({ members: 20 });
  cookie = await t.login('rights');
});
after(async () => t?.close());
const post = (url: string, payload: unknown, lang = 'zh-CN') =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as any, headers: { cookie, 'accept-language': lang } });
const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie } });

describe(`policy API on ${engine}`, () => {
  it('evaluates the 2025 B+ premium with its trace and sources', async () => {
    const r = await post('/policy/evaluate', {
      program: 'member-protection',
      date: '2025-01-01',
      input: { plan: 'B+', mode: 'collective', unitCategory: 'ordinary' },
    });
    assert.equal(r.statusCode, 200, r.body);
    const b = r.json();
    assert.equal(b.policy, '2025');
    assert.equal(b.eligible, true);
    assert.deepEqual(
      { premium: b.output.premium, citySubsidy: b.output.citySubsidy, remainder: b.output.remainder },
      { premium: 140, citySubsidy: 40, remainder: 100 },
    );
    const premium = b.trace.find((e: any) => e.kind === 'parameter' && e.name === 'premium');
    assert.ok(premium && premium.source.startsWith('003') && premium.from === '2025-01-01');
  });

  it('answers 400 naming the field for an unknown program, a date with no policy, and a mistyped input', async () => {
    const unknown = await post('/policy/evaluate', { program: 'no-such-program', date: '2025-01-01', input: {} }, 'en');
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().code, 'unknown-program');
    assert.ok(unknown.json().allowed.includes('member-protection'));
    const early = await post('/policy/evaluate', {
      program: 'member-protection',
      date: '2010-01-01',
      input: { plan: 'A', mode: 'collective', unitCategory: 'ordinary' },
    });
    assert.equal(early.statusCode, 400);
    assert.equal(early.json().code, 'no-policy-in-force');
    const typo = await post('/policy/evaluate', {
      program: 'member-protection',
      date: '2025-01-01',
      input: { plan: 'Z', mode: 'collective', unitCategory: 'ordinary' },
    });
    assert.equal(typo.statusCode, 400);
    assert.equal(typo.json().code, 'invalid-input');
    assert.match(typo.json().errors[0].field, /plan/);
    const badDate = await post('/policy/evaluate', { program: 'member-protection', date: '2025-13-01', input: {} });
    assert.equal(badDate.statusCode, 400);
  });

  it('evaluates a roster in one batch call', async () => {
    const inputs = Array.from({ length: 1000 }, (_, i) => ({ plan: i % 2 ? 'A' : 'B', mode: 'collective', unitCategory: i % 10 ? 'ordinary' : 'special' }));
    const r = await post('/policy/evaluate-batch', { program: 'member-protection', date: '2025-01-01', inputs });
    assert.equal(r.statusCode, 200);
    const b = r.json();
    assert.equal(b.count, 1000);
    assert.equal(b.results[1].output.premium, 26);
    assert.equal(b.results[2].output.premium, 90);
    assert.equal(b.results[0].output.citySubsidy, 22.5, 'B for a special unit, 2025 (003 附件2-1 一(三))');
  });

  it('lists programs with input JSON Schemas, parameters on a date, and a timeline', async () => {
    const list = (await get('/policy/programs')).json().items;
    const mp = list.find((p: any) => p.code === 'member-protection');
    assert.ok(mp.inputSchema && mp.inputSchema.type === 'object');
    assert.ok(mp.versions.length >= 2);
    const params = (await get('/policy/programs/member-protection/parameters?date=2018-06-01')).json().items;
    assert.ok(params.find((p: any) => p.name === 'premium').value.A['full-year'] === 24);
    const tl = (await get('/policy/programs/member-protection/parameters/premium/timeline')).json().items;
    assert.deepEqual(
      tl.map((e: any) => e.value.A['full-year']),
      [24, 26],
    );
    assert.equal((await get('/policy/programs/nope')).statusCode, 404);
  });
});
