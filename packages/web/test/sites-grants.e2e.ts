// Sites and grants in Chromium, the parts of issue 11 redone in session 21: the federation accepts a
// 2022 health point only with the district's and the street's 1:1:1 matching (the short one is named),
// the shares show on the site page; Pudong downloads its 申领汇总表 from the sites page, files its claim with the
// 结算票据 scan on 区局申领, and the federation's department downloads the claim's own sheet and accepts it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { DEMO_PNG } from '../../server/src/demo/sites-data.ts';
import { pdf } from '../../server/src/demo/applications-data.ts';
import { choose, login, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 200 });
});
after(async () => {
  env?.t.pinToday();
  await env?.close();
});

async function as(user: string, method: 'GET' | 'POST', url: string, payload?: unknown) {
  const c = await env.t.login(user);
  const r = await env.t.app.inject({ method, url: `/api/v1${url}`, ...(payload !== undefined ? { payload: payload as any } : {}), headers: { cookie: c } });
  assert.ok(r.statusCode < 300, `${method} ${url}: ${r.statusCode} ${r.body}`);
  return r.json();
}
/** An antd InputNumber: the test id lands on the input itself or on its wrapper, by version. */
async function fillNumber(page: import('playwright-core').Page, testId: string, value: string) {
  const el = page.getByTestId(testId);
  const input = (await el.evaluate((e) => e.tagName)) === 'INPUT' ? el : el.locator('input');
  await input.fill(value);
  return input;
}
async function photo(user: string) {
  const boundary = '----shishie2e';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nsite-photo\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    DEMO_PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const r = await env.t.app.inject({
    method: 'POST',
    url: '/api/v1/documents',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: await env.t.login(user) },
  });
  assert.equal(r.statusCode, 201, r.body);
  return r.json().id as number;
}

describe('health point matching and the summary claim in Chromium', () => {
  let hpId = 0;

  it('the federation accepts a health point with the 1:1:1 matching; a short share is named', async () => {
    env.t.pinToday('2022-03-01');
    const wd = (n: number) => ({ workingDays: n });
    const program = await as('grassrootswork', 'POST', '/programs', {
      program: 'health-point-grant',
      year: 2022,
      title: '2022年新增30个园区（楼宇）健康服务点',
      status: 'open',
      channels: ['unit'],
      windows: [{ batch: 1, from: '2022-03-01', to: '2022-09-30' }],
      reviewChain: [
        { level: 'regional', actor: { role: 'regional-officer' }, dueIn: wd(20), skipForChannels: [] },
        { level: 'federation', actor: { role: 'department-officer', functionCode: 'grassroots-work' }, dueIn: wd(30), skipForChannels: [] },
      ],
      settlement: { closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'org-account' },
      sources: '001 项目1',
    });
    const parkOrg = (await env.t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'zhangjiang').executeTakeFirstOrThrow()).org_id!;
    const hp = await as('zhangjiang', 'POST', '/sites', {
      kind: 'health-point',
      name: '张江药谷职工健康服务点',
      orgId: parkOrg,
      address: '浦东新区哈雷路1000号',
      lon: 121.607,
      lat: 31.199,
      photoIds: [],
    });
    hpId = hp.id;
    await as('zhangjiang', 'POST', '/applications', {
      programId: program.id,
      applicantOrgId: parkOrg,
      form: {
        siteId: hp.id,
        pointType: 'new',
        manager: '周敏',
        managerPhone: '021-50800003',
        healthCentre: '张江社区卫生服务中心',
        serviceHours: '每周二、四中午',
      },
    });
    env.t.pinToday('2022-06-15');
    const list = await as('pudong', 'GET', `/sites/${hp.id}/checklist`);
    await as('pudong', 'POST', `/sites/${hp.id}/inspections`, {
      purpose: 'acceptance',
      inspectedOn: '2022-06-15',
      inspector: '浦东新区总工会 张敏',
      answers: list.items.map((i: any) => ({ code: i.code, met: true, ...(i.answer === 'number' ? { value: i.min } : {}) })),
      photoIds: [await photo('pudong')],
    });
    env.t.pinToday('2022-07-01');

    const { page, problems } = await newPage(env);
    await login(env, page, 'grassrootswork');
    await page.goto(`${env.base}/sites/${hp.id}`);
    await page.getByTestId('site-accept').click();
    await fillNumber(page, 'accept-district', '15000');
    await fillNumber(page, 'accept-street', '14000');
    await shot(page, 'sites-accept-matching');
    await page.getByTestId('accept-submit').click();
    await page
      .getByText(/街镇（园区、楼宇）工会配套经费 ¥14000\.00 低于/)
      .first()
      .waitFor();
    await fillNumber(page, 'accept-street', '15000');
    await page.getByTestId('accept-submit').click();
    await page.getByTestId('site-match-district').getByText('不低于 ¥15,000.00').waitFor();
    assert.match(await page.getByTestId('site-match-street').innerText(), /¥15,000\.00/);
    assert.match(await page.getByTestId('site-grant').innerText(), /¥15,000\.00/);
    await shot(page, 'sites-matching');
    assert.deepEqual(
      problems.filter((p) => !/status of 400/.test(p)),
      [],
    );
    await page.context().close();
  });

  it('a park union applies for its culture team with the form of 001 项目11', async () => {
    env.t.pinToday('2022-02-15');
    const wd = (n: number) => ({ workingDays: n });
    await as('grassrootswork', 'POST', '/programs', {
      program: 'culture-team-grant',
      year: 2022,
      title: '2022年选树10个上海职工示范性文艺团队',
      status: 'open',
      channels: ['unit'],
      windows: [{ batch: 1, from: '2022-02-01', to: '2022-03-31' }],
      reviewChain: [
        { level: 'regional', actor: { role: 'regional-officer' }, dueIn: wd(20), skipForChannels: [] },
        { level: 'federation', actor: { role: 'department-officer', functionCode: 'grassroots-work' }, dueIn: wd(30), skipForChannels: [] },
      ],
      settlement: { closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'org-account' },
      sources: '001 项目11',
    });
    const parkOrg = (await env.t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'zhangjiang').executeTakeFirstOrThrow()).org_id!;
    const team = await as('zhangjiang', 'POST', '/sites', {
      kind: 'culture-team',
      name: '张江职工合唱团',
      orgId: parkOrg,
      address: '浦东新区张江路500号',
      contacts: [{ role: '团长', name: '林悦', phone: '021-50800002' }],
      photoIds: [],
    });
    const { page, problems } = await newPage(env);
    await login(env, page, 'zhangjiang');
    await page.goto(`${env.base}/sites/${team.id}`);
    await page.getByTestId('site-apply').click();
    await choose(page, 'apply-program', '2022年选树10个上海职工示范性文艺团队');
    await page.getByTestId('apply-leaderPhone').fill('021-50800002');
    await choose(page, 'apply-teamType', '合唱');
    const founded = page.getByTestId('apply-foundedOn');
    const input = (await founded.evaluate((e) => e.tagName)) === 'INPUT' ? founded : founded.locator('input');
    await input.click();
    await input.fill('2020-05-01');
    await page.locator('.ant-modal-title').click();
    await fillNumber(page, 'apply-members', '36');
    await page.getByTestId('apply-newWork').fill('《张江之歌》');
    await shot(page, 'sites-apply-culture-team');
    await page.getByTestId('apply-submit').click();
    await page
      .getByTestId('site-application-status')
      .getByText(/审核中/)
      .waitFor();
    const detail = await as('zhangjiang', 'GET', `/sites/${team.id}`);
    assert.equal(detail.application.status, 'in-review');
    assert.equal(detail.subkind, 'choir');
    await page.getByText('（合唱）').first().waitFor();
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('Pudong downloads its 申领汇总表 from the sites page', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.goto(`${env.base}/sites`);
    await page.getByTestId('sites-claim').click();
    await choose(page, 'claim-kind', '职工健康服务点');
    await (await fillNumber(page, 'claim-year', '2022')).blur();
    await shot(page, 'sites-claim');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('claim-download').click()]);
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file!);
    const ws = wb.worksheets[0]!;
    assert.match(String(ws.getCell(1, 1).value), /2022年职工健康服务点申领汇总表/);
    assert.match(String(ws.getCell(2, 1).value), /浦东新区总工会/);
    const names: string[] = [];
    ws.eachRow((r) => names.push(String(r.getCell(2).value)));
    assert.ok(names.includes('张江药谷职工健康服务点'), names.join(','));
    assert.ok(hpId > 0);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('Pudong files its claim with the voucher scan; the federation accepts it and the total is booked to Pudong', async () => {
    env.t.pinToday('2022-09-20');
    const pudongOrg = (await env.t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'pudong').executeTakeFirstOrThrow()).org_id!;
    const acct = await as('pudong', 'POST', '/payouts/payee-accounts', {
      orgId: pudongOrg,
      bank: '上海银行',
      accountName: '上海市浦东新区总工会',
      accountNo: '31658800003333444',
    });
    await as('finance', 'POST', `/payouts/payee-accounts/${acct.id}/verify`);
    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.goto(`${env.base}/sites`);
    await page.getByTestId('sites-claims').click();
    await page.getByTestId('claim-new').click();
    await choose(page, 'claim-file-kind', '职工健康服务点');
    await (await fillNumber(page, 'claim-file-year', '2022')).blur();
    await page.getByTestId('claim-voucher-no').fill('No.0032201');
    await page
      .locator('.ant-modal input[type=file]')
      .setInputFiles({ name: '结算票据.pdf', mimeType: 'application/pdf', buffer: pdf('上海市行政事业单位资金往来结算票据') });
    await page.getByTestId('claim-voucher-upload-done').getByText('结算票据.pdf').waitFor();
    await shot(page, 'sites-claim-file');
    await page.getByTestId('claim-submit').click();
    // The demo's own 2018 childcare claim also waits for the federation: look at the new 2022 row.
    await page
      .getByTestId('claims-table')
      .getByRole('row', { name: /SL2022-\d{5}/ })
      .getByText('已申领，待市总审核')
      .waitFor();
    await shot(page, 'sites-claims-list');
    await page.context().close();

    const fed = await newPage(env);
    await login(env, fed.page, 'grassrootswork');
    await fed.page.goto(`${env.base}/sites/claims`);
    const fedRow = fed.page.getByTestId('claims-table').getByRole('row', { name: /SL2022-\d{5} 浦东新区总工会/ });
    await fedRow.waitFor();
    await fedRow.locator('[data-testid^="claim-link-"]').click();
    await fed.page.getByTestId('claim-rows').getByText('张江药谷职工健康服务点').waitFor();
    await shot(fed.page, 'sites-claim-review');
    // The claim's own 申领汇总表 from the claim page: its frozen rows in the seed's columns.
    const [sheet] = await Promise.all([fed.page.waitForEvent('download'), fed.page.getByTestId('claim-sheet').click()]);
    assert.match(sheet.suggestedFilename(), /申领汇总表-浦东新区总工会-SL2022-\d{5}\.xlsx$/);
    const swb = new ExcelJS.Workbook();
    await swb.xlsx.readFile((await sheet.path())!);
    const sws = swb.worksheets[0]!;
    assert.deepEqual((sws.getRow(3).values as unknown[]).slice(1), [
      '序号',
      '职工健康服务点名称',
      '所属单位',
      '申领标准（元）',
      '申领金额（元）',
      '区总工会配套（元）',
      '街镇（园区、楼宇）工会配套（元）',
      '备注',
    ]);
    assert.deepEqual(
      [sws.getCell(4, 2).value, sws.getCell(4, 5).value, sws.getCell(5, 1).value, sws.getCell(5, 5).value],
      ['张江药谷职工健康服务点', 15000, '总金额', 15000],
    );
    await fed.page.getByTestId('claim-accept').click();
    await fed.page.getByTestId('claim-detail').getByText('市总已受理，已列入拨付').waitFor();
    await shot(fed.page, 'sites-claim-accepted');
    // The 《劳动报》 集订分送单 of a claim year from the same page (000 女职工 一(三)4).
    await fed.page.keyboard.press('Escape');
    await (await fillNumber(fed.page, 'paper-year', '2018')).blur();
    const [paper] = await Promise.all([fed.page.waitForEvent('download'), fed.page.getByTestId('paper-download').click()]);
    const pwb = new ExcelJS.Workbook();
    await pwb.xlsx.readFile((await paper.path())!);
    assert.equal(pwb.worksheets[0]!.getCell(1, 1).value, '2019 年《劳动报》集订分送单——爱心妈咪小屋');
    assert.equal(pwb.worksheets[0]!.getCell(3, 3).value, '小屋名称');
    await shot(fed.page, 'sites-claims-paper');
    const claims = await as('grassrootswork', 'GET', '/sites/claims');
    assert.deepEqual([claims.items[0].status, claims.items[0].total, claims.items[0].payout.amount], ['accepted', 15000, 15000]);
    assert.deepEqual([...problems, ...fed.problems], []);
    await fed.page.context().close();
  });
});
