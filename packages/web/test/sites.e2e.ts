// Sites and grants in Chromium (issue 11 Done when): the grassroots union registers a micro driver home
// and applies with the 附件2-7-1 form; Pudong checks it on site with the 6+X checklist and photos; the
// federation accepts it, the 5,000 grant is paid to the union's verified account and the site appears on
// the public map; a health point logs a consultation, gets a yellow card (printable) and then a red card and leaves the map;
// Jiading opens its own 2021 program. The clock is the services' clock, pinned per step.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { pdf } from '../../server/src/demo/applications-data.ts';
import { DEMO_PNG } from '../../server/src/demo/sites-data.ts';
import { choose, login, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 200 });
});
after(async () => {
  await env?.close();
});

const png = (name: string) => ({ name, mimeType: 'image/png', buffer: DEMO_PNG });

async function setDate(page: Page, testId: string, date: string) {
  const el = page.getByTestId(testId);
  const input = (await el.evaluate((e) => e.tagName)) === 'INPUT' ? el : el.locator('input');
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}
async function fillNumber(page: Page, testId: string, value: string) {
  const el = page.getByTestId(testId);
  const input = (await el.evaluate((e) => e.tagName)) === 'INPUT' ? el : el.locator('input');
  await input.fill(value);
}
/** Types a date into an antd DatePicker and leaves it (no Enter, which would submit the form). */
async function typeDate(page: Page, testId: string, date: string, then: string) {
  const el = page.getByTestId(testId);
  const input = (await el.evaluate((e) => e.tagName)) === 'INPUT' ? el : el.locator('input');
  await input.click();
  await input.fill(date);
  await page.getByTestId(then).click();
}
/** The server side of steps the brief leaves to other screens (payee account, settlement batch), as the officers. */
async function as(user: string, method: 'GET' | 'POST', url: string, payload?: unknown) {
  const c = await env.t.login(user);
  const r = await env.t.app.inject({ method, url: `/api/v1${url}`, ...(payload !== undefined ? { payload: payload as any } : {}), headers: { cookie: c } });
  assert.ok(r.statusCode < 300, `${method} ${url}: ${r.statusCode} ${r.body}`);
  return r.json();
}

describe('sites and grants in Chromium', () => {
  let siteUrl = '';
  let siteId = 0;

  it('Jiading opens its own 2021 program on the programs page; another district’s is refused', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'jiading');
    const title = '嘉定区2021年建立园区（楼宇、商圈）职工健康服务点';
    const pudongOrg = (await env.t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'pudong').executeTakeFirstOrThrow()).org_id;
    const refused = await page.request.post(`${env.base}/api/v1/programs`, {
      data: {
        program: 'health-point-standard',
        year: 2021,
        title,
        orgId: pudongOrg,
        channels: ['unit'],
        windows: [{ batch: 1, from: '2021-03-01', to: '2021-10-31' }],
        reviewChain: [{ level: 'regional', actor: { role: 'regional-officer' }, dueIn: { workingDays: 20 }, skipForChannels: [] }],
        settlement: { closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'org-account' },
      },
      headers: { origin: env.base },
    });
    assert.equal(refused.status(), 403);
    // 002 建立园区（楼宇、商圈）职工健康服务点: the district's own program, checked against 四固三定, from the drawer.
    await page.goto(`${env.base}/programs`);
    await page.getByTestId('program-list').waitFor();
    await page.getByTestId('program-new').click();
    await page.getByTestId('program-form').waitFor();
    await choose(page, 'pf-program', '职工健康服务点创建标准');
    const year = page.getByTestId('pf-year');
    const yearBox = (await year.evaluate((e) => e.tagName)) === 'INPUT' ? year : year.locator('input');
    await yearBox.click();
    await yearBox.fill('2021');
    await yearBox.press('Enter');
    await page.getByTestId('pf-title').fill(title);
    await page.getByTestId('pf-status').getByText('受理中').click();
    await choose(page, page.getByTestId('pf-step-0').locator('.ant-select').first(), '复审（区局（产业）工会）');
    await fillNumber(page, 'pf-budget', '150000');
    await page.getByTestId('pf-sources').fill('002 建立园区（楼宇、商圈）职工健康服务点');
    await shot(page, 'sites-jiading-program-form');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/programs') && r.request().method() === 'POST');
    await page.getByTestId('pf-save').click();
    const res = await created;
    assert.equal(res.status(), 201, await res.text());
    const p = await res.json();
    assert.deepEqual(
      [p.program, p.year, p.org.name, p.runBy, p.status, p.settlement.payTo, p.reviewChain.map((c: any) => c.level)],
      ['health-point-standard', 2021, '嘉定区总工会', 'regional-union', 'open', 'org-account', ['regional']],
    );
    await page.getByTestId(`program-detail-${p.id}`).waitFor();
    await page.getByText(title).first().waitFor();
    // Paid to the unit's account, prepared and paid by the district itself (not a member card, not the federation).
    await page.getByTestId(`program-detail-${p.id}`).getByText('划入单位的收款账户；由嘉定区总工会编制和发放').waitFor();
    await shot(page, 'sites-jiading-program');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the grassroots union registers a micro driver home and applies with the 附件2-7-1 form', async () => {
    env.t.pinToday('2025-06-20');
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassroots');
    await page.goto(`${env.base}/sites/new`);
    await choose(page, 'site-kind', '工会司机之家');
    await choose(page, 'site-subkind', '微型');
    await page.getByTestId('site-name').fill('芯源三号微型工会司机之家');
    await page.getByTestId('site-address').fill('浦东新区碧波路700号');
    await page.getByTestId('site-lon').fill('121.5990');
    await page.getByTestId('site-lat').fill('31.2040');
    await page.getByTestId('site-hours').fill('每日 8:00-20:00');
    await page.getByTestId('site-contact').fill('钱师傅');
    await page.getByTestId('site-phone').fill('13912340000');
    await page.locator('input[type=file]').setInputFiles(png('外景.png'));
    await page.getByTestId('photo-upload-done').getByText('外景.png').waitFor();
    await page.getByTestId('site-submit').click();
    await page.getByTestId('site-apply').waitFor();
    siteUrl = page.url();
    siteId = Number(siteUrl.split('/').pop());
    await page.getByTestId('site-apply').click();
    await choose(page, 'apply-program', '2025年建设100个工会司机之家');
    await page.getByTestId('apply-leaderName').fill('王建国');
    await page.getByTestId('apply-leaderEmail').fill('wang@example.cn');
    await page.getByTestId('apply-leaderPhone').fill('021-58880001');
    await page.getByTestId('apply-stationMasterMobile').fill('13912340000');
    await page.getByTestId('apply-areaSqm').fill('32');
    await page.getByTestId('apply-services').fill('饮水、充电、休息、扫码入会');
    await page.getByTestId('apply-parkingSpaces').fill('4');
    await page.getByTestId('apply-parkingMinutes').fill('30');
    await setDate(page, 'apply-plannedCompletion', '2025-08-31');
    await page
      .getByTestId('apply-form')
      .locator('input[type=file]')
      .setInputFiles({ name: '申报表.pdf', mimeType: 'application/pdf', buffer: pdf('申报表') });
    await page.getByTestId('apply-form-doc-done').getByText('申报表.pdf').waitFor();
    await shot(page, 'sites-apply-form');
    await page.getByTestId('apply-submit').click();
    await page.getByTestId('site-application-status').getByText('区局现场核查').waitFor();
    await shot(page, 'sites-applied');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('Pudong checks it on site with the 6+X checklist and photos', async () => {
    env.t.pinToday('2025-07-22');
    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.goto(siteUrl);
    await page.getByTestId('site-inspect').click();
    await setDate(page, 'inspection-date', '2025-07-22');
    await page.getByTestId('inspector').fill('浦东新区总工会 张敏');
    await page.getByTestId('check-free-parking-15-minutes').waitFor();
    for (const code of ['air-conditioner', 'fridge', 'microwave', 'water-dispenser', 'charging-strip', 'tables-chairs', 'toilet-signage'])
      await page.getByTestId(`check-${code}`).check();
    await fillNumber(page, 'check-free-parking-15-minutes', '30');
    await choose(page, 'check-toilet-or-adjacent-public', '毗邻公共厕所');
    await page.locator('.ant-modal input[type=file]').setInputFiles(png('现场.png'));
    await page.getByTestId('inspection-photo-done').getByText('现场.png').waitFor();
    await shot(page, 'sites-checklist');
    await page.getByTestId('inspection-submit').click();
    await page.getByTestId('inspection-result').getByText('核查合格').waitFor();
    await page.getByTestId('inspection-close').click();
    await page.getByTestId('site-application-status').getByText('市总验收').waitFor();
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the federation accepts; the 5,000 grant is paid to the union’s account; the plaque; the public map', async () => {
    env.t.pinToday('2025-09-10');
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassrootswork');
    await page.goto(siteUrl);
    await page.getByTestId('site-accept').click();
    await page.getByTestId('site-grant').getByText('¥5,000.00').waitFor();
    // The union's account (registered by the union, verified by finance) and the September batch.
    const unionOrg = (await env.t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'grassroots').executeTakeFirstOrThrow()).org_id!;
    const acct = await as('grassroots', 'POST', '/payouts/payee-accounts', {
      orgId: unionOrg,
      bank: '上海银行张江支行',
      accountName: '上海张江芯源微电子有限公司工会委员会',
      accountNo: '31658800001234567',
    });
    await as('finance', 'POST', `/payouts/payee-accounts/${acct.id}/verify`);
    env.t.pinToday('2025-09-26');
    const program = (await as('grassrootswork', 'GET', '/programs?program=driver-home-grant&year=2025')).items[0].id;
    const batch = await as('grassrootswork', 'POST', '/payouts/batches', { programId: program, period: '2025-09' });
    await as('rights', 'POST', `/payouts/batches/${batch.id}/approve-rights`);
    await as('finance', 'POST', `/payouts/batches/${batch.id}/approve-finance`);
    await as('grassrootswork', 'POST', `/payouts/batches/${batch.id}/pay`, { reference: 'SH2025092600001' });
    await page.reload();
    await page.getByTestId('site-paid').getByText('¥5,000.00').waitFor();
    await page.getByTestId('site-plaque').click();
    await page.getByTestId('site-status').getByText('已挂牌').waitFor();
    await shot(page, 'sites-accepted');
    // The year's list: the register filtered by the plaque's year (and its export follows the filter).
    await page.goto(`${env.base}/sites?kind=driver-home`);
    await fillNumber(page, 'sites-filter-plaque-year', '2025');
    await page.waitForURL(/plaqueYear=2025/);
    await page.getByTestId(`site-link-${siteId}`).waitFor();
    await shot(page, 'sites-plaque-year');
    await page.context().close();
    // No login: the map and the list, by kind.
    const pub = await newPage(env);
    await pub.page.goto(`${env.base}/public/sites?kind=driver-home`);
    await pub.page.getByTestId(`site-item-${siteId}`).getByText('芯源三号微型工会司机之家').waitFor();
    await pub.page.getByTestId(`map-marker-${siteId}`).waitFor();
    await shot(pub.page, 'sites-public-map');
    assert.deepEqual([...problems, ...pub.problems], []);
    await pub.page.context().close();
  });

  it('a health point gets a yellow card, then a red card, and leaves the map', async () => {
    env.t.pinToday('2025-10-08');
    const parkOrg = (await env.t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'zhangjiang').executeTakeFirstOrThrow()).org_id!;
    const hp = await as('zhangjiang', 'POST', '/sites', {
      kind: 'health-point',
      name: '张江药谷职工健康服务点',
      orgId: parkOrg,
      address: '浦东新区哈雷路998号',
      lon: 121.607,
      lat: 31.199,
      photoIds: [],
    });
    const c = await env.t.login('pudong');
    const photo = await env.t.app.inject({ method: 'POST', url: '/api/v1/documents', ...multipartPng(), headers: { ...multipartPng().headers, cookie: c } });
    const list = await as('pudong', 'GET', `/sites/${hp.id}/checklist`);
    await as('pudong', 'POST', `/sites/${hp.id}/inspections`, {
      purpose: 'acceptance',
      inspectedOn: '2025-10-08',
      inspector: '浦东新区总工会 张敏',
      answers: list.items.map((i: any) => ({ code: i.code, met: true })),
      photoIds: [photo.json().id],
    });
    await as('pudong', 'POST', `/sites/${hp.id}/accept`, {});
    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.goto(`${env.base}/sites/${hp.id}`);
    // The service log the standard asks for (weekly half-day consultations, 001 项目1 两固三定): logged on the site page.
    // No form around the log's inputs: Enter confirms the typed date and closes the picker.
    const serviceDate = page.getByTestId('service-date');
    const dateBox = (await serviceDate.evaluate((e) => e.tagName)) === 'INPUT' ? serviceDate : serviceDate.locator('input');
    await dateBox.click();
    await dateBox.fill('2025-10-07');
    await dateBox.press('Enter');
    await page.getByTestId('service-description').fill('张江社区卫生服务中心全科医生坐诊半天');
    await fillNumber(page, 'service-attendees', '12');
    await page.getByTestId('service-add').click();
    await page.getByTestId('service-table').getByText('张江社区卫生服务中心全科医生坐诊半天').waitFor();
    await page.getByTestId('service-table').getByText('健康咨询（半天）').waitFor();
    await shot(page, 'sites-service-log');
    const logged = await as('pudong', 'GET', `/sites/${hp.id}`);
    assert.deepEqual(
      logged.serviceLog.map((l: any) => [l.onDate, l.kind, l.attendees]),
      [['2025-10-07', 'consultation', 12]],
    );
    await page.getByTestId('site-yellow').click();
    await page.getByTestId('yellow-card-lines').fill('未按公示时间开展每周问诊\n服务公告未更新');
    await typeDate(page, 'yellow-card-deadline', '2025-11-08', 'yellow-card-lines');
    await shot(page, 'sites-yellow-form');
    await page.getByTestId('yellow-card-submit').click();
    await page.getByTestId('site-status').getByText('黄牌整改').waitFor();
    const notice = page.getByTestId('notice-yellow-card');
    const href = await notice.getAttribute('href');
    const printed = await page.request.get(`${env.base}${href}`);
    assert.match(await printed.text(), /整改通知书[\s\S]*2025年11月8日/);
    await shot(page, 'sites-yellow-card');
    const np = await page.context().newPage();
    await np.goto(`${env.base}${href}`);
    await np.getByText('整改通知书').first().waitFor();
    await shot(np, 'sites-yellow-notice');
    await np.close();
    await page.getByTestId('site-red').click();
    await page.getByTestId('red-card-lines').fill('逾期未整改');
    await page.getByTestId('red-card-submit').click();
    await page.getByTestId('site-status').getByText('红牌摘牌').waitFor();
    await page.getByTestId('notice-red-card').waitFor();
    await page.context().close();
    const pub = await newPage(env);
    await pub.page.goto(`${env.base}/public/sites?kind=health-point`);
    await pub.page.getByTestId('site-list').waitFor();
    await pub.page.getByTestId('site-count').waitFor();
    assert.equal(await pub.page.getByTestId(`site-item-${hp.id}`).count(), 0);
    assert.deepEqual([...problems, ...pub.problems], []);
    await pub.page.context().close();
  });

  it('Pudong imports sites from an .xlsx: the bad row is named, fixed, and the sites are in the register', async () => {
    env.t.pinToday('2025-10-20');
    const unionOrg = (await env.t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'grassroots').executeTakeFirstOrThrow()).org_id!;
    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.goto(`${env.base}/sites`);
    await page.getByTestId('sites-table').waitFor();
    await page.getByTestId('sites-import').click();
    // The blank sheet: the export's columns, no rows.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sites-import-template').click()]);
    assert.equal(download.suggestedFilename(), '阵地台账导入模板.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const ws = wb.getWorksheet('阵地台账')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    assert.ok(
      ['类型', '名称', '所属工会编号', '地址', '经度', '纬度'].every((h) => headers.includes(h)),
      headers.join(','),
    );
    assert.equal(ws.rowCount, 1);
    const at = (h: string) => headers.indexOf(h) + 1;
    const put = (row: number, values: Record<string, string | number>) => {
      for (const [h, v] of Object.entries(values)) ws.getRow(row).getCell(at(h)).value = v;
    };
    put(2, {
      类型: '职工健身驿站',
      名称: '金桥碧云职工健身驿站',
      所属工会编号: unionOrg,
      地址: '浦东新区碧云路88号',
      经度: 121.59,
      纬度: 31.25,
      '面积（m²）': 120,
    });
    put(3, { 类型: '爱心妈咪小屋', 名称: '金桥碧云爱心妈咪小屋', 所属工会编号: unionOrg, 地址: '浦东新区碧云路90号', 经度: 212.59, 纬度: 31.25 });
    put(4, { 类型: '职工食堂', 名称: '金桥碧云职工食堂', 所属工会编号: unionOrg, 地址: '浦东新区碧云路92号', 联系人: '陆敏', 联系电话: '021-50301234' });
    const file = async () => ({
      name: '金桥阵地.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    const upload = page.getByTestId('sites-import-upload').locator('input[type=file]');
    await upload.setInputFiles(await file());
    await page.getByTestId('sites-import-run').click();
    const errors = page.getByTestId('sites-import-error-table');
    await errors.waitFor();
    const cells = await errors.locator('tbody tr').first().locator('td').allInnerTexts();
    assert.equal(cells[0], '3');
    assert.equal(cells[1], '经度');
    assert.match(cells[2]!, /第 3 行“经度”/);
    assert.equal(await errors.locator('tbody tr').count(), 1, 'only the bad row is named');
    await shot(page, 'sites-import-errors');
    const named = await as('pudong', 'GET', `/sites?q=${encodeURIComponent('金桥碧云')}`);
    assert.equal(named.total, 0, 'all rows or none: nothing was registered');

    put(3, { 经度: 121.59 });
    await upload.setInputFiles(await file());
    await page.getByTestId('sites-import-run').click();
    await page.getByTestId('sites-import-result').getByText('已登记 3 处阵地').waitFor();
    await shot(page, 'sites-import-done');
    await page.getByTestId('sites-import-close').click();
    await page.getByPlaceholder('名称、地址或编号').fill('金桥碧云');
    await page.getByPlaceholder('名称、地址或编号').press('Enter');
    const table = page.getByTestId('sites-table');
    for (const name of ['金桥碧云职工健身驿站', '金桥碧云爱心妈咪小屋', '金桥碧云职工食堂']) await table.getByText(name).waitFor();
    await page.getByText('共 3 处').waitFor();
    assert.equal(await table.getByText('已申报').count(), 3);
    await shot(page, 'sites-import-register');
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});

function multipartPng() {
  const boundary = '----shishie2e';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nsite-photo\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    DEMO_PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
