// The member service card as events, and the card-work index (issue 9 §1; 000 “卡卡”服务会员行动实施方案).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { idCheckCharacter } from '../../src/platform/identifiers.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const { req } = httpKit(() => t, cookies);

before(async () => {
  t = await startTestApp({ members: 60 });
  for (const u of ['grassroots', 'jiading', 'pudong']) cookies[u] = await t.login(u);
});
after(async () => {
  t.pinToday();
  await t?.close();
});

describe('the member service card', () => {
  let personId = 0;
  it('a grassroots officer issues a card in February, registers it for the year once, and the history says who and when', async () => {
    t.pinToday('2018-02-10');
    const orgId = (await t.s.database.db.selectFrom('orgs').select('id').where('name', '=', '上海张江芯源微电子有限公司工会').executeTakeFirstOrThrow()).id;
    const first17 = '31011519790303123';
    const created = await req('grassroots', 'POST', '/members', {
      name: '卡务测试',
      idNumber: first17 + idCheckCharacter(first17),
      orgId,
      joinedOn: '2017-06-01',
    });
    assert.equal(created.statusCode, 201, created.body);
    personId = created.json().personId;
    const card0 = (await req('grassroots', 'GET', `/members/${personId}/card`)).json();
    assert.equal(card0.status, 'none');
    assert.equal(card0.actions.find((a: any) => a.event === 'issue').allowed, true);
    assert.equal(card0.actions.find((a: any) => a.event === 'register').code, 'card-status');
    const issued = await req('grassroots', 'POST', `/members/${personId}/card/events`, { event: 'issue' });
    assert.equal(issued.statusCode, 201, issued.body);
    assert.equal(issued.json().status, 'issued');
    const reg = await req('grassroots', 'POST', `/members/${personId}/card/events`, { event: 'register', note: '集中注册' });
    assert.equal(reg.statusCode, 201, reg.body);
    assert.deepEqual(reg.json().registeredYears, [2018]);
    const again = await req('grassroots', 'POST', `/members/${personId}/card/events`, { event: 'register' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'already-registered');
    const events = reg.json().events;
    assert.deepEqual(
      events.map((e: any) => [e.event, e.fromStatus, e.toStatus, e.onDate]),
      [
        ['register', 'issued', 'issued', '2018-02-10'],
        ['issue', 'none', 'issued', '2018-02-10'],
      ],
    );
    assert.ok(events[0].by);
    // The member list and detail show what the events left.
    assert.equal((await req('grassroots', 'GET', `/members/${personId}`)).json().current.cardStatus, 'issued');
    const audit = await t.s.database.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('action', 'like', 'member.card.%')
      .where('entity_id', '=', String(personId))
      .execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), ['member.card.issue', 'member.card.register']);
  });

  it('refuses with the reason: January’s pause, a registration outside its window, a future date, an edit of the status field, another district', async () => {
    t.pinToday('2018-01-20');
    const lost = await req('grassroots', 'POST', `/members/${personId}/card/events`, { event: 'report-lost' });
    assert.equal(lost.statusCode, 201, lost.body);
    const reissue = await req('grassroots', 'POST', `/members/${personId}/card/events`, { event: 'reissue' });
    assert.equal(reissue.statusCode, 409);
    assert.equal(reissue.json().code, 'card-pause');
    assert.match(reissue.body, /暂停办理/);
    t.pinToday('2018-06-01');
    assert.equal((await req('grassroots', 'POST', `/members/${personId}/card/events`, { event: 'reissue' })).statusCode, 201);
    const late = await req('grassroots', 'POST', `/members/${personId}/card/events`, { event: 'register', date: '2018-04-01' });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'registration-window');
    const future = await req('grassroots', 'POST', `/members/${personId}/card/events`, { event: 'activate', date: '2018-06-02' });
    assert.equal(future.statusCode, 400);
    assert.match(future.body, /body\.date/);
    const bad = await req('grassroots', 'POST', `/members/${personId}/card/events`, { event: 'burn' });
    assert.equal(bad.statusCode, 400);
    const patch = await req('grassroots', 'PATCH', `/members/${personId}`, { cardStatus: 'active' });
    assert.equal(patch.statusCode, 400);
    assert.match(patch.body, /body\.cardStatus/);
    assert.equal(
      (await req('grassroots', 'PATCH', `/members/${personId}`, { cardStatus: 'issued', name: '卡务测试' })).statusCode,
      200,
      'the unchanged status may be sent back',
    );
    assert.equal((await req('jiading', 'POST', `/members/${personId}/card/events`, { event: 'activate' })).statusCode, 404);
    assert.equal((await req('jiading', 'GET', `/members/${personId}/card`)).statusCode, 404);
    const ok = await req('grassroots', 'POST', `/members/${personId}/card/events`, { event: 'activate' });
    assert.equal(ok.json().status, 'active');
    const e = await req('grassroots', 'POST', `/members/${personId}/card/events`, { event: 'e-card' });
    assert.equal(e.json().eMembership, true);
  });
});

describe('the card-work index', () => {
  it('Pudong sees its unions with members, cards, covers and the four rates, and the total agrees with its member counts', async () => {
    t.pinToday('2025-09-01');
    const r = await req('pudong', 'GET', '/reports/card-work?year=2025');
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json();
    assert.ok(body.rows.length >= 1);
    const stats = (await req('pudong', 'GET', '/members/stats')).json();
    assert.equal(body.total.members, stats.total);
    assert.equal(
      body.rows.reduce((a: number, x: any) => a + x.members, 0),
      body.total.members,
      'the unions add up to the total',
    );
    for (const x of [...body.rows, body.total]) {
      for (const k of ['cardRate', 'coverRate', 'useRate', 'activationRate'])
        assert.ok(x[k] === null || (x[k] >= 0 && x[k] <= 1), `${k} of ${x.orgName}: ${x[k]}`);
      assert.ok(x.holders <= x.members && x.active <= x.holders && x.covered <= x.members);
    }
    assert.match(body.definitions.source, /沪工总办〔2017〕360号/);
    // Jiading cannot read Pudong's.
    const pudongId = body.org.id;
    assert.equal((await req('jiading', 'GET', `/reports/card-work?year=2025&orgId=${pudongId}`)).statusCode, 404);
    assert.equal((await req('pudong', 'GET', '/reports/card-work?year=20x5')).statusCode, 400);
    const x = await req('pudong', 'GET', '/reports/card-work?year=2025&format=xlsx');
    assert.equal(x.statusCode, 200);
    assert.match(String(x.headers['content-type']), /spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), [
      '单位',
      '在册会员',
      '持卡会员',
      '累计办卡率',
      '参保人数',
      '参保率',
      '使用人数',
      '使用率',
      '已激活',
      '激活率',
    ]);
  });
});
