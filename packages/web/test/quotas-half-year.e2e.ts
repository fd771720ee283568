// The half-year settlement of frontline trips in headless Chromium (issue 10 §4; 001 项目3 三(五): the district advances
// the money, the federation repays 600 yuan a person every half-year): the federation adds a frontline plan in the
// 计划目录 (its price checked by the engine), Pudong's two submitted rosters of the first half are claimed together in
// one half-year settlement with the satisfaction forms, and the rights department sees it waiting.
// Screenshots in test-results/screenshots/quotas-half-year-*.png are looked at by people.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { choose, login, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 300 });
  env.t.pinToday('2022-03-01');
});
after(async () => {
  env?.t?.pinToday();
  await env?.close();
});

const db = () => env.t.s.database.db;
const num = (page: Page, id: string) => page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();
async function api(username: string, method: 'GET' | 'POST', url: string, payload?: object) {
  const cookie = await env.t.login(username);
  return env.t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
}

describe('the half-year settlement in Chromium', () => {
  it('the federation adds a frontline plan in the 计划目录; a trip over 1,200 yuan is refused with the reason', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    await page.goto(`${env.base}/places?tab=offers`);
    await page.getByTestId('offer-new').click();
    await choose(page, 'offer-program', '抗疫一线职工疗休养');
    await num(page, 'offer-year').fill('2022');
    await page.getByTestId('offer-code').fill('NB1');
    await num(page, 'offer-capacity').fill('200');
    await page.getByTestId('offer-site').fill('浙江宁波工人疗养院');
    await num(page, 'offer-days').fill('4');
    await num(page, 'offer-nights').fill('3');
    await num(page, 'offer-cost').fill('1500');
    await page.getByTestId('offer-contact').fill('尤骏');
    const bad = page.waitForResponse((r) => r.url().endsWith('/api/v1/quota-offers') && r.request().method() === 'POST');
    await page.getByTestId('offer-new-ok').click();
    assert.equal((await bad).status(), 400);
    await page.getByText('1200').first().waitFor(); // 费用标准不超过 1200 元/人/次
    await num(page, 'offer-cost').fill('1200');
    const good = page.waitForResponse((r) => r.url().endsWith('/api/v1/quota-offers') && r.request().method() === 'POST');
    await page.getByTestId('offer-new-ok').click();
    const res = await good;
    assert.equal(res.status(), 201, await res.text());
    const o = await res.json();
    assert.deepEqual([o.price, o.citySubsidy, o.remainder], [1200, 600, 600]);
    await page.getByRole('cell', { name: /NB1 浙江宁波工人疗养院/ }).waitFor();
    await shot(page, 'quotas-half-year-offer');
    assert.deepEqual(problems, []);
  });

  it('Pudong claims its first half-year: both rosters, 600 yuan a person, with the satisfaction forms', async () => {
    const pudong = (await sql<{ id: number }>`select org_id as id from accounts where username = 'pudong'`.execute(db())).rows[0]!.id;
    const nos = (
      await sql<{ member_no: string }>`select m.member_no from memberships m join orgs o on o.id = m.org_id
      where o.path like (select path from orgs where id = ${pudong}) || '%' and m.status = 'active' order by m.id limit 5`.execute(db())
    ).rows.map((r) => r.member_no);
    assert.equal(nos.length, 5);
    await sql`update persons set categories = array_append(coalesce(categories, '{}'), 'frontline-worker') where id in (select person_id from memberships where member_no in (${sql.join(nos)})) and not ('frontline-worker' = any(coalesce(categories, '{}')))`.execute(
      db(),
    );
    const g = await api('admin', 'POST', '/place-grants', { program: 'frontline-sanatorium', year: 2022, site: 'NB1', toOrgId: pudong, places: 10 });
    assert.equal(g.statusCode, 201, g.body);
    for (const [members, startsOn, endsOn] of [
      [nos.slice(0, 3), '2022-04-11', '2022-04-14'],
      [nos.slice(3), '2022-06-06', '2022-06-09'],
    ] as const) {
      const r = await api('pudong', 'POST', '/rosters', { grantId: g.json().id, startsOn, endsOn, members });
      assert.equal(r.statusCode, 201, r.body);
      assert.equal((await api('pudong', 'POST', `/rosters/${r.json().id}/submit`)).statusCode, 200);
    }
    env.t.pinToday('2022-07-04');

    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.goto(`${env.base}/places?tab=settlements`);
    await page.getByTestId('half-year-new').click();
    await num(page, 'half-year-year').fill('2022');
    await choose(page, 'half-year-period', '上半年');
    await page.getByTestId('half-year-preview').click();
    await page.getByTestId('half-year-total').filter({ hasText: '2 份名册，5 人' }).waitFor();
    assert.match(await page.getByTestId('half-year-total').innerText(), /¥3,000/);
    await num(page, 'half-year-responses').fill('5');
    await num(page, 'half-year-satisfied').fill('4');
    await shot(page, 'quotas-half-year-claim');
    const filed = page.waitForResponse((r) => r.url().endsWith('/api/v1/quota-settlements/half-year') && r.request().method() === 'POST');
    await page.getByTestId('half-year-ok').click();
    const res = await filed;
    assert.equal(res.status(), 201, await res.text());
    const st = await res.json();
    assert.deepEqual([st.period, st.persons, st.amount, st.rosters.length], ['H1', 5, 3000, 2]);
    await page.getByTestId(`settlement-row-${st.id}`).filter({ hasText: '2022年上半年抗疫一线职工疗休养补贴结算' }).waitFor();
    await page.locator(`[data-testid="settlement-status-${st.id}"][data-status="submitted"]`).waitFor();
    assert.deepEqual(problems, []);

    // The rights department finds it waiting and signs first.
    const r = await newPage(env);
    await login(env, r.page, 'rights');
    await r.page.goto(`${env.base}/places?tab=settlements`);
    const done = r.page.waitForResponse((x) => x.url().endsWith(`/quota-settlements/${st.id}/rights`));
    await r.page.getByTestId(`settlement-rights-${st.id}`).click();
    assert.equal((await done).status(), 200);
    await r.page.locator(`[data-testid="settlement-status-${st.id}"][data-status="rights-approved"]`).waitFor();
    await shot(r.page, 'quotas-half-year-rights');
    assert.deepEqual(r.problems, []);
  });

  it('the forms returned with the claim show in the 2022 list’s year-end report (年度总结)', async () => {
    const slate = (
      await sql<{ id: number }>`select s.id from slates s join orgs o on o.id = s.org_id where s.year = 2022 and o.depth = 0 order by s.id limit 1`.execute(
        db(),
      )
    ).rows[0]!;
    const no = (await sql<{ no: number }>`select no from projects where slate_id = ${slate.id} and 'frontline-sanatorium' = any(policy_programs)`.execute(db()))
      .rows[0]!.no;
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    await page.goto(`${env.base}/projects/slates/${slate.id}`);
    await page.getByTestId('slate-year-end').click();
    await page.getByTestId('year-end-page').waitFor();
    await page.getByTestId(`year-end-forms-${no}`).filter({ hasText: '4/5' }).waitFor();
    assert.match(await page.getByTestId(`year-end-forms-${no}`).innerText(), /80%/);
    // The list's total adds the demo's 2022 mobile checkup of gig workers (001 项目4): its 3 forms, all satisfied.
    await page.getByTestId('year-end-forms').filter({ hasText: '7/8' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('year-end-download').click();
    assert.match((await download).suggestedFilename(), /\.xlsx$/);
    await shot(page, 'quotas-half-year-year-end');
    assert.deepEqual(problems, []);
  });
});
