// The platforms' bills for the gig workers' mobile checkups in headless Chromium (issue 10 §4; 001 项目4 三 “费用由相关
// 平台企业承担，市总工会进行专项补贴”): after the provider's claim for a roster of 饿了么's and 美团's workers, 饿了么's officer
// sees only its own bill (2 workers × (300 − 150) yuan) and confirms it; the federation sees both and records 饿了么's
// payment with its reference. 美团 disputes its bill (2 workers); the federation corrects it (drops one) and reissues it,
// 美团 disputes again, the federation rejects the dispute with its reason, 美团 sees the answer and confirms.
// The quota lists show their export buttons. Screenshots in
// test-results/screenshots/quotas-bills-*.png are looked at by people.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { login, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
const db = () => env.t.s.database.db;
async function api(username: string, method: 'GET' | 'POST', url: string, payload?: object) {
  const cookie = await env.t.login(username);
  const r = await env.t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
  assert.ok(r.statusCode < 300, `${method} ${url}: ${r.statusCode} ${r.body}`);
  return r.json();
}
const ids: Record<string, number> = {};

before(async () => {
  env = await startBrowserEnv({ members: 300 });
  const orgOf = async (u: string) => (await api(u, 'GET', '/auth/me')).orgId as number;
  const [grassroots, pudong] = [await orgOf('grassroots'), await orgOf('pudong')];
  for (const tb of ['gig_claims', 'gig_covers', 'gig_rosters']) await sql.raw(`delete from ${tb}`).execute(db());
  // Four members of the grassroots union under 60, gig workers: two enrolled by 饿了么, two by 美团 (the 2022 gig register).
  const rows = (
    await sql<{ member_no: string; name: string; id_cipher: string; person_id: number }>`
    select m.member_no, p.name, p.id_cipher, p.id as person_id from memberships m join persons p on p.id = m.person_id
    where m.org_id = ${grassroots} and m.status = 'active' and p.birth_date > '1965-01-01'
        and not exists (select 1 from roster_entries e where e.person_id = p.id and e.subsidy_group = 'gig-mobile-checkup') order by m.member_no limit 4`.execute(
      db(),
    )
  ).rows;
  for (const r of rows)
    await sql`update persons set categories = array_append(categories, 'gig-worker') where id = ${r.person_id} and not ('gig-worker' = any(categories))`.execute(
      db(),
    );
  const worker = (i: number) => ({ name: rows[i]!.name, idNumber: env.t.s.vault.open(rows[i]!.id_cipher), mobile: `1391234567${i}` });
  env.t.pinToday('2022-03-15');
  await api('eleme', 'POST', '/protection/gig/rosters', { rows: [worker(0), worker(1)] });
  await api('meituan', 'POST', '/protection/gig/rosters', { rows: [worker(2), worker(3)] });
  ids.dropped = Number(rows[3]!.member_no);
  env.t.pinToday('2022-06-01');
  const sanatorium = await db().selectFrom('orgs').select('id').where('function_code', '=', 'workers-sanatorium').executeTakeFirstOrThrow();
  await api('seagull', 'POST', '/quota-offers', { program: 'gig-mobile-checkup', year: 2022, code: 'morning', capacity: 100, providerOrgId: sanatorium.id });
  const grant = await api('admin', 'POST', '/place-grants', { program: 'gig-mobile-checkup', year: 2022, site: 'morning', toOrgId: pudong, places: 10 });
  const roster = await api('pudong', 'POST', '/rosters', {
    grantId: grant.id,
    startsOn: '2022-06-10',
    endsOn: '2022-06-10',
    members: rows.map((r) => r.member_no),
  });
  await api('pudong', 'POST', `/rosters/${roster.id}/submit`);
  const st = await api('admin', 'POST', '/quota-settlements', {
    rosterId: roster.id,
    persons: 4,
    amount: 600,
    members: rows.map((r) => r.member_no),
    satisfaction: { responses: 4, satisfied: 4 },
  });
  const bills = (await api('admin', 'GET', `/quota-bills?settlementId=${st.id}`)).items as { id: number; platformName: string }[];
  ids.eleme = bills.find((b) => b.platformName.includes('饿了么'))!.id;
  ids.meituan = bills.find((b) => b.platformName.includes('美团'))!.id;
});
after(async () => {
  env?.t?.pinToday();
  await env?.close();
});

describe('platform bills in Chromium', () => {
  it('饿了么’s officer sees its own bill only, with the engine’s share, and confirms it', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'eleme');
    await page.goto(`${env.base}/places`);
    await page.getByTestId('bills-tab').waitFor();
    await page.getByTestId(`bill-row-${ids.eleme}`).waitFor();
    assert.equal(await page.getByTestId(`bill-row-${ids.meituan}`).count(), 0, 'another platform’s bill is not shown');
    assert.equal(await page.getByTestId('places-tab-rosters').count(), 0, 'a platform sees the bills tab only');
    assert.match(await page.getByTestId(`bill-amount-${ids.eleme}`).innerText(), /300/);
    await page.getByText('¥300 − ¥150 = ¥150').waitFor();
    await shot(page, 'quotas-bills-platform');
    await page.getByTestId(`bill-confirm-${ids.eleme}`).click();
    await page.locator(`[data-testid="bill-status-${ids.eleme}"][data-status="confirmed"]`).waitFor();
    assert.equal(await page.getByTestId(`bill-pay-${ids.eleme}`).count(), 0, 'the platform does not record its own payment');
    await shot(page, 'quotas-bills-confirmed');
    const dl = page.waitForEvent('download');
    await page.getByTestId('bills-export').click();
    assert.match((await dl).suggestedFilename(), /平台结算单.*\.xlsx$/);
    assert.deepEqual(problems, []);
  });

  it('the federation sees both bills and records 饿了么’s payment with the reference', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    await page.goto(`${env.base}/places?tab=bills`);
    await page.getByTestId(`bill-row-${ids.meituan}`).waitFor();
    await page.getByTestId(`bill-pay-${ids.eleme}`).click();
    await page.getByTestId('bill-pay-reference').fill('HK-20220601-01');
    await page.getByTestId('bill-pay-ok').click();
    await page.locator(`[data-testid="bill-status-${ids.eleme}"][data-status="paid"]`).waitFor();
    await page.getByText('HK-20220601-01').first().waitFor();
    assert.equal(await page.getByTestId(`bill-pay-${ids.meituan}`).count(), 0, '美团 has not confirmed yet');
    await shot(page, 'quotas-bills-paid');
    assert.deepEqual(problems, []);
  });

  it('美团 disputes its bill; the federation corrects and reissues it, then rejects a second dispute; 美团 confirms', async () => {
    const dropped = String(ids.dropped).padStart(10, '0');
    const mt = await newPage(env);
    await login(env, mt.page, 'meituan');
    await mt.page.goto(`${env.base}/places?tab=bills`);
    await mt.page.getByTestId(`bill-dispute-btn-${ids.meituan}`).click();
    await mt.page.getByTestId('bill-dispute-ok').click(); // no reason: the form names the field
    await mt.page.locator('.ant-form-item-explain-error').first().waitFor();
    await mt.page.getByTestId('bill-dispute-reason').fill(`${dropped} 当天未到场体检`);
    await mt.page.getByTestId('bill-dispute-ok').click();
    await mt.page.locator(`[data-testid="bill-status-${ids.meituan}"][data-status="disputed"]`).waitFor();
    await mt.page.getByTestId(`bill-dispute-${ids.meituan}`).getByText('当天未到场体检').waitFor();
    assert.equal(await mt.page.getByTestId(`bill-confirm-${ids.meituan}`).count(), 0, 'a disputed bill is not confirmed');
    await shot(mt.page, 'quotas-bills-disputed');

    const fed = await newPage(env);
    await login(env, fed.page, 'admin');
    await fed.page.goto(`${env.base}/places?tab=bills`);
    await fed.page.getByTestId(`bill-answer-${ids.meituan}`).click();
    await fed.page.getByTestId(`bill-line-${dropped}`).waitFor();
    await fed.page.getByTestId(`bill-line-${dropped}`).click(); // untick the worker the platform does not owe
    await fed.page.getByText('更正后：1 人').waitFor();
    await fed.page.getByTestId('bill-answer-reason').fill('核对签到表，该员未参检，已去掉');
    await shot(fed.page, 'quotas-bills-reissue');
    await fed.page.getByTestId('bill-answer-ok').click();
    await fed.page.locator(`[data-testid="bill-status-${ids.meituan}"][data-status="issued"]`).waitFor();
    assert.match(await fed.page.getByTestId(`bill-amount-${ids.meituan}`).innerText(), /150/);
    await fed.page.getByTestId(`bill-row-${ids.meituan}`).getByText('第 2 版').waitFor();

    await mt.page.reload();
    await mt.page
      .getByTestId(`bill-dispute-${ids.meituan}`)
      .getByText(/已更正为第 2 版/)
      .waitFor();
    await mt.page.getByTestId(`bill-dispute-btn-${ids.meituan}`).click();
    await mt.page.getByTestId('bill-dispute-reason').fill('另一名劳动者也不是我平台的');
    await mt.page.getByTestId('bill-dispute-ok').click();
    await mt.page.locator(`[data-testid="bill-status-${ids.meituan}"][data-status="disputed"]`).waitFor();

    await fed.page.reload();
    await fed.page.getByTestId(`bill-answer-${ids.meituan}`).click();
    await fed.page.getByTestId('bill-answer-reject').click();
    await fed.page.getByTestId('bill-answer-reason').fill('该员在 2022 年美团劳动者名单中');
    await fed.page.getByTestId('bill-answer-ok').click();
    await fed.page.locator(`[data-testid="bill-status-${ids.meituan}"][data-status="issued"]`).waitFor();

    await mt.page.reload();
    await mt.page
      .getByTestId(`bill-dispute-${ids.meituan}`)
      .getByText(/异议已驳回：该员在 2022 年美团劳动者名单中/)
      .waitFor();
    await shot(mt.page, 'quotas-bills-dispute-rejected');
    await mt.page.getByTestId(`bill-confirm-${ids.meituan}`).click();
    await mt.page.locator(`[data-testid="bill-status-${ids.meituan}"][data-status="confirmed"]`).waitFor();
    assert.deepEqual([...mt.problems, ...fed.problems], []);
  });

  it('the quota lists export what they show', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    for (const [tab, id] of [
      ['offers', 'offers-export'],
      ['requests', 'requests-export'],
      ['rosters', 'rosters-export'],
      ['settlements', 'settlements-export'],
    ] as const) {
      await page.goto(`${env.base}/places?tab=${tab}`);
      await page.getByTestId(id).waitFor();
      if (tab === 'offers') {
        await page
          .getByRole('cell', { name: /巡回体检 上午套餐/ })
          .first()
          .waitFor();
        await shot(page, 'quotas-bills-offers');
      }
      const dl = page.waitForEvent('download');
      await page.getByTestId(id).click();
      assert.match((await dl).suggestedFilename(), /\.xlsx$/);
    }
    assert.deepEqual(problems, []);
  });
});
