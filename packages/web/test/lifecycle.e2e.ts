// The yearly project cycle in headless Chromium: a district opens a call, a grassroots officer sends a
// proposal, the district screens and shortlists it, a member supports it, the district publishes its
// list and the public page shows it; the federation's 2025 list with its ten projects and a target
// split over regional unions (by hand, and an import with row errors); a regional union files a
// quarterly report, the responsible department accepts it and the dashboard rolls it up.
// "Today" moves through the call's stages on the server's clock (the server runs in this process).
// Screenshots in test-results/screenshots/lifecycle-*.png are looked at by people.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { choose, login, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
const realToday = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const addDays = (d: string, n: number) => {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
};
const nextYear = Number(realToday.slice(0, 4)) + 1;

before(async () => {
  env = await startBrowserEnv({ members: 60 });
});
after(async () => {
  env.t?.pinToday();
  await env?.close();
});

/** Type a date into an antd DatePicker. */
async function pickDate(page: Page, testId: string, date: string) {
  const input = page.locator(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`).first();
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Let a modal or drawer finish its animation before a screenshot. */

const db = () => env.t.s.database.db;
const orgId = async (short: string) =>
  (await db().selectFrom('orgs').select('id').where('short_name', '=', short).where('kind', '=', 'district').executeTakeFirstOrThrow()).id;

describe('project cycle in Chromium', () => {
  let callId = 0;
  let candidateTitle = '';

  it('a district opens a call; a grassroots officer sends a proposal during collection', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.getByTestId('nav-calls').click();
    await page.getByTestId('call-table').waitFor();
    await page.getByTestId('call-new').click();
    await page.getByTestId('call-form-title').fill(`${nextYear}年度浦东新区工会服务职工实事项目征集`);
    await page.getByTestId('call-form-principles').fill('贴近职工需求，普惠面广，当年可见效，可量化考核。');
    await shot(page, 'lifecycle-call-new');
    await page.getByTestId('call-form-submit').click();
    await page.getByTestId('call-detail').waitFor();
    callId = Number(new URL(page.url()).pathname.split('/').pop());
    assert.ok(callId > 0);
    assert.equal(await page.locator('[data-testid="call-step-collection"]').getAttribute('data-current'), 'true');
    await page.context().close();

    const g = await newPage(env);
    await login(env, g.page, 'grassroots');
    await g.page.goto(`${env.base}/calls`);
    await g.page.getByTestId(`call-link-${callId}`).click();
    await g.page.getByTestId('proposal-form').waitFor();
    assert.match(await g.page.getByTestId('proposal-form-kind').innerText(), /征集表（一）/);
    await g.page.getByTestId('proposal-form-title').fill('园区职工午间健康小课堂');
    await g.page.getByTestId('proposal-form-introduction').fill('在园区职工之家开设午间健康讲座和工间操课程，服务园区一线职工，每周2场。');
    await g.page.getByTestId('proposal-form-expectedOutcome').fill('全年开展100场，服务5000人次');
    await g.page.getByTestId('proposal-form-filledBy').fill('张江某企业工会');
    await shot(g.page, 'lifecycle-proposal-form');
    await g.page.getByTestId('proposal-submit').click();
    await g.page.getByTestId('proposal-table').getByText('园区职工午间健康小课堂').waitFor();
    await shot(g.page, 'lifecycle-proposal-submitted');
    assert.deepEqual(g.problems, []);
    assert.deepEqual(problems, []);
    await g.page.context().close();
  });

  it('the district screens: merges the proposal into a candidate and shortlists it', async () => {
    env.t.pinToday(addDays(realToday, 35)); // after collection, before consultation
    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.goto(`${env.base}/calls/${callId}?tab=screening`);
    await page.getByTestId('screening-board').waitFor();
    assert.equal(await page.locator('[data-testid="call-step-screening"]').getAttribute('data-current'), 'true');
    const p = await db().selectFrom('proposals').select('id').where('call_id', '=', callId).executeTakeFirstOrThrow();
    await page.getByTestId(`screen-select-${p.id}`).click();
    await page.getByTestId('screen-merge').click();
    candidateTitle = '园区职工午间健康课堂';
    await page.getByTestId('candidate-form-title').fill(candidateTitle);
    await choose(page, 'candidate-form-category', '健康服务');
    await page.getByTestId('candidate-form-submit').click();
    const c = page.locator('[data-testid^="candidate-"]', { hasText: candidateTitle }).first();
    await c.waitFor();
    const cand = await db().selectFrom('candidates').select('id').where('call_id', '=', callId).executeTakeFirstOrThrow();
    await page.getByTestId(`candidate-shortlist-${cand.id}`).click();
    await page.getByTestId('decide-rationale').fill('普惠面广、当年可见效，可按场次和人次量化考核。');
    await page.getByTestId('decide-rationale-submit').click();
    await page.getByTestId(`candidate-status-${cand.id}`).filter({ hasText: '入围' }).waitFor();
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
    await shot(page, 'lifecycle-screening');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('a member supports the shortlisted candidate during consultation', async () => {
    env.t.pinToday(addDays(realToday, 47));
    const { page, problems } = await newPage(env, { mobile: true });
    await login(env, page, 'member');
    await page.getByTestId('portal-nav-calls').click();
    await page.getByTestId(`call-link-${callId}`).click();
    await page.getByTestId('consultation').waitFor();
    const cand = await db().selectFrom('candidates').select('id').where('call_id', '=', callId).executeTakeFirstOrThrow();
    assert.match(await page.getByTestId('support-left').innerText(), /5/);
    await page.getByTestId(`support-${cand.id}`).click();
    await page.getByTestId(`supported-${cand.id}`).waitFor();
    assert.match(await page.getByTestId('support-left').innerText(), /4/);
    // Tallies stay hidden while consultation runs.
    assert.equal(await page.getByTestId(`support-count-${cand.id}`).count(), 0);
    await page.getByTestId(`comments-toggle-${cand.id}`).click();
    await page.getByTestId(`comment-input-${cand.id}`).fill('希望课程安排在午休时间，时长不超过40分钟。');
    await page.getByTestId(`comment-submit-${cand.id}`).click();
    await page.getByTestId(`comments-${cand.id}`).getByText('希望课程安排在午休时间').waitFor();
    await shot(page, 'lifecycle-consultation-member');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the district publishes its list from the call, and the public page shows it', async () => {
    env.t.pinToday(addDays(realToday, 60));
    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.getByTestId('nav-projects').click();
    await page.getByTestId('slate-new').click();
    await page.getByTestId('slate-form-title').fill(`浦东新区总工会${nextYear}年服务职工实事项目`);
    await choose(page, 'slate-form-call', `${nextYear}`);
    await page.getByTestId('slate-form-submit').click();
    await page.getByTestId('slate-page').waitFor();
    await page.getByTestId('slate-add-project').click();
    await choose(page, 'project-form-candidate', candidateTitle);
    await page.getByTestId('project-form-submit').click();
    await page.getByTestId('slate-projects').getByText(candidateTitle).waitFor();
    await page.getByTestId('slate-publish').click();
    await page.getByTestId('slate-form-meeting').fill(`${nextYear - 1}年第5次主席办公会议`);
    await page.getByTestId('slate-form-documentNo').fill(`浦工〔${nextYear - 1}〕12号`);
    await pickDate(page, 'slate-form-approvedOn', addDays(realToday, 58));
    await page.getByTestId('slate-publish-submit').click();
    await page.getByTestId('slate-status').filter({ hasText: '已公布' }).waitFor();
    await shot(page, 'lifecycle-slate-published');
    assert.deepEqual(problems, []);
    await page.context().close();

    // No login: from the login page to the public page; the federation by default, then Pudong.
    const anon = await newPage(env);
    await anon.page.goto(`${env.base}/login`);
    await anon.page.getByTestId('login-public-link').click();
    await anon.page.getByTestId('public-projects').waitFor();
    assert.match(await anon.page.getByTestId('public-title').innerText(), /上海市总工会/);
    await shot(anon.page, 'lifecycle-public-federation');
    await anon.page.goto(`${env.base}/public/projects?org=${await orgId('浦东新区')}&year=${nextYear}`);
    await anon.page.getByTestId('public-projects').getByText(candidateTitle).waitFor();
    assert.match(await anon.page.getByTestId('public-title').innerText(), /浦东新区/);
    await shot(anon.page, 'lifecycle-public-pudong');
    assert.deepEqual(anon.problems, []);
    await anon.page.context().close();
  });

  it('the federation’s 2025 list shows its ten projects; a target is split over regional unions', async () => {
    env.t?.pinToday();
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    const slate = await db()
      .selectFrom('slates')
      .innerJoin('orgs', 'orgs.id', 'slates.org_id')
      .select('slates.id')
      .where('orgs.kind', '=', 'municipal')
      .where('slates.year', '=', 2025)
      .executeTakeFirstOrThrow();
    await page.goto(`${env.base}/projects?year=2025`);
    await page.getByTestId(`slate-link-${slate.id}`).click();
    await page.getByTestId('slate-projects').waitFor();
    assert.equal(await page.locator('[data-testid^="slate-project-"]').count(), 10);
    await shot(page, 'lifecycle-slate-2025');
    const project = await db().selectFrom('projects').select('id').where('slate_id', '=', slate.id).where('no', '=', 3).executeTakeFirstOrThrow();
    const target = await db().selectFrom('targets').select('id').where('project_id', '=', project.id).executeTakeFirstOrThrow();
    await page.getByTestId(`project-link-${project.id}`).click();
    await page.getByTestId('plan-view').waitFor();
    assert.match(await page.getByTestId('plan-responsible').innerText(), /劳动关系/);
    await shot(page, 'lifecycle-project-plan');
    await page.getByTestId('project-tab-targets').click();
    await page.getByTestId(`target-alloc-${target.id}`).click();
    await page.getByTestId('alloc-edit').click();
    for (const [i, [name, n]] of (
      [
        ['浦东新区', 1200],
        ['嘉定区', 800],
      ] as const
    ).entries()) {
      await page.getByTestId('alloc-add-row').click();
      await choose(page, `alloc-row-org-${i}`, `${name}总工会`, { search: name });
      await page.getByTestId(`alloc-row-value-${i}`).fill(String(n));
    }
    await page.getByTestId('alloc-split-submit').click();
    await page.getByTestId(`alloc-row-${await orgId('浦东新区')}`).waitFor();
    assert.match(await page.getByTestId('alloc-total').innerText(), /2,?000/);
    await shot(page, 'lifecycle-allocation');
    // An import whose rows do not add up is refused with the rows' problems; nothing is written.
    const csv = path.join(os.tmpdir(), `alloc-${Date.now()}.csv`);
    fs.writeFileSync(csv, '工会,企业数\n浦东新区,1200\n不存在的工会,5\n');
    await page.getByTestId('alloc-import').click();
    await page.locator('.ant-modal input[type="file"]').setInputFiles(csv);
    await page.getByTestId('alloc-import-check').click();
    await page.getByTestId('alloc-import-errors').getByText('不存在的工会').first().waitFor();
    await shot(page, 'lifecycle-allocation-import-errors');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('a regional union files a quarterly report; the department accepts it and the dashboard rolls it up', async () => {
    const project = await db()
      .selectFrom('projects')
      .innerJoin('slates', 'slates.id', 'projects.slate_id')
      .innerJoin('orgs', 'orgs.id', 'slates.org_id')
      .select('projects.id')
      .where('orgs.kind', '=', 'municipal')
      .where('slates.year', '=', 2025)
      .where('projects.no', '=', 3)
      .executeTakeFirstOrThrow();
    const target = await db().selectFrom('targets').select('id').where('project_id', '=', project.id).executeTakeFirstOrThrow();
    const pudong = await orgId('浦东新区');

    const admin = await newPage(env);
    await login(env, admin.page, 'admin');
    await admin.page.goto(`${env.base}/dashboard?year=2025`);
    await admin.page.getByTestId(`dash-row-${project.id}`).waitFor();
    const before = await admin.page.getByTestId(`dash-progress-${project.id}`).innerText();

    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.goto(`${env.base}/projects/${project.id}?tab=reports`);
    await page.getByTestId('report-grid').waitFor();
    await page.getByTestId(`report-file-${pudong}-2025-06`).click();
    await page.getByTestId(`report-value-${target.id}`).fill('600');
    await page.getByTestId('report-narrative').fill('第二季度完成600家企业和谐劳动关系指导服务。');
    await page.getByTestId('report-add-line').click();
    await page.getByTestId('report-line-enterprise-0').fill('上海张江示范企业有限公司');
    await page.getByTestId('report-line-days-0').fill('3');
    await shot(page, 'lifecycle-report-form');
    await page.getByTestId('report-submit').click();
    await page.getByTestId(`grid-status-${pudong}-2025-06`).filter({ hasText: '待审核' }).waitFor();
    await shot(page, 'lifecycle-report-filed');
    assert.deepEqual(problems, []);
    await page.context().close();

    const labour = await newPage(env);
    await login(env, labour.page, 'labour');
    await labour.page.goto(`${env.base}/projects/${project.id}?tab=reports`);
    const report = await db()
      .selectFrom('progress_reports')
      .select('id')
      .where('project_id', '=', project.id)
      .where('org_id', '=', pudong)
      .executeTakeFirstOrThrow();
    await labour.page.getByTestId(`report-view-${report.id}`).click();
    await labour.page.getByTestId('report-detail').getByText('上海张江示范企业有限公司').waitFor();
    await shot(labour.page, 'lifecycle-report-review');
    await labour.page.getByTestId('report-accept').click();
    await labour.page.getByTestId(`grid-status-${pudong}-2025-06`).filter({ hasText: '已通过' }).waitFor();
    assert.deepEqual(labour.problems, []);
    await labour.page.context().close();

    await admin.page.reload();
    await admin.page.getByTestId(`dash-row-${project.id}`).waitFor();
    const afterText = await admin.page.getByTestId(`dash-progress-${project.id}`).innerText();
    assert.notEqual(afterText, before, `progress should move: ${before} → ${afterText}`);
    // (Pudong's 600 of its 1,200 + the federation's accepted 2,400 + 2,700 toward the 8,000 it kept) / 10,000:
    // the owner's own reports count toward the unallocated remainder (projects/evaluation.ts).
    assert.match(afterText, /57/);
    await admin.page.getByTestId('chart-progress').locator('canvas').first().waitFor();
    assert.ok((await admin.page.locator('[data-testid="overdue-table"] tbody tr').count()) > 0);
    await shot(admin.page, 'lifecycle-dashboard');
    assert.deepEqual(admin.problems, []);
    await admin.page.context().close();
  });

  it('the enrollment project counts the cover register: its target says so and shows the confirmed covers', async () => {
    const project = await db()
      .selectFrom('projects')
      .innerJoin('slates', 'slates.id', 'projects.slate_id')
      .select('projects.id')
      .where('slates.year', '=', 2025)
      .where('projects.no', '=', 1)
      .where('slates.org_id', '=', (await db().selectFrom('orgs').select('id').where('kind', '=', 'municipal').executeTakeFirstOrThrow()).id)
      .executeTakeFirstOrThrow();
    const target = await db().selectFrom('targets').select('id').where('project_id', '=', project.id).executeTakeFirstOrThrow();
    const confirmed = await db()
      .selectFrom('protection_covers')
      .select((e) => e.fn.countAll<string>().as('n'))
      .where('year', '=', 2025)
      .where('status', '=', 'confirmed')
      .executeTakeFirstOrThrow();
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    await page.goto(`${env.base}/projects/${project.id}?tab=targets`);
    await page.getByTestId(`target-source-${target.id}`).filter({ hasText: '业务数据' }).waitFor();
    assert.equal((await page.getByTestId(`target-actual-${target.id}`).innerText()).replace(/[,，\s]/g, ''), String(Number(confirmed.n)));
    await page.getByTestId(`target-source-${target.id}`).hover();
    await page.getByText('完成：已确认参保的会员').waitFor();
    await shot(page, 'lifecycle-target-deliveries');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('works in English', async () => {
    const { page, problems } = await newPage(env, { lang: 'en' });
    await login(env, page, 'admin');
    await page.goto(`${env.base}/dashboard?year=2025`);
    await page.getByTestId('dashboard-table').waitFor();
    assert.match(await page.getByTestId('page-title').innerText(), /Project dashboard/);
    await shot(page, 'lifecycle-dashboard-en');
    await page.goto(`${env.base}/calls`);
    await page.getByTestId('call-table').waitFor();
    await shot(page, 'lifecycle-calls-en');
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
