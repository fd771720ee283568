// Every page a demo account's menu offers opens for that account without an error (issue 12: "walk every
// page as each demo account on the default start"). For each account: log in, open every sub-menu, visit
// every link, and fail on a page error, a console error, an answer of 500 or more, a 403 (the menu offered a
// page the server refuses) or a page showing the app's error state. One screenshot per page in
// test-results/screenshots/walk-<account>-<page>.png, looked at by people.
// SHISHI_WALK=all walks all 17 demo accounts (16 min on the 2-core machine at load 16, all passing on 2026-12-03);
// by default the five whose menus together hold all 35 pages (district, member, auditor, administrator, the mutual-aid
// centre), so the walk adds a few minutes to the suite, not a quarter of an hour.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { login, memberLogin, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

const ALL = [
  'admin',
  'security',
  'auditor',
  'rights',
  'mutualaid',
  'pudong',
  'jiading',
  'zhangjiang',
  'grassroots',
  'yangpu',
  'wujiaochang',
  'labour',
  'grassrootswork',
  'finance',
  'eleme',
  'seagull',
  'member',
];
const SOME = ['pudong', 'member', 'auditor', 'admin', 'mutualaid'];
const accounts = process.env.SHISHI_WALK === 'all' ? ALL : SOME;

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 200 });
});
after(async () => env?.close());

describe('every page of every menu in Chromium', () => {
  for (const user of accounts) {
    it(`${user}: every page in the menu opens without an error`, async () => {
      const { page, problems } = await newPage(env);
      const bad: string[] = [];
      page.on('response', (r) => {
        if (!r.url().includes('/api/')) return;
        if (r.status() >= 500 || r.status() === 403) bad.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
      });
      if (user === 'member') await memberLogin(env, page);
      else await login(env, page, user);
      // Officers have the side menu; the member has the portal's bar of links.
      let links = 'a[data-testid^="portal-nav-"], [data-testid="portal-nav-scroll"] a';
      if (user !== 'member') {
        await page.getByTestId('side-menu').waitFor();
        for (const sub of await page.locator('[data-testid="side-menu"] .ant-menu-submenu-title').all()) {
          if ((await sub.getAttribute('aria-expanded')) !== 'true') await sub.click();
        }
        links = '[data-testid="side-menu"] a[data-testid^="nav-"]';
      }
      const hrefs = await page.locator(links).evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('href') ?? '').filter((h) => h.startsWith('/')))]);
      assert.ok(hrefs.length > 0, `${user} sees a menu`);
      const failures: string[] = [];
      for (const href of hrefs) {
        problems.length = 0;
        bad.length = 0;
        await page.goto(env.base + href); // the harness's goto waits until the page's queries settle
        const errorState = await page.locator('.ant-result-error, .ant-result-500, .ant-result-403, [data-testid="server-error"]').count();
        const name = href === '/' ? 'home' : href.slice(1).replace(/[/?=&]/g, '-');
        await shot(page, `walk-${user}-${name}`);
        const what = [...problems, ...bad, ...(errorState ? ['the page shows an error'] : [])];
        if (what.length) failures.push(`${href}: ${what.join('; ')}`);
      }
      assert.deepEqual(failures, [], `${user}: pages with errors`);
      await page.context().close();
    });
  }
});
