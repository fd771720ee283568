// The working-day calendar through HTTP: the bundled notices, and adding next year's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';

let t: TestApp;
const c: Record<string, string> = {};
before(async () => {
  t = await startTestApp({ members: 10 });
  for (const u of ['admin', 'pudong']) c[u] = await t.login(u);
});
after(async () => t?.close());
const { req } = httpKit(() => t, c);

const y2027 = `year: 2027
checked: false
notices:
  - { number: 国办发明电〔2026〕99号, date: 2026-11-20, title: 国务院办公厅关于2027年部分节假日安排的通知（示例） }
holidays:
  - { name: 元旦, en: "New Year's Day", from: 2027-01-01, to: 2027-01-03, notice: 国办发明电〔2026〕99号 }
makeUpDays:
  - { date: 2027-01-09, for: 元旦, notice: 国办发明电〔2026〕99号 }
`;

describe(`working-day calendar on ${engine}`, () => {
  let provisionalId = 0;
  it('covers 2016–2026 from the State Council notices, with make-up days', async () => {
    const cal = (await req('pudong', 'GET', '/calendar')).json();
    assert.equal(cal.first, 2016);
    assert.equal(cal.last, 2026);
    assert.ok(cal.years.find((y: any) => y.year === 2018).notices.some((n: any) => n.number === '国办发明电〔2017〕12号'));
    const makeUp = (await req('pudong', 'GET', '/calendar/working-days?date=2018-02-11')).json();
    assert.equal(makeUp.isWorkingDay, true, 'Sunday 11 February 2018 was a make-up working day');
    const holiday = (await req('pudong', 'GET', '/calendar/working-days?date=2018-02-15&add=3')).json();
    assert.equal(holiday.isWorkingDay, false);
    // After the holiday (15–21 Feb): Thu 22, Fri 23, and Sat 24, a make-up working day.
    assert.equal(holiday.result, '2018-02-24');
  });

  it('refuses a date outside the calendar rather than guessing', async () => {
    const r = await req('pudong', 'GET', '/calendar/working-days?date=2027-03-01');
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().code, 'calendar-out-of-range');
  });

  it('a review step due past the calendar is counted Monday–Friday and shown as provisional', async () => {
    // Filed on Friday 4 December 2026 with a 20-working-day first step (直通车版预约 of the demo, regional
    // review): 19 working days to 31 December, then Friday 1 January 2027, a day no notice covers yet.
    t.pinToday('2026-12-04');
    try {
      const prog = await t.s.database.db
        .selectFrom('program_instances')
        .select(['id'])
        .where('program', '=', 'class-direct-booking')
        .where('year', '=', 2026)
        .executeTakeFirst();
      if (!prog) return; // the demo's live year is another year: nothing to file on this day
      const zj = await t.login('zhangjiang');
      const org = await t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'zhangjiang').executeTakeFirstOrThrow();
      const form = {
        address: '浦东新区张江路 665 号',
        postcode: '201203',
        legalRepName: '张明',
        legalRepTitle: '主席',
        legalRepPhone: '021-58881234',
        contactName: '王丽',
        contactTitle: '文体部部长',
        contactPhone: '021-58881235',
        contactEmail: 'zj-union@example.cn',
        contactMobile: '13912345678',
        categories: ['activity'],
        activities: ['lantern-riddles'],
        bookedOn: '2026-12-20',
        theme: '迎新春',
        place: '张江科学城 科苑路 99 号广场',
        venue: ['outdoor'],
        venueAreaSqm: 600,
        expectedPersons: 200,
        audience: '园区企业一线职工',
      };
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: { cookie: zj },
        payload: { programId: prog.id, applicantOrgId: org.org_id, documentIds: [], form },
      });
      assert.equal(r.statusCode, 201, r.body);
      assert.equal(r.json().step.dueOn, '2027-01-01');
      assert.equal(r.json().step.dueProvisional, true, 'shown as provisional until the 2027 notice is entered');
      provisionalId = r.json().id;
    } finally {
      t.pinToday();
    }
  });

  it('lets the administrator add next year’s notice, validated and audited', async () => {
    assert.equal((await req('pudong', 'PUT', '/calendar/2027', { yaml: y2027 })).statusCode, 403);
    const bad = await req('admin', 'PUT', '/calendar/2027', {
      yaml: y2027.replace('notice: 国办发明电〔2026〕99号 }\nmakeUpDays', 'notice: 不存在的通知 }\nmakeUpDays'),
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().messages.en, /unknown notice/);
    const gap = await req('admin', 'PUT', '/calendar/2029', { yaml: y2027.replaceAll('2027', '2029') });
    assert.equal(gap.statusCode, 400, 'years must be contiguous');
    const replaceBundled = await req('admin', 'PUT', '/calendar/2018', { yaml: y2027.replaceAll('2027', '2018') });
    assert.equal(replaceBundled.statusCode, 400);
    const ok = await req('admin', 'PUT', '/calendar/2027', { yaml: y2027 });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().last, 2027);
    assert.equal((await req('pudong', 'GET', '/calendar/working-days?date=2027-01-09')).json().isWorkingDay, true);
    assert.equal((await req('pudong', 'GET', '/calendar/working-days?date=2027-01-01')).json().isWorkingDay, false);
    if (provisionalId) {
      const filed = { id: provisionalId };
      const zj = await t.login('zhangjiang');
      const got = await t.app.inject({ method: 'GET', url: `/api/v1/applications/${filed.id}`, headers: { cookie: zj } });
      assert.equal(got.statusCode, 200, got.body);
      const a = got.json();
      assert.equal(a.step.dueProvisional, false, 'no longer provisional once 2027 is in the calendar');
    }
    const stored = await t.s.database.db.selectFrom('calendar_years').select('year').execute();
    assert.deepEqual(
      stored.map((r) => r.year),
      [2027],
    );
    const audit = await t.s.database.db.selectFrom('audit_log').select('action').where('entity', '=', 'calendar').execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['calendar.add'],
    );
  });
});
