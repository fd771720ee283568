// Issue 12 "Done when", in headless Chromium on the default start (today): the administrator rolls
// 2025's member vacation policy over to the current year, a second person approves it; the
// administrator opens the year's program from the programs page; 李明 books a vacation in the
// portal (the subsidy from the engine); the grassroots officer sees it in 待办 and approves it; the
// mutual-aid centre prepares the month's batch, the rights department signs it, then finance; the auditor exports the
// day's audit log in Chinese and finds the booking in it. The public page's Jiading 2021 list is
// covered by lifecycle.e2e.ts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { choose, login, memberLogin, newPage, shot, startBrowserEnv, typeDate, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
const year = new Date().getFullYear();
before(async () => {
  env = await startBrowserEnv({ members: 60 });
});
after(async () => {
  env?.t.pinToday();
  await env?.close();
});

describe('a new year without a developer', () => {
  let programId = 0;
  let appNo = '';

  it('the administrator rolls member vacation over to the year and the rights department approves it', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    await page.goto(`${env.base}/policy/versions?program=member-vacation`);
    await page.getByTestId('versions-table').getByText('2025-01-01 – 2025-12-31').waitFor();
    // The demo's live year carried the award programs over, not member vacation.
    assert.equal(await page.getByTestId('versions-table').getByText(`${year}-01-01 – ${year}-12-31`).count(), 0);
    await page.getByTestId('version-create').click();
    await page.getByTestId('version-form').waitFor();
    await page.getByTestId('version-source').fill(`沪工总办〔${year}〕1号 附件2-9 一(一)4`);
    await page.getByTestId('value-stay-period').fill(JSON.stringify({ from: `${year}-01-01`, to: `${year}-12-31` }));
    await page.getByTestId('version-save').click();
    await page.getByText('本人起草的版本须由另一人审批').waitFor();
    await shot(page, 'yearly-1-draft');
    assert.deepEqual(problems, []);
    await page.context().close();

    const second = await newPage(env);
    await login(env, second.page, 'rights');
    await second.page.goto(`${env.base}/policy/versions?program=member-vacation`);
    await second.page.getByTestId(`version-approve-${year}`).click();
    await second.page.getByText('已批准，新版本即时生效').waitFor();
    await shot(second.page, 'yearly-2-approved');
    assert.deepEqual(second.problems, []);
    await second.page.context().close();
  });

  it('the administrator opens the year’s member vacation program from the programs page', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    await page.goto(`${env.base}/programs`);
    await page.getByTestId('program-list').waitFor();
    await page.getByTestId('program-new').click();
    await page.getByTestId('program-form').waitFor();
    await choose(page, 'pf-program', '会员个人休养度假');
    assert.match(await page.getByTestId('pf-title').inputValue(), new RegExp(`^${year}年会员个人休养度假`));
    await page.getByTestId('pf-status').getByText('受理中').click();
    await page.getByTestId('pf-channels').getByText('个人申报').click();
    await page.getByTestId('pf-sources').fill(`沪工总办〔${year}〕1号 附件2-9 一(一)`);
    await shot(page, 'yearly-3-program-form');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/programs') && r.request().method() === 'POST');
    await page.getByTestId('pf-save').click();
    const res = await created;
    assert.equal(res.status(), 201, await res.text());
    programId = (await res.json()).id;
    await page.getByTestId(`program-detail-${programId}`).waitFor();
    assert.match(await page.getByTestId('program-windows').innerText(), new RegExp(`${year}-01-01 ~ ${year}-12-31`));
    await shot(page, 'yearly-4-program-open');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('李明 books a vacation in the portal; the subsidy comes from the engine', async () => {
    const { page, problems } = await newPage(env, { mobile: true });
    await memberLogin(env, page);
    await page.goto(`${env.base}/me/apply/${programId}`);
    await page.getByTestId('apply-form').waitFor();
    await choose(page, 'apply-field-resort', '沙家浜休养院');
    await typeDate(page, 'apply-field-checkIn', `${year}-12-20`);
    await page.getByTestId('apply-field-nights').fill('2');
    await page.getByTestId('apply-field-rooms').fill('1');
    await page.getByTestId('apply-field-marketPrice').fill('300');
    await shot(page, 'yearly-5-booking-form');
    await page.getByTestId('apply-submit').click();
    await page.getByTestId('my-application-page').waitFor();
    appNo = (await page.getByTestId('my-application-no').innerText()).trim();
    assert.match(appNo, new RegExp(`^${year}XY\\d{6}$`));
    // 2 room-nights × 150 (003 附件2-9 一(一)4, carried to the year by the administrator's version).
    assert.match(await page.getByTestId('my-application-amount').innerText(), /300\.00/);
    await shot(page, 'yearly-6-booked');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the grassroots officer sees it in 待办 and approves it', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassroots');
    await page.getByTestId('work-card').waitFor();
    const review = page.getByTestId('work-review');
    assert.ok(Number(await review.getAttribute('data-count')) >= 1);
    await shot(page, 'yearly-7-work');
    await review.locator('a').click();
    await page.getByTestId(`application-link-${appNo}`).click();
    await page.getByTestId('application-detail').waitFor();
    await page.getByTestId('application-approve').click();
    await page.getByTestId('decision-submit').click();
    await page.getByTestId('application-approve').waitFor({ state: 'detached' });
    await shot(page, 'yearly-8-approved');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the disbursing agency prepares the month’s batch; rights signs it, then finance', async () => {
    // The month's list closes on the 25th (the instance's settlement): the day after, the batch can be prepared.
    const today = new Date().toISOString().slice(0, 10);
    if (Number(today.slice(8)) < 26) env.t.pinToday(`${today.slice(0, 8)}26`);
    let batchUrl = '';
    {
      const { page, problems } = await newPage(env);
      await login(env, page, 'mutualaid');
      await page.goto(`${env.base}/payouts?programId=${programId}`);
      await page.getByTestId('payout-prepare').click();
      await choose(page, 'payout-prepare-program', `${year}年会员个人休养度假`);
      await page.getByTestId('payout-prepare-submit').click();
      await page.getByTestId('payout-detail').waitFor();
      batchUrl = page.url();
      assert.ok(await page.getByTestId('payout-lines').getByText(appNo).count());
      await shot(page, 'yearly-9-prepared');
      assert.deepEqual(problems, []);
      await page.context().close();
    }
    {
      const { page, problems } = await newPage(env);
      await login(env, page, 'rights');
      await page.goto(batchUrl);
      await page.getByTestId('payout-approve-rights').click();
      await page.getByTestId('payout-action-confirm').click();
      await page.getByTestId('payout-approve-rights').waitFor({ state: 'detached' });
      await shot(page, 'yearly-10-rights');
      assert.deepEqual(problems, []);
      await page.context().close();
    }
    const { page, problems } = await newPage(env);
    await login(env, page, 'finance');
    await page.goto(batchUrl);
    await page.getByTestId('payout-approve-finance').click();
    await page.getByTestId('payout-action-confirm').click();
    await page.getByTestId('payout-approve-finance').waitFor({ state: 'detached' });
    assert.notEqual(await page.getByTestId('payout-signer-finance').innerText(), '待办理');
    await shot(page, 'yearly-11-finance');
    assert.deepEqual(problems, []);
    await page.context().close();
    env.t.pinToday();
  });

  it('the auditor exports the day’s audit log in Chinese, with the booking in it', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'auditor');
    await page.goto(`${env.base}/audit`);
    await page.getByTestId('audit-table').waitFor();
    await shot(page, 'yearly-12-audit');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const ws = wb.worksheets[0]!;
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1, 5), ['时间', '操作人', '操作', '对象']);
    const text: string[] = [];
    ws.eachRow((r) => text.push((r.values as unknown[]).join(' ')));
    assert.ok(
      text.some((l) => l.includes(appNo)),
      `the booking ${appNo} is in the export`,
    );
    assert.ok(
      text.some((l) => l.includes('批准政策版本')),
      'the approved policy version is in the export, named in Chinese',
    );
    assert.ok(
      text.some((l) => l.includes('开设项目申报')),
      'the opened program is in the export, named in Chinese',
    );
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
