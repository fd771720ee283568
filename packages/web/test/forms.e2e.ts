// Issue 13 §4: every application form is the one the server publishes (GET /programs/:id/form), drawn
// by the one renderer (components/schema-form.tsx). What an applicant sees of it: the fields shown
// only on another answer appear and go with it, those that must then be filled are marked, and the
// labels are the server's in both languages. Screenshots in test-results/screenshots/ are looked at.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { login, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 100 });
});
after(async () => {
  env?.t.pinToday();
  await env?.close();
});

const pick = (page: Page, testId: string) => page.getByTestId(testId).click();
const formItem = (page: Page, testId: string) => page.locator('.ant-form-item').filter({ has: page.getByTestId(testId) });
const isRequired = async (page: Page, testId: string) => (await formItem(page, testId).locator('.ant-form-item-required').count()) === 1;

describe('application forms as the server publishes them, in Chromium', () => {
  it('a mentor’s fields appear for a mentor only, the apprentice and the stamp marked required; English labels are the server’s', async () => {
    env.t.pinToday('2018-03-20');
    const { page, problems } = await newPage(env, { mobile: true });
    await login(env, page, 'member');
    await page.getByTestId('portal-nav-applications').click();
    await page.getByTestId('portal-apply-skill-promotion-award').click();
    await page.getByTestId('apply-form').waitFor();
    assert.equal(await page.getByTestId('apply-field-apprenticeName').count(), 0);
    await pick(page, 'apply-field-role-mentor');
    await page.getByTestId('apply-field-apprenticeName').waitFor();
    assert.equal(await isRequired(page, 'apply-field-apprenticeName'), true);
    assert.equal(await isRequired(page, 'apply-field-agreementStamped'), true);
    assert.equal(await isRequired(page, 'apply-field-agreementSignedOn'), false);
    // The fields come in the published order: the apprentice after the issuer, the agreement last.
    const order = await page.locator('[data-testid="apply-form"] [data-testid^="apply-field-"]:not([data-testid*="-doc"])').evaluateAll((els) => [
      ...new Set(
        els.map(
          (e) =>
            e
              .getAttribute('data-testid')!
              .replace(/^apply-field-/, '')
              .split('-')[0],
        ),
      ),
    ]);
    assert.deepEqual(order.slice(0, 8), [
      'role',
      'newLevel',
      'certificateNo',
      'certificateIssuedOn',
      'certificateIssuer',
      'apprenticeName',
      'agreementStamped',
      'agreementSignedOn',
    ]);
    await page.getByTestId('apply-submit').click();
    await formItem(page, 'apply-field-apprenticeName').locator('.ant-form-item-explain-error').waitFor();
    await shot(page, 'forms-mentor');
    await page.getByTestId('lang-switch').click();
    await page.getByText('Apprentice’s name').waitFor();
    assert.match(await formItem(page, 'apply-field-certificateNo').innerText(), /Certificate number/);
    await shot(page, 'forms-mentor-en');
    await pick(page, 'apply-field-role-worker');
    assert.equal(await page.getByTestId('apply-field-apprenticeName').count(), 0);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('an officer files a condolence: the cover’s dates are asked only once the member says they had the cover', async () => {
    env.t.pinToday('2018-03-20');
    const db = env.t.s.database.db;
    const program = await db
      .selectFrom('program_instances')
      .select('id')
      .where('program', '=', 'critical-illness-condolence')
      .where('year', '=', 2018)
      .executeTakeFirstOrThrow();
    const person = await db.selectFrom('accounts').select('person_id').where('username', '=', 'member').executeTakeFirstOrThrow();
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassroots');
    await page.goto(`${env.base}/applications/new?programId=${program.id}&personId=${person.person_id}`);
    await page.getByTestId('apply-form').waitFor();
    assert.equal(await page.getByTestId('apply-field-coverageStart').count(), 0);
    await pick(page, 'apply-field-hasMemberProtection-yes');
    await page.getByTestId('apply-field-coverageStart').waitFor();
    await page.getByTestId('apply-field-coverageEnd').waitFor();
    assert.match(await formItem(page, 'apply-field-hasMemberProtection').innerText(), /确诊时享有会员专享基本保障/);
    assert.equal(await isRequired(page, 'apply-field-coverageStart'), false);
    await shot(page, 'forms-condolence');
    await pick(page, 'apply-field-hasMemberProtection-no');
    assert.equal(await page.getByTestId('apply-field-coverageStart').count(), 0);
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
