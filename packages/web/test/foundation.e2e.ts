// The foundation's journeys in headless Chromium: log in as each role and see what it allows,
// browse the org tree, import a member file with one bad row, read the error report, import the
// rest, find the new members; member login by one-time code; English switch. Screenshots in
// test-results/screenshots/ are looked at by people.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { idCheckCharacter } from '../../server/src/platform/identifiers.ts';
import { demoMember } from '../../server/src/demo/load-demo.ts';
import { login, memberLogin, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 200 });
});
after(async () => env?.close());

const validId = (first17: string) => first17 + idCheckCharacter(first17);

async function menuLinks(page: import('playwright-core').Page) {
  await page.getByTestId('side-menu').waitFor();
  return page.locator('[data-testid="side-menu"] [data-testid^="nav-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
}

describe('foundation in Chromium', () => {
  it('shows each role the menu it may use, and nothing more', async () => {
    const expect: Record<string, { has: string[]; hasNot: string[] }> = {
      admin: { has: ['nav-orgs', 'nav-members', 'nav-imports'], hasNot: ['nav-audit'] },
      auditor: { has: ['nav-audit', 'nav-login-log', 'nav-orgs'], hasNot: ['nav-imports', 'nav-members-new'] },
      pudong: { has: ['nav-orgs', 'nav-members', 'nav-imports'], hasNot: ['nav-audit', 'nav-login-log'] },
      security: { has: ['nav-accounts', 'nav-login-log'], hasNot: ['nav-members', 'nav-audit'] },
    };
    for (const [user, e] of Object.entries(expect)) {
      const { page, problems } = await newPage(env);
      await login(env, page, user);
      // Sub-menus render their links once opened; open every sub-menu first.
      for (const sub of await page.locator('[data-testid="side-menu"] .ant-menu-submenu-title').all()) await sub.click();
      const links = await menuLinks(page);
      for (const h of e.has) assert.ok(links.includes(h), `${user} should see ${h}: ${links.join(', ')}`);
      for (const h of e.hasNot) assert.ok(!links.includes(h), `${user} should not see ${h}`);
      await shot(page, `menu-${user}`);
      assert.deepEqual(problems, []);
      await page.context().close();
    }
  });

  it('a wrong password is refused with the attempts left', async () => {
    const { page } = await newPage(env);
    await page.goto(`${env.base}/login`);
    await page.getByTestId('login-username').fill('zhangjiang');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    assert.match(await page.getByTestId('login-error').innerText(), /用户名或密码错误/);
    await shot(page, 'login-wrong-password');
    await page.context().close();
  });

  it('a district officer browses the tree of their district only', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.goto(`${env.base}/orgs`);
    const tree = page.getByTestId('org-tree');
    await tree.getByText('浦东新区总工会').first().waitFor();
    assert.equal(await tree.getByText('嘉定区总工会').count(), 0);
    // The page opens with the root expanded one level (clicking its switcher would race that
    // and collapse it); open a child.
    await tree.getByText('张江高科技园区', { exact: false }).first().waitFor();
    await tree.getByText('张江高科技园区', { exact: false }).first().click();
    // The panel first shows the root (selected on load); wait for it to follow the click.
    await page.getByTestId('org-detail-name').filter({ hasText: /张江/ }).waitFor({ timeout: 10_000 });
    assert.match(await page.getByTestId('org-detail-name').innerText(), /张江/);
    await shot(page, 'orgs-pudong');
    // A Jiading member's page is not found for Pudong.
    const jiading =
      (await env.t.s.database.db
        .selectFrom('memberships')
        .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
        .select('memberships.person_id')
        .where('orgs.name', 'like', '%嘉定%')
        .executeTakeFirst()) ??
      (await env.t.s.database.db
        .selectFrom('memberships')
        .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
        .select('memberships.person_id')
        .where(
          'orgs.path',
          'like',
          `${(await env.t.s.database.db.selectFrom('orgs').select('path').where('short_name', '=', '嘉定区').executeTakeFirstOrThrow()).path}%`,
        )
        .executeTakeFirstOrThrow());
    await page.goto(`${env.base}/members/${jiading.person_id}`);
    await page.waitForLoadState('networkidle');
    assert.equal(await page.getByTestId('member-name').count(), 0, 'no Jiading member data for Pudong');
    await shot(page, 'member-out-of-scope');
    assert.deepEqual(
      problems.filter((p) => !/404/.test(p)),
      [],
    );
    await page.context().close();
  });

  it('imports a file with one bad row: error report, then the valid rows, then finds them', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassroots');
    await page.goto(`${env.base}/imports`);
    await page.getByTestId('import-next').click();
    const file = path.join(os.tmpdir(), `members-${Date.now()}.csv`);
    const good1 = validId('31011519880808101');
    const good2 = validId('31011519880808102');
    fs.writeFileSync(
      file,
      `\uFEFF姓名,身份证号,手机号,入会日期\n浏览器甲,${good1},13912340001,2021-05-01\n浏览器乙,310115198808081039,13912340002,2021-05-01\n浏览器丙,${good2},13912340003,2021-05-02\n`,
    );
    await page.locator('[data-testid="import-upload"] input[type="file"]').setInputFiles(file);
    await page.getByTestId('import-error-table').waitFor();
    assert.match(await page.getByTestId('import-valid-count').innerText(), /2/);
    assert.match(await page.getByTestId('import-invalid-count').innerText(), /1/);
    const errText = await page.getByTestId('import-error-table').innerText();
    assert.match(errText, /3/);
    assert.match(errText, /身份证号/);
    assert.match(errText, /校验位/);
    await shot(page, 'import-validated');
    // The error report downloads as a real workbook.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-error-report').click()]);
    const saved = path.join(os.tmpdir(), `report-${Date.now()}.xlsx`);
    await download.saveAs(saved);
    assert.equal(fs.readFileSync(saved).subarray(0, 2).toString(), 'PK');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-result').waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId('import-result').innerText(), /2/);
    await shot(page, 'import-done');
    await page.getByTestId('import-to-members').click();
    await page.getByTestId('member-table').waitFor();
    await page.getByTestId('member-search').locator('input').fill('浏览器');
    await page.getByTestId('member-search').locator('input').press('Enter');
    await page.getByTestId('member-table').getByText('浏览器丙').waitFor();
    const table = await page.getByTestId('member-table').innerText();
    assert.match(table, /浏览器甲/);
    assert.doesNotMatch(table, /浏览器乙/);
    assert.doesNotMatch(table, new RegExp(good1), 'ID numbers are masked in the list');
    await shot(page, 'members-after-import');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('a member logs in with a one-time code and sees only their own card (phone width)', async () => {
    const { page, problems } = await newPage(env, { mobile: true });
    await memberLogin(env, page);
    assert.match(await page.getByTestId('portal-page').innerText(), new RegExp(demoMember.name));
    await shot(page, 'portal-member-mobile');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('switches to English', async () => {
    const { page } = await newPage(env);
    await login(env, page, 'jiading');
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('side-menu').getByText(/Org/).first().waitFor();
    const text = await page.getByTestId('side-menu').innerText();
    assert.match(text, /Org|Members/i, text);
    await shot(page, 'home-english');
    await page.context().close();
  });
});
