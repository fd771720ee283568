// Flexible workers' C/D cover and the D-class deliveries (002 “五送” 一、二; 001 项目7 一(一)1; issue 9 §4) through HTTP on
// both engines: the engine picks C or D by the yearly dues paid in one go, refuses over-60s and members outside the
// category, one cover per member per year; D and its deliveries only by the street / park union; the checkup's 9/30
// deadline with a reason after it, gifts never in cash, once a year; lists and totals scoped and masked.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../harness.ts';
import { idCheckCharacter } from '../../src/platform/identifiers.ts';

const idOf = (birth: string, seq: number) => {
  const first17 = `310115${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
};

describe('protection: flexible workers’ C/D cover', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c[who]! }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const fieldsOf = (body: { errors?: { field: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.field}:${e.code}`);
  const ids: Record<string, number> = {};
  let union = 0;
  let dCover = 0;
  let cCover = 0;

  before(async () => {
    t = await startTestApp();
    for (const u of ['grassroots', 'zhangjiang', 'pudong', 'jiading', 'member', 'admin']) c[u] = await t.login(u);
    await sql.raw('delete from flexible_deliveries; delete from flexible_covers').execute(t.s.database.db);
    union = (await call('grassroots', 'GET', '/auth/me')).json().orgId;
    t.pinToday('2022-03-10');
    const people = {
      dues: { name: '赵磊', birth: '1987-05-01', categories: ['flexible-worker'] },
      qr: { name: '孙静', birth: '1962-03-11', categories: ['flexible-worker'] }, // 59 on 3/10, 60 the next day
      old: { name: '周强', birth: '1962-03-10', categories: ['flexible-worker'] }, // 60 today
      office: { name: '吴敏', birth: '1990-01-01', categories: [] },
    };
    let seq = 11;
    for (const [k, p] of Object.entries(people)) {
      const r = await call('grassroots', 'POST', '/members', {
        name: p.name,
        idNumber: idOf(p.birth, seq++),
        orgId: union,
        joinedOn: '2022-03-01',
        categories: p.categories,
      });
      assert.equal(r.statusCode, 201, r.body);
      ids[k] = r.json().personId;
    }
  });
  after(() => t.close());

  it('refuses who the engine refuses, with its reasons, and writes nothing', async () => {
    const old = await call('grassroots', 'POST', '/protection/flexible/covers', { memberId: ids.old, channel: 'qr-code' });
    assert.equal(old.statusCode, 409, old.body);
    assert.equal(old.json().code, 'age-limit');
    assert.match(old.json().messages.zh, /周强.*未满 60 周岁/);
    const office = await call('grassroots', 'POST', '/protection/flexible/covers', { memberId: ids.office, channel: 'officer' });
    assert.equal(office.json().code, 'not-flexible-worker');
    const noDues = await call('grassroots', 'POST', '/protection/flexible/covers', { memberId: ids.dues, channel: 'dues' });
    assert.equal(noDues.statusCode, 400);
    assert.deepEqual(fieldsOf(noDues.json()), ['body.duesPaidYuan:required']);
    const outside = await call('jiading', 'POST', '/protection/flexible/covers', { memberId: ids.qr, channel: 'qr-code' });
    assert.equal(outside.statusCode, 404, 'a member outside the caller’s subtree is not found');
    const n = await t.s.database.db
      .selectFrom('flexible_covers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(n.n), 0);
  });

  it('gives C to a QR-code joiner of 59 (up to 20,000 yuan in 2022) and D to the 120-yuan dues payer — D only by the park union', async () => {
    const qr = await call('grassroots', 'POST', '/protection/flexible/covers', { memberId: ids.qr, channel: 'qr-code' });
    assert.equal(qr.statusCode, 201, qr.body);
    const cj = qr.json();
    cCover = cj.id;
    assert.equal(cj.plan, 'C');
    assert.equal(cj.coverageStart, '2022-03-11');
    assert.equal(cj.coverageEnd, '2022-12-31');
    assert.equal(cj.maxBenefit, 20000);
    assert.deepEqual(cj.deliveries, []);
    assert.equal(cj.policy, '2022');
    assert.ok(JSON.stringify(cj.evaluation.trace).includes('001 项目7'), 'the trace cites the seed');

    const byUnion = await call('grassroots', 'POST', '/protection/flexible/covers', { memberId: ids.dues, channel: 'dues', duesPaidYuan: 120 });
    assert.equal(byUnion.statusCode, 403, byUnion.body);
    assert.match(byUnion.json().messages.zh, /街镇（园区、行业）工会/);

    const d = await call('zhangjiang', 'POST', '/protection/flexible/covers', {
      memberId: ids.dues,
      channel: 'dues',
      duesPaidYuan: 120,
      duesPaidOn: '2022-03-02',
    });
    assert.equal(d.statusCode, 201, d.body);
    const dj = d.json();
    dCover = dj.id;
    assert.equal(dj.plan, 'D');
    assert.equal(dj.duesPaid, 120);
    assert.deepEqual(
      dj.deliveries.map((x: { kind: string; due: string | null; required: boolean }) => [x.kind, x.required, x.due]),
      [
        ['checkup', true, '2022-09-30'],
        ['cooling-gift', false, null],
        ['warmth-gift', false, null],
        ['service', false, null],
      ],
    );

    const again = await call('zhangjiang', 'POST', '/protection/flexible/covers', { memberId: ids.dues, channel: 'qr-code' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'already-covered');
    assert.match(again.json().messages.zh, /2022 年度已有灵活就业会员专享保障D类/);
  });

  it('records the deliveries by the rules: the checkup’s deadline, gifts once and never in cash, D only', async () => {
    const url = `/protection/flexible/covers/${dCover}/deliveries`;
    t.pinToday('2022-10-10');
    const late = await call('zhangjiang', 'POST', url, { kind: 'checkup', deliveredOn: '2022-10-08' });
    assert.equal(late.statusCode, 400);
    assert.deepEqual(fieldsOf(late.json()), ['body.lateReason:reason-required']);
    const future = await call('zhangjiang', 'POST', url, { kind: 'checkup', deliveredOn: '2022-10-11' });
    assert.deepEqual(fieldsOf(future.json()), ['body.deliveredOn:in-future']);
    const byUnion = await call('grassroots', 'POST', url, { kind: 'checkup', deliveredOn: '2022-09-08' });
    assert.equal(byUnion.statusCode, 403);
    const ok = await call('zhangjiang', 'POST', url, { kind: 'checkup', deliveredOn: '2022-10-08', lateReason: '配送旺季改约' });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().deliveries[0].done[0].lateReason, '配送旺季改约');
    const twice = await call('zhangjiang', 'POST', url, { kind: 'checkup', deliveredOn: '2022-10-09', lateReason: '再次' });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'already-delivered');
    const cash = await call('zhangjiang', 'POST', url, { kind: 'cooling-gift', giftForm: 'cash', deliveredOn: '2022-07-15' });
    assert.deepEqual(fieldsOf(cash.json()), ['body.giftForm:no-cash']);
    assert.match(cash.json().messages.zh, /不可发放现金/);
    const gift = await call('zhangjiang', 'POST', url, { kind: 'cooling-gift', giftForm: 'transport-card', deliveredOn: '2022-07-15' });
    assert.equal(gift.statusCode, 201, gift.body);
    const svc = await call('zhangjiang', 'POST', url, { kind: 'service', service: 'safety-training', deliveredOn: '2022-08-01' });
    const svc2 = await call('zhangjiang', 'POST', url, { kind: 'service', service: 'legal-aid', deliveredOn: '2022-08-02' });
    assert.equal(svc.statusCode, 201);
    assert.equal(svc2.statusCode, 201, 'other services any number of times');
    assert.equal(svc2.json().deliveries[3].done.length, 2);
    const onC = await call('zhangjiang', 'POST', `/protection/flexible/covers/${cCover}/deliveries`, { kind: 'checkup', deliveredOn: '2022-08-02' });
    assert.equal(onC.statusCode, 409);
    assert.equal(onC.json().code, 'not-d-class');
    const before = await call('zhangjiang', 'POST', url, { kind: 'warmth-gift', giftForm: 'goods', deliveredOn: '2022-03-01' });
    assert.deepEqual(fieldsOf(before.json()), ['body.deliveredOn:outside-year'], 'not before the cover was recorded');
  });

  it('lists and counts in scope, masked, with the checkup filter; the summary carries C/D and gig totals', async () => {
    const list = (await call('pudong', 'GET', '/protection/flexible/covers?year=2022')).json();
    assert.equal(list.total, 2);
    for (const r of list.items) assert.match(r.idMasked, /\*/);
    assert.equal((await call('jiading', 'GET', '/protection/flexible/covers?year=2022')).json().total, 0, 'another district sees none');
    assert.equal((await call('zhangjiang', 'GET', '/protection/flexible/covers?year=2022&checkup=missing')).json().total, 0);
    assert.equal((await call('zhangjiang', 'GET', '/protection/flexible/covers?year=2022&checkup=done')).json().total, 1);
    assert.equal((await call('zhangjiang', 'GET', '/protection/flexible/covers?year=2022&plan=C')).json().items[0].name, '孙静');
    const sum = (await call('pudong', 'GET', '/protection/summary?year=2022')).json();
    assert.deepEqual(sum.flexible, { C: { members: 1 }, D: { members: 1, checkups: 1 } });
    assert.equal(typeof sum.gig.active, 'number');
    assert.deepEqual((await call('jiading', 'GET', '/protection/summary?year=2022')).json().flexible, { C: { members: 0 }, D: { members: 0, checkups: 0 } });
    const audit = await t.s.database.db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'protection.flexible-enroll')
      .where('summary', 'like', '2022%')
      .execute();
    assert.equal(audit.length, 2);
    for (const a of audit) assert.doesNotMatch(String(a.summary), /310115/, 'no ID number in the audit trail');
    const mine = (await call('member', 'GET', '/me/protection')).json();
    assert.ok(Array.isArray(mine.flexible));
  });
});
