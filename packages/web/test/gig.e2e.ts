// Gig workers' mutual protection in headless Chromium (issue 9 §4, Done-when): a platform uploads a roster with one
// worker another platform already covers — that row is refused with the reason (first submission wins), the other
// row waits for review; 市职工保障互助中心 approves it from its queue and the covered worker shows with the SMS sent.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { idCheckCharacter } from '../../server/src/platform/identifiers.ts';
import { writeXlsx } from '../../server/src/platform/spreadsheets.ts';
import { rosterColumns } from '../../server/src/modules/protection/gig.ts';
import { login, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

const idOf = (birth: string, seq: number) => {
  const first17 = `310104${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
};

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 50 });
});
after(async () => {
  env.t?.pinToday();
  await env?.close();
});

describe('gig workers’ mutual protection in Chromium', () => {
  const shared = { name: '周小明', idNumber: idOf('1993-04-18', 17), mobile: '13700001111' };
  const own = { name: '吴小红', idNumber: idOf('1996-11-02', 28), mobile: '13700002222' };

  it('a platform uploads a roster with one worker another platform already covers', async () => {
    const db = env.t.s.database.db;
    for (const tb of ['gig_claims', 'gig_covers', 'gig_rosters']) await sql.raw(`delete from ${tb}`).execute(db);
    // 美团上海 enrolled the shared worker first, on 2022-03-05 (through its API).
    env.t.pinToday('2022-03-05');
    const cookie = await env.t.login('meituan');
    const first = await env.t.app.inject({ method: 'POST', url: '/api/v1/protection/gig/rosters', headers: { cookie }, payload: { rows: [shared] } });
    assert.equal(first.statusCode, 201, first.body);

    env.t.pinToday('2022-03-18');
    const { page, problems } = await newPage(env);
    await login(env, page, 'eleme');
    await page.goto(`${env.base}/gig`);
    await page.getByTestId('gig-rosters').waitFor();
    assert.match(await page.getByTestId('gig-rosters').innerText(), /未满 60 周岁/);
    await shot(page, 'gig-platform-rosters-empty');
    const file = await writeXlsx([{ name: '参保人员名单', columns: rosterColumns, rows: [own, shared] }]);
    await page
      .locator('[data-testid=gig-rosters] input[type=file]')
      .setInputFiles({ name: '饿了么三月名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
    const rows = page.getByTestId('roster-rows');
    await rows.getByTestId('row-refusal-3').waitFor();
    assert.match(await rows.getByTestId('row-refusal-3').innerText(), /已由美团上海于 2022-03-05 先行提交参保.*以先提交参保申请的平台为准/);
    assert.equal(await rows.getByTestId('row-status-2').innerText(), '待审核');
    assert.equal(await rows.getByTestId('row-status-3').innerText(), '未予参保');
    const table = await page.getByTestId('roster-table').innerText();
    assert.match(table, /集中参保[\s\S]*2022-04-01 ~ 2023-03-31/);
    assert.doesNotMatch(await rows.innerText(), new RegExp(shared.idNumber), 'ID numbers are masked');
    await shot(page, 'gig-platform-roster-refused-row');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the agency approves the roster from its queue; the worker is covered and was sent the SMS', async () => {
    env.t.pinToday('2022-03-20');
    const { page, problems } = await newPage(env);
    await login(env, page, 'mutualaid');
    await page.goto(`${env.base}/gig`);
    await page.getByTestId('roster-table').waitFor();
    const roster = await env.t.s.database.db
      .selectFrom('gig_rosters as r')
      .innerJoin('orgs as o', 'o.id', 'r.platform_id')
      .select('r.id')
      .where('o.name', '=', '饿了么上海')
      .executeTakeFirstOrThrow();
    await page.getByTestId(`roster-approve-${roster.id}`).waitFor();
    await shot(page, 'gig-agency-queue');
    await page.getByTestId(`roster-approve-${roster.id}`).click();
    await page.getByTestId(`roster-approve-${roster.id}`).waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '保障人员' }).click();
    const covers = page.getByTestId('gig-covers');
    await covers.getByText('吴小红').waitFor();
    // Approved on 20 March for the year from 1 April: covered, not yet in force (待起保), and told by SMS.
    assert.match(await covers.innerText(), /吴小红[\s\S]*饿了么上海[\s\S]*待起保[\s\S]*已发送/);
    await shot(page, 'gig-agency-covers');
    await page.getByRole('tab', { name: '给付申请' }).click();
    await page.getByTestId('claim-new').click();
    // The drawer's opening animation can swallow the first click on the picker under load: click until it opens.
    for (let attempt = 1; ; attempt++) {
      await page.getByTestId('claim-event-date').click();
      if (
        await page
          .locator('.ant-picker-dropdown')
          .first()
          .waitFor({ timeout: 5_000 })
          .then(
            () => true,
            () => false,
          )
      )
        break;
      assert.ok(attempt < 3, 'the date picker never opened');
    }
    assert.match(await page.locator('.ant-picker-dropdown').innerText(), /一|日/, 'the date picker speaks Chinese');
    await shot(page, 'gig-agency-claim-form');
    const sms = await env.t.s.database.db.selectFrom('notifications').select('recipient_masked').where('template', '=', 'gig-cover-started').execute();
    assert.deepEqual(
      sms.map((x) => x.recipient_masked),
      ['137****2222'],
    );
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the centre opens a claim: the cover, the amount with the engine’s trace, then approves and reveals the card', async () => {
    env.t.pinToday('2022-06-10');
    const db = env.t.s.database.db;
    const cover = await db.selectFrom('gig_covers').select('id').where('name', '=', '吴小红').where('status', '=', 'active').executeTakeFirstOrThrow();
    const eleme = await env.t.login('eleme');
    const filed = await env.t.app.inject({
      method: 'POST',
      url: '/api/v1/protection/gig/claims',
      headers: { cookie: eleme },
      payload: {
        coverId: cover.id,
        claimType: 'hospital-allowance',
        eventDate: '2022-05-01',
        hospitalDays: 10,
        bank: '中国工商银行上海分行',
        accountName: '吴小红',
        accountNo: '6222020000012346789',
      },
    });
    assert.equal(filed.statusCode, 201, filed.body);
    const id = filed.json().id as number;
    const { page, problems } = await newPage(env);
    await login(env, page, 'mutualaid');
    await page.goto(`${env.base}/gig?tab=claims`);
    await page.getByTestId(`gig-claim-link-${id}`).click();
    await page.getByTestId('gig-claim-page').waitFor();
    assert.equal(await page.getByTestId('gig-claim-amount').innerText(), '¥3,000.00');
    assert.match(await page.getByTestId('gig-claim-trace').innerText(), /\d/, 'the trace shows its figures');
    assert.match(await page.getByTestId('gig-claim-page').innerText(), /吴小红[\s\S]*饿了么上海[\s\S]*住院补助金/);
    assert.doesNotMatch(await page.getByTestId('gig-claim-page').innerText(), /6222020000012346789/, 'the card is masked on the page');
    await shot(page, 'gig-claim-detail-filed');
    await page.getByTestId('gig-claim-approve').click();
    await page.locator('[data-testid="gig-claim-status"][data-status="approved"]').waitFor();
    await page.getByTestId('gig-claim-detail-reveal').click();
    await page.getByTestId('gig-claim-card').getByText('6222020000012346789').waitFor();
    await shot(page, 'gig-claim-detail-revealed');
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
