// 公益乐学 free classes in headless Chromium (issue 10 §3; 000 公益乐学职工文体服务实施方案): 李明 books a class at phone
// width in the portal (the places left drop, the class shows under 我的课程) and cancels it (the place goes back);
// a grassroots union's third on-site visit of the year is refused with the server's message naming 四（二）.
// Screenshots in test-results/screenshots/classes-*.png are looked at by people.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { choose, login, memberLogin, newPage, shot, startBrowserEnv, typeDate, type BrowserEnv } from './browser-harness.ts';

let env: BrowserEnv;
before(async () => {
  env = await startBrowserEnv({ members: 300 });
});
after(async () => {
  env?.t?.pinToday();
  await env?.close();
});

async function api(username: string, method: 'GET' | 'POST', url: string, payload?: object) {
  const cookie = await env.t.login(username);
  return env.t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
}
const orgOf = async (username: string) =>
  (await env.t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', username).executeTakeFirstOrThrow()).org_id!;
const num = (page: Page, id: string) => page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();
const at = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

describe('classes in Chromium', () => {
  it('李明 books a class at phone width and cancels it; the place goes back', async () => {
    const pudong = await orgOf('pudong');
    const res = await api('pudong', 'POST', '/classes', {
      title: '瑜伽入门（周三晚班）',
      category: '瑜伽',
      teachingPoint: '浦东新区职工服务中心教学点',
      venue: '浦东新区世纪大道 2001 号 3 楼舞蹈房',
      teacher: '孙老师',
      startsAt: at(50),
      endsAt: at(51.5),
      capacity: 2,
      orgId: pudong,
    });
    assert.equal(res.statusCode, 201, res.body);
    const course = res.json();
    const { page, problems } = await newPage(env, { mobile: true });
    await memberLogin(env, page);
    await page.getByTestId('portal-nav-classes').click();
    await page.getByTestId('my-classes-page').waitFor();
    assert.equal(await page.getByTestId(`class-remaining-${course.id}`).textContent(), '2');
    await shot(page, 'classes-portal-open');
    const booked = page.waitForResponse((r) => r.url().endsWith(`/api/v1/classes/${course.id}/bookings`) && r.request().method() === 'POST');
    await page.getByTestId(`class-book-${course.id}`).click();
    assert.equal((await booked).status(), 201);
    await page.getByTestId('my-class-list').getByTestId(`my-class-${course.id}`).waitFor();
    await page.getByTestId(`class-cancel-${course.id}`).waitFor();
    await shot(page, 'classes-portal-booked');
    const read = (await api('pudong', 'GET', `/classes/${course.id}`)).json();
    assert.deepEqual([read.taken, read.remaining], [1, 1]);
    // No horizontal scrolling at 390 px.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'the page fits the phone');
    await page.getByTestId(`class-cancel-${course.id}`).click();
    const cancelled = page.waitForResponse((r) => r.url().endsWith(`/api/v1/classes/${course.id}/bookings/cancel`));
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    assert.equal((await cancelled).status(), 200);
    await page.getByTestId(`class-book-${course.id}`).waitFor();
    assert.equal((await api('pudong', 'GET', `/classes/${course.id}`)).json().remaining, 2);
    assert.deepEqual(problems, []);
    // The same tab in English: the portal bar scrolls and keeps its labels whole.
    await page.evaluate(() => localStorage.setItem('shishi.lang', 'en'));
    await page.goto(`${env.base}/me/classes`);
    await page.getByTestId(`class-book-${course.id}`).getByText('Book').waitFor();
    await shot(page, 'classes-portal-en');
    assert.deepEqual(problems, []);
  });

  it('a unit’s third on-site visit of the year is refused, naming 四（二）', async () => {
    env.t.pinToday('2018-03-01');
    const union = await orgOf('grassroots');
    for (const visitOn of ['2018-04-10', '2018-06-12']) {
      const r = await api('grassroots', 'POST', '/class-visits', {
        orgId: union,
        visitOn,
        startTime: '14:00',
        category: '插花',
        address: '浦东新区张江路 100 号 2 楼会议室',
        contactName: '陈立',
        contactPhone: '13912345678',
        attendees: 40,
      });
      assert.equal(r.statusCode, 201, r.body);
    }
    const { page, problems } = await newPage(env);
    await login(env, page, 'grassroots');
    await page.goto(`${env.base}/classes`);
    await page.getByRole('tab', { name: '企业版送教上门' }).click();
    await page.getByTestId('visit-table').waitFor();
    await page.getByTestId('visit-new').click();
    await typeDate(page, 'visit-on', '2018-11-20');
    await choose(page, 'visit-category', '心理', { search: '心理' });
    await page.getByTestId('visit-address').fill('浦东新区张江路 100 号 2 楼会议室');
    await page.getByTestId('visit-contact').fill('陈立');
    await page.getByTestId('visit-phone').fill('13912345678');
    await num(page, 'visit-attendees').fill('35');
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/v1/class-visits') && r.request().method() === 'POST');
    await page.getByTestId('visit-submit').click();
    const res = await sent;
    assert.equal(res.status(), 409, await res.text());
    const err = page.getByTestId('visit-error');
    await err.waitFor();
    assert.match((await err.textContent()) ?? '', /四（二）/);
    await shot(page, 'classes-visit-refused');
    await page.keyboard.press('Escape');
    assert.equal((await api('grassroots', 'GET', '/class-visits?year=2018')).json().items.length, 2);
    await page.getByRole('tab', { name: '现场版课程' }).click();
    await page.getByTestId('course-table').waitFor();
    await shot(page, 'classes-officer-courses');
    await page.getByRole('tab', { name: '单位申报（附件1、附件2）' }).click();
    await page.getByTestId('forms-teaching').waitFor();
    await shot(page, 'classes-officer-forms');
    assert.deepEqual(
      problems.filter((p) => !/409/.test(p)),
      [],
    );
    env.t.pinToday();
  });

  it('Pudong files the 附件1 teaching-point form (a district’s, 四（三）) drawn from the published form, with two teaching points', async () => {
    const { page, problems } = await newPage(env);
    await login(env, page, 'pudong');
    await page.goto(`${env.base}/classes`);
    await page.getByRole('tab', { name: '单位申报（附件1、附件2）' }).click();
    await page.getByTestId('forms-teaching-file').click();
    await page.getByTestId('uf-form').waitFor();
    const fill = (f: string, v: string) => page.getByTestId(`uf-${f}`).fill(v);
    await fill('address', '浦东新区张江路 100 号');
    await fill('postcode', '201203');
    await fill('legalRepName', '周海');
    await fill('legalRepTitle', '董事长');
    await fill('legalRepPhone', '021-50801234');
    await fill('contactName', '陈立');
    await fill('contactTitle', '工会主席');
    await fill('contactPhone', '021-50805678');
    await fill('contactEmail', 'chenli@example.cn');
    await fill('contactMobile', '13912345678');
    // The teaching points are a list of rows (address, postcode): one row to start, a second added.
    await fill('points-0-address', '张江路 100 号 2 楼职工之家');
    await fill('points-0-postcode', '201203');
    await page.getByTestId('uf-points-add').click();
    await fill('points-1-address', '科苑路 88 号 1 楼活动室');
    await fill('points-1-postcode', '201210');
    await num(page, 'uf-areaSqm').fill('120');
    await page.getByTestId('uf-themeColour-yes').click();
    await choose(page, 'uf-rooms', '舞蹈房');
    await page.getByTestId('uf-siteSource-own').click();
    await num(page, 'uf-selfInvestmentYuan').fill('50000');
    await num(page, 'uf-requestedSubsidyYuan').fill('30000');
    await page.getByTestId('uf-serviceMode-both').click();
    await choose(page, 'uf-bookingChannels', '微信');
    await page.getByTestId('uf-schedule-weekly').click();
    await fill('weeklyTime', '周三 18:30–20:00');
    await num(page, 'uf-weeklyPersons').fill('60');
    await num(page, 'uf-yearlyPersons').fill('2400');
    await shot(page, 'classes-teaching-form');
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/v1/applications') && r.request().method() === 'POST');
    await page.getByTestId('uf-submit').click();
    const res = await sent;
    const body = await res.text();
    assert.equal(res.status(), 201, body);
    const filed = JSON.parse(body) as { id: number };
    const app = (await api('pudong', 'GET', `/applications/${filed.id}`)).json();
    assert.deepEqual(app.form.points, [
      { address: '张江路 100 号 2 楼职工之家', postcode: '201203' },
      { address: '科苑路 88 号 1 楼活动室', postcode: '201210' },
    ]);
    assert.equal(app.form.themeColour, true);
    await page.getByTestId(`forms-download-${filed.id}`).waitFor();
    await shot(page, 'classes-teaching-filed');
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
