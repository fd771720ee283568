// The member service card in headless Chromium (issue 9 §1): the grassroots officer reports 李明's
// card lost, reissues it and it is activated, each an event in the card's history with the rule
// that greys what may not happen; Pudong reads the card-work index of its unions and downloads it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { choose, login, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 50 });
});
after(async () => {
  env.t?.pinToday();
  await env?.close();
});

describe('the member service card in Chromium', () => {
  it('the grassroots officer reports 李明’s card lost, reissues it, and it is activated', async () => {
    env.t.pinToday('2026-06-01');
    const db = env.t.s.database.db;
    const li = await db.selectFrom('accounts').select('person_id').where('username', '=', 'member').executeTakeFirstOrThrow();
    // Whatever the demo left, start from an active card (through the events, as an officer would).
    const m = await db
      .selectFrom('memberships')
      .select(['id', 'card_status'])
      .where('person_id', '=', li.person_id!)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    assert.equal(m.card_status, 'active', 'the demo gives 李明 an active card');
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassroots');
    await page.goto(`${env.base}/members/${li.person_id}`);
    const panel = page.getByTestId('card-panel');
    await panel.waitFor();
    assert.equal(await page.getByTestId('card-action-reissue').isDisabled(), true, 'only a lost card is reissued');
    await page.getByTestId('card-action-report-lost').click();
    await page.getByTestId('card-event-note').fill('会员本人电话挂失');
    await page.getByTestId('card-event-submit').click();
    await panel.getByTestId('card-status').getByText('挂失').waitFor();
    await page.getByTestId('card-action-reissue').click();
    await page.getByTestId('card-event-submit').click();
    await panel.getByTestId('card-status').getByText('已制卡').waitFor();
    await page.getByTestId('card-action-activate').click();
    await page.getByTestId('card-event-submit').click();
    await panel.getByTestId('card-status').getByText('已激活').waitFor();
    const rows = page.getByTestId('card-events').locator('tbody tr.ant-table-row');
    assert.equal(await rows.count(), 3);
    assert.match(await rows.first().innerText(), /激活/);
    assert.match(await rows.last().innerText(), /挂失[\s\S]*会员本人电话挂失/);
    assert.doesNotMatch(await rows.first().innerText(), /会员本人电话挂失/, 'a note belongs to its own event');
    assert.match(await page.getByTestId('card-rules').innerText(), /沪工总办〔2017〕360号/);
    await shot(page, 'cards-panel');
    // The edit form no longer offers the card status.
    await page.getByTestId('member-edit').click();
    await page
      .locator('.ant-modal')
      .getByText('会员卡状态')
      .waitFor({ state: 'detached', timeout: 2_000 })
      .catch(() => {});
    assert.equal(await page.locator('.ant-modal').getByText('会员卡状态').count(), 0);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('Pudong reads the card-work index of its unions and downloads it', async () => {
    env.t.pinToday('2025-09-01');
    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.goto(`${env.base}/reports/card-work`);
    await page.getByTestId('card-work-page').waitFor();
    await page.getByTestId('card-work-total').waitFor();
    // The year is the server's (pinned to 2025): the 2025 covers of the demo count.
    assert.match(await page.getByTestId('card-work-year').innerText(), /2025/);
    assert.match(await page.getByTestId('card-work-total').innerText(), /合计[\s\S]*%/);
    assert.ok((await page.getByTestId('card-work-table').locator('tbody tr.ant-table-row').count()) >= 1);
    await page.getByTestId('card-work-definitions').getByText('累计办卡率').waitFor();
    await shot(page, 'cards-work-index');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('card-work-xlsx').click()]);
    assert.match(download.suggestedFilename(), /会员服务卡工作指标\.xlsx$/);
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});

describe('bulk operations on the member list in Chromium', () => {
  it('the grassroots officer ticks two members and adds a category to both at once', async () => {
    env.t.pinToday();
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassroots');
    await page.goto(`${env.base}/members`);
    const boxes = page.getByTestId('member-table').locator('tbody td.ant-table-selection-column .ant-checkbox-wrapper:not(.ant-checkbox-wrapper-disabled)');
    await boxes.first().waitFor();
    const ids = await page
      .getByTestId('member-table')
      .locator('tbody a[data-testid^="member-link-"]')
      .evaluateAll((as) => as.slice(0, 2).map((a) => Number(a.getAttribute('data-testid')!.replace('member-link-', ''))));
    await boxes.nth(0).click();
    await boxes.nth(1).click();
    await page.getByTestId('member-bulk-count').getByText('已选 2 人').waitFor();
    await page.getByTestId('member-bulk-add-category').click();
    await choose(page, 'member-bulk-category', '劳动模范');
    await shot(page, 'members-bulk');
    await page.getByTestId('member-bulk-submit').click();
    await page.getByText('已办理 2 人').waitFor();
    await page.getByTestId('member-bulk-bar').waitFor({ state: 'detached' });
    const rows = await env.t.s.database.db.selectFrom('persons').select('categories').where('id', 'in', ids).execute();
    assert.deepEqual(
      rows.map((r) => r.categories.includes('model-worker')),
      [true, true],
    );
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
