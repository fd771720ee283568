// Issue 10 “Done when”: 李明 books a 2025 vacation in the portal and is refused past the yearly cap, in headless Chromium.
// 003 附件2-9 一(一)4: at most 2 rooms and 5 nights a stay, at most 2,500 yuan of subsidy a year across the member's stays,
// read from the register (never typed). His first stay (屏风山, 2 rooms × 5 nights) takes the whole year's cap; the next
// one is refused on the form, naming what is used and the cap, and nothing is booked. Screenshots in
// test-results/screenshots/vacation-cap-*.png are looked at by people.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { choose, memberLogin, newPage, shot, startBrowserEnv, typeDate, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
let programId = 0;
before(async () => {
  env = await startBrowserEnv({ members: 50 });
  env.t.pinToday('2025-03-03');
  const cookie = await env.t.login('admin');
  const r = await env.t.app.inject({
    method: 'POST',
    url: '/api/v1/programs',
    headers: { cookie },
    payload: {
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
    },
  });
  assert.equal(r.statusCode, 201, r.body);
  programId = r.json().id;
});
after(async () => {
  env.t?.pinToday();
  await env?.close();
});

describe('the 2025 vacation yearly cap in Chromium', () => {
  it('李明 books a stay that takes the whole cap, then the next stay is refused naming the cap', async () => {
    const { page, problems } = await newPage(env, { mobile: true });
    await memberLogin(env, page);
    const book = async (resort: string, checkIn: string, nights: number, rooms: number, price: number) => {
      await page.goto(`${env.base}/me/apply/${programId}`);
      await page.getByTestId('apply-form').waitFor();
      await choose(page, 'apply-field-resort', resort);
      await typeDate(page, 'apply-field-checkIn', checkIn);
      await page.getByTestId('apply-field-nights').fill(String(nights));
      await page.getByTestId('apply-field-rooms').fill(String(rooms));
      await page.getByTestId('apply-field-marketPrice').fill(String(price));
      await page.getByTestId('apply-submit').click();
    };
    await book('屏风山工人疗养院', '2025-05-01', 5, 2, 500);
    await page.getByTestId('my-application-page').waitFor();
    assert.match(await page.getByTestId('my-application-amount').innerText(), /2,?500\.00/, '10 room-nights × 250 = the year’s cap');
    await shot(page, 'vacation-cap-1-booked');

    await book('沙家浜休养院', '2025-07-01', 1, 1, 300);
    await page
      .getByText(/已用 2500\.00 元.*最多 2500\.00 元/)
      .first()
      .waitFor();
    assert.equal(await page.getByTestId('my-application-page').count(), 0, 'still on the form: nothing booked');
    await shot(page, 'vacation-cap-2-refused');
    const stays = await env.t.s.database.db
      .selectFrom('applications')
      .select('id')
      .where('program', '=', 'member-vacation')
      .where('instance_id', '=', programId)
      .execute();
    assert.equal(stays.length, 1);
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
