// Faults from issue 8 §4 that a caller can provoke through the API: oversized batch work, inputs that
// overflow money or dates, and concurrent preparation of one payout batch.
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

const post = (url: string, payload: unknown) => t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as any, headers: { cookie } });

async function healthMs() {
  const t0 = performance.now();
  const r = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
  assert.equal(r.statusCode, 200);
  return performance.now() - t0;
}

describe(`evaluate-batch stays bounded on ${engine}`, () => {
  it('answers four 200 KB requests of bad rows quickly with small errors (the first 100, with index)', async () => {
    const payload = JSON.stringify({ program: 'member-protection', date: '2025-01-01', inputs: new Array(100_000).fill(0) });
    assert.ok(payload.length > 190_000 && payload.length < 210_000);
    const started = performance.now();
    const answers = Promise.all(
      [1, 2, 3, 4].map(() =>
        t.app.inject({ method: 'POST', url: '/api/v1/policy/evaluate-batch', payload, headers: { cookie, 'content-type': 'application/json' } }),
      ),
    );
    const health = await healthMs();
    const rs = await answers;
    for (const r of rs) {
      assert.equal(r.statusCode, 400);
      assert.ok(r.body.length < 100_000, `error body ${r.body.length} bytes`);
      const b = r.json();
      assert.equal(b.code, 'invalid-input');
      assert.equal(b.errors.length, 100);
      assert.equal(b.invalidCount, 100);
      assert.equal(b.complete, false);
      assert.equal(b.index, 0);
      assert.deepEqual(
        b.errors.slice(0, 3).map((e: any) => e.index),
        [0, 1, 2],
      );
      assert.match(b.errors[5].field, /^inputs\[5\]/);
    }
    assert.ok(health < 1000, `health took ${Math.round(health)} ms`);
    assert.ok(performance.now() - started < 10_000, `took ${Math.round(performance.now() - started)} ms`);
  });

  it('names the bad rows among good ones by their index in the whole roster', async () => {
    const inputs: unknown[] = Array.from({ length: 5000 }, () => ({ plan: 'B', mode: 'collective', unitCategory: 'ordinary' }));
    inputs[2500] = { plan: 'Z', mode: 'collective', unitCategory: 'ordinary' };
    inputs[4999] = { plan: 'B', mode: 'collective' };
    const r = await post('/policy/evaluate-batch', { program: 'member-protection', date: '2025-01-01', inputs });
    assert.equal(r.statusCode, 400);
    const b = r.json();
    assert.equal(b.invalidCount, 2);
    assert.equal(b.complete, true);
    assert.deepEqual(
      b.errors.map((e: any) => [e.index, e.field]),
      [
        [2500, 'inputs[2500].plan'],
        [4999, 'inputs[4999].unitCategory'],
      ],
    );
    assert.match(b.errors[0].messages.zh, /第 2500 条/);
  });

  it('evaluates the advertised 100,000 rows in one request while /health keeps answering', async () => {
    const plans = ['A', 'B', 'A+', 'B+'];
    const inputs = Array.from({ length: 100_000 }, (_, i) => ({ plan: plans[i % 4], mode: 'collective', unitCategory: i % 7 ? 'ordinary' : 'special' }));
    const payload = JSON.stringify({ program: 'member-protection', date: '2025-01-01', inputs });
    const answer = t.app.inject({ method: 'POST', url: '/api/v1/policy/evaluate-batch', payload, headers: { cookie, 'content-type': 'application/json' } });
    await new Promise((r) => setTimeout(r, 50));
    const health = await healthMs();
    const r = await answer;
    assert.equal(r.statusCode, 200, r.body.slice(0, 500));
    const b = r.json();
    assert.equal(b.count, 100_000);
    assert.equal(b.results[99_999].output.premium, 140);
    assert.ok(health < 1000, `health took ${Math.round(health)} ms`);
  });

  it('refuses over-limit work before doing it: more rows than advertised, a trace for more than 1,000', async () => {
    const one = { plan: 'B', mode: 'collective', unitCategory: 'ordinary' };
    const tooMany = await post('/policy/evaluate-batch', { program: 'member-protection', date: '2025-01-01', inputs: new Array(100_001).fill(one) });
    assert.equal(tooMany.statusCode, 400);
    assert.equal(tooMany.json().errors[0].field, 'body.inputs');
    const trace = await post('/policy/evaluate-batch', { program: 'member-protection', date: '2025-01-01', trace: true, inputs: new Array(1001).fill(one) });
    assert.equal(trace.statusCode, 400);
    assert.equal(trace.json().code, 'trace-batch-too-large');
    const traced = await post('/policy/evaluate-batch', { program: 'member-protection', date: '2025-01-01', trace: true, inputs: new Array(1000).fill(one) });
    assert.equal(traced.statusCode, 200);
    assert.ok(traced.json().results[999].trace.length > 0);
    const unknown = await post('/policy/evaluate-batch', { program: 'nope', date: '2025-01-01', inputs: new Array(1000).fill(one) });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().code, 'unknown-program');
  });

  it('caps the problems listed by any route’s schema validation', async () => {
    // 2,000 bad rows through zod at the HTTP edge: 100 listed, all counted.
    const admin = await t.login('admin');
    const rows = Array.from({ length: 2000 }, () => ({ orgId: 'x', value: -1 }));
    const r = await t.app.inject({ method: 'PUT', url: '/api/v1/targets/1/allocations', payload: { rows }, headers: { cookie: admin } });
    assert.equal(r.statusCode, 400);
    const b = r.json();
    assert.equal(b.errors.length, 100);
    assert.equal(b.errorCount, 4000);
    assert.ok(r.body.length < 100_000, `error body ${r.body.length} bytes`);
  });
});

describe(`deterministic answers for hostile inputs on ${engine}`, () => {
  it('refuses counts that overflowed money with a 400 naming the field', async () => {
    for (const [program, date, input, field] of [
      ['labour-relations-guidance-subsidy', '2025-03-01', { personDays: 600_479_950_317 }, 'input.personDays'],
      ['two-disease-screening', '2025-05-01', { screened: 600_479_950_317 }, 'input.screened'],
      ['health-checkup', '2018-06-15', { planCode: 'A', persons: 600_479_950_317, examDate: '2018-06-15' }, 'input.persons'],
    ] as const) {
      const r = await post('/policy/evaluate', { program, date, input });
      assert.equal(r.statusCode, 400, `${program}: ${r.body}`);
      assert.equal(r.json().errors[0].field, field);
    }
  });

  it('answers a year below 1000 with the same 400 on the first call and after 1,500 others', async () => {
    const input = {
      claimType: 'accidental-disability',
      enrollmentMode: 'centralized',
      coverageStart: '2022-04-01',
      coverageEnd: '2023-03-31',
      eventDate: '0999-06-01',
      disabilityGrade: 1,
      paidThisAccident: 0,
      paidThisYear: 0,
      filedOn: '2022-07-01',
    };
    const req = { program: 'gig-mutual-protection-claim', date: '2022-07-01', input };
    const first = await post('/policy/evaluate', req);
    const warm = await post('/policy/evaluate-batch', {
      program: 'gig-mutual-protection-claim',
      date: '2022-07-01',
      inputs: new Array(1500).fill({ ...input, eventDate: '2022-06-01' }),
    });
    assert.equal(warm.statusCode, 200);
    const again = await post('/policy/evaluate', req);
    for (const r of [first, again]) {
      assert.equal(r.statusCode, 400, r.body);
      assert.equal(r.json().errors[0].field, 'input.eventDate');
    }
  });
});

describe(`concurrent payout batch preparation on ${engine}`, () => {
  it('gives one 201 and one 409 batch-exists, never a 500', async () => {
    t.pinToday('2018-04-25');
    try {
      const member = await t.login('member');
      const skill = (await t.app.inject({ method: 'GET', url: '/api/v1/programs?year=2018', headers: { cookie: member } }))
        .json()
        .items.find((p: any) => p.program === 'skill-promotion-award').id;
      const preparer = await t.login('grassrootswork');
      const prepare = () =>
        t.app.inject({ method: 'POST', url: '/api/v1/payouts/batches', payload: { programId: skill, period: '2018-04' }, headers: { cookie: preparer } });
      const rs = await Promise.all([prepare(), prepare(), prepare()]);
      const codes = rs.map((r) => r.statusCode).sort();
      assert.deepEqual(codes, [201, 409, 409], rs.map((r) => r.body).join('\n'));
      for (const r of rs.filter((x) => x.statusCode === 409)) {
        assert.equal(r.json().code, 'batch-exists');
        assert.match(r.json().messages.zh, /2018-04/);
      }
      const batches = await t.s.database.db
        .selectFrom('payout_batches')
        .select('id')
        .where('instance_id', '=', skill)
        .where('period', '=', '2018-04')
        .execute();
      assert.equal(batches.length, 1);
    } finally {
      t?.pinToday();
    }
  });
});
