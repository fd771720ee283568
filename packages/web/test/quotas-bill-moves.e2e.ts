// Moving a gig worker to the bill of the platform they belong to, in headless Chromium (001 项目4 三 “费用由相关平台企业
// 承担”; issue 10 §4): the gig register put two workers with 饿了么 and one with 美团; the second in fact rides for 美团. The
// provider's officer (市工人疗养院) opens 饿了么's bill in the bills tab, moves that worker to 美团 with the reason (the form
// names a missing field first), and sees both bills recomputed as their next revision; 美团's officer sees the worker on
// its bill with the note and confirms it, after which the provider can no longer move its lines. Screenshots in
// test-results/screenshots/quotas-bill-move-*.png are looked at by people.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { choose, login, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
const db = () => env.t.s.database.db;
async function api(username: string, method: 'GET' | 'POST', url: string, payload?: object) {
  const cookie = await env.t.login(username);
  const r = await env.t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
  assert.ok(r.statusCode < 300, `${method} ${url}: ${r.statusCode} ${r.body}`);
  return r.json();
}
const ids: Record<string, number> = {};
let moved = '';

before(async () => {
  env = await startBrowserEnv({ members: 300 });
  const orgOf = async (u: string) => (await api(u, 'GET', '/auth/me')).orgId as number;
  const [grassroots, pudong] = [await orgOf('grassroots'), await orgOf('pudong')];
  for (const tb of ['gig_claims', 'gig_covers', 'gig_rosters']) await sql.raw(`delete from ${tb}`).execute(db());
  const rows = (
    await sql<{ member_no: string; name: string; id_cipher: string; person_id: number }>`
    select m.member_no, p.name, p.id_cipher, p.id as person_id from memberships m join persons p on p.id = m.person_id
    where m.org_id = ${grassroots} and m.status = 'active' and p.birth_date > '1965-01-01'
        and not exists (select 1 from roster_entries e where e.person_id = p.id and e.subsidy_group = 'gig-mobile-checkup') order by m.member_no limit 3`.execute(
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
  await api('meituan', 'POST', '/protection/gig/rosters', { rows: [worker(2)] });
  moved = rows[1]!.member_no;
  env.t.pinToday('2022-06-01');
  const sanatorium = await db().selectFrom('orgs').select('id').where('function_code', '=', 'workers-sanatorium').executeTakeFirstOrThrow();
  await api('seagull', 'POST', '/quota-offers', { program: 'gig-mobile-checkup', year: 2022, code: 'morning', capacity: 100, providerOrgId: sanatorium.id });
  const grant = await api('admin', 'POST', '/place-grants', { program: 'gig-mobile-checkup', year: 2022, site: 'morning', toOrgId: pudong, places: 10 });
  const members = rows.map((r) => r.member_no);
  const roster = await api('pudong', 'POST', '/rosters', { grantId: grant.id, startsOn: '2022-06-10', endsOn: '2022-06-10', members });
  await api('pudong', 'POST', `/rosters/${roster.id}/submit`);
  const st = await api('sanatorium', 'POST', '/quota-settlements', {
    rosterId: roster.id,
    persons: 3,
    amount: 450,
    members,
    satisfaction: { responses: 3, satisfied: 3 },
  });
  const bills = (await api('admin', 'GET', `/quota-bills?settlementId=${st.id}`)).items as { id: number; platformName: string }[];
  ids.eleme = bills.find((b) => b.platformName.includes('饿了么'))!.id;
  ids.meituan = bills.find((b) => b.platformName.includes('美团'))!.id;
});
after(async () => {
  env?.t?.pinToday();
  await env?.close();
});

describe('moving a line between platform bills in Chromium', () => {
  it('the provider moves the worker from 饿了么’s bill to 美团’s; both recomputed; 美团 sees and confirms; then nothing moves', async () => {
    const pv = await newPage(env);
    await login(env, pv.page, 'sanatorium');
    await pv.page.goto(`${env.base}/places?tab=bills`);
    await pv.page.getByTestId(`bill-row-${ids.meituan}`).waitFor();
    assert.match(await pv.page.getByTestId(`bill-amount-${ids.eleme}`).innerText(), /300/);
    await pv.page.getByTestId(`bill-move-${ids.eleme}`).click();
    await pv.page.getByTestId(`bill-move-line-${moved}`).waitFor();
    await pv.page.getByTestId('bill-move-ok').click(); // nothing chosen: the form names the fields
    await pv.page.locator('.ant-form-item-explain-error').first().waitFor();
    await pv.page.getByTestId(`bill-move-line-${moved}`).click();
    await choose(pv.page, 'bill-move-to', '美团');
    await pv.page.getByText('移出后本结算单：1 人').waitFor();
    await pv.page.getByTestId('bill-move-reason').fill('该员为美团众包骑手（美团 2022 年 6 月派单记录）');
    await shot(pv.page, 'quotas-bill-move-form');
    await pv.page.getByTestId('bill-move-ok').click();
    await pv.page.getByTestId('bill-move-ok').waitFor({ state: 'detached' });
    await pv.page.getByTestId(`bill-row-${ids.eleme}`).getByText('第 2 版').waitFor();
    await pv.page.getByTestId(`bill-row-${ids.meituan}`).getByText('第 2 版').waitFor();
    assert.match(await pv.page.getByTestId(`bill-amount-${ids.eleme}`).innerText(), /150/);
    assert.match(await pv.page.getByTestId(`bill-amount-${ids.meituan}`).innerText(), /300/);
    await pv.page
      .getByTestId(`bill-moved-${ids.eleme}`)
      .getByText(new RegExp(`移出：${moved} → 美团`))
      .waitFor();
    await shot(pv.page, 'quotas-bill-move-done');

    const mt = await newPage(env);
    await login(env, mt.page, 'meituan');
    await mt.page.goto(`${env.base}/places?tab=bills`);
    await mt.page
      .getByTestId(`bill-moved-${ids.meituan}`)
      .getByText(/移入：.*美团众包骑手/)
      .waitFor();
    assert.match(await mt.page.getByTestId(`bill-amount-${ids.meituan}`).innerText(), /300/);
    assert.equal(await mt.page.getByTestId(`bill-move-${ids.meituan}`).count(), 0, 'a platform does not move lines');
    await shot(mt.page, 'quotas-bill-move-platform');
    await mt.page.getByTestId(`bill-confirm-${ids.meituan}`).click();
    await mt.page.locator(`[data-testid="bill-status-${ids.meituan}"][data-status="confirmed"]`).waitFor();

    await pv.page.reload();
    await pv.page.locator(`[data-testid="bill-status-${ids.meituan}"][data-status="confirmed"]`).waitFor();
    assert.equal(await pv.page.getByTestId(`bill-move-${ids.meituan}`).count(), 0, 'a confirmed bill no longer moves');
    assert.deepEqual([...pv.problems, ...mt.problems], []);
  });
});
