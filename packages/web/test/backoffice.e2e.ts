// The back office in Chromium (issue 12): 待办 on the home page for a reviewer and for rights, and the
// auditor exporting the day's audit log as .xlsx with Chinese headers; lists exporting what they show.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { login, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv();
});
after(async () => {
  await env?.close();
});

describe('back office in Chromium', () => {
  it('待办 on the home page: the card, the header badge', async () => {
    for (const user of ['pudong', 'rights']) {
      const { page, problems } = await newPage(env);
      await login(env, page, user);
      await page.getByTestId('work-card').waitFor();
      await shot(page, `backoffice-home-${user}`);
      assert.deepEqual(problems, []);
      await page.context().close();
    }
  });

  it('the auditor exports the day’s audit log in Chinese', async () => {
    const { page } = await newPage(env);
    await login(env, page, 'auditor');
    await page.goto(`${env.base}/audit`);
    await page.getByTestId('audit-table').waitFor();
    await shot(page, 'backoffice-audit');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    assert.deepEqual((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1, 5), ['时间', '操作人', '操作', '对象']);
    await page.context().close();
  });

  it('lists export what they show: the filtered applications list and the payout batches as .xlsx', async () => {
    const read = async (path: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const ws = wb.worksheets[0]!;
      return {
        title: String(ws.getRow(1).getCell(1).value),
        filters: String(ws.getRow(2).getCell(1).value),
        headers: (ws.getRow(4).values as unknown[]).slice(1),
      };
    };
    {
      const { page, problems } = await newPage(env);
      await login(env, page, 'pudong');
      await page.goto(`${env.base}/applications?status=approved`);
      await page.getByTestId('application-table').waitFor();
      await shot(page, 'backoffice-applications-export');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('applications-export').click()]);
      assert.match(download.suggestedFilename(), /\.xlsx$/);
      const x = await read((await download.path())!);
      assert.equal(x.title, '申请列表');
      assert.match(x.filters, /状态：已核准/);
      assert.deepEqual(x.headers.slice(0, 4), ['申请编号', '申请人', '会员编号', '项目']);
      assert.deepEqual(problems, []);
      await page.context().close();
    }
    {
      const { page, problems } = await newPage(env);
      await login(env, page, 'finance');
      await page.goto(`${env.base}/payouts`);
      await page.getByTestId('payout-table').waitFor();
      await shot(page, 'backoffice-payouts-export');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('payouts-export').click()]);
      assert.match(download.suggestedFilename(), /\.xlsx$/);
      const x = await read((await download.path())!);
      assert.equal(x.title, '结算批次');
      assert.deepEqual(x.headers.slice(0, 3), ['批次号', '项目', '结算月份']);
      // Past the row cap the page says to narrow the filters (no JSON opens in the window).
      const saved = env.t.s.config.exportMaxRows;
      env.t.s.config.exportMaxRows = 1;
      try {
        await page.getByTestId('payouts-export').click();
        await page.locator('.ant-message').getByText('请缩小筛选范围', { exact: false }).waitFor();
        await shot(page, 'backoffice-export-too-many');
        assert.match(page.url(), /\/payouts$/);
      } finally {
        env.t.s.config.exportMaxRows = saved;
      }
      assert.deepEqual(problems, []);
      await page.context().close();
    }
  });

  it('every list page offers its export button', async () => {
    const tour: [user: string, url: string, testId: string, tab?: string][] = [
      ['security', '/accounts', 'accounts-export'],
      ['admin', '/announcements', 'announcements-inbox-export'],
      ['pudong', '/applications/queue', 'queue-export'],
      ['yangpu', '/calls', 'calls-export'],
      ['admin', '/projects', 'slates-export'],
      ['admin', '/places?tab=pools', 'pools-export'],
      ['admin', '/places?tab=grants', 'grants-export'],
      ['mutualaid', '/protection?tab=claims', 'protection-claims-export'],
      ['mutualaid', '/gig', 'gig-rosters-export'],
      ['mutualaid', '/gig', 'gig-covers-export', '保障人员'],
      ['mutualaid', '/gig', 'gig-claims-export', '给付申请'],
    ];
    for (const [user, url, testId, tab] of tour) {
      const { page, problems } = await newPage(env);
      await login(env, page, user);
      await page.goto(`${env.base}${url}`);
      if (tab) await page.getByRole('tab', { name: tab }).click();
      await page.getByTestId(testId).waitFor();
      await shot(page, `export-${testId}`);
      assert.deepEqual(problems, [], `${url}: ${problems.join('; ')}`);
      await page.context().close();
    }
  });
});
