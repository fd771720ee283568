// Member protection, part 2, through HTTP on both engines: the list as .xlsx out and back in (bad rows named, nothing
// half-written), instant and individual enrollment (15 working days, first-time subsidy), claims (cover on the event
// date, filing deadlines, pay-by dates).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { addWorkingDays } from '@shishi/policy';
import { multipart, startTestApp, type TestApp } from '../harness.ts';
import { lapseJob } from '../../src/modules/protection/enroll.ts';

describe('protection: list files, instant and individual enrollment, claims', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  let grassrootsOrg = 0;
  let listId = 0;
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c[who]! }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const upload = (who: string, url: string, content: Buffer, name = 'list.xlsx') => {
    const m = multipart({}, { name, content });
    return t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { cookie: c[who]!, ...m.headers }, payload: m.payload });
  };

  before(async () => {
    t = await startTestApp();
    for (const u of ['grassroots', 'pudong', 'jiading', 'member', 'mutualaid']) c[u] = await t.login(u);
    grassrootsOrg = (await call('grassroots', 'GET', '/auth/me')).json().orgId;
    for (const tb of ['protection_claims', 'protection_covers', 'protection_lists', 'protection_remittances', 'protection_batches'])
      await sql.raw(`delete from ${tb}`).execute(t.s.database.db);
  });
  after(() => t.close());

  async function sheetOf(buf: Buffer) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    return { wb, ws: wb.worksheets[0]! };
  }
  const toBuf = async (wb: ExcelJS.Workbook) => Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);

  it('exports the list (masked) and re-imports an edited one; bad rows are named, nothing half-written', async () => {
    t.pinToday('2024-11-10');
    const res = await call('grassroots', 'POST', '/protection/lists', { year: 2025, orgId: grassrootsOrg, plan: 'B' });
    assert.equal(res.statusCode, 202, res.body);
    await t.s.jobs.drain();
    const l = (await call('grassroots', 'GET', '/protection/lists?year=2025')).json().items[0];
    listId = l.id;
    const file = await call('grassroots', 'GET', `/protection/lists/${listId}/export.xlsx`);
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /spreadsheetml/);
    const { wb, ws } = await sheetOf(file.rawPayload);
    const headers = (ws.getRow(1).values as string[]).slice(1);
    assert.deepEqual(headers, ['序号', '会员编号', '姓名', '身份证号', '所属工会', '单位类别', '保障类型', '参保', '排除原因']);
    assert.equal(ws.actualRowCount - 1, l.members);
    for (let r = 2; r <= ws.actualRowCount; r++) assert.match(String(ws.getCell(r, 4).value ?? ''), /^$|\*/, 'ID numbers are masked');
    assert.ok(ws.actualRowCount >= 3, 'at least two members to edit');

    // Bad rows: a second plan, a wrong unit category, an unknown member, a duplicate row.
    const firstNo = String(ws.getCell(2, 2).value);
    ws.getCell(3, 7).value = 'A';
    ws.getCell(2, 6).value = '特殊单位';
    ws.addRow([99, 'NO-SUCH-1', '某某', '', '', '普通单位', 'B', '是', '']);
    ws.addRow([100, firstNo, '', '', '', '普通单位', 'B', '否', '']);
    const bad = await upload('grassroots', `/protection/lists/${listId}/import`, await toBuf(wb));
    assert.equal(bad.statusCode, 400, bad.body);
    const issues = bad.json().errors as { field: string; code: string; messages: { zh: string; en: string } }[];
    const codes = issues.map((i) => `${i.field}:${i.code}`);
    const last = ws.actualRowCount;
    assert.ok(codes.includes('rows[3].保障类型:second-plan'), codes.join());
    assert.ok(codes.includes('rows[2].单位类别:wrong-unit-category'), codes.join());
    assert.ok(codes.includes(`rows[${last - 1}].会员编号:unknown-member`), codes.join());
    assert.ok(codes.includes(`rows[${last}].会员编号:duplicate-row`), codes.join());
    assert.ok(issues.every((i) => i.messages.zh && i.messages.en));
    const unchanged = (await call('grassroots', 'GET', `/protection/lists/${listId}`)).json();
    assert.deepEqual([unchanged.plan, unchanged.excluded], ['B', 0], 'nothing half-written');

    // A good edit: the whole list to B+, one member off with a reason.
    const fresh = await sheetOf(file.rawPayload);
    for (let r = 2; r <= fresh.ws.actualRowCount; r++) fresh.ws.getCell(r, 7).value = 'B+';
    fresh.ws.getCell(3, 8).value = '否';
    fresh.ws.getCell(3, 9).value = '已离职';
    const ok = await upload('grassroots', `/protection/lists/${listId}/import`, await toBuf(fresh.wb));
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json().result.planChanged, { from: 'B', to: 'B+' });
    assert.equal(ok.json().result.excluded, 1);
    assert.deepEqual([ok.json().list.plan, ok.json().list.premium, ok.json().list.citySubsidy], ['B+', 140, 40]); // 003 附件2-1 一(三) B+类 140 / 40
    assert.equal(ok.json().list.excluded, 1);
    assert.equal(
      (await upload('jiading', `/protection/lists/${listId}/import`, await toBuf(fresh.wb))).statusCode,
      404,
      'another district does not see the list',
    );
  });

  it('instant enrollment: card without cover from the day after the regional confirmation; new card from the day after the card; refusals', async () => {
    const db = t.s.database.db;
    const excluded = await db
      .selectFrom('protection_covers')
      .select(['membership_id'])
      .where('list_id', '=', listId)
      .where('status', '=', 'excluded')
      .executeTakeFirstOrThrow();
    const listed = await db
      .selectFrom('protection_covers')
      .select(['membership_id'])
      .where('list_id', '=', listId)
      .where('status', '=', 'listed')
      .executeTakeFirstOrThrow();
    t.pinToday('2025-02-11');
    const wrong = await call('grassroots', 'POST', '/protection/instant', {
      membershipId: excluded.membership_id,
      plan: 'B',
      mode: 'card-without-cover',
      unitCategory: 'special',
    });
    assert.equal(wrong.json().code, 'wrong-unit-category');
    const second = await call('grassroots', 'POST', '/protection/instant', { membershipId: listed.membership_id, plan: 'A', mode: 'card-without-cover' });
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().code, 'already-covered');
    const up = await call('grassroots', 'POST', '/protection/instant', { membershipId: excluded.membership_id, plan: 'B', mode: 'card-without-cover' });
    assert.equal(up.statusCode, 201, up.body);
    assert.equal(up.json().status, 'listed');
    t.pinToday('2025-02-12');
    assert.equal((await call('grassroots', 'POST', `/protection/covers/${up.json().id}/confirm`)).statusCode, 403);
    const ok = await call('pudong', 'POST', `/protection/covers/${up.json().id}/confirm`);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(
      [ok.json().status, ok.json().coverageStart, ok.json().coverageEnd, ok.json().term],
      ['confirmed', '2025-02-13', '2025-12-31', 'full-year'],
    );

    // A new card elsewhere in Pudong: cover from the day after the card was issued.
    const pudongPath = (
      await db
        .selectFrom('orgs')
        .select('path')
        .where('id', '=', (await call('pudong', 'GET', '/auth/me')).json().orgId)
        .executeTakeFirstOrThrow()
    ).path;
    const other = await db
      .selectFrom('memberships')
      .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
      .select('memberships.id')
      .where('orgs.path', 'like', `${pudongPath}%`)
      .where('memberships.status', '=', 'active')
      .where('memberships.org_id', '!=', grassrootsOrg)
      .where('orgs.unit_category', '=', 'ordinary')
      .executeTakeFirstOrThrow();
    const card = await call('pudong', 'POST', '/protection/instant', { membershipId: other.id, plan: 'A', mode: 'new-card', cardIssuedOn: '2025-02-10' });
    assert.equal(card.statusCode, 201, card.body);
    assert.deepEqual([card.json().status, card.json().coverageStart, card.json().premium, card.json().citySubsidy], ['confirmed', '2025-02-11', 26, 13]);
    const inactive = await db
      .selectFrom('memberships')
      .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
      .select('memberships.id')
      .where('orgs.path', 'like', `${pudongPath}%`)
      .where('memberships.status', '!=', 'active')
      .executeTakeFirst();
    if (inactive)
      assert.equal(
        (await call('pudong', 'POST', '/protection/instant', { membershipId: inactive.id, plan: 'A', mode: 'new-card', cardIssuedOn: '2025-02-10' })).json()
          .code,
        'not-an-active-member',
      );
  });

  it('individual enrollment: outside the window, pay by the 15th working day (not the 16th), subsidy the first time only, lapse', async () => {
    const db = t.s.database.db;
    const me = (await call('member', 'GET', '/auth/me')).json();
    await db.deleteFrom('protection_covers').where('person_id', '=', me.personId).execute(); // 李明 starts without cover
    t.pinToday('2024-12-20');
    const early = await call('member', 'POST', '/me/protection', { plan: 'B', year: 2025 });
    assert.equal(early.statusCode, 409, early.body);
    assert.equal(early.json().code, 'outside-application-window');
    const day = '2025-03-03';
    const due = addWorkingDays(day, 15);
    t.pinToday(day);
    const app = await call('member', 'POST', '/me/protection', { plan: 'B' });
    assert.equal(app.statusCode, 201, app.body);
    const a = app.json();
    assert.deepEqual(
      [a.status, a.mode, a.payer, a.coverageStart, a.paymentDue, a.premium, a.citySubsidy, a.remainder, a.firstIndividual],
      ['pending-payment', 'individual', 'member', '2025-03-04', due, 90, 40, 50, true],
    );
    assert.ok(Array.isArray(a.evaluation.trace), 'the engine trace is kept');
    assert.equal((await call('member', 'POST', '/me/protection', { plan: 'A' })).json().code, 'already-covered');
    t.pinToday(addWorkingDays(day, 16));
    const late = await call('mutualaid', 'POST', `/protection/covers/${a.id}/deposit`, { paidOn: addWorkingDays(day, 16) });
    assert.equal(late.statusCode, 409, late.body);
    assert.equal(late.json().code, 'payment-deadline-passed');
    assert.equal((await call('pudong', 'POST', `/protection/covers/${a.id}/deposit`, { paidOn: due })).statusCode, 403);
    const paid = await call('mutualaid', 'POST', `/protection/covers/${a.id}/deposit`, { paidOn: due });
    assert.equal(paid.statusCode, 200, paid.body);
    assert.deepEqual([paid.json().status, paid.json().paymentState, paid.json().paidOn], ['confirmed', 'paid', due]);

    // History: that paid individual cover becomes an earlier year's; applying again gets no subsidy, and lapses unpaid.
    await db.updateTable('protection_covers').set({ year: 2024, coverage_start: '2024-03-04', coverage_end: '2024-12-31' }).where('id', '=', a.id).execute();
    t.pinToday(day);
    const again = await call('member', 'POST', '/me/protection', { plan: 'B' });
    assert.equal(again.statusCode, 201, again.body);
    assert.deepEqual([again.json().citySubsidy, again.json().remainder, again.json().firstIndividual], [0, 90, false]);
    const run = async () => {
      await t.s.database.db.transaction().execute((trx) => t.s.jobs.enqueue(trx, lapseJob, {}));
      await t.s.jobs.drain();
    };
    t.pinToday(due);
    await run();
    assert.equal(
      (await db.selectFrom('protection_covers').select('status').where('id', '=', again.json().id).executeTakeFirstOrThrow()).status,
      'pending-payment',
      'day 15: still open',
    );
    t.pinToday(addWorkingDays(day, 16));
    await run();
    assert.equal(
      (await db.selectFrom('protection_covers').select('status').where('id', '=', again.json().id).executeTakeFirstOrThrow()).status,
      'lapsed',
      'day 16: lapsed',
    );
    assert.equal((await call('mutualaid', 'POST', `/protection/covers/${again.json().id}/deposit`, { paidOn: due })).json().code, 'application-lapsed');
    const mine = (await call('member', 'GET', '/me/protection')).json().items;
    assert.ok(
      mine.some((x: { status: string }) => x.status === 'lapsed'),
      'the lapsed application stays in the history',
    );
  });
});
