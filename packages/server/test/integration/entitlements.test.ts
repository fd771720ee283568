// A member's entitlements through HTTP: every program of the engine answered from the registry.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listPrograms } from '@shishi/policy';
import { engine, startTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
let liMing: number;
let orgId: number;

before(async () => {
  t = await startTestApp({ members: 20 });
  for (const u of ['grassroots', 'pudong', 'jiading', 'member']) cookies[u] = await t.login(u);
  const me = (await get('member', '/me/member')).json();
  liMing = me.personId;
  orgId = me.current.orgId;
});
after(async () => t?.close());

const get = (who: string, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: cookies[who]! } });
const post = (who: string, url: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as any, headers: { cookie: cookies[who]! } });

/** A valid 18-digit ID number (GB 11643 check digit); the 17th digit's parity gives the sex. */
function idNumber(birth: string, seq: number, sex: 'male' | 'female'): string {
  const s = String(seq * 2 + (sex === 'male' ? 1 : 0))
    .padStart(3, '0')
    .slice(-3);
  const body = `310115${birth.replaceAll('-', '')}${s}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((a, c, i) => a + Number(c) * w[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

async function createMember(name: string, birth: string, sex: 'male' | 'female', seq: number, categories: string[], cardStatus = 'active') {
  const r = await post('grassroots', '/members', { name, idNumber: idNumber(birth, seq, sex), orgId, joinedOn: '2020-01-02', cardStatus, categories });
  assert.equal(r.statusCode, 201, r.body);
  return r.json().personId as number;
}

const entitlements = async (who: string, personId: number, date: string, extra = '') => {
  const r = await get(who, `/members/${personId}/entitlements?date=${date}${extra}`);
  assert.equal(r.statusCode, 200, r.body);
  return r.json();
};
const find = (b: any, program: string) => b.items.find((x: any) => x.program === program) ?? b.unitPrograms.find((x: any) => x.program === program);
const order = ['eligible', 'conditional', 'not-eligible', 'not-in-force'];

describe(`entitlements on ${engine}`, () => {
  it('answers every program, sorted, with member-protection amounts of the 2025 table for an ordinary unit', async () => {
    const b = await entitlements('grassroots', liMing, '2025-03-01');
    assert.equal(b.personId, liMing);
    assert.equal(b.member, true);
    assert.equal(b.membership.unitCategory, 'ordinary');
    const codes = [...b.items, ...b.unitPrograms].map((x: any) => x.program).sort();
    assert.deepEqual(
      codes,
      listPrograms()
        .map((p) => p.code)
        .sort(),
      'every program of the engine, once',
    );
    for (const list of [b.items, b.unitPrograms]) {
      const ranks = list.map((x: any) => order.indexOf(x.status));
      assert.deepEqual(
        ranks,
        [...ranks].sort((x: number, y: number) => x - y),
        'sorted eligible → conditional → not-eligible → not-in-force',
      );
    }
    assert.ok(!JSON.stringify(b).includes('not-mapped'), 'every program has a mapping');

    const mp = find(b, 'member-protection');
    assert.equal(mp.status, 'eligible');
    assert.equal(mp.policy, '2025');
    const table = Object.fromEntries(Object.entries(mp.amounts).map(([plan, o]: [string, any]) => [plan, [o.premium, o.citySubsidy, o.remainder]]));
    assert.deepEqual(table, { A: [26, 13, 13], B: [90, 40, 50], 'A+': [76, 13, 63], 'B+': [140, 40, 100] });
    assert.equal(mp.amounts.A.coverageStart, '2025-01-01');
    assert.match(mp.summary.zh, /B\+类 保障费140元/);
    const unit = mp.facts.find((f: any) => f.name === 'unitCategory');
    assert.deepEqual([unit.value, unit.source, unit.field], ['ordinary', 'registry', 'orgs.unit_category']);
    assert.equal(mp.facts.find((f: any) => f.name === 'mode').source, 'assumed');
    assert.equal(mp.facts.find((f: any) => f.name === 'coverageYear').value, 2025);
    assert.equal(mp.trace, undefined, 'no trace unless asked');

    // Unit-level programs are listed apart, with who applies and what a unit can get.
    const driver = find(b, 'driver-home-grant');
    assert.ok(b.unitPrograms.includes(driver));
    assert.equal(driver.status, 'not-eligible');
    assert.equal(driver.reasons[0].code, 'unit-applies');
    assert.deepEqual(driver.amounts.grant, { micro: 5000, comprehensive: 10000 });
    assert.equal(b.counts.eligible, b.items.filter((x: any) => x.status === 'eligible').length);
  });

  it('includes the engine trace and the inputs when asked', async () => {
    const b = await entitlements('grassroots', liMing, '2025-03-01', '&trace=true');
    const mp = find(b, 'member-protection');
    const bplus = mp.trace.find((e: any) => e.variant === 'B+');
    assert.deepEqual(bplus.input, { plan: 'B+', mode: 'collective', unitCategory: 'ordinary', coverageYear: 2025 });
    const premium = bplus.trace.find((e: any) => e.kind === 'parameter' && e.name === 'premium');
    assert.ok(premium.source.startsWith('003') && premium.from === '2025-01-01');
    const driver = find(b, 'driver-home-grant');
    assert.ok(driver.trace[0].parameters[0].source.startsWith('003'));
  });

  it('gives a gig worker the mutual protection plan, and tells a non-gig member why not', async () => {
    const gig = await createMember('王芳', '1995-05-12', 'female', 101, ['gig-worker']);
    const b = await entitlements('grassroots', gig, '2022-06-15');
    const g = find(b, 'gig-mutual-protection');
    assert.equal(g.status, 'eligible', JSON.stringify(g));
    assert.equal(g.policy, '2022');
    assert.deepEqual(
      { premium: g.amounts.premium, mode: g.amounts.enrollmentMode, start: g.amounts.coverageStart, end: g.amounts.coverageEnd },
      { premium: 72, mode: 'instant', start: '2022-07-01', end: '2023-03-31' },
    );
    const age = g.facts.find((f: any) => f.name === 'age');
    assert.deepEqual([age.value, age.source], [27, 'registry']);
    assert.equal(g.facts.find((f: any) => f.name === 'enrolledOn').source, 'assumed');
    assert.equal(find(b, 'gig-mobile-checkup').status, 'eligible');
    assert.equal(find(b, 'gig-mutual-protection-claim').status, 'conditional');

    const li = await entitlements('grassroots', liMing, '2022-06-15');
    const n = find(li, 'gig-mutual-protection');
    assert.equal(n.status, 'not-eligible');
    assert.deepEqual(
      n.reasons.map((r: any) => r.code),
      ['not-gig-worker'],
    );
    assert.ok(n.reasons[0].message.zh && n.reasons[0].message.en);
    assert.deepEqual(n.facts.find((f: any) => f.name === 'categories').value, ['frontline-worker']);

    // The woman gig worker gets the 2025 two-disease screening; 李明 (a man) does not.
    const w = find(await entitlements('grassroots', gig, '2025-03-01'), 'two-disease-screening');
    assert.equal(w.status, 'eligible');
    assert.equal(w.amounts.amount, 218);
    const m = find(await entitlements('grassroots', liMing, '2025-03-01'), 'two-disease-screening');
    assert.equal(m.status, 'not-eligible');
    assert.equal(m.reasons[0].code, 'not-a-woman');

    // Without a member card the registry cannot tell whether collective enrollment is open to her (a social security card also counts).
    const noCard = await createMember('孙丽', '1992-08-20', 'female', 103, ['flexible-worker'], 'none');
    const mp = find(await entitlements('grassroots', noCard, '2025-03-01'), 'member-protection');
    assert.equal(mp.status, 'conditional');
    assert.deepEqual(
      mp.needs.map((x: any) => x.field),
      ['socialSecurityCard'],
    );
    assert.equal(mp.amounts.B.premium, 90);
  });

  it('answers not-a-member for an ended membership, and conditional where the registry cannot tell', async () => {
    const p = await createMember('赵敏', '1988-11-02', 'female', 102, []);
    const before = await entitlements('grassroots', p, '2025-01-05');
    const screening = find(before, 'two-disease-screening');
    assert.equal(screening.status, 'conditional', 'a woman neither gig nor flexible may be outsourced or dispatched');
    assert.deepEqual(
      screening.needs.map((x: any) => x.field),
      ['outsourcedOrDispatched'],
    );
    const end = await post('grassroots', `/members/${p}/end`, { date: '2025-02-01', reason: '离职' });
    assert.equal(end.statusCode, 200, end.body);
    const b = await entitlements('grassroots', p, '2025-03-01');
    assert.equal(b.member, false);
    for (const x of [...b.items, ...b.unitPrograms]) {
      assert.ok(['not-eligible', 'not-in-force'].includes(x.status), `${x.program} ${x.status}`);
      assert.ok(
        x.reasons.some((r: any) => r.code === 'not-a-member'),
        x.program,
      );
    }
    // Still a member the day before it ended.
    assert.equal(find(await entitlements('grassroots', p, '2025-01-31'), 'member-protection').status, 'eligible');
  });

  it('lists what a conditional program needs and the amounts in force', async () => {
    const b = await entitlements('grassroots', liMing, '2018-03-20');
    const skill = find(b, 'skill-promotion-award');
    assert.equal(skill.status, 'conditional');
    assert.equal(skill.policy, '2018');
    assert.deepEqual(skill.amounts.awards.worker, { technician: 1000, 'senior-technician': 2000 });
    assert.ok(skill.needs.some((x: any) => x.field === 'certificateIssuedOn' && x.message.zh && x.message.en));
    const inv = find(b, 'invention-award');
    assert.equal(inv.amounts.amount, 2000);
    assert.ok(!inv.needs.some((x: any) => x.field === 'frontline'), 'the registry says 李明 is a frontline worker');
    assert.equal(find(b, 'critical-illness-condolence').amounts.amount, 1000);
    const mp = find(b, 'member-protection');
    assert.deepEqual(Object.keys(mp.amounts), ['A', 'B'], '2018 has only A and B');
  });

  it('answers not-in-force on a date without policies, never an error', async () => {
    const b = await entitlements('grassroots', liMing, '2010-01-01');
    for (const x of [...b.items, ...b.unitPrograms]) {
      assert.equal(x.status, 'not-in-force', x.program);
      assert.equal(x.reasons[0].code, 'no-policy-in-force');
      assert.ok(x.summary.zh.includes('没有生效的政策版本'));
    }
  });

  it('keeps to the scope of GET /members/:id, and lets a member see their own', async () => {
    assert.equal((await get('jiading', `/members/${liMing}/entitlements?date=2025-03-01`)).statusCode, 404);
    assert.equal((await get('pudong', `/members/${liMing}/entitlements?date=2025-03-01`)).statusCode, 200);
    assert.equal((await get('member', `/members/${liMing}/entitlements`)).statusCode, 403);
    const mine = await get('member', '/me/entitlements?date=2025-03-01');
    assert.equal(mine.statusCode, 200, mine.body);
    assert.equal(mine.json().personId, liMing);
    assert.equal(find(mine.json(), 'member-protection').amounts['B+'].premium, 140);
    assert.equal((await get('grassroots', '/me/entitlements')).statusCode, 403);
    const today = await get('member', '/me/entitlements');
    assert.match(today.json().date, /^\d{4}-\d{2}-\d{2}$/);
    const bad = await get('member', '/me/entitlements?date=2025-02-30');
    assert.equal(bad.statusCode, 400);
  });
});
