// Browser tests: the real server (API + built UI) on a free port over a test database, driven
// through Debian's Chromium by playwright-core. Screenshots go to test-results/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { demoMember } from '../../server/src/demo/load-demo.ts';
import { startTestApp, type TestApp } from '../../server/test/harness.ts';

export const shotsDir = path.resolve(import.meta.dirname, '../../../test-results/screenshots');
export const PASSWORD = 'Shishi@demo1';

export interface BrowserEnv {
  t: TestApp;
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startBrowserEnv(opts: { members?: number } = {}): Promise<BrowserEnv> {
  if (!fs.existsSync(path.resolve(import.meta.dirname, '../dist/index.html'))) throw new Error('the web UI is not built: run `npm run build` first');
  const t = await startTestApp({ members: opts.members ?? 200, serveWeb: true });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  await t.s.jobs.start(); // the import runs as a job, as in `shishi serve`
  const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  fs.mkdirSync(shotsDir, { recursive: true });
  return {
    t,
    base,
    browser,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

export async function newPage(env: BrowserEnv, opts: { lang?: 'zh' | 'en'; mobile?: boolean } = {}) {
  const ctx = await env.browser.newContext({
    viewport: opts.mobile ? { width: 390, height: 844 } : { width: 1440, height: 900 },
    locale: opts.lang === 'en' ? 'en-US' : 'zh-CN',
    acceptDownloads: true,
    // The user's "reduce motion" setting: the app then turns Ant Design's animations off. Under load on
    // the 2-core CI machine a dialog's opening animation swallowed the click on its 确定 (seen in CI).
    reducedMotion: 'reduce',
  });
  // Waits allow 60 s: on the 2-core CI machine the other engine's tests run alongside, and a step the
  // server does in 20 s alone (preparing a batch, reconciling a remittance) was seen to take over 30.
  // A wait that never comes still fails; this only stops a slow machine from reading as a broken page.
  ctx.setDefaultTimeout(60_000);
  if (opts.lang) await ctx.addInitScript((l) => localStorage.setItem('shishi.lang', l), opts.lang);
  const page = await ctx.newPage();
  // Every navigation waits until the page's queries have settled (see `settled`), so a test never types
  // into a form that its data is about to re-render — the flakes seen on a loaded CI machine.
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const res = await goto(url, options);
    await settled(page);
    return res;
  };
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(`console: ${m.text()}`));
  return { page, problems };
}

/**
 * Waits until the app has booted and no TanStack query or mutation of the page has been in flight for
 * 250 ms (five quiet checks 50 ms apart: a lazily loaded route starts its queries a little after load).
 */
export async function settled(page: Page, timeout = 30_000) {
  await page
    .waitForFunction(
      () => {
        const w = window as unknown as { __shishiQueries?: { busy(): number }; __shishiQuiet?: number };
        if (!w.__shishiQueries) return !document.querySelector('script[type=module][src*="/assets/"]'); // not the app (a printable page, a file): nothing to wait for
        if (w.__shishiQueries.busy() > 0) {
          w.__shishiQuiet = 0;
          return false;
        }
        w.__shishiQuiet = (w.__shishiQuiet ?? 0) + 1;
        return w.__shishiQuiet >= 5;
      },
      undefined,
      { timeout, polling: 50 },
    )
    .catch(() => {}); // a page that keeps polling is still usable: the test's own waits decide
}

/**
 * Picks an option of an Ant Design Select as a user does, and makes sure it took: under load the
 * dropdown's opening animation can swallow the click (the option list stays open over the buttons
 * below it, and nothing is chosen). So after the click this waits for the list to close and the
 * choice to show in the select, and otherwise clicks again (at most three times).
 * `search` types into a searchable select first; `multiple` leaves the list open (closed with Escape).
 */
export async function choose(page: Page, target: string | Locator, text: string | RegExp, opts: { search?: string; multiple?: boolean } = {}) {
  const select = typeof target === 'string' ? page.getByTestId(target) : target;
  const testId = typeof target === 'string' ? target : String(target);
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const shows = () =>
    select.evaluate(
      (el, t) => {
        const root = el.closest('.ant-select') ?? el;
        const shown =
          [...root.querySelectorAll('.ant-select-selection-item, .ant-select-content-value, .ant-select-selection-overflow-item')]
            .map((e) => (e.getAttribute('title') ?? '') + ' ' + (e.textContent ?? ''))
            .join(' ') ||
          root.textContent ||
          '';
        return typeof t === 'string' ? shown.includes(t) : new RegExp(t.source, t.flags).test(shown);
      },
      typeof text === 'string' ? text : ({ source: text.source, flags: text.flags } as unknown as string),
    );
  for (let attempt = 1; ; attempt++) {
    if (!(await open.count())) await select.click();
    if (opts.search && attempt === 1) await page.keyboard.type(opts.search);
    const option = open.locator('.ant-select-item-option', { hasText: text }).first();
    await option.waitFor();
    await option.click();
    if (opts.multiple) {
      await page.keyboard.press('Escape');
    } else {
      await open
        .first()
        .waitFor({ state: 'hidden', timeout: 3_000 })
        .catch(() => {});
    }
    if (await shows().catch(() => false)) {
      if (await open.count()) await page.keyboard.press('Escape');
      return;
    }
    if (attempt >= 3) throw new Error(`choose: ${testId} does not show ${String(text)} after ${attempt} clicks`);
  }
}

/** The text input of an Ant Design picker, wherever Ant Design put the test id (the wrapper or the input). */
export function dateInput(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

/** Types a date into an Ant Design picker as a user does, and tabs out (which commits it and closes the panel, and submits nothing). */
export async function typeDate(page: Page, testId: string, date: string) {
  const input = dateInput(page, testId);
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}

export async function login(env: BrowserEnv, page: Page, username: string, password = PASSWORD) {
  await page.goto(`${env.base}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-name').waitFor();
  // Let the post-login navigation and its requests settle, so a following goto is not aborted by it.
  await page.waitForLoadState('networkidle').catch(() => {});
}

/**
 * The member's one-time-code login, as a member does it: ask for a code, read it from the SMS
 * outbox (the notice written for this request, not an older one), type it in, land on the portal.
 */
export async function memberLogin(env: BrowserEnv, page: Page, mobile = demoMember.mobile) {
  const db = env.t.s.database.db;
  await page.goto(`${env.base}/login`);
  await page.getByTestId('login-tab-member').click();
  await page.getByTestId('login-mobile').fill(mobile);
  const before = (await db.selectFrom('notifications').select('id').where('template', '=', 'login-code').orderBy('id', 'desc').executeTakeFirst())?.id ?? 0;
  const sent = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/otp') && r.request().method() === 'POST');
  await page.getByTestId('login-get-code').click();
  if ((await sent).status() !== 200) throw new Error(`no code was sent to ${mobile}: ${(await sent).status()}`);
  // The outbox row is written before the response: one read after it finds the code.
  const row = await db
    .selectFrom('notifications')
    .select('payload')
    .where('template', '=', 'login-code')
    .where('id', '>', before)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const code = (row?.payload as { code?: string } | undefined)?.code;
  if (!code) throw new Error('no code reached the SMS outbox');
  await page.getByTestId('login-code').fill(code);
  await page.getByTestId('login-member-submit').click();
  await page.getByTestId('portal-page').waitFor();
}

/** A screenshot of the page as the user sees it once it is still: requests done, transitions ended. */
export async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle').catch(() => {});
  // Ant Design animates drawers, modals and messages: wait for the finite animations to end (spinners loop forever and are left alone).
  await page
    .waitForFunction(
      () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
      undefined,
      { timeout: 3000 },
    )
    .catch(() => {});
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
}
