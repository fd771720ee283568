// The policy explorer and entitlements in headless Chromium: an officer evaluates member protection
// with the form generated from the input schema and reads the trace; a bad input lands on its
// field; a parameter's years side by side; a grassroots officer reads 李明's entitlements; the
// member reads their own at phone width. Screenshots in test-results/screenshots/ are looked at.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { demoMember } from '../../server/src/demo/load-demo.ts';
import { choose, login, memberLogin, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 50 });
});
after(async () => env?.close());

/** Type a date into an antd DatePicker. */
async function setDate(page: Page, testId: string, date: string) {
  const el = page.getByTestId(testId);
  const input = (await el.evaluate((e) => e.tagName)) === 'INPUT' ? el : el.locator('input');
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

const formItem = (page: Page, testId: string) => page.locator('.ant-form-item').filter({ has: page.getByTestId(testId) });

describe('policy explorer and entitlements in Chromium', () => {
  it('an officer evaluates member protection B+ and checks the trace', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'rights');
    await page.getByTestId('nav-policy').click();
    await page.getByTestId('policy-page').waitFor();
    await page.goto(`${env.base}/policy?program=member-protection&date=2025-01-01`);
    await page.getByTestId('policy-input-plan').waitFor();
    // A program change resets the form (policy-page.tsx): choose once the page's requests are done.
    await page.waitForLoadState('networkidle');
    // Required fields are marked.
    assert.equal(await formItem(page, 'policy-input-plan').locator('.ant-form-item-required').count(), 1);
    await choose(page, 'policy-input-plan', 'B+', { search: 'B+' });
    await choose(page, 'policy-input-mode', '集中参保', { search: '集中' });
    await choose(page, 'policy-input-unitCategory', '普通单位', { search: '普通' });
    await page.getByTestId('policy-evaluate').click();
    await page.getByTestId('policy-result').waitFor();
    assert.equal(await page.getByTestId('policy-result').getAttribute('data-eligible'), 'true');
    assert.match(await page.getByTestId('policy-output-premium').innerText(), /¥140\.00/);
    assert.match(await page.getByTestId('policy-output-citySubsidy').innerText(), /¥40\.00/);
    assert.match(await page.getByTestId('policy-output-remainder').innerText(), /¥100\.00/);
    const rows = page.getByTestId('policy-trace').getByTestId('trace-row');
    assert.ok((await rows.count()) > 3);
    // The row is named in Chinese and cites the notice by its number (not the collection's 003).
    const premiumRow = rows.filter({ hasText: '保障费' }).first();
    assert.match(await premiumRow.innerText(), /沪工总办〔2024〕189号 附件2-1/);
    assert.match(await premiumRow.innerText(), /2025-01-01/);
    await shot(page, 'policy-evaluate');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('a bad input is shown on its field', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'rights');
    await page.goto(`${env.base}/policy?program=member-protection&date=2025-01-01`);
    await page.getByTestId('policy-input-plan').waitFor();
    await choose(page, 'policy-input-plan', 'B+', { search: 'B+' });
    await choose(page, 'policy-input-mode', '集中参保', { search: '集中' });
    await choose(page, 'policy-input-unitCategory', '普通单位', { search: '普通' });
    // B+ did not exist in 2018: the server answers 400 naming input.plan with the allowed plans.
    await setDate(page, 'policy-eval-date', '2018-06-01');
    await page.getByTestId('policy-evaluate').click();
    const err = formItem(page, 'policy-input-plan').locator('.ant-form-item-explain-error');
    await err.waitFor();
    assert.match(await err.innerText(), /"A", "B"/);
    assert.equal(await page.getByTestId('policy-error').count(), 0, 'no general alert when the error sits on its field');
    await shot(page, 'policy-field-error');
    // A rule across fields: individual enrollment needs the event date.
    await setDate(page, 'policy-eval-date', '2025-03-01');
    await choose(page, 'policy-input-mode', '个人参保', { search: '个人' });
    await page.getByTestId('policy-evaluate').click();
    const err2 = formItem(page, 'policy-input-eventDate').locator('.ant-form-item-explain-error');
    await err2.waitFor();
    assert.match(await err2.innerText(), /individual/);
    assert.deepEqual(
      problems.filter((p) => !/400/.test(p)),
      [],
    );
    await page.context().close();
  });

  it('the parameters in force and the premium across the years', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'rights');
    await page.goto(`${env.base}/policy?program=member-protection&date=2025-01-01&tab=parameters`);
    await page.getByTestId('policy-param-premium').waitFor();
    assert.match(await page.getByTestId('policy-param-premium').innerText(), /¥140\.00/);
    assert.match(await page.getByTestId('policy-param-city-subsidy').innerText(), /22\.50/);
    await shot(page, 'policy-parameters');
    await page.getByTestId('policy-timeline-premium').click();
    await page.getByTestId('policy-timeline-table').waitFor();
    const text = await page.getByTestId('policy-timeline-table').innerText();
    assert.match(text, /2018/);
    assert.match(text, /2025/);
    assert.match(text, /¥70\.00/); // 2018 B full year
    assert.match(text, /¥140\.00/); // 2025 B+ full year
    await shot(page, 'policy-timeline-premium');
    await page
      .getByRole('button', { name: /close|关闭/i })
      .first()
      .click();
    // A plain number is drawn as a step chart.
    await page.goto(`${env.base}/policy?program=member-vacation&date=2025-06-01&tab=parameters`);
    await page.getByTestId('policy-timeline-yearly-subsidy-cap').click();
    await page.getByTestId('policy-timeline-chart').locator('canvas').waitFor();
    await shot(page, 'policy-timeline-chart');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the grassroots officer reads 李明’s entitlements, with the calculation', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassroots');
    const li = await env.t.s.database.db.selectFrom('accounts').select('person_id').where('username', '=', 'member').executeTakeFirstOrThrow();
    await page.goto(`${env.base}/members/${li.person_id}`);
    await page.getByTestId('member-tab-entitlements').click();
    await page.getByTestId('entitlements').waitFor();
    await setDate(page, 'ent-date', '2025-03-01');
    const mp = page.getByTestId('ent-member-protection');
    await page.locator('[data-testid="ent-member-protection"][data-status="eligible"]').waitFor();
    await page.getByTestId('ent-membership').filter({ hasText: '2025-03-01' }).waitFor();
    const amounts = await page.getByTestId('ent-amounts-member-protection').innerText();
    assert.match(amounts, /B\+/);
    assert.match(amounts, /¥140\.00/);
    assert.match(amounts, /¥40\.00/);
    assert.match(await mp.innerText(), /登记信息/);
    assert.match(await mp.innerText(), /推定/);
    assert.match(await page.getByTestId('ent-counts').innerText(), /可享受 2/);
    await shot(page, 'entitlements-officer-2025');
    await page.getByTestId('ent-trace-toggle').click();
    await page.getByTestId('ent-trace-member-protection').waitFor();
    await page.getByTestId('ent-trace-member-protection').locator('.ant-collapse-header').last().click();
    await page.getByTestId('ent-trace-member-protection').getByTestId('ent-trace').last().waitFor();
    assert.match(await page.getByTestId('ent-trace-member-protection').innerText(), /沪工总办〔2024〕189号 附件2-1/);
    await shot(page, 'entitlements-officer-trace');
    // The gig workers' plan year 2022: 李明 is not a gig worker.
    await setDate(page, 'ent-date', '2022-06-01');
    await page.locator('[data-testid="ent-gig-mutual-protection"][data-status="not-eligible"]').waitFor();
    assert.match(await page.getByTestId('ent-gig-mutual-protection').innerText(), /新就业形态劳动者/);
    // Unit-level programs sit in their own collapsed section.
    assert.equal(
      await page
        .getByTestId('ent-unit-programs')
        .isVisible()
        .catch(() => false),
      false,
    );
    await page.getByTestId('ent-unit-toggle').click();
    await page.getByTestId('ent-unit-programs').waitFor();
    await shot(page, 'entitlements-officer-2022');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the member reads their own entitlements at phone width', async () => {
    const { page, problems } = await newPage(env, { mobile: true });
    await memberLogin(env, page);
    await page.getByTestId('portal-tab-entitlements').click();
    await page.getByTestId('entitlements').waitFor();
    await setDate(page, 'ent-date', '2025-03-01');
    await page.locator('[data-testid="ent-member-protection"][data-status="eligible"]').waitFor();
    assert.match(await page.getByTestId('ent-amounts-member-protection').innerText(), /¥140\.00/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling of the page (${overflow}px)`);
    await shot(page, 'entitlements-portal-mobile');
    await page.getByTestId('ent-trace-toggle').click();
    await page.getByTestId('ent-trace-member-protection').waitFor();
    await page.getByTestId('ent-trace-member-protection').locator('.ant-collapse-header').last().click();
    await page.getByTestId('ent-trace-member-protection').getByTestId('ent-trace').last().waitFor();
    await shot(page, 'entitlements-portal-mobile-trace');
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
