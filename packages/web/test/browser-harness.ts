// Browser tests: the real server (API + built UI) on a free port over a test database, driven
// through Debian's Chromium by playwright-core. Screenshots go to test-results/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
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
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
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
  });
  if (opts.lang) await ctx.addInitScript((l) => localStorage.setItem('shishi.lang', l), opts.lang);
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(`console: ${m.text()}`));
  return { page, problems };
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

export async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
}
