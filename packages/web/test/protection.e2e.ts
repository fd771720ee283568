// Member protection in headless Chromium (issue 9, Done when, as far as built): the grassroots officer builds and
// submits the 2025 list, Pudong confirms it and uploads the voucher, 市职保中心 reconciles; 李明 sees his cover on a
// 390 px phone and files a hospital claim, which the centre approves and pays. "Today" is pinned on the server's
// clock to each step's day of the 003 附件2-1 timetable. Screenshots in test-results/screenshots/protection-*.png.
// The demo covers 李明 by plan B, which has no hospital benefit (003 一(一)); this run starts from an empty register and
// the grassroots officer picks plan B+ for 2025, so that the hospital claim of the Done-when can be paid.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { choose, login, memberLogin, newPage, shot, startBrowserEnv, typeDate, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 60 });
});
after(async () => {
  env.t?.pinToday();
  await env?.close();
});

const pdf = (s: string) => ({ name: `${s}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${s}\n1 0 obj<<>>endobj\n%%EOF`) });
const answered = (page: Page, pathEnd: string, method = 'POST') => page.waitForResponse((r) => r.url().includes(pathEnd) && r.request().method() === method);

describe('member protection in the browser', () => {
  it('shows the demo: the officer’s register and claims, the member’s cover at phone width', async () => {
    env.t.pinToday('2025-09-01');
    const { page, problems } = await newPage(env);
    await login(env, page, 'mutualaid');
    await page.getByTestId('nav-protection').click();
    await page.getByTestId('claim-table').locator('tbody tr.ant-table-row').first().waitFor();
    assert.ok((await page.locator('[data-testid^="claim-overdue-"]').count()) >= 1, 'an overdue claim is flagged');
    await shot(page, 'protection-claims-demo');
    await page.getByTestId('tab-register').click();
    await page.getByTestId('enrollment-table').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(page, 'protection-register-demo');
    assert.deepEqual(problems, []);
    const m = await newPage(env, { mobile: true });
    await memberLogin(env, m.page);
    await m.page.getByTestId('portal-nav-protection').click();
    await m.page.getByTestId('my-cover-2025').waitFor();
    assert.match(await m.page.getByTestId('my-cover-plan-2025').innerText(), /B类保障/);
    await m.page.getByTestId('my-claim-list').waitFor();
    await shot(m.page, 'protection-portal-demo');
    const width = await m.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the portal page fits 390 px (scroll width ${width})`);
    assert.deepEqual(m.problems, []);
  });

  it('the 2025 collective enrollment: build and submit, confirm and voucher, reconcile', async () => {
    const db = env.t.s.database.db;
    for (const tb of ['protection_claims', 'protection_covers', 'protection_lists', 'protection_remittances', 'protection_batches'])
      await sql.raw(`delete from ${tb}`).execute(db);

    env.t.pinToday('2024-11-10');
    const g = await newPage(env);
    await login(env, g.page, 'grassroots');
    await g.page.getByTestId('nav-protection').click();
    await g.page.getByTestId('tab-lists').click();
    await choose(g.page, 'build-plan', 'B+');
    await g.page.getByTestId('build-submit').click();
    await g.page.locator('[data-testid="build-progress"][data-status="done"]').waitFor();
    const row = g.page.getByTestId('list-table').locator('tbody tr.ant-table-row').first();
    await row.locator('[data-testid^="list-status-"][data-status="draft"]').waitFor();
    const listId = Number((await row.locator('[data-testid^="list-status-"]').getAttribute('data-testid'))!.replace('list-status-', ''));
    // Every list exports what it shows (issue 12 §3): the lists tab and the remittances tab each have their button.
    const [download] = await Promise.all([g.page.waitForEvent('download'), g.page.getByTestId('protection-lists-export').click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    await shot(g.page, 'protection-list-built');
    env.t.pinToday('2024-12-10');
    const submitted = answered(g.page, `/protection/lists/${listId}/submit`);
    await g.page.getByTestId(`list-submit-${listId}`).click();
    assert.equal((await submitted).status(), 200);
    await g.page.locator(`[data-testid="list-status-${listId}"][data-status="submitted"]`).waitFor();
    assert.deepEqual(g.problems, []);

    env.t.pinToday('2024-12-20');
    const p = await newPage(env);
    await login(env, p.page, 'pudong');
    await p.page.goto(`${env.base}/protection?tab=lists`);
    await p.page.getByTestId(`list-confirm-${listId}`).click();
    await p.page.locator(`[data-testid="list-status-${listId}"][data-status="confirmed"]`).waitFor();
    env.t.pinToday('2025-01-15');
    await p.page.getByTestId('tab-remittances').click();
    const due = (await p.page.getByTestId('voucher-due').innerText()).replace(/[¥,\s]/g, '');
    assert.ok(Number(due) > 0, `something is due (${due})`);
    await p.page.getByPlaceholder('凭证金额（元）').fill(due);
    await p.page.getByTestId('voucher-card').locator('input[type=file]').setInputFiles(pdf('浦东-2025-缴费凭证'));
    const uploaded = answered(p.page, '/protection/remittances');
    await p.page.getByTestId('voucher-submit').click();
    assert.equal((await uploaded).status(), 201);
    await p.page.locator('[data-testid^="remittance-status-"][data-status="remitted"]').waitFor();
    await p.page.getByTestId('protection-remittances-export').waitFor();
    await shot(p.page, 'protection-voucher');
    assert.deepEqual(p.problems, []);

    env.t.pinToday('2025-01-17');
    const a = await newPage(env);
    await login(env, a.page, 'mutualaid');
    await a.page.goto(`${env.base}/protection?tab=remittances`);
    await a.page.locator('[data-testid^="reconcile-"]').first().click();
    const reconciled = answered(a.page, '/reconcile');
    await a.page.getByTestId('reconcile-ok').click();
    assert.equal((await reconciled).status(), 200);
    await a.page.locator('[data-testid^="remittance-status-"][data-status="reconciled"]').waitFor();
    await shot(a.page, 'protection-reconciled');
    assert.deepEqual(a.problems, []);
  });

  it('李明 sees his cover and files a hospital claim; the centre approves and pays it', async () => {
    env.t.pinToday('2025-06-10');
    const m = await newPage(env, { mobile: true });
    await login(env, m.page, 'member'); // 李明 by password: the one-time code was asked for a minute ago (rate limit)
    await m.page.getByTestId('portal-nav-protection').click();
    await m.page.getByTestId('my-cover-2025').waitFor();
    assert.match(await m.page.getByTestId('my-cover-plan-2025').innerText(), /B\+类保障/);
    assert.match(await m.page.getByTestId('my-cover-dates-2025').innerText(), /2025-01-01 ~ 2025-12-31/);
    await choose(m.page, m.page.locator('#claimType'), '住院保障金');
    await m.page.locator('#eventDate').fill('2025-03-01');
    await m.page.locator('#eventDate').press('Enter');
    await m.page.locator('#hospitalDays').fill('10');
    await m.page.getByTestId('claim-form').locator('input[type=file]').setInputFiles(pdf('出院小结'));
    await m.page.locator('[data-testid^="claim-doc-"]').waitFor();
    const filed = answered(m.page, '/me/protection/claims');
    await m.page.getByTestId('claim-submit').click();
    assert.equal((await filed).status(), 201);
    const card = m.page.locator('[data-testid^="my-claim-status-"][data-status="filed"]');
    await card.waitFor();
    const claimId = Number((await card.getAttribute('data-testid'))!.replace('my-claim-status-', ''));
    await shot(m.page, 'protection-portal-claim-filed');
    assert.deepEqual(m.problems, []);

    env.t.pinToday('2025-06-20');
    const a = await newPage(env);
    await login(env, a.page, 'mutualaid');
    await a.page.goto(`${env.base}/protection?tab=claims`);
    await a.page.getByTestId(`claim-link-${claimId}`).click();
    await a.page.getByTestId('application-trace').waitFor();
    assert.match(await a.page.getByTestId('claim-amount').innerText(), /600/);
    // The reviewer opens the member's discharge summary from the claim.
    const docLink = a.page.locator('[data-testid^="claim-doc-"]').first();
    const paper = await a.page.request.get(new URL((await docLink.getAttribute('href'))!, env.base).toString());
    assert.equal(paper.status(), 200);
    assert.match(paper.headers()['content-type'] ?? '', /pdf/);
    await a.page.getByTestId('claim-approve').click();
    const approved = answered(a.page, `/protection/claims/${claimId}/approve`);
    await a.page.getByTestId('claim-dialog-ok').click();
    assert.equal((await approved).status(), 200);
    await a.page.locator('[data-testid="claim-status"][data-status="approved"]').waitFor();
    await a.page.getByTestId('claim-pay').click();
    await a.page.getByTestId('claim-dialog-text').fill('BANK-20250620-001');
    const paid = answered(a.page, `/protection/claims/${claimId}/pay`);
    await a.page.getByTestId('claim-dialog-ok').click();
    assert.equal((await paid).status(), 200);
    await a.page.locator('[data-testid="claim-status"][data-status="paid"]').waitFor();
    await shot(a.page, 'protection-claim-paid');
    assert.deepEqual(a.problems, []);

    await m.page.reload();
    await m.page.locator(`[data-testid="my-claim-status-${claimId}"][data-status="paid"]`).waitFor();
    await shot(m.page, 'protection-portal-claim-paid');
  });

  it('the park union records a flexible worker’s D-class cover and a gift, never in cash (002 “五送”)', async () => {
    env.t.pinToday('2022-06-15');
    const g = await env.t.login('grassroots');
    const union = (await env.t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: g } })).json().orgId;
    const made = await env.t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      headers: { cookie: g },
      payload: { name: '钱芳', idNumber: '310115198807070026', orgId: union, joinedOn: '2022-06-01', categories: ['flexible-worker'] },
    });
    assert.equal(made.statusCode, 201, made.body);
    const { page, problems } = await newPage(env);
    await login(env, page, 'zhangjiang');
    await page.goto(`${env.base}/protection?tab=flexible`);
    await choose(page, 'protection-year', '2022');
    await page.getByTestId('flexible-tab').waitFor();
    await page.getByTestId('flex-enroll').click();
    await choose(page, 'flex-member', '钱芳', { search: '钱芳' });
    await choose(page, 'flex-channel', '一次性缴纳年度会费');
    const enrolled = answered(page, '/protection/flexible/covers');
    await page.getByTestId('flex-enroll-ok').click();
    const res = await enrolled;
    assert.equal(res.status(), 201, await res.text());
    const id = (await res.json()).id as number;
    await page.getByTestId(`flex-plan-${id}`).filter({ hasText: 'D' }).waitFor();
    await page.getByTestId(`flex-deliver-${id}`).click();
    await choose(page, 'flex-kind', '送清凉慰问品');
    await typeDate(page, 'flex-delivered-on', '2022-06-15');
    assert.equal(await page.getByTestId('flex-gift-form').locator('..').getByText('现金').count(), 0, 'cash is not offered');
    await choose(page, 'flex-gift-form', '交通卡');
    const delivered = answered(page, `/protection/flexible/covers/${id}/deliveries`);
    await page.getByTestId('flex-deliver-ok').click();
    assert.equal((await delivered).status(), 201);
    await page.getByTestId(`flex-deliveries-${id}`).getByText('2022-06-15').waitFor();
    await shot(page, 'protection-flexible');
    assert.deepEqual(problems, []);
  });
});
