// The half-year settlement of frontline trips (issue 10 §4; 001 项目3 三(五) “市总按 600 元/人标准对相关区局（产业）工会实行
// 定额补贴……由相关区局（产业）工会先行垫付，每半年结算一次”) through HTTP on both engines: the district's rosters of the
// half in one claim, the engine's amount, not before the half is over, not twice, not for another district, reviewed
// by rights then finance, paid once to the district's account through the ledger; and the satisfaction forms
// returned with the settlement feeding the project's year-end evaluation (四(三) 职工满意度测评).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../harness.ts';

describe('pools: the half-year settlement of frontline trips', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  const org: Record<string, number> = {};
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c[who]! }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const ok = async (who: string, method: 'GET' | 'POST', url: string, payload?: unknown, status = 200) => {
    const r = await call(who, method, url, payload);
    assert.equal(r.statusCode, status, `${method} ${url}: ${r.body}`);
    return r.json();
  };
  let members: string[] = [];
  const rosters: number[] = [];

  before(async () => {
    t = await startTestApp();
    for (const u of ['admin', 'pudong', 'jiading', 'grassroots', 'rights', 'finance']) c[u] = await t.login(u);
    for (const u of ['admin', 'pudong', 'jiading', 'grassroots']) org[u] = (await call(u, 'GET', '/auth/me')).json().orgId;
    // Six active members under Pudong, confirmed as anti-epidemic frontline workers (the registry category the roster checks).
    const db = t.s.database.db;
    members = (
      await sql<{ member_no: string }>`select m.member_no from memberships m join orgs o on o.id = m.org_id
      where o.path like (select path from orgs where id = ${org.pudong}) || '%' and m.status = 'active' order by m.id limit 6`.execute(db)
    ).rows.map((r) => r.member_no);
    assert.equal(members.length, 6);
    await sql`update persons set categories = array_append(coalesce(categories, '{}'), 'frontline-worker') where id in (select person_id from memberships where member_no in (${sql.join(members)})) and not ('frontline-worker' = any(coalesce(categories, '{}')))`.execute(
      db,
    );
    t.pinToday('2022-03-01');
  });
  after(() => t.close());

  it('the district organises two trips, one in each half-year', async () => {
    await ok(
      'admin',
      'POST',
      '/quota-offers',
      {
        program: 'frontline-sanatorium',
        year: 2022,
        code: 'F1',
        capacity: 100,
        site: '浙江宁波工人疗养院',
        days: 4,
        nights: 3,
        costPerPerson: 1200,
        contacts: [{ name: '尤骏' }],
      },
      201,
    );
    const g = await ok('admin', 'POST', '/place-grants', { program: 'frontline-sanatorium', year: 2022, site: 'F1', toOrgId: org.pudong, places: 10 }, 201);
    const spring = await ok('pudong', 'POST', '/rosters', { grantId: g.id, startsOn: '2022-05-17', endsOn: '2022-05-20', members: members.slice(0, 4) }, 201);
    const summer = await ok('pudong', 'POST', '/rosters', { grantId: g.id, startsOn: '2022-08-07', endsOn: '2022-08-10', members: members.slice(4, 6) }, 201);
    for (const r of [spring, summer]) await ok('pudong', 'POST', `/rosters/${r.id}/submit`);
    rosters.push(spring.id, summer.id);
  });

  it('is claimed once the half-year is over, for the district only, with the engine’s 600 yuan a person', async () => {
    t.pinToday('2022-06-30');
    const early = await call('pudong', 'GET', '/quota-settlements/half-year?year=2022&period=H1');
    assert.equal(early.statusCode, 409, early.body);
    assert.equal(early.json().code, 'period-not-over');
    t.pinToday('2022-07-05');
    const p = await ok('pudong', 'GET', '/quota-settlements/half-year?year=2022&period=H1');
    assert.deepEqual([p.orgId, p.from, p.to, p.persons, p.amount, p.rosters.length], [org.pudong, '2022-01-01', '2022-06-30', 4, 2400, 1]);
    assert.deepEqual([p.rosters[0].id, p.rosters[0].perPerson], [rosters[0], 600]); // 1,200 yuan trip, 600 from the federation
    // Not for another district, not by a grassroots union, not for a program settled per roster.
    assert.equal((await call('jiading', 'GET', `/quota-settlements/half-year?year=2022&period=H1&orgId=${org.pudong}`)).json().errors[0].field, 'body.orgId');
    const grass = await call('grassroots', 'GET', '/quota-settlements/half-year?year=2022&period=H1');
    assert.equal(grass.statusCode, 400, grass.body);
    assert.equal(grass.json().errors[0].code, 'not-a-district');
    assert.equal((await call('pudong', 'GET', '/quota-settlements/half-year?year=2022&period=H1&program=group-sanatorium')).statusCode, 400);
    // The claimed amount must be the engine's; the forms cannot outnumber the travellers.
    const wrong = await call('pudong', 'POST', '/quota-settlements/half-year', {
      year: 2022,
      period: 'H1',
      amount: 4800,
      satisfaction: { responses: 4, satisfied: 4 },
    });
    assert.equal(wrong.statusCode, 409, wrong.body);
    assert.deepEqual([wrong.json().code, wrong.json().errors[0].field], ['settlement-mismatch', 'body.amount']);
    const forms = await call('pudong', 'POST', '/quota-settlements/half-year', {
      year: 2022,
      period: 'H1',
      amount: 2400,
      satisfaction: { responses: 5, satisfied: 4 },
    });
    assert.equal(forms.json().errors[0].field, 'body.satisfaction.responses');
    const st = await ok(
      'pudong',
      'POST',
      '/quota-settlements/half-year',
      { year: 2022, period: 'H1', amount: 2400, satisfaction: { responses: 4, satisfied: 3 } },
      201,
    );
    assert.deepEqual([st.period, st.rosterId, st.persons, st.amount, st.status, st.providerOrgId], ['H1', null, 4, 2400, 'submitted', org.pudong]);
    assert.equal(st.rosterTitle, '2022年上半年抗疫一线职工疗休养补贴结算');
    assert.deepEqual(
      st.rosters.map((r: { id: number }) => r.id),
      [rosters[0]],
    );
    assert.equal((await ok('pudong', 'GET', `/rosters/${rosters[0]}`)).status, 'settled');
    assert.equal((await ok('pudong', 'GET', `/rosters/${rosters[0]}`)).settlementId, st.id);
    assert.equal((await ok('pudong', 'GET', `/rosters/${rosters[1]}`)).status, 'submitted'); // the summer trip waits for H2
    const twice = await call('pudong', 'POST', '/quota-settlements/half-year', {
      year: 2022,
      period: 'H1',
      amount: 2400,
      satisfaction: { responses: 4, satisfied: 3 },
    });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'already-settled');
    // A per-roster claim on a roster of the half-year settlement is refused too.
    assert.equal(
      (
        await call('admin', 'POST', '/quota-settlements', {
          rosterId: rosters[0],
          persons: 4,
          amount: 2400,
          members: members.slice(0, 4),
          satisfaction: { responses: 4, satisfied: 4 },
        })
      ).json().code,
      'already-settled',
    );
    // Scoped: Jiading does not see it.
    assert.equal((await ok('jiading', 'GET', '/quota-settlements')).items.filter((x: { id: number }) => x.id === st.id).length, 0);
    assert.equal((await call('jiading', 'GET', `/quota-settlements/${st.id}`)).statusCode, 404);
  });

  it('rights then finance review it, and it is paid once to the district’s verified account through the ledger', async () => {
    const st = (await ok('pudong', 'GET', '/quota-settlements')).items.find((x: { period: string | null }) => x.period === 'H1');
    assert.equal((await ok('rights', 'POST', `/quota-settlements/${st.id}/rights`)).status, 'rights-approved');
    assert.equal((await ok('finance', 'POST', `/quota-settlements/${st.id}/finance`)).status, 'finance-approved');
    const noAccount = await call('finance', 'POST', `/quota-settlements/${st.id}/pay`, { reference: 'ZF-2022-H1' });
    if (noAccount.statusCode === 409 && noAccount.json().code === 'no-payee-account') {
      const acct = await ok(
        'pudong',
        'POST',
        '/payouts/payee-accounts',
        { orgId: org.pudong, bank: '中国工商银行上海市分行', accountName: '浦东新区总工会', accountNo: '1001 2000 3000 4000 567' },
        201,
      );
      await ok('finance', 'POST', `/payouts/payee-accounts/${acct.id}/verify`);
    } else assert.equal(noAccount.statusCode, 200, noAccount.body);
    const paid = noAccount.statusCode === 200 ? noAccount.json() : await ok('finance', 'POST', `/quota-settlements/${st.id}/pay`, { reference: 'ZF-2022-H1' });
    assert.equal(paid.status, 'paid');
    assert.equal((await call('finance', 'POST', `/quota-settlements/${st.id}/pay`, { reference: 'ZF-2022-H1b' })).json().code, 'already-paid');
    const led = await t.s.database.db
      .selectFrom('payout_entries')
      .select(['amount_fen', 'payee_kind', 'payee_org_id', 'source_ref'])
      .where('source_kind', '=', 'quota-settlement')
      .where('source_id', '=', st.id)
      .execute();
    assert.equal(led.length, 1);
    assert.deepEqual([Number(led[0]!.amount_fen), led[0]!.payee_kind, Number(led[0]!.payee_org_id)], [240000, 'org-account', org.pudong]);
  });

  it('the forms returned with the settlement feed the year-end evaluation of the project', async () => {
    const slate = await sql<{
      id: number;
    }>`select s.id from slates s join orgs o on o.id = s.org_id where s.year = 2022 and o.depth = 0 order by s.id limit 1`.execute(t.s.database.db);
    assert.equal(slate.rows.length, 1, 'the demo has the 2022 list');
    const rep = await ok('admin', 'GET', `/slates/${slate.rows[0]!.id}/report`);
    const p = rep.projects.find((x: { title: string }) => x.title.includes('抗疫一线职工疗休养'));
    assert.ok(p, 'the 2022 list has the frontline trips');
    assert.deepEqual(
      [p.settlementSatisfaction.settlements, p.settlementSatisfaction.responses, p.settlementSatisfaction.satisfied, p.settlementSatisfaction.satisfiedPercent],
      [1, 4, 3, 75],
    );
    // The demo's 2022 mobile checkup of gig workers (001 项目4, billed to the platforms) returned 3 forms of its own.
    const gig = rep.projects.find((x: { title: string }) => x.title.includes('巡回体检'));
    assert.equal(gig.settlementSatisfaction.responses, 3);
    assert.equal(rep.summary.settlementForms, 4 + 3);
    // Jiading's view counts only its own subtree's forms: none.
    const jd = await ok('jiading', 'GET', `/slates/${slate.rows[0]!.id}/report`);
    assert.equal(jd.projects.find((x: { id: number }) => x.id === p.id).settlementSatisfaction.responses, 0);
  });
});
