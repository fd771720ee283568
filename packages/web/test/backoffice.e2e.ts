// The back office in Chromium (issue 12): 待办 on the home page for a reviewer and for rights, and the
// auditor exporting the day's audit log as .xlsx with Chinese headers.
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
});
