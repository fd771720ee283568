// The back office polish of issue 12 in Chromium: the header bell counts and lists unread announcements;
// the audit log filters by action name and org and exports what it shows, in Chinese; the login log
// filters by result and exports; the official forms print on A4 (发放名册, 申请审批表, 申领汇总表) and a
// printout leaves the navigation out; the public page offers every union's published years to a
// visitor without one failing request; sources are cited by the notice's number.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { choose, login, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';
import { cite } from '../src/components/cite.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv();
});
after(async () => {
  await env?.close();
});

async function sheet(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe('back office polish in Chromium', () => {
  it('cites the five documents by their number, not the collection’s (table cases)', () => {
    const cases: [string, string][] = [
      ['000 大病职工慰问行动实施方案 三、(五)', '沪工总办〔2017〕360号 大病职工慰问行动实施方案 三、(五)'],
      ['003 附件2-9 一(一)4', '沪工总办〔2024〕189号 附件2-9 一(一)4'],
      ['（001 附件1）', '（沪工总办〔2022〕15号 附件1）'],
      ['按入住日期 checkIn 选择版本。2019–2024 年不在种子材料中。', '按入住日期选择版本。2019–2024 年不在已收录的文件中。'],
      // boundaries: amounts and other numbers stay
      ['奖励一次 2,000 元，1000 元', '奖励一次 2,000 元，1000 元'],
      ['0050 号', '0050 号'],
      ['Not in the seeds.', 'Not in the source documents.'],
    ];
    for (const [from, to] of cases) assert.equal(cite(from), to);
  });

  it('the bell counts unread announcements with the notifications and opens one on the board', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassroots');
    const bell = page.getByTestId('notice-count');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="notice-count"]')?.getAttribute('data-announcements')) > 0);
    const n = Number(await bell.getAttribute('data-notifications'));
    const a = Number(await bell.getAttribute('data-announcements'));
    assert.equal(Number(await bell.getAttribute('data-count')), n + a);
    await page.getByTestId('notice-bell').click();
    const first = page.getByTestId('notice-announcements').locator('[data-testid^="notice-announcement-"]').first();
    await first.waitFor();
    await shot(page, 'office-bell');
    await first.click();
    await page.getByTestId('announcement-detail').waitFor();
    // Opened, so read: one fewer in the bell.
    await page.waitForFunction(
      (before) => Number(document.querySelector('[data-testid="notice-count"]')?.getAttribute('data-announcements')) === before - 1,
      a,
    );
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the auditor filters by an action’s Chinese name and exports exactly that, in Chinese', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'auditor');
    await page.goto(`${env.base}/audit`);
    await page.getByTestId('audit-table').waitFor();
    await choose(page, 'audit-filter-action', '提交申请', { search: '提交申请' });
    await page.waitForURL(/action=application\.submit/);
    await page.getByTestId('audit-filter-org').waitFor();
    const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    const text = await page.getByTestId('audit-table').innerText();
    assert.doesNotMatch(text, /审核通过申请/);
    // Summaries name programs by their titles, not their codes.
    assert.doesNotMatch(text, /critical-illness-condolence|invention-award/);
    // The export button sits inside the page, not clipped off its right edge.
    const box = (await page.getByTestId('audit-export').boundingBox())!;
    assert.ok(box.x + box.width <= 1440, `export button at ${box.x}+${box.width}`);
    await shot(page, 'office-audit-filtered');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    const data = await sheet((await download.path())!);
    assert.deepEqual(data[0]!.slice(0, 5), ['时间', '操作人', '操作', '对象', '摘要']);
    assert.ok(data.length > 1);
    assert.ok(
      data.slice(1).every((r) => r[2] === '提交申请'),
      'only the filtered action is exported',
    );
    assert.ok(
      data.slice(1).every((r) => !/critical-illness-condolence|invention-award|skill-promotion-award/.test(String(r[4]))),
      'summaries in Chinese',
    );
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the security administrator filters the login log by result and exports it', async () => {
    // One failed attempt to find.
    await fetch(`${env.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: env.base },
      body: JSON.stringify({ username: 'pudong', password: 'wrong-password-1' }),
    });
    const { page, problems } = await newPage(env);
    await login(env, page, 'security');
    await page.goto(`${env.base}/login-log`);
    await page.getByTestId('login-log-table').waitFor();
    await choose(page, 'login-log-filter-result', '失败');
    await page.waitForURL(/success=false/);
    await page.getByTestId('login-log-table').getByText('密码错误').first().waitFor();
    assert.doesNotMatch(await page.getByTestId('login-log-table').locator('tbody').innerText(), /成功/);
    await shot(page, 'office-login-log');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('login-log-export').click()]);
    const data = await sheet((await download.path())!);
    assert.deepEqual(data[0], ['时间', '用户名', '方式', '结果', '原因', 'IP 地址']);
    assert.ok(data.length > 1 && data.slice(1).every((r) => r[3] === '失败'));
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the payout list, the application form and the claim summary print on A4 without the menu', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'mutualaid');
    const batches = (await (await page.request.get(`${env.base}/api/v1/payouts/batches`)).json()) as {
      items: { id: number; no: string; programId: number; programTitle: string; total: number }[];
    };
    const b = batches.items.find((x) => x.total > 0)!;
    await page.goto(`${env.base}/payouts/${b.id}`);
    assert.equal(await page.getByTestId('payout-print').getAttribute('href'), `/print/payouts/${b.id}`);
    await page.goto(`${env.base}/print/payouts/${b.id}`);
    await page.getByTestId('print-batch').waitFor();
    assert.equal(await page.getByTestId('print-title').innerText(), `${b.programTitle}发放名册`);
    const head = await page.getByTestId('print-batch-lines').locator('thead').innerText();
    for (const col of ['序号', '姓名', '身份证号', '所属工会', '申请编号', '收款方', '金额（元）'])
      assert.match(head, new RegExp(col.replace(/[()（）]/g, '.')));
    assert.match(await page.getByTestId('print-batch').innerText(), /权益保障部审核[\s\S]*财务资产管理部审核/);
    // ID numbers masked on paper as in every list.
    assert.doesNotMatch(await page.getByTestId('print-batch-lines').innerText(), /\d{17}[\dX]/);
    await shot(page, 'office-print-batch');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.print-toolbar').isVisible(), false);
    await page.emulateMedia({ media: 'screen' });
    await page.context().close();

    const officer = await newPage(env);
    await login(env, officer.page, 'pudong');
    const apps = (await (await officer.page.request.get(`${env.base}/api/v1/applications?status=approved&pageSize=5`)).json()) as {
      items: { id: number; no: string; programId: number; programTitle: string }[];
    };
    const app = apps.items[0]!;
    await officer.page.goto(`${env.base}/applications/${app.id}`);
    await officer.page.getByTestId('application-print').waitFor();
    await officer.page.goto(`${env.base}/print/applications/${app.id}`);
    await officer.page.getByTestId('print-application').waitFor();
    assert.equal(await officer.page.getByTestId('print-title').innerText(), `${app.programTitle}申请审批表`);
    assert.match(await officer.page.getByTestId('print-application').innerText(), new RegExp(app.no));
    assert.match(await officer.page.getByTestId('print-application').innerText(), /区局（产业）工会（盖章）/);
    await shot(officer.page, 'office-print-application');
    await officer.page.goto(`${env.base}/applications/report?programId=${app.programId}`);
    assert.equal(await officer.page.getByTestId('report-print-claims').getAttribute('href'), `/print/claims?programId=${app.programId}`);
    await officer.page.goto(`${env.base}/print/claims?programId=${app.programId}`);
    await officer.page.getByTestId('print-claims').waitFor();
    assert.match(await officer.page.getByTestId('print-title').innerText(), /申领汇总表$/);
    assert.match(await officer.page.getByTestId('print-claims').innerText(), /区局（产业）：浦东新区总工会/);
    assert.ok(await officer.page.getByTestId('print-claims-rows').getByText(app.no).count());
    await shot(officer.page, 'office-print-claims');

    // Any other page prints without the side menu and the header.
    await officer.page.goto(`${env.base}/applications`);
    await officer.page.emulateMedia({ media: 'print' });
    assert.equal(await officer.page.locator('.app-nav').isVisible(), false);
    assert.equal(await officer.page.locator('.app-header').isVisible(), false);
    assert.deepEqual([...problems, ...officer.problems], []);
    await officer.page.context().close();
  });

  it('a visitor picks Jiading’s 2021 list from the public page, and no request fails', async () => {
    const { page, problems } = await newPage(env);
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.goto(`${env.base}/public/projects`);
    await page.getByTestId('public-projects').waitFor();
    await choose(page, 'public-org', '嘉定区总工会');
    await page
      .getByTestId('public-title')
      .getByText(/嘉定区总工会2021年/)
      .waitFor();
    const url = new URL(page.url());
    assert.ok(Number(url.searchParams.get('org')) > 0, 'the link names the union by id');
    await shot(page, 'office-public-jiading');
    // The link works on its own.
    await page.goto(`${env.base}/public/projects?org=${url.searchParams.get('org')}&year=2021`);
    await page
      .getByTestId('public-title')
      .getByText(/嘉定区总工会2021年/)
      .waitFor();
    assert.deepEqual(failed, []);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('breadcrumbs say where a page sits; reminders can be sent now from the queue and the dashboard', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'rights');
    await page.goto(`${env.base}/members`);
    await page.getByTestId('breadcrumbs').filter({ hasText: '会员名册' }).waitFor();
    assert.match(await page.getByTestId('breadcrumbs').innerText(), /首页[\s\S]*会员[\s\S]*会员名册/);
    await page.goto(`${env.base}/applications/queue`);
    await page.getByTestId('remind-reviews').click();
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/v1/applications/reminders/run'));
    await page.getByTestId('remind-reviews-ok').click();
    assert.equal((await sent).status(), 200);
    await page.getByText(/逾期审核 \d+ 件，已发送提醒 \d+ 条/).waitFor();
    await page.goto(`${env.base}/dashboard`);
    await page.getByTestId('remind-reports').click();
    const sent2 = page.waitForResponse((r) => r.url().endsWith('/api/v1/progress/reminders'));
    await page.getByTestId('remind-reports-ok').click();
    assert.equal((await sent2).status(), 200);
    await page.getByText(/逾期未报 \d+ 项，已发送提醒 \d+ 条/).waitFor();
    await shot(page, 'office-reminders');
    // A page below a menu entry links back to it.
    await page.goto(`${env.base}/projects`);
    const slate = page.locator('a[href^="/projects/slates/"]').first();
    await slate.click();
    await page.getByTestId('slate-page').waitFor();
    await page.getByTestId('breadcrumbs').getByRole('link', { name: '实事项目' }).waitFor();
    assert.match(await page.getByTestId('breadcrumbs').innerText(), /详情/);
    assert.deepEqual(problems, []);
  });
});
