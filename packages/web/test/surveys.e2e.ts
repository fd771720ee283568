// Satisfaction surveys and notices in headless Chromium: the member answers the demo survey (2025
// federation project no. 9, 疗休养, 50 responses) in the portal at phone width and a second answer is
// refused; the officer's results chart counts one more; an officer creates a survey on another
// project; the grassroots officer who imported members finds the import-finished notice in the bell.
// "Today" is pinned inside the demo survey's dates on the server's clock (the server runs in this process).
// Screenshots in test-results/screenshots/surveys-*.png are looked at by people.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { idCheckCharacter } from '../../server/src/platform/identifiers.ts';
import { demoMember } from '../../server/src/demo/load-demo.ts';
import { choose, login, memberLogin, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 60 });
  env.t.pinToday('2025-11-20');
});
after(async () => {
  env.t?.pinToday();
  await env?.close();
});

const db = () => env.t.s.database.db;

async function demoSurvey() {
  return db()
    .selectFrom('surveys')
    .innerJoin('projects', 'projects.id', 'surveys.project_id')
    .innerJoin('slates', 'slates.id', 'projects.slate_id')
    .innerJoin('orgs', 'orgs.id', 'slates.org_id')
    .select(['surveys.id', 'projects.id as projectId'])
    .where('slates.year', '=', 2025)
    .where('orgs.kind', '=', 'municipal')
    .where('projects.no', '=', 9)
    .executeTakeFirstOrThrow();
}

/** The officer's view of the demo survey's results; returns what the first chart counts. */
async function officerResults(page: Page, projectId: number, name: string) {
  await page.goto(`${env.base}/projects/${projectId}?tab=surveys`);
  await page.getByTestId('survey-results').waitFor();
  await page.getByTestId('survey-chart-1').locator('canvas').waitFor();
  await shot(page, name);
  return {
    chart: Number(await page.getByTestId('survey-chart-1').getAttribute('data-total')),
    responses: Number(await page.getByTestId('survey-res-responses').innerText()),
  };
}

describe('satisfaction surveys and notices in Chromium', () => {
  let survey: { id: number; projectId: number };
  let beforeCount = 0;

  it('an officer sees the demo survey: charts per question, response rate, districts, free text', async () => {
    survey = await demoSurvey();
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    const r = await officerResults(page, survey.projectId, 'surveys-results-before');
    assert.equal(r.responses, 50);
    assert.equal(r.chart, 50, 'the single-choice pie counts every response');
    beforeCount = r.chart;
    assert.ok(await page.getByTestId('survey-res-rate').isVisible());
    assert.ok((await page.getByTestId('survey-regions').locator('tbody tr').count()) > 1);
    assert.ok(Number(await page.getByTestId('survey-chart-2').getAttribute('data-total')) === 50);
    // Questions are locked: the survey has responses, so no delete.
    assert.equal(await page.getByTestId(`survey-delete-${survey.id}`).count(), 0);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the member answers at phone width; a second answer is refused', async () => {
    const { page, problems } = await newPage(env, { mobile: true });
    await memberLogin(env, page);
    await page.getByTestId('portal-nav-surveys').click();
    await page.getByTestId(`my-survey-${survey.id}`).waitFor();
    assert.equal(await page.getByTestId(`my-survey-${survey.id}`).getAttribute('data-responded'), 'false');
    await shot(page, 'surveys-portal-list-mobile');
    await page.getByTestId(`my-survey-answer-${survey.id}`).click();
    await page.getByTestId('survey-answer-page').waitFor();
    // A second tab opens the same form before the first one is sent.
    const second = await page.context().newPage();
    await second.goto(`${env.base}/me/surveys/${survey.id}`);
    await second.getByTestId('survey-answer-page').waitFor();

    // Submitting with nothing picked names the first required question.
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-missing').waitFor();
    assert.match(await page.getByTestId('survey-missing').innerText(), /第1题/);
    await page.getByTestId('survey-q-1-opt-1').click();
    for (const q of [2, 3, 4, 5]) await page.getByTestId(`survey-q-${q}-rate-${q === 3 ? 4 : 5}`).click();
    await page.getByTestId('survey-q-6-opt-0').click();
    await page.getByTestId('survey-q-6-opt-2').click();
    await page.getByTestId('survey-q-7-text').fill('浏览器测试：行程很好，联系我 13912345678。');
    await shot(page, 'surveys-answer-mobile');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling at 390 px (${width})`);
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-thanks').waitFor();
    await shot(page, 'surveys-answer-thanks-mobile');

    // The other tab still shows the form; sending it is refused (409) with a clear message.
    await second.getByTestId('survey-q-1-opt-0').click();
    for (const q of [2, 3, 4, 5]) await second.getByTestId(`survey-q-${q}-rate-3`).click();
    await second.getByTestId('survey-submit').click();
    await second.getByTestId('survey-already').waitFor();
    assert.match(await second.getByTestId('survey-already').innerText(), /已填写过/);
    await shot(second, 'surveys-answer-again-mobile');
    // And the list now says answered, with no way to answer again.
    await page.getByTestId('survey-back').click();
    await page.getByTestId(`my-survey-done-${survey.id}`).waitFor();
    const res = await page.request.post(`${env.base}/api/v1/surveys/${survey.id}/responses`, { data: { answers: [] } });
    assert.equal(res.status(), 409);
    // The portal header has the bell too (one code per minute: checked in this session).
    await page.getByTestId('notice-bell').click();
    await page.getByTestId('notice-drawer').waitFor();
    await shot(page, 'surveys-notices-member-mobile');
    assert.deepEqual(
      problems.filter((p) => !/409/.test(p)),
      [],
    );
    await page.context().close();
  });

  it('the officer sees the chart count one more, the phone number masked, and hides the comment', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    const r = await officerResults(page, survey.projectId, 'surveys-results-after');
    assert.equal(r.chart, beforeCount + 1);
    assert.equal(r.responses, 51);
    const mine = page.getByTestId('survey-texts-7').locator('[data-testid^="survey-text-"]', { hasText: '浏览器测试' });
    // The list pages by 10, oldest first: go to its last page.
    const last = page.getByTestId('survey-texts-7').locator('.ant-pagination-item').last();
    if (await last.count()) await last.click();
    await mine.waitFor();
    assert.match(await mine.innerText(), /手机号已隐去/);
    assert.doesNotMatch(await mine.innerText(), /13912345678/);
    await mine.locator('[data-testid^="survey-hide-"]').click();
    await page.getByTestId('survey-hide-reason').fill('测试隐藏');
    await page.getByTestId('survey-hide-submit').click();
    await page.getByTestId('survey-texts-7').getByText('已隐藏：测试隐藏').waitFor();
    // The export is a real workbook.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('survey-export').click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    await shot(page, 'surveys-results-moderated');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('an officer creates a survey on another project, then edits it', async () => {
    const other = await db()
      .selectFrom('projects')
      .innerJoin('slates', 'slates.id', 'projects.slate_id')
      .innerJoin('orgs', 'orgs.id', 'slates.org_id')
      .select('projects.id')
      .where('slates.year', '=', 2025)
      .where('orgs.kind', '=', 'municipal')
      .where('projects.no', '=', 1)
      .executeTakeFirstOrThrow();
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    await page.goto(`${env.base}/projects/${other.id}?tab=surveys`);
    await page.getByTestId('surveys-tab').waitFor();
    await page.getByTestId('survey-new').click();
    await page.getByTestId('survey-form-title').fill('浏览器测试满意度测评');
    for (const [id, d] of [
      ['survey-form-opensOn', '2025-11-01'],
      ['survey-form-closesOn', '2025-12-31'],
    ] as const) {
      const input = page.locator(`[data-testid="${id}"] input, input[data-testid="${id}"]`).first();
      await input.click();
      await input.fill(d);
      await input.press('Enter');
    }
    await page.getByTestId('survey-form-q-prompt-0').fill('总体满意程度');
    await page.getByTestId('survey-form-q-add').click();
    await choose(page, 'survey-form-q-kind-1', '单选题');
    await page.getByTestId('survey-form-q-prompt-1').fill('您从哪里得知本项目');
    await page.getByTestId('survey-form-q-options-1').fill('工会通知\n微信公众号\n同事介绍');
    await page.getByTestId('survey-form-q-up-1').click();
    await shot(page, 'surveys-form');
    await page.getByTestId('survey-form-submit').click();
    await page.getByTestId('survey-table').getByText('浏览器测试满意度测评').waitFor();
    const created = await db().selectFrom('surveys').select('id').where('title', '=', '浏览器测试满意度测评').executeTakeFirstOrThrow();
    const qs = await db().selectFrom('survey_questions').select(['kind', 'position']).where('survey_id', '=', created.id).orderBy('position').execute();
    assert.deepEqual(
      qs.map((q) => q.kind),
      ['single', 'rating'],
      'the moved question comes first',
    );
    await page.getByTestId(`survey-edit-${created.id}`).click();
    await page.getByTestId('survey-form-title').fill('浏览器测试满意度测评（改）');
    await page.getByTestId('survey-form-submit').click();
    await page.getByTestId('survey-table').getByText('浏览器测试满意度测评（改）').waitFor();
    await shot(page, 'surveys-created');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the grassroots officer who imported members finds the notice in the bell', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassroots');
    const id = (f: string) => f + idCheckCharacter(f);
    const csv = `\uFEFF姓名,身份证号,手机号,入会日期\n问卷甲,${id('31011519880909101')},13912350001,2021-05-01\n问卷乙,${id('31011519880909102')},13912350002,2021-05-01\n`;
    const up = await page.request.post(`${env.base}/api/v1/imports/members`, {
      multipart: { file: { name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) } },
    });
    assert.equal(up.status(), 201, await up.text());
    const batch = (await up.json()) as { id: number };
    assert.equal((await page.request.post(`${env.base}/api/v1/imports/${batch.id}/commit`, { data: {} })).status(), 200);
    let status = '';
    for (let i = 0; i < 100 && status !== 'imported'; i++) {
      status = ((await (await page.request.get(`${env.base}/api/v1/imports/${batch.id}/progress`)).json()) as { status: string }).status;
      if (status !== 'imported') await page.waitForTimeout(200);
    }
    assert.equal(status, 'imported');
    await page.reload();
    await page.getByTestId('notice-bell').waitFor();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="notice-count"]')?.getAttribute('data-count')) > 0);
    await shot(page, 'surveys-bell-officer');
    await page.getByTestId('notice-bell').click();
    const notice = page.locator('[data-testid^="notice-"][data-template="import-finished"]').first();
    await notice.waitFor();
    assert.match(await notice.innerText(), /会员导入完成：成功 2 条/);
    assert.equal(await notice.getAttribute('data-new'), 'true');
    await shot(page, 'surveys-notices-drawer');
    // Opening the drawer marked them read: their count goes to zero (the bell still counts unread announcements).
    await page.waitForFunction(() => document.querySelector('[data-testid="notice-count"]')?.getAttribute('data-notifications') === '0');
    // English shows the English text.
    await page.keyboard.press('Escape');
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('notice-bell').click();
    await page
      .locator('[data-template="import-finished"]')
      .first()
      .getByText(/Member import finished: 2 rows/)
      .waitFor();
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
