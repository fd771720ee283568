// 通知公告 (issue 12 §3) in headless Chromium: the federation administrator publishes a notice (an
// empty form is refused on its fields first); the Pudong grassroots officer finds it unread on the
// home page and in the inbox, opens it and it becomes read; the administrator sees one reader and
// withdraws it, and it leaves the officer's inbox. The demo's three notices are there too.
// Screenshots in test-results/screenshots/announcements-*.png are looked at by people.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { login, memberLogin, newPage, settled, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 40 });
});
after(async () => {
  await env?.close();
});

const db = () => env.t.s.database.db;
const TITLE = '关于开展2027年春节送温暖活动的通知';

describe('the announcements board in Chromium', () => {
  let id = 0;

  it('the federation administrator publishes a notice to all officers', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    await page.getByTestId('nav-announcements').click();
    await page.getByTestId('announcements-page').waitFor();
    await settled(page);
    // The demo's federation notice on 集中参保 is in the administrator's own inbox, pinned.
    assert.ok((await page.getByTestId('announcement-table-inbox').innerText()).includes('会员专享基本保障集中参保'));
    await page.getByTestId('announcement-publish').click();
    await page.getByTestId('announcement-form-submit').click();
    await page.getByText('请填写通知标题').waitFor();
    assert.ok(await page.getByText('请填写通知正文').isVisible());
    await page.getByTestId('announcement-form-title').fill(TITLE);
    await page.getByTestId('announcement-form-body').fill('各区局（产业）工会：\n\n请于1月10日前报送困难职工慰问名单。');
    await shot(page, 'announcements-publish');
    const posted = page.waitForResponse((r) => r.url().endsWith('/api/v1/announcements') && r.request().method() === 'POST');
    await page.getByTestId('announcement-form-submit').click();
    const res = await posted;
    assert.equal(res.status(), 201);
    id = (await res.json()).id;
    await page.getByTestId('announcement-tab-published').click();
    await page.getByTestId(`announcement-row-${id}`).waitFor();
    assert.equal(await page.getByTestId(`announcement-reads-${id}`).innerText(), '0');
    await settled(page);
    await shot(page, 'announcements-published');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('a Pudong grassroots officer sees it unread, opens it, and it is read', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassroots');
    await page.getByTestId(`home-notice-${id}`).waitFor();
    await shot(page, 'announcements-home-card');
    await page.getByTestId('home-notices-all').click();
    await page.getByTestId(`announcement-row-${id}`).waitFor();
    assert.ok(await page.getByTestId(`announcement-unread-${id}`).isVisible());
    // Pudong's own demo notice to its subtree reaches its grassroots union too.
    assert.ok((await page.getByTestId('announcement-table-inbox').innerText()).includes('浦东新区'));
    await settled(page);
    await shot(page, 'announcements-inbox-unread');
    const read = page.waitForResponse((r) => r.url().endsWith(`/api/v1/announcements/${id}/read`));
    await page.getByTestId(`announcement-open-${id}`).click();
    await page.getByTestId('announcement-detail').waitFor();
    assert.ok((await page.getByTestId('announcement-detail').innerText()).includes('困难职工慰问名单'));
    assert.equal((await read).status(), 200);
    await shot(page, 'announcements-detail');
    await page.keyboard.press('Escape');
    await page.getByTestId(`announcement-unread-${id}`).waitFor({ state: 'detached' });
    const acct = await db().selectFrom('accounts').select('id').where('username', '=', 'grassroots').executeTakeFirstOrThrow();
    const row = await db()
      .selectFrom('announcement_reads')
      .select('account_id')
      .where('announcement_id', '=', id)
      .where('account_id', '=', acct.id)
      .executeTakeFirst();
    assert.ok(row, 'the read is recorded');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the publisher sees one reader and withdraws it; it leaves the inbox', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    await page.goto(`${env.base}/announcements`);
    await page.getByTestId('announcement-tab-published').click();
    await page.getByTestId(`announcement-row-${id}`).waitFor();
    assert.equal(await page.getByTestId(`announcement-reads-${id}`).innerText(), '1');
    await page.getByTestId(`announcement-withdraw-${id}`).click();
    await page.getByTestId('announcement-withdraw-reason').fill('活动方案调整，另行通知');
    await shot(page, 'announcements-withdraw-confirm');
    await page.getByTestId('announcement-withdraw-ok').click();
    await page.getByTestId(`announcement-withdraw-${id}`).waitFor({ state: 'detached' });
    assert.ok((await page.getByTestId(`announcement-row-${id}`).innerText()).includes('已撤回'));
    await settled(page);
    await shot(page, 'announcements-withdrawn');
    assert.deepEqual(problems, []);
    await page.context().close();

    const g = await newPage(env);
    await login(env, g.page, 'grassroots');
    await g.page.goto(`${env.base}/announcements`);
    await g.page.getByTestId('announcement-table-inbox').waitFor();
    await settled(g.page);
    assert.equal(await g.page.getByTestId(`announcement-row-${id}`).count(), 0);
    await g.page.context().close();
  });

  it('a member finds the federation notice to everyone from the portal, not the officers-only ones', async () => {
    const { page, problems } = await newPage(env, { mobile: true });
    await memberLogin(env, page);
    await page.getByTestId('portal-nav-announcements').click();
    await page.getByTestId('announcement-table-inbox').waitFor();
    await settled(page);
    const text = await page.getByTestId('announcement-table-inbox').innerText();
    assert.ok(text.includes('会员专享基本保障集中参保'), text);
    assert.ok(!text.includes('职工实事项目进展情况'), 'Pudong wrote to officers only');
    assert.equal(await page.getByTestId('announcement-publish').count(), 0);
    await shot(page, 'announcements-portal-mobile');
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
