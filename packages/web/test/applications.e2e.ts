// Applications, review and payouts in Chromium, on the 2018 programs of the demo. The workflow's clock
// is read per request (the services' clock), so each step pins it to a day in 2018:
// 李明 applies in the portal (390 px) for his technician award, is first told why an old certificate
// does not qualify, then submits; the regional and federation officers approve in turn (the personal
// channel skips the unit's first review); the March batch is prepared, signed off by rights and by
// finance, and paid; 李明 sees the payment and got the portal notice. An invention award goes through
// the grassroots union, is returned for correction, corrected in the portal and approved. A rejected
// application shows the engine's reasons. Screenshots in test-results/screenshots/ are looked at.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { pdf } from '../../server/src/demo/applications-data.ts';
import { dateInput, login, newPage, typeDate, shot, startBrowserEnv, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 200 });
});
after(async () => {
  await env?.close();
});

const on = (day: string) => {
  env.t.pinToday(day);
};

const file = (name: string) => ({ name, mimeType: 'application/pdf', buffer: pdf(name) });

async function upload(page: Page, prefix: string, type: string, name = `${type}.pdf`) {
  const row = page.getByTestId(`${prefix}-doc-${type}`);
  const before = await row.locator('[data-testid^="' + prefix + '-doc-file-"]').count();
  await row.locator('input[type=file]').setInputFiles(file(name));
  await row
    .locator('[data-testid^="' + prefix + '-doc-file-"]')
    .nth(before)
    .waitFor();
}

async function pick(page: Page, testId: string) {
  await page.getByTestId(testId).click();
}

/** The application number shown on the member's detail page. */
const memberAppNo = async (page: Page) => (await page.getByTestId('my-application-no').innerText()).trim();

async function decide(page: Page, decision: 'approve' | 'return' | 'reject', text?: string) {
  await page.getByTestId(`application-${decision}`).click();
  if (text) await page.getByTestId('decision-text').fill(text);
  await page.getByTestId('decision-submit').click();
  await page.getByTestId('decision-text').waitFor({ state: 'detached' });
}

async function openFromQueue(page: Page, no: string) {
  await page.goto(`${env.base}/applications/queue`);
  await page.getByTestId(`application-link-${no}`).waitFor();
  await page.getByTestId(`application-link-${no}`).click();
  await page.getByTestId('application-detail').waitFor();
}

describe('applications, review and payouts in Chromium', () => {
  let skillNo = '';
  let batchUrl = '';

  it('a member applies for a technician award in the portal: an old certificate is refused with the reason, then the application is filed', async () => {
    on('2018-03-20');
    const { page, problems } = await newPage(env, { mobile: true });
    await login(env, page, 'member');
    await page.getByTestId('portal-nav-applications').click();
    await page.getByTestId('my-applications-page').waitFor();
    // 李明's demo application (approved, not yet paid) is listed.
    await page.getByTestId('my-application-list').waitFor();
    await shot(page, 'appl-portal-list');
    await page.getByTestId('portal-apply-skill-promotion-award').click();
    await page.getByTestId('apply-form').waitFor();
    await pick(page, 'apply-field-role-worker');
    await pick(page, 'apply-field-newLevel-technician');
    await page.getByTestId('apply-field-certificateNo').fill('1831000000246810');
    await typeDate(page, 'apply-field-certificateIssuedOn', '2015-06-01');
    await pick(page, 'apply-field-certificateIssuer-shanghai-hrss');
    // The mentor's fields appear only for a mentor.
    assert.equal(await page.getByTestId('apply-field-apprenticeName').count(), 0);
    await upload(page, 'apply', 'certificate');
    await shot(page, 'appl-portal-form');
    await page.getByTestId('apply-submit').click();
    await page.getByTestId('apply-reasons').waitFor();
    assert.deepEqual(await page.locator('[data-testid="apply-reasons"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-code'))), [
      'certificate-too-old',
    ]);
    await shot(page, 'appl-portal-ineligible');
    // Corrected: the same upload goes with the application.
    await typeDate(page, 'apply-field-certificateIssuedOn', '2017-12-01');
    await page.getByTestId('apply-submit').click();
    await page.getByTestId('my-application-page').waitFor();
    skillNo = await memberAppNo(page);
    assert.match(skillNo, /^2018JN\d{6}$/);
    assert.equal(await page.getByTestId('my-application-status').getAttribute('data-status'), 'in-review');
    assert.match(await page.getByTestId('my-application-amount').innerText(), /1,000\.00/);
    // The personal channel skips the first review: the history says so.
    assert.ok(await page.locator('[data-testid^="history-"][data-action="skip"]').count());
    await shot(page, 'appl-portal-submitted');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the regional officer approves from the queue, with the engine decision, trace and documents in view', async () => {
    on('2018-03-21');
    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.goto(`${env.base}/applications/queue`);
    await page.getByTestId(`application-link-${skillNo}`).waitFor();
    await shot(page, 'appl-queue-pudong');
    await page.getByTestId(`application-link-${skillNo}`).click();
    await page.getByTestId('application-detail').waitFor();
    assert.match(await page.getByTestId('application-eligible').innerText(), /1,000\.00/);
    assert.equal(await page.getByTestId('form-value-certificateNo').innerText(), '1831000000246810');
    await page.getByTestId('application-trace-toggle').click();
    await page.getByTestId('application-trace').waitFor();
    // A reviewer may open the document (audited).
    const link = page.locator('[data-testid^="document-view-"]').first();
    const res = await page.request.get(new URL((await link.getAttribute('href'))!, env.base).toString());
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'application/pdf');
    await shot(page, 'appl-detail-pudong');
    await decide(page, 'approve', '证书核实无误');
    await page.getByTestId('application-not-your-turn').waitFor();
    assert.equal(await page.getByTestId('application-approve').count(), 0);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the federation officer approves in bulk from the queue; the amount is booked', async () => {
    on('2018-03-23');
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassrootswork');
    await page.goto(`${env.base}/applications/queue`);
    const row = page.locator('tr', { has: page.getByTestId(`application-link-${skillNo}`) });
    await row.waitFor();
    await row.locator('.ant-checkbox-input').check();
    await page.getByTestId('queue-bulk-approve').click();
    await page.getByTestId('queue-bulk-comment').fill('终审通过');
    await page.getByTestId('queue-bulk-confirm').click();
    await page.getByTestId('queue-bulk-result').waitFor();
    assert.match(await page.getByTestId('queue-bulk-result').innerText(), /通过 1 件/);
    await shot(page, 'appl-queue-bulk');
    await page.goto(`${env.base}/applications?q=${skillNo}`);
    await page.getByTestId(`application-status-${skillNo}`).waitFor();
    assert.equal(await page.getByTestId(`application-status-${skillNo}`).getAttribute('data-status'), 'approved');
    await shot(page, 'appl-list-federation');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the March batch is prepared, signed off by rights and finance, and paid, showing who signed when', async () => {
    on('2018-03-26');
    const skill = await env.t.s.database.db
      .selectFrom('program_instances')
      .select('id')
      .where('program', '=', 'skill-promotion-award')
      .executeTakeFirstOrThrow();
    {
      const { page, problems } = await newPage(env);
      await login(env, page, 'grassrootswork');
      await page.goto(`${env.base}/payouts?programId=${skill.id}`);
      await page.getByTestId('payout-prepare').click();
      assert.equal(await dateInput(page, 'payout-prepare-period').inputValue(), '2018-03');
      await page.getByTestId('payout-prepare-submit').click();
      await page.getByTestId('payout-detail').waitFor();
      batchUrl = page.url();
      assert.equal(await page.getByTestId('payout-status').getAttribute('data-status'), 'prepared');
      assert.ok(await page.getByTestId('payout-lines').getByText(skillNo).count());
      // The preparer signs nothing and cannot pay before both sign-offs.
      assert.equal(await page.getByTestId('payout-pay').count(), 0);
      const xlsx = await page.request.get(new URL((await page.getByTestId('payout-export').getAttribute('href'))!, env.base).toString());
      assert.equal(xlsx.status(), 200);
      await shot(page, 'payout-prepared');
      assert.deepEqual(problems, []);
      await page.context().close();
    }
    for (const [user, action] of [
      ['rights', 'approve-rights'],
      ['finance', 'approve-finance'],
    ] as const) {
      const { page, problems } = await newPage(env);
      await login(env, page, user);
      await page.goto(batchUrl);
      await page.getByTestId(`payout-${action}`).click();
      // Under load the dialog's opening animation can swallow the first click on 确定: click until the request goes.
      const signed = page.waitForResponse((r) => r.url().includes('/payouts/batches/') && r.request().method() === 'POST');
      for (let attempt = 1; ; attempt++) {
        const sent = page
          .waitForRequest((r) => r.url().includes('/payouts/batches/') && r.method() === 'POST', { timeout: 5_000 })
          .then(
            () => true,
            () => false,
          );
        await page.getByTestId('payout-action-confirm').click();
        if (await sent) break;
        assert.ok(attempt < 3, 'the sign-off request was never sent');
      }
      const res = await signed;
      assert.equal(res.status(), 200, await res.text());
      await page.getByTestId(`payout-${action}`).waitFor({ state: 'detached' });
      assert.notEqual(await page.getByTestId(`payout-signer-${user}`).innerText(), '待办理');
      await shot(page, `payout-${action}`);
      assert.deepEqual(problems, []);
      await page.context().close();
    }
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassrootswork');
    await page.goto(batchUrl);
    await page.getByTestId('payout-pay').click();
    await page.getByTestId('payout-reference').fill('SHCARD-201803-001');
    await page.getByTestId('payout-action-confirm').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="payout-status"]')?.getAttribute('data-status') === 'paid');
    assert.equal(await page.getByTestId('payout-paid-on').innerText(), '2018-03-26');
    for (const k of ['prepared', 'rights', 'finance', 'paid'])
      assert.match(await page.getByTestId(`payout-signer-${k}`).innerText(), /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    assert.equal(await page.getByTestId('payout-pay').count(), 0);
    await shot(page, 'payout-paid');
    await page.goto(`${env.base}/payouts`);
    await page.getByTestId('payout-table').waitFor();
    await shot(page, 'payout-list');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('the member sees the payment paid, and got the notices', async () => {
    const { page, problems } = await newPage(env, { mobile: true });
    await login(env, page, 'member');
    await page.getByTestId('portal-nav-payments').click();
    await page.getByTestId(`my-payment-status-${skillNo}`).waitFor();
    assert.equal(await page.getByTestId(`my-payment-status-${skillNo}`).getAttribute('data-status'), 'paid');
    assert.match(await page.getByTestId(`my-payment-note-${skillNo}`).innerText(), /2018-03-26/);
    await shot(page, 'appl-portal-payments');
    await page.getByTestId('portal-nav-applications').click();
    await page.getByTestId(`my-application-status-${skillNo}`).waitFor();
    assert.equal(await page.getByTestId(`my-application-status-${skillNo}`).getAttribute('data-status'), 'approved');
    // The portal notices (approval and payment) and the SMS are in the outbox.
    const person = await env.t.s.database.db.selectFrom('accounts').select('person_id').where('username', '=', 'member').executeTakeFirstOrThrow();
    const notes = await env.t.s.database.db
      .selectFrom('notifications')
      .select(['channel', 'template', 'payload'])
      .where('person_id', '=', person.person_id!)
      .execute();
    const about = (tpl: string, ch: string) => notes.filter((n) => n.template === tpl && n.channel === ch && JSON.stringify(n.payload).includes(skillNo));
    assert.equal(about('application-approved', 'portal').length, 1);
    assert.equal(about('payout-paid', 'portal').length, 1);
    assert.equal(about('payout-paid', 'sms').length, 1);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('an invention award is returned for correction by the grassroots union, corrected in the portal and approved', async () => {
    on('2018-03-27');
    let no = '';
    {
      const { page, problems } = await newPage(env, { mobile: true });
      await login(env, page, 'member');
      await page.goto(`${env.base}/me/applications`);
      await page.getByTestId('portal-apply-invention-award').click();
      await page.getByTestId('apply-form').waitFor();
      await page.getByTestId('apply-field-patentNo').fill('ZL201710098765.4');
      await pick(page, 'apply-field-firstInventor-yes');
      // Prefilled from the register: 李明 is a frontline worker.
      assert.equal(await page.getByTestId('apply-field-frontline').locator('input[type=radio]').first().isChecked(), true);
      await pick(page, 'apply-field-dedicatedRnD-no');
      await pick(page, 'apply-field-patentType-invention');
      await typeDate(page, 'apply-field-grantedOn', '2017-09-12');
      await upload(page, 'apply', 'patent-certificate');
      // Submitting without the commitment names the missing document.
      await page.getByTestId('apply-submit').click();
      await page.getByTestId('apply-error').waitFor();
      assert.match(await page.getByTestId('apply-error').innerText(), /知识产权承诺书/);
      await upload(page, 'apply', 'commitment');
      await page.getByTestId('apply-submit').click();
      await page.getByTestId('my-application-page').waitFor();
      no = await memberAppNo(page);
      assert.deepEqual(problems, []);
      await page.context().close();
    }
    {
      on('2018-03-28');
      const { page, problems } = await newPage(env);
      await login(env, page, 'grassroots');
      await openFromQueue(page, no);
      await decide(page, 'return', '专利证书扫描件不清晰，请重新上传');
      await page.getByTestId('application-decision-note').waitFor();
      assert.equal(await page.getByTestId('application-status').getAttribute('data-status'), 'returned');
      await shot(page, 'appl-returned-officer');
      assert.deepEqual(problems, []);
      await page.context().close();
    }
    {
      on('2018-03-29');
      const { page, problems } = await newPage(env, { mobile: true });
      await login(env, page, 'member');
      await page.getByTestId('portal-nav-applications').click();
      await page.getByTestId(`my-application-${no}`).click();
      await page.getByTestId('my-application-returned').waitFor();
      assert.match(await page.getByTestId('my-application-returned').innerText(), /扫描件不清晰/);
      await shot(page, 'appl-portal-returned');
      await page.getByTestId('my-application-edit').click();
      await page.getByTestId('apply-form').waitFor();
      assert.equal(await page.getByTestId('apply-field-patentNo').inputValue(), 'ZL201710098765.4');
      // Replace the unclear scan: remove the old one, upload a new one.
      const row = page.getByTestId('apply-doc-patent-certificate');
      await row.locator('button[aria-label]').first().click();
      await upload(page, 'apply', 'patent-certificate', 'patent-certificate-clear.pdf');
      await page.getByTestId('apply-comment').fill('已重新上传清晰扫描件');
      await shot(page, 'appl-portal-edit');
      await page.getByTestId('apply-submit').click();
      await page.getByTestId('my-application-page').waitFor();
      await page.waitForFunction(() => document.querySelector('[data-testid="my-application-status"]')?.getAttribute('data-status') === 'in-review');
      assert.ok(await page.locator('[data-testid^="history-"][data-action="resubmit"]').count());
      await shot(page, 'appl-portal-resubmitted');
      assert.deepEqual(problems, []);
      await page.context().close();
    }
    {
      on('2018-03-30');
      const { page, problems } = await newPage(env);
      await login(env, page, 'grassroots');
      await openFromQueue(page, no);
      assert.ok(await page.getByTestId('application-documents').getByText('patent-certificate-clear.pdf').count());
      // The unclear scan was removed with the correction.
      assert.equal(await page.getByTestId('application-documents').getByText('patent-certificate.pdf', { exact: false }).count(), 0);
      await decide(page, 'approve');
      await page.getByTestId('application-not-your-turn').waitFor();
      await shot(page, 'appl-grassroots-approved');
      assert.deepEqual(problems, []);
      await page.context().close();
    }
  });

  it('a rejected application shows the engine’s reasons, and the report and programs pages read', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassrootswork');
    await page.goto(`${env.base}/applications?status=rejected`);
    const link = page.locator('[data-testid^="application-link-"]').first();
    await link.click();
    await page.getByTestId('application-detail').waitFor();
    await page.getByTestId('application-decision-note').waitFor();
    assert.ok(await page.locator('[data-testid="application-reasons"] li[data-code="not-a-member"]').count());
    await shot(page, 'appl-rejected-reasons');
    await page.goto(`${env.base}/applications/report`);
    await page.getByTestId('report-table').waitFor();
    // The table is drawn before its figures arrive: wait for the total a user would read (it fails if it stays 0).
    await page.waitForFunction(
      () => {
        const t = document.querySelector('[data-testid="report-total"]')?.textContent?.trim();
        return !!t && t !== '0';
      },
      undefined,
      { timeout: 15000 },
    );
    assert.notEqual(await page.getByTestId('report-total').innerText(), '0');
    await shot(page, 'appl-report');
    await page.goto(`${env.base}/programs`);
    await page.getByTestId('program-chain').waitFor();
    await shot(page, 'programs');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('in English, a reviewer reads the same application', async () => {
    const { page, problems } = await newPage(env, { lang: 'en' });
    await login(env, page, 'pudong');
    await page.goto(`${env.base}/applications?q=${skillNo}`);
    await page.getByTestId(`application-link-${skillNo}`).click();
    await page.getByTestId('application-detail').waitFor();
    assert.equal(await page.getByTestId('application-status').innerText(), 'Approved');
    await shot(page, 'appl-detail-en');
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
