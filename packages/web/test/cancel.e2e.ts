// Cancelling an approved vacation booking in headless Chromium (issue 10 §3): 李明's booking is
// approved by his union; before check-in he cancels it in the portal with a reason; the subsidy is
// reversed in the ledger and the yearly cap has it back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { memberLogin, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 50 });
});
after(async () => {
  env.t?.pinToday();
  await env?.close();
});

async function api(user: string, method: string, url: string, payload?: unknown) {
  const cookie = await env.t.login(user);
  const r = await env.t.app.inject({
    method: method as 'POST',
    url: `/api/v1${url}`,
    headers: { cookie },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
  assert.ok(r.statusCode < 300, `${method} ${url}: ${r.body}`);
  return r.json();
}

describe('cancelling an approved booking in Chromium', () => {
  it('李明 cancels his approved vacation in the portal before check-in; the subsidy goes back', async () => {
    env.t.pinToday('2025-03-03');
    const program = await api('admin', 'POST', '/programs', {
      program: 'member-vacation',
      year: 2025,
      title: '2025年会员个人休养度假',
      status: 'open',
      channels: ['personal', 'unit'],
      windows: [{ batch: 1, from: '2025-01-01', to: '2025-12-31' }],
      reviewChain: [{ level: 'grassroots', actor: { role: 'grassroots-officer' }, dueIn: { workingDays: 5 } }],
      requiredDocuments: [],
      settlement: { cadence: 'monthly', closeDay: 25, payByDay: 10, preparer: 'rights', payTo: 'member-card' },
      contacts: [{ role: '预订', org: '海鸥集团疗休养事业发展部', name: '杨洁', phone: '13601734013' }],
      sources: '沪工总办〔2024〕189号 附件2-9 一(一)',
    });
    const booked = await api('member', 'POST', '/applications', {
      programId: program.id,
      form: { resort: 'pingfengshan', checkIn: '2025-05-01', nights: 2, rooms: 1, marketPrice: 500 },
    });
    await api('grassroots', 'POST', `/applications/${booked.id}/approve`, {});
    const { page, problems } = await newPage(env, { mobile: true });
    await memberLogin(env, page);
    await page.goto(`${env.base}/me/applications/${booked.id}`);
    await page.getByTestId('my-application-cancel').click();
    await page.getByTestId('my-application-cancel-confirm').click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    await page.getByTestId('my-application-cancel-reason').fill('单位临时安排出差');
    await shot(page, 'cancel-booking');
    await page.getByTestId('my-application-cancel-confirm').click();
    await page.getByTestId('my-application-status').getByText('已撤回').waitFor();
    assert.equal(await page.getByTestId('my-application-cancel').count(), 0);
    const ledger = await env.t.s.database.db
      .selectFrom('payout_entries')
      .select('amount_fen')
      .where('source_kind', '=', 'application')
      .where('source_id', '=', booked.id)
      .execute();
    assert.equal(
      ledger.reduce((a, e) => a + e.amount_fen, 0),
      0,
    );
    await shot(page, 'cancel-booking-done');
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
