// Places in headless Chromium (issue 10): the federation grants Pudong places of a sanatorium plan, Pudong splits
// them to a street (张江) and a grassroots union, the grassroots union fills a roster and submits it, the provider
// (海鸥集团) files the settlement, the rights and the finance department review it and finance pays it to the
// provider's account; a first-come pool fills exactly (李明 claims in the portal, the last place goes, the next claim
// is refused pool-full, the officer's live count shows 0 and 已满).
// The plan is the 2018 plan B (沙家浜 3天2晚, 870 yuan, 290 city subsidy; 000 附件1), added by 海鸥集团 through the API.
// Screenshots in test-results/screenshots/quotas-*.png are looked at by people.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { choose, login, memberLogin, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 300 });
  env.t.pinToday('2018-01-10');
});
after(async () => {
  env?.t?.pinToday();
  await env?.close();
});

const db = () => env.t.s.database.db;
const orgName = async (username: string) =>
  (await sql<{ name: string; id: number }>`select o.name, o.id from accounts a join orgs o on o.id = a.org_id where a.username = ${username}`.execute(db()))
    .rows[0]!;

/** Pick an org in an OrgSelect by typing part of its name. */
async function pickOrg(page: Page, testId: string, name: string) {
  await choose(page, testId, name, { search: name.slice(0, 4) });
}

/** The input of an InputNumber, wherever Ant Design put the test id. */
const num = (page: Page, id: string) => page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();

async function api(username: string, method: 'GET' | 'POST', url: string, payload?: object) {
  const cookie = await env.t.login(username);
  return env.t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
}

describe('places in Chromium', () => {
  let rootGrant = 0;
  const plan = 'B';

  it('the federation grants Pudong places; Pudong splits them to 张江 and a grassroots union', async () => {
    const offer = await api('seagull', 'POST', '/quota-offers', { program: 'group-sanatorium', year: 2018, code: plan, capacity: 500 });
    assert.equal(offer.statusCode, 201, offer.body);
    const pudong = await orgName('pudong');
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    await page.goto(`${env.base}/places?tab=grants`);
    await page.getByTestId('grant-new').click();
    await page.getByTestId('grant-site').fill(plan);
    await num(page, 'grant-year').fill('2018');
    await pickOrg(page, 'grant-to', pudong.name);
    await num(page, 'grant-places').fill('30');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/place-grants') && r.request().method() === 'POST');
    await page.getByTestId('grant-ok').click();
    const res = await created;
    assert.equal(res.status(), 201, await res.text());
    rootGrant = (await res.json()).id;
    await page.getByTestId(`grant-row-${rootGrant}`).waitFor();
    assert.deepEqual(problems, []);

    const street = await orgName('zhangjiang');
    const grass = await orgName('grassroots');
    const p2 = await newPage(env);
    await login(env, p2.page, 'pudong');
    await p2.page.goto(`${env.base}/places?tab=grants`);
    for (const [org, n] of [
      [street.name, '10'],
      [grass.name, '5'],
    ] as const) {
      await p2.page.getByTestId(`grant-split-${rootGrant}`).click();
      await pickOrg(p2.page, 'grant-to', org);
      await num(p2.page, 'grant-places').fill(n);
      const split = p2.page.waitForResponse((r) => r.url().endsWith('/api/v1/place-grants') && r.request().method() === 'POST');
      await p2.page.getByTestId('grant-ok').click();
      assert.equal((await split).status(), 201);
      await p2.page.locator('.ant-modal').first().waitFor({ state: 'hidden' });
    }
    await p2.page.getByTestId(`grant-available-${rootGrant}`).filter({ hasText: '15' }).waitFor();
    await shot(p2.page, 'quotas-grants-pudong');
    assert.deepEqual(p2.problems, []);
  });

  let rosterId = 0;

  it('the grassroots union fills a roster and submits it', async () => {
    const grass = await orgName('grassroots');
    const nos = (
      await sql<{ member_no: string }>`select member_no from memberships where org_id = ${grass.id} and status = 'active' order by member_no limit 3`.execute(
        db(),
      )
    ).rows.map((r) => r.member_no);
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassroots');
    await page.goto(`${env.base}/places?tab=rosters`);
    await page.getByTestId('roster-new').click();
    await choose(page, 'roster-grant', plan);
    await page.locator('.ant-modal .ant-picker-range input').first().fill('2018-04-16');
    await page.locator('.ant-modal .ant-picker-range input').nth(1).fill('2018-04-18');
    await page.locator('.ant-modal .ant-picker-range input').nth(1).press('Enter');
    // A member twice: refused naming the row.
    await page.getByTestId('roster-members').fill([...nos, nos[0]].join('\n'));
    const bad = page.waitForResponse((r) => r.url().endsWith('/api/v1/rosters') && r.request().method() === 'POST');
    await page.getByTestId('roster-ok').click();
    assert.equal((await bad).status(), 400);
    await page.getByTestId('roster-error').filter({ hasText: '第 4 行' }).waitFor();
    await shot(page, 'quotas-roster-error');
    await page.getByTestId('roster-members').fill(nos.join('\n'));
    const good = page.waitForResponse((r) => r.url().endsWith('/api/v1/rosters') && r.request().method() === 'POST');
    await page.getByTestId('roster-ok').click();
    const res = await good;
    assert.equal(res.status(), 201, await res.text());
    rosterId = (await res.json()).id;
    await page.getByTestId(`roster-submit-${rosterId}`).click();
    await page.getByTestId(`roster-status-${rosterId}`).filter({ hasText: '已报送' }).waitFor();
    await shot(page, 'quotas-rosters');
    assert.deepEqual(problems, []);
  });

  it('the provider files the settlement; rights, then finance; paid to the provider', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'seagull');
    await page.goto(`${env.base}/places?tab=rosters`);
    await page.getByTestId(`roster-settle-${rosterId}`).click();
    await page
      .getByTestId('settle-members')
      .filter({ hasText: /\d{10}/ })
      .waitFor();
    // A wrong amount is refused: the engine gives 3 × 290.
    await num(page, 'settle-amount').fill('900');
    const bad = page.waitForResponse((r) => r.url().endsWith('/api/v1/quota-settlements') && r.request().method() === 'POST');
    await page.getByTestId('settle-ok').click();
    assert.equal((await bad).status(), 409);
    await page.getByTestId('settle-error').filter({ hasText: '870' }).waitFor();
    await num(page, 'settle-amount').fill('870');
    const good = page.waitForResponse((r) => r.url().endsWith('/api/v1/quota-settlements') && r.request().method() === 'POST');
    await page.getByTestId('settle-ok').click();
    const res = await good;
    assert.equal(res.status(), 201, await res.text());
    const id = (await res.json()).id;
    assert.deepEqual(problems, []);

    for (const [who, action] of [
      ['rights', 'rights'],
      ['finance', 'finance'],
    ] as const) {
      const p = await newPage(env);
      await login(env, p.page, who);
      await p.page.goto(`${env.base}/places?tab=settlements`);
      const done = p.page.waitForResponse((r) => r.url().endsWith(`/quota-settlements/${id}/${action}`));
      await p.page.getByTestId(`settlement-${action}-${id}`).click();
      assert.equal((await done).status(), 200);
      if (who === 'finance') {
        await p.page.getByTestId(`settlement-pay-${id}`).click();
        await p.page.getByTestId('pay-reference').fill('HG-2018-0420-001');
        const paid = p.page.waitForResponse((r) => r.url().endsWith(`/quota-settlements/${id}/pay`));
        await p.page.getByTestId('pay-ok').click();
        assert.equal((await paid).status(), 200, await (await paid).text());
        await p.page.locator(`[data-testid="settlement-status-${id}"][data-status="paid"]`).waitFor();
        await shot(p.page, 'quotas-settlement-paid');
      }
      assert.deepEqual(p.problems, []);
    }
  });

  it('a first-come pool fills exactly: 李明 claims in the portal, the last place goes, the next is pool-full', async () => {
    env.t.pinToday();
    const fed = await orgName('admin');
    const hour = 3600_000;
    const pool = (
      await api('admin', 'POST', '/pools', {
        title: '职工疗休养 先到先得（两个名额）',
        capacity: 2,
        orgId: fed.id,
        opensAt: new Date(Date.now() - hour).toISOString(),
        closesAt: new Date(Date.now() + hour).toISOString(),
      })
    ).json();
    const { page, problems } = await newPage(env, { mobile: true });
    await memberLogin(env, page);
    await page.goto(`${env.base}/me/places`);
    const claimed = page.waitForResponse((r) => r.url().endsWith(`/pools/${pool.id}/claims`));
    await page.getByTestId(`claim-${pool.id}`).click();
    assert.equal((await claimed).status(), 201);
    await page.getByTestId(`my-place-${pool.id}`).waitFor();
    // 李明's trips (issue 10 §3): the demo's settled April 2025 roster he is on.
    await page.getByTestId('my-trip-list').getByText('团体5号 黄山休养院 3天2晚').first().waitFor();
    await shot(page, 'quotas-my-places');
    assert.deepEqual(problems, []);
    const others = (
      await sql<{
        person_id: number;
      }>`select m.person_id from memberships m join persons p on p.id = m.person_id where m.status = 'active' and p.name <> '李明' and m.org_id in (select id from orgs where path like (select path from orgs o join accounts a on a.org_id = o.id where a.username = 'pudong') || '%') order by m.id limit 2`.execute(
        db(),
      )
    ).rows;
    const last = await api('pudong', 'POST', `/pools/${pool.id}/claims`, { memberId: Number(others[0]!.person_id) });
    assert.equal(last.statusCode, 201);
    const refused = await api('pudong', 'POST', `/pools/${pool.id}/claims`, { memberId: Number(others[1]!.person_id) });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'pool-full');
    const officer = await newPage(env);
    await login(env, officer.page, 'admin');
    await officer.page.goto(`${env.base}/places?tab=pools`);
    await officer.page.getByTestId(`pool-remaining-${pool.id}`).filter({ hasText: /^0$/ }).waitFor();
    await officer.page.getByTestId(`pool-state-${pool.id}`).filter({ hasText: '已满' }).waitFor();
    await shot(officer.page, 'quotas-pools');
    assert.deepEqual(officer.problems, []);
  });
});
