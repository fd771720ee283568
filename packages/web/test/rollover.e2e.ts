// The yearly roll-over in headless Chromium (issue 12 "Done when", policy part): the administrator
// drafts 2025's member vacation policy as 2026 from the policy versions page, cannot approve it
// himself, the rights department previews the case changes and approves it. Opening the 2026
// program instance and a member's application are not covered yet (see REPORT-roll.md).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { login, newPage, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 50 });
});
after(async () => env?.close());

describe('policy roll-over in the browser', () => {
  it('the administrator drafts member vacation 2026 and a second person approves it', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'admin');
    await page.goto(`${env.base}/policy/versions?program=member-vacation`);
    await page.getByTestId('versions-table').getByText('2025-01-01 – 2025-12-31').waitFor();
    await page.getByTestId('version-create').click();
    await page.getByTestId('version-form').waitFor();
    await page.getByTestId('version-source').fill('沪工总办〔2026〕1号 附件2-9 一(一)4');
    const stay = page.getByTestId('value-stay-period');
    await stay.fill('{"from":"2026-01-01","to":"2026-12-31"}');
    await shot(page, 'rollover-1-draft-form');
    await page.getByTestId('version-save').click();
    await page.getByText('待审批').first().waitFor();
    await page.getByText('本人起草的版本须由另一人审批').waitFor();
    assert.equal(await page.getByTestId('version-approve-2026').count(), 0, 'the creator sees no approve button');
    await shot(page, 'rollover-2-draft-listed');
    assert.deepEqual(problems, []);

    const second = await newPage(env);
    await login(env, second.page, 'rights');
    await second.page.goto(`${env.base}/policy/versions?program=member-vacation`);
    await second.page.locator('.ant-table-row-expand-icon').first().click();
    await second.page.getByTestId('preview-summary').waitFor();
    assert.match(await second.page.getByTestId('preview-summary').innerText(), /共 \d+ 个用例：\d+ 个结果变化，\d+ 个不变/);
    await shot(second.page, 'rollover-3-preview');
    await second.page.getByTestId('version-approve-2026').click();
    await second.page.getByText('已生效').first().waitFor();
    await second.page.getByText('已批准，新版本即时生效').waitFor();
    await shot(second.page, 'rollover-4-approved');
    assert.deepEqual(second.problems, []);
  });
});
