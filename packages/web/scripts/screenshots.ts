// Log in as several demo accounts and screenshot every page to /tmp/shots/*.png.
// Needs the API server (serving packages/web/dist) on SHISHI_URL, default http://localhost:3000,
// and its log in SHISHI_LOG (default /tmp/webdev.log) to read the demo one-time code.
//   node --import tsx packages/web/scripts/screenshots.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const BASE = process.env.SHISHI_URL ?? 'http://localhost:3000';
const LOG = process.env.SHISHI_LOG ?? '/tmp/webdev.log';
const OUT = process.env.SHOTS_DIR ?? '/tmp/shots';
const PASSWORD = 'Shishi@demo1';
mkdirSync(OUT, { recursive: true });

/** A valid 18-character resident ID number (GB 11643 check character). */
function idNumber(seed: number): string {
  // One birth date per seed (consecutive seeds never collide), sequence from the seed's thousands.
  const birth = new Date(Date.UTC(1965, 0, 1) + (seed % 12000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const body = `310115${birth}${String(Math.floor(seed / 12000) % 1000).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, c, i) => s + Number(c) * w[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

async function shot(page: Page, name: string, fullPage = true) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage });
  console.log(`  ${name}.png`);
}

async function newContext(browser: Browser, lang: 'zh' | 'en' = 'zh', mobile = false): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    viewport: mobile ? { width: 390, height: 844 } : { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    locale: lang === 'en' ? 'en-US' : 'zh-CN',
    isMobile: mobile,
    hasTouch: mobile,
  });
  await ctx.addInitScript((l) => localStorage.setItem('shishi.lang', l), lang);
  return ctx;
}

/** Log in through the API (sets the session cookie in the context). */
async function apiLogin(ctx: BrowserContext, username: string, password = PASSWORD) {
  const r = await ctx.request.post(`${BASE}/api/v1/auth/login`, { data: { username, password } });
  if (!r.ok()) throw new Error(`login ${username}: ${r.status()} ${await r.text()}`);
}

async function uiLogin(page: Page, username: string, password = PASSWORD) {
  await page.goto(`${BASE}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const errors: string[] = [];
  const watch = (page: Page, who: string) => {
    page.on('pageerror', (e) => errors.push(`${who}: pageerror ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${who}: console ${m.text()}`));
  };

  // Login page, both languages, with a failed attempt and a locked account.
  {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    watch(page, 'login');
    await page.goto(`${BASE}/login`);
    await shot(page, '01-login');
    await uiLogin(page, 'zhangjiang', 'wrong-password');
    await page.getByTestId('login-error').waitFor();
    await shot(page, '02-login-bad-password');
    // Lock `jiading`: failures through the API, then one more through the form.
    for (let i = 0; i < 6; i++) await ctx.request.post(`${BASE}/api/v1/auth/login`, { data: { username: 'jiading', password: 'nope' } });
    await uiLogin(page, 'jiading', 'nope');
    await page.getByTestId('login-error').waitFor();
    await shot(page, '03-login-locked');
    await page.getByTestId('login-tab-member').click();
    await shot(page, '04-login-member-tab');
    await ctx.close();
    const en = await newContext(browser, 'en');
    const p2 = await en.newPage();
    await p2.goto(`${BASE}/login`);
    await shot(p2, '05-login-en');
    await en.close();
  }

  // Federation administrator: home, org tree, members, member detail, new member.
  {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    watch(page, 'admin');
    await uiLogin(page, 'admin');
    await page.getByTestId('home-page').waitFor();
    await page
      .getByTestId('chart-card-status')
      .waitFor({ timeout: 15_000 })
      .catch(() => {});
    await shot(page, '10-admin-home');
    await page.goto(`${BASE}/orgs`);
    await page.getByTestId('org-tree').waitFor();
    await page.getByText('浦东新区总工会').first().click();
    await page.getByTestId('org-detail-name').filter({ hasText: '浦东新区总工会' }).waitFor();
    await shot(page, '11-orgs-pudong');
    await page.getByTestId('org-add-child').click();
    await page.getByTestId('org-form').waitFor();
    await page.getByTestId('org-form-name').fill('A');
    await page.getByTestId('org-form-code').fill('123');
    await page.getByTestId('org-form-submit').click();
    await page.waitForTimeout(300);
    await shot(page, '12-orgs-add-child-validation', false);
    await page.keyboard.press('Escape');
    await page.getByTestId('org-search').locator('input').fill('张江');
    await page.getByTestId('org-search').locator('input').press('Enter');
    await page.getByTestId('org-search-results').waitFor();
    await shot(page, '13-orgs-search');
    await page.getByTestId('org-import').click();
    await page.waitForTimeout(300);
    const bad = '上级组织,组织类型,组织名称\n不存在的工会,基层工会,测试工会\n浦东新区总工会,火星工会,X\n';
    writeFileSync('/tmp/shots-orgs-bad.csv', bad);
    await page.getByTestId('org-import-upload').locator('input[type=file]').setInputFiles('/tmp/shots-orgs-bad.csv');
    await page.getByTestId('org-import-check').click();
    await page.getByTestId('org-import-errors').waitFor();
    await shot(page, '14-orgs-import-errors', false);
    await page.keyboard.press('Escape');

    await page.goto(`${BASE}/members`);
    await page.getByTestId('member-table').locator('tbody tr.ant-table-row').nth(2).waitFor();
    await shot(page, '20-members');
    await page.goto(`${BASE}/members?orgId=16&cardStatus=none&sex=female`);
    await page.getByTestId('member-table').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(page, '21-members-filtered');
    await page.goto(`${BASE}/members/1`);
    await page.getByTestId('member-detail-page').waitFor();
    await shot(page, '22-member-detail');
    await page.getByTestId('member-reveal').click();
    await page.waitForTimeout(300);
    await shot(page, '23-member-reveal-confirm', false);
    await page.getByTestId('member-reveal-confirm').click();
    await page.getByTestId('member-revealed').waitFor();
    await shot(page, '24-member-revealed');
    await page.getByTestId('member-transfer').click();
    await page.waitForTimeout(300);
    await shot(page, '25-member-transfer-modal', false);
    await page.keyboard.press('Escape');
    await page.getByTestId('member-edit').click();
    await page.waitForTimeout(400);
    await shot(page, '25b-member-edit-modal', false);
    await page.keyboard.press('Escape');
    // Transfer someone (not the demo member 李明) from 芯源 to 智药, then look at the history.
    await page.goto(`${BASE}/members?orgId=144`);
    await page.getByTestId('member-table').locator('tbody tr.ant-table-row').nth(1).locator('a').first().click();
    await page.getByTestId('member-transfer').click();
    await page.getByTestId('member-transfer-org').click();
    await page.keyboard.type('智药');
    await page.locator('.ant-select-item-option').filter({ hasText: '智药' }).first().click();
    await page.getByTestId('member-transfer-submit').click();
    await page.getByTestId('member-history').getByText('上海张江智药生物科技有限公司工会').first().waitFor();
    await shot(page, '25c-member-after-transfer');
    await page.goto(`${BASE}/members/new`);
    await page.getByTestId('member-form-name').fill('王测试');
    await page.getByTestId('member-form-id').fill('31011519900101123');
    await page.getByTestId('member-form-mobile').fill('1380013');
    await page.getByTestId('member-form-submit').click();
    await page.waitForTimeout(400);
    await shot(page, '26-member-new-client-errors');
    // A well-formed but wrong ID number: the server's error lands on the field.
    await page.getByTestId('member-form-id').fill('310115199001011231');
    await page.getByTestId('member-form-mobile').fill('13800138999');
    await page.getByTestId('member-form-org').click();
    await page.keyboard.type('芯源');
    await page.waitForTimeout(800);
    await page.keyboard.press('Enter');
    await page.getByTestId('member-form-submit').click();
    await page.waitForTimeout(800);
    await shot(page, '27-member-new-server-errors');
    await ctx.close();
  }

  // Grassroots officer: the import wizard end to end.
  {
    const ctx = await newContext(browser);
    await apiLogin(ctx, 'grassroots');
    const page = await ctx.newPage();
    watch(page, 'grassroots');
    await page.goto(`${BASE}/imports`);
    await page.getByTestId('import-page').waitFor();
    await shot(page, '30-import-step1');
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-upload').waitFor();
    await shot(page, '31-import-step2-upload');
    // Runs a second or more apart never reuse an ID number.
    const seed = (Math.floor(Date.now() / 1000) % 4000) * 3000;
    const rows = ['姓名,身份证号,手机号,所属基层工会,入会日期,会员编号,会员卡状态,电子会员证,人员类别'];
    for (let i = 0; i < 3000; i++) rows.push(`导入测试${i},${idNumber(seed + i)},139${String(seed + i).padStart(8, '0')},,2024-03-01,,已激活,是,一线职工`);
    rows.push('坏数据一,12345,1380,,2024-13-01,,,,');
    rows.push(',310115199001011231,,,2024-01-01,12,飞了,也许,宇航员');
    writeFileSync('/tmp/shots-members.csv', rows.join('\n'));
    await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles('/tmp/shots-members.csv');
    await page.getByTestId('import-error-table').waitFor({ timeout: 20_000 });
    await shot(page, '32-import-validated');
    // The demo import finishes in about a second; hold the progress answer mid-way for the picture.
    const held = async (route: import('playwright-core').Route) =>
      route.fulfill({ json: { id: 0, status: 'importing', progress: { phase: 'importing', done: 1250, total: 3000 } } });
    await page.route('**/api/v1/imports/*/progress', held);
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-progress').waitFor({ timeout: 5000 });
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${OUT}/33-import-progress.png` });
    console.log('  33-import-progress.png');
    await page.unroute('**/api/v1/imports/*/progress', held);
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    await shot(page, '34-import-result');
    await page.goto(`${BASE}/`);
    await page.getByTestId('home-page').waitFor();
    await shot(page, '35-grassroots-home');
    await ctx.close();
  }

  // Auditor: audit log with a row expanded, login log.
  {
    const ctx = await newContext(browser);
    await apiLogin(ctx, 'auditor');
    const page = await ctx.newPage();
    watch(page, 'auditor');
    await page.goto(`${BASE}/audit`);
    await page.getByTestId('audit-table').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('audit-table').locator('button.ant-table-row-expand-icon').first().click();
    await shot(page, '40-audit');
    await page.goto(`${BASE}/login-log`);
    await page.getByTestId('login-log-table').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(page, '41-login-log');
    await page.goto(`${BASE}/`);
    await shot(page, '42-auditor-home');
    await ctx.close();
  }

  // Security administrator: accounts (with the locked account), create form, then unlock.
  {
    const ctx = await newContext(browser);
    await apiLogin(ctx, 'security');
    const page = await ctx.newPage();
    watch(page, 'security');
    await page.goto(`${BASE}/accounts`);
    await page.getByTestId('account-table').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(page, '50-accounts');
    await page.getByTestId('account-create').click();
    await page.getByTestId('account-form-username').fill('AB');
    await page.getByTestId('account-form-submit').click();
    await page.waitForTimeout(300);
    await shot(page, '51-account-create', false);
    await page.keyboard.press('Escape');
    const unlock = page.getByTestId('account-unlock-jiading');
    if (await unlock.count()) {
      await unlock.click();
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await page.waitForTimeout(500);
    }
    await ctx.close();
  }

  // English locale for an officer.
  {
    const ctx = await newContext(browser, 'en');
    await apiLogin(ctx, 'pudong');
    const page = await ctx.newPage();
    watch(page, 'pudong-en');
    await page.goto(`${BASE}/`);
    await page.getByTestId('home-page').waitFor();
    await shot(page, '60-en-home');
    await page.goto(`${BASE}/orgs`);
    await page.getByTestId('org-tree').waitFor();
    await shot(page, '61-en-orgs');
    await page.goto(`${BASE}/members`);
    await page.getByTestId('member-table').locator('tbody tr.ant-table-row').nth(2).waitFor();
    await shot(page, '62-en-members');
    await page.goto(`${BASE}/members/1`);
    await page.waitForTimeout(800);
    await shot(page, '63-en-member-out-of-scope');
    await page.goto(`${BASE}/imports`);
    await shot(page, '64-en-imports');
    await ctx.close();
  }

  // Member portal at 390 px, logging in with the one-time code.
  {
    const ctx = await newContext(browser, 'zh', true);
    const page = await ctx.newPage();
    watch(page, 'member');
    await page.goto(`${BASE}/login`);
    await page.getByTestId('login-tab-member').click();
    await page.getByTestId('login-mobile').fill('13800138000');
    const before = readFileSync(LOG, 'utf8').length;
    await page.getByTestId('login-get-code').click();
    let code = '';
    for (let i = 0; i < 20 && !code; i++) {
      await page.waitForTimeout(250);
      const m = readFileSync(LOG, 'utf8')
        .slice(before)
        .match(/"demoCode":"(\d{6})"/g);
      if (m) code = m[m.length - 1]!.slice(-7, -1);
    }
    await shot(page, '70-member-login-mobile');
    await page.getByTestId('login-code').fill(code);
    await page.getByTestId('login-member-submit').click();
    await page.getByTestId('portal-page').waitFor();
    await shot(page, '71-member-portal');
    await ctx.close();
    // An officer's layout on a phone.
    const ctx2 = await newContext(browser, 'zh', true);
    await apiLogin(ctx2, 'grassroots');
    const p2 = await ctx2.newPage();
    await p2.goto(`${BASE}/members`);
    await p2.getByTestId('member-table').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(p2, '72-mobile-officer-members');
    await ctx2.close();
  }

  await browser.close();
  if (errors.length) {
    console.log('\nbrowser errors:');
    for (const e of [...new Set(errors)]) console.log(`  ${e}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
