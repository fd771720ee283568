// Sites and grants, the parts of issue 11 redone in session 21, through HTTP on the database named by
// SHISHI_TEST_DB: canteens (001 项目6) and culture teams (001 项目11) checked on site against the engine's
// criteria; a health point's 1:1:1 matching (001 项目1 三(四)) recorded and checked at acceptance; the
// district's summary claim (申领汇总表, 000 附件1) as .xlsx; the daily job that turns a yellow card past its
// deadline into a red card; a district's own program paid from the district's own account.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { httpKit, documentUploader, PNG_1PX } from '../kit.ts';
import { pdf } from '../../src/demo/applications-data.ts';
import { yellowOverdueJob } from '../../src/modules/sites/cards.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const users = ['admin', 'grassroots', 'pudong', 'jiading', 'zhangjiang', 'grassrootswork', 'rights', 'finance'];
const png = PNG_1PX;

before(async () => {
  t = await startTestApp({ members: 300 });
  for (const u of users) cookies[u] = await t.login(u);
});
after(async () => {
  t?.pinToday();
  await t?.close();
});

const { req, ok } = httpKit(() => t, cookies);
const upload = documentUploader(() => t, cookies);
const photo = (user: string) => upload(user, 'site-photo', png, 'photo.png');
const wd = (n: number) => ({ workingDays: n });
const orgOf = async (username: string) =>
  (await t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', username).executeTakeFirstOrThrow()).org_id!;
const settlement = { closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'org-account' };
const twoSteps = (fn: string) => [
  { level: 'regional', actor: { role: 'regional-officer' }, dueIn: wd(20), skipForChannels: [] },
  { level: 'federation', actor: { role: 'department-officer', functionCode: fn }, dueIn: wd(30), skipForChannels: [] },
];
const regionalOnly = [{ level: 'regional', actor: { role: 'regional-officer' }, dueIn: wd(20), skipForChannels: [] }];
/** Every item of a checklist met (numbers at their minimum), except the codes given a value or `false`. */
const answers = (items: any[], over: Record<string, number | boolean> = {}) =>
  items.map((i: any) => {
    const o = over[i.code];
    if (typeof o === 'boolean') return { code: i.code, met: o };
    return { code: i.code, met: true, ...(i.answer === 'number' ? { value: o ?? i.min } : {}) };
  });
async function readXlsx(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as any);
  const ws = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
async function site(user: string, body: Record<string, unknown>) {
  return ok(req(user, 'POST', '/sites', { lon: 121.59, lat: 31.21, photoIds: [await photo(user)], ...body }), 201);
}
async function verifiedAccount(user: string, orgId: number, accountName: string, accountNo: string) {
  const a = await ok(req(user, 'POST', '/payouts/payee-accounts', { orgId, bank: '上海银行', accountName, accountNo }), 201);
  await ok(req('finance', 'POST', `/payouts/payee-accounts/${a.id}/verify`));
}

describe(`sites and grants (canteens, culture teams, matching, claims, cards, district payer) on ${engine}`, () => {
  let parkOrg = 0;
  let pudongOrg = 0;
  let jiadingOrg = 0;

  before(async () => {
    parkOrg = await orgOf('zhangjiang');
    pudongOrg = await orgOf('pudong');
    jiadingOrg = await orgOf('jiading');
  });

  it('a canteen: applied in the first round with the 申报表, checked against 001 项目6 二 item by item, accepted with no grant', async () => {
    t.pinToday('2022-02-10');
    const program = await ok(
      req('rights', 'POST', '/programs', {
        program: 'canteen-standard',
        year: 2022,
        title: '2022年推进新建10家园区（企业）一线职工食堂',
        status: 'open',
        channels: ['unit'],
        // 001 项目6 四(二): 申报表 by 3/15; 补充申报 by 6/30.
        windows: [
          { batch: 1, from: '2022-02-01', to: '2022-03-15' },
          { batch: 2, from: '2022-03-16', to: '2022-06-30' },
        ],
        reviewChain: twoSteps('rights'),
        settlement: { ...settlement, preparer: 'rights' },
        sources: '001 项目6',
      }),
      201,
    );
    const c = await site('zhangjiang', { kind: 'canteen', name: '张江科学城一线职工食堂', orgId: parkOrg, address: '浦东新区科苑路88号' });
    const form = {
      siteId: c.id,
      contactName: '陈立',
      contactPhone: '021-50800001',
      ownerUnit: '上海张江（集团）有限公司',
      openingOn: '2022-09-01',
      investmentYuan: 3200000,
      workersServed: 1800,
      staff: 24,
      mealsPerDay: 2,
      category: 'key-park',
    };
    t.pinToday('2022-03-15');
    const app = await ok(req('zhangjiang', 'POST', '/applications', { programId: program.id, applicantOrgId: parkOrg, form }), 201);
    t.pinToday('2022-09-20');
    const list = await ok(req('pudong', 'GET', `/sites/${c.id}/checklist`));
    assert.equal(list.program, 'canteen-standard');
    assert.equal(list.policy, '2022');
    assert.deepEqual(
      list.items.map((i: any) => i.code),
      ['safe-canteen-standard', 'matches-workforce', 'opened-in-year', 'serves-frontline'],
    );
    assert.ok(list.items.every((i: any) => i.source.startsWith('001 推进新建10家园区（企业）一线职工食堂 二')));
    const body = { purpose: 'acceptance', inspectedOn: '2022-09-20', inspector: '浦东新区总工会 张敏' };
    const failed = await ok(
      req('pudong', 'POST', `/sites/${c.id}/inspections`, {
        ...body,
        answers: answers(list.items, { 'safe-canteen-standard': false }),
        photoIds: [await photo('pudong')],
      }),
      201,
    );
    assert.equal(failed.passed, false);
    assert.deepEqual(
      failed.reasons.map((r: any) => r.code),
      ['safe-canteen-standard'],
    );
    assert.match(failed.reasons[0].zh, /职工放心食堂/);
    const passed = await ok(
      req('pudong', 'POST', `/sites/${c.id}/inspections`, { ...body, answers: answers(list.items), photoIds: [await photo('pudong')] }),
      201,
    );
    assert.equal(passed.passed, true);
    const accepted = await ok(req('rights', 'POST', `/sites/${c.id}/accept`, {}));
    assert.equal(accepted.status, 'accepted');
    assert.equal(accepted.application.id, app.id);
    assert.equal(accepted.application.status, 'approved');
    // 001 项目6 states no grant (the ten best are plaqued at the year's end): nothing is booked.
    assert.equal(accepted.application.amount, 0);
    assert.equal(accepted.application.booked, 0);
    assert.equal((accepted.application.evaluation as any).output.round, 1);
    // A supplementary form (3/16–6/30) for a project launched before the first round closed is refused at the final review.
    t.pinToday('2022-05-10');
    const c2 = await site('zhangjiang', { kind: 'canteen', name: '张江二期职工食堂', orgId: parkOrg, address: '浦东新区科苑路99号' });
    await ok(
      req('zhangjiang', 'POST', '/applications', {
        programId: program.id,
        applicantOrgId: parkOrg,
        form: { ...form, siteId: c2.id, launchedOn: '2022-03-01' },
      }),
      201,
    );
    t.pinToday('2022-09-21');
    await ok(
      req('pudong', 'POST', `/sites/${c2.id}/inspections`, {
        ...body,
        inspectedOn: '2022-09-21',
        answers: answers(list.items),
        photoIds: [await photo('pudong')],
      }),
      201,
    );
    const late = await req('rights', 'POST', `/sites/${c2.id}/accept`, {});
    assert.equal(late.statusCode, 400, late.body);
    assert.match(late.body, /not-newly-launched/);
    assert.equal((await ok(req('pudong', 'GET', `/sites/${c2.id}`))).status, 'inspected');
  });

  it('a culture team: 团龄2年以上 and 不低于30人 at their boundaries, 50,000 booked to the union on acceptance', async () => {
    t.pinToday('2022-02-15');
    const program = await ok(
      req('grassrootswork', 'POST', '/programs', {
        program: 'culture-team-grant',
        year: 2022,
        title: '2022年选树10个上海职工示范性文艺团队',
        status: 'open',
        channels: ['unit'],
        windows: [{ batch: 1, from: '2022-02-01', to: '2022-03-31' }],
        reviewChain: twoSteps('grassroots-work'),
        settlement,
        budget: 500000,
        sources: '001 项目11',
      }),
      201,
    );
    const team = await site('zhangjiang', { kind: 'culture-team', name: '张江职工合唱团', orgId: parkOrg, address: '浦东新区张江路500号' });
    await ok(
      req('zhangjiang', 'POST', '/applications', {
        programId: program.id,
        applicantOrgId: parkOrg,
        form: {
          siteId: team.id,
          teamType: 'choir',
          foundedOn: '2020-05-01',
          members: 30,
          leader: '林悦',
          leaderPhone: '021-50800002',
          newWork: '《张江之歌》',
        },
      }),
      201,
    );
    t.pinToday('2022-06-10');
    const list = await ok(req('pudong', 'GET', `/sites/${team.id}/checklist`));
    assert.equal(list.program, 'culture-team-grant');
    assert.equal(list.items.length, 12);
    assert.equal(list.items.find((i: any) => i.code === 'members-30').min, 30);
    const body = { purpose: 'acceptance', inspectedOn: '2022-06-10', inspector: '浦东新区总工会 张敏' };
    const young = await ok(
      req('pudong', 'POST', `/sites/${team.id}/inspections`, {
        ...body,
        answers: answers(list.items, { 'team-age-2-years': 1.9, 'members-30': 29 }),
        photoIds: [await photo('pudong')],
      }),
      201,
    );
    assert.deepEqual(
      young.reasons.map((r: any) => r.code),
      ['team-age-2-years', 'members-30'],
    );
    await ok(
      req('pudong', 'POST', `/sites/${team.id}/inspections`, {
        ...body,
        answers: answers(list.items, { 'team-age-2-years': 2, 'members-30': 30 }),
        photoIds: [await photo('pudong')],
      }),
      201,
    );
    const accepted = await ok(req('grassrootswork', 'POST', `/sites/${team.id}/accept`, {}));
    assert.equal(accepted.application.amount, 50000);
    assert.equal(accepted.application.booked, 50000);
    assert.ok(JSON.stringify(accepted.application.evaluation).includes('001 选树10个上海职工示范性文艺团队 三(五)'));
  });

  let healthPoint = 0;
  it('a health point: acceptance refuses a grant without the 1:1:1 matching, naming the field; the shares are recorded and shown', async () => {
    t.pinToday('2022-03-01');
    const program = await ok(
      req('grassrootswork', 'POST', '/programs', {
        program: 'health-point-grant',
        year: 2022,
        title: '2022年新增30个园区（楼宇）健康服务点',
        status: 'open',
        channels: ['unit'],
        windows: [{ batch: 1, from: '2022-03-01', to: '2022-09-30' }],
        reviewChain: twoSteps('grassroots-work'),
        settlement,
        sources: '001 项目1',
      }),
      201,
    );
    const hp = await site('zhangjiang', { kind: 'health-point', name: '张江药谷职工健康服务点', orgId: parkOrg, address: '浦东新区哈雷路1000号' });
    healthPoint = hp.id;
    await ok(
      req('zhangjiang', 'POST', '/applications', {
        programId: program.id,
        applicantOrgId: parkOrg,
        form: {
          siteId: hp.id,
          pointType: 'new',
          manager: '周敏',
          managerPhone: '021-50800003',
          healthCentre: '张江社区卫生服务中心',
          serviceHours: '每周二、四中午',
        },
      }),
      201,
    );
    t.pinToday('2022-06-15');
    const list = await ok(req('pudong', 'GET', `/sites/${hp.id}/checklist`));
    assert.equal(list.program, 'health-point-standard');
    assert.equal(list.policy, '2022');
    await ok(
      req('pudong', 'POST', `/sites/${hp.id}/inspections`, {
        purpose: 'acceptance',
        inspectedOn: '2022-06-15',
        inspector: '浦东新区总工会 张敏',
        answers: answers(list.items),
        photoIds: [await photo('pudong')],
      }),
      201,
    );
    t.pinToday('2022-07-01');
    const none = await req('grassrootswork', 'POST', `/sites/${hp.id}/accept`, {});
    assert.equal(none.statusCode, 400, none.body);
    assert.deepEqual([none.json().errors[0].field, none.json().errors[0].code], ['body.matching', 'matching-required']);
    const short = await req('grassrootswork', 'POST', `/sites/${hp.id}/accept`, { matching: { district: 15000, street: 14999.99 } });
    assert.equal(short.statusCode, 400, short.body);
    assert.deepEqual([short.json().errors[0].field, short.json().errors[0].code], ['body.matching.street', 'matching-below-minimum']);
    assert.match(short.json().messages.zh, /街镇（园区、楼宇）工会配套经费 ¥14999\.99 低于/);
    // Nothing half-written: still inspected, nothing booked.
    let detail = await ok(req('pudong', 'GET', `/sites/${hp.id}`));
    assert.equal(detail.status, 'inspected');
    assert.equal(detail.application.booked, 0);
    assert.equal(detail.matching, null);
    detail = await ok(req('grassrootswork', 'POST', `/sites/${hp.id}/accept`, { matching: { district: 15000, street: 20000 } }));
    assert.equal(detail.status, 'accepted');
    assert.equal(detail.application.amount, 15000);
    assert.deepEqual(detail.matching, { district: 15000, street: 20000, minDistrict: 15000, minStreet: 15000, cityGrant: 15000 });
    assert.match(detail.events.at(-1).comment, /配套：区总 ¥15000\.00、街镇 ¥20000\.00/);
  });

  it('the district’s summary claim (申领汇总表, 000 附件1) from its accepted nursing rooms, in the seed’s columns, scoped', async () => {
    t.pinToday('2018-03-01');
    const program = await ok(
      req('grassrootswork', 'POST', '/programs', {
        program: 'nursing-room-subsidy',
        year: 2018,
        title: '2018年女职工幸福关爱行动“爱心妈咪小屋”助推计划',
        status: 'open',
        channels: ['unit'],
        // 000 一(三)2: rooms apply to their regional union by 8/31, which checks them on site; 3: the union claims by 9/15.
        windows: [{ batch: 1, from: '2017-10-01', to: '2018-08-31' }],
        reviewChain: regionalOnly,
        settlement,
        sources: '000 女职工幸福关爱行动',
      }),
      201,
    );
    const room = await site('zhangjiang', { kind: 'nursing-room', name: '张江园区爱心妈咪小屋', orgId: parkOrg, address: '浦东新区郭守敬路498号' });
    await ok(
      req('zhangjiang', 'POST', '/applications', {
        programId: program.id,
        applicantOrgId: parkOrg,
        form: { siteId: room.id, builtOn: '2018-02-20', contactName: '王芳', contactPhone: '021-50800004' },
      }),
      201,
    );
    t.pinToday('2018-08-20');
    const list = await ok(req('pudong', 'GET', `/sites/${room.id}/checklist`));
    assert.equal(list.program, 'nursing-room-standard');
    assert.deepEqual(
      list.items.map((i: any) => i.code),
      ['assets-10000', 'rest-and-nursing', 'assets-booked', 'federation-sign', 'in-working-order'],
    );
    const body = { purpose: 'acceptance', inspectedOn: '2018-08-20', inspector: '浦东新区总工会 李红' };
    const cheap = await ok(
      req('pudong', 'POST', `/sites/${room.id}/inspections`, {
        ...body,
        answers: answers(list.items, { 'assets-10000': 9999.99 }),
        photoIds: [await photo('pudong')],
      }),
      201,
    );
    assert.deepEqual(
      cheap.reasons.map((r: any) => r.code),
      ['assets-10000'],
    );
    await ok(
      req('pudong', 'POST', `/sites/${room.id}/inspections`, {
        ...body,
        answers: answers(list.items, { 'assets-10000': 10000 }),
        photoIds: [await photo('pudong')],
      }),
      201,
    );
    const accepted = await ok(req('pudong', 'POST', `/sites/${room.id}/accept`, {}));
    assert.equal(accepted.application.amount, 10340);

    t.pinToday('2018-09-10');
    const x = await req('pudong', 'GET', '/sites/claims/summary.xlsx?year=2018&kind=nursing-room');
    assert.equal(x.statusCode, 200, x.body);
    assert.match(x.headers['content-type'] as string, /spreadsheetml/);
    assert.match(decodeURIComponent(String(x.headers['content-disposition'])), /爱心妈咪小屋项目/);
    const rows = await readXlsx(x.rawPayload);
    assert.equal(rows[0]![0], '女职工幸福关爱行动申领汇总表——爱心妈咪小屋项目');
    assert.match(String(rows[1]![0]), /区局（产业）：浦东新区总工会.*制表时间：9 月 10 日.*请加盖工会章/);
    assert.deepEqual(rows[2], ['序号', '小屋名称', '建屋时间', '申领标准（元）', '申领金额（元）', '备注']);
    const mine = rows.slice(3).find((r) => r[1] === '张江园区爱心妈咪小屋')!;
    assert.ok(mine, JSON.stringify(rows));
    assert.deepEqual(mine.slice(2, 5), ['2018-02-20', 10340, 10340]);
    assert.deepEqual([rows.at(-1)![0], rows.at(-1)![4], rows.at(-1)![5]], ['总金额', 10340, '（元）']);
    // Jiading's claim does not hold Pudong's room; Jiading cannot ask for Pudong's.
    const jd = await readXlsx((await req('jiading', 'GET', '/sites/claims/summary.xlsx?year=2018&kind=nursing-room')).rawPayload);
    assert.equal(
      jd.some((r) => r[1] === '张江园区爱心妈咪小屋'),
      false,
    );
    assert.match(String(jd[1]![0]), /嘉定/);
    assert.equal((await req('jiading', 'GET', `/sites/claims/summary.xlsx?year=2018&kind=nursing-room&regionOrgId=${pudongOrg}`)).statusCode, 404);
    assert.equal((await req('pudong', 'GET', '/sites/claims/summary.xlsx?year=2018')).statusCode, 400);
    assert.equal((await req(null, 'GET', '/sites/claims/summary.xlsx?year=2018&kind=nursing-room')).statusCode, 401);
    // The health point claim carries the matching shares.
    const hp = await readXlsx((await req('pudong', 'GET', '/sites/claims/summary.xlsx?year=2022&kind=health-point')).rawPayload);
    assert.deepEqual(hp[2], [
      '序号',
      '职工健康服务点名称',
      '所属单位',
      '申领标准（元）',
      '申领金额（元）',
      '区总工会配套（元）',
      '街镇（园区、楼宇）工会配套（元）',
      '备注',
    ]);
    const row = hp.find((r) => r[1] === '张江药谷职工健康服务点')!;
    assert.deepEqual(row.slice(3, 7), [15000, 15000, 15000, 20000]);
  });

  it('the daily job turns a yellow card past its deadline into a red card, tells the union, and runs twice harmlessly', async () => {
    const run = async () => {
      await t.s.database.db.transaction().execute((trx) => t.s.jobs.enqueue(trx, yellowOverdueJob, {}));
      await t.s.jobs.drain();
    };
    t.pinToday('2022-10-10');
    const yellow = await ok(req('pudong', 'POST', `/sites/${healthPoint}/yellow-card`, { items: ['未按公示时间开展每周咨询'], deadline: '2022-11-10' }));
    assert.equal(yellow.status, 'yellow-card');
    // On the deadline itself the fix may still be made: nothing happens.
    t.pinToday('2022-11-10');
    await run();
    assert.equal((await ok(req('pudong', 'GET', `/sites/${healthPoint}`))).status, 'yellow-card');
    t.pinToday('2022-11-11');
    await run();
    const red = await ok(req('pudong', 'GET', `/sites/${healthPoint}`));
    assert.equal(red.status, 'red-card');
    assert.equal(red.yellowDeadline, null);
    const ev = red.events.at(-1);
    assert.equal(ev.action, 'red-card');
    assert.equal(ev.actor, '系统（整改期限届满自动摘牌）');
    assert.match(ev.notice.no, /沪工阵摘字〔2022〕\d{3}号/);
    assert.match(ev.notice.reasons[0], /整改期限 2022-11-10 已过/);
    assert.equal(ev.notice.reasons[1], '未整改：未按公示时间开展每周咨询');
    const page = await req('pudong', 'GET', `/sites/${healthPoint}/notices/${ev.id}`);
    assert.match(page.body, /摘牌通知书/);
    assert.equal(
      (await ok(req(null, 'GET', '/public/sites?kind=health-point'))).features.some((f: any) => f.id === healthPoint),
      false,
    );
    const notices = await ok(req('zhangjiang', 'GET', '/me/notifications'));
    assert.ok(JSON.stringify(notices).includes('已于 2022-11-11 摘牌'), JSON.stringify(notices).slice(0, 500));
    // Again the same day and the next: one red card, one event, one notice.
    await run();
    t.pinToday('2022-11-12');
    await run();
    const again = await ok(req('pudong', 'GET', `/sites/${healthPoint}`));
    assert.equal(again.events.filter((e: any) => e.action === 'red-card').length, 1);
    const n2 = await ok(req('zhangjiang', 'GET', '/me/notifications'));
    assert.equal(JSON.stringify(n2).split('已于 2022-11-11 摘牌').length - 1, JSON.stringify(notices).split('已于 2022-11-11 摘牌').length - 1);
    // A lifted yellow card is left alone.
    t.pinToday('2025-10-10');
    const fit = await ok(req('pudong', 'GET', '/sites?kind=fitness-station&status=accepted'));
    const f = fit.items[0];
    await ok(req('pudong', 'POST', `/sites/${f.id}/yellow-card`, { items: ['器材损坏未维修'], deadline: '2025-10-20' }));
    await ok(req('pudong', 'POST', `/sites/${f.id}/lift-yellow`, { comment: '复查合格，器材已维修' }));
    t.pinToday('2025-10-21');
    await run();
    assert.equal((await ok(req('pudong', 'GET', `/sites/${f.id}`))).status, 'accepted');
  });

  it('the demo: Jiading’s own program, its batch signed by jiading, jiading2 and jiading3 and paid from Jiading’s account; the federation reports it', async () => {
    const programs = await ok(req('grassrootswork', 'GET', '/programs?pageSize=100'));
    const own = programs.items.find((p: any) => p.title === '嘉定区2022年新增园区（楼宇）职工健康服务点');
    assert.ok(own, 'the demo has Jiading’s own program');
    assert.deepEqual([own.program, own.year, own.org.id], ['health-point-grant', 2022, jiadingOrg]);
    const batches = (await ok(req('rights', 'GET', '/payouts/batches'))).items.filter((b: any) => b.programId === own.id);
    assert.equal(batches.length, 1, JSON.stringify(batches));
    const b = await ok(req('rights', 'GET', `/payouts/batches/${batches[0].id}`));
    assert.deepEqual(
      [b.status, b.runBy, b.payer.kind, b.payer.org.id, b.payer.account.verified, b.total, b.paymentReference],
      ['paid', 'regional-union', 'regional-union', jiadingOrg, true, 15000, 'JD2022050900001'],
    );
    const names = await t.s.database.db
      .selectFrom('accounts')
      .select(['id', 'username'])
      .where('username', 'in', ['jiading', 'jiading2', 'jiading3'])
      .execute();
    const who = (id: number) => names.find((n) => n.id === id)?.username;
    assert.deepEqual(
      [who(b.preparedBy.accountId), who(b.rightsApprovedBy.accountId), who(b.financeApprovedBy.accountId), who(b.paidBy.accountId)],
      ['jiading', 'jiading2', 'jiading3', 'jiading'],
    );
    // The federation's department reads it and can sign or pay nothing; its report has the program under Jiading.
    assert.deepEqual(b.abilities, { approveRights: false, approveFinance: false, markPaid: false, cancel: false });
    const report = await ok(req('grassrootswork', 'GET', '/reports/applications'));
    const line = report.items.find((i: any) => i.programId === own.id);
    assert.ok(line, JSON.stringify(report.items.map((i: any) => i.title)));
    assert.deepEqual([line.region?.id, line.approvedAmount, line.paidAmount], [jiadingOrg, 15000, 15000]);
    // Another district sees neither.
    assert.equal((await req('pudong', 'GET', `/payouts/batches/${b.id}`)).statusCode, 404);
    // The point is on the public map, under Jiading.
    const map = await ok(req('grassroots', 'GET', `/public/sites?kind=health-point`));
    assert.ok(map.features.some((f: any) => f.properties.name === '嘉定工业区北区职工健康服务点'));
  });

  it('a district’s own program pays from the district’s own account, not the federation’s', async () => {
    t.pinToday('2022-03-01');
    // The demo already runs Jiading's 2022 program (above): opening it again is refused, naming the instance.
    const again = await req('jiading', 'POST', '/programs', {
      program: 'health-point-grant',
      year: 2022,
      title: '嘉定区2022年新增园区（楼宇）职工健康服务点',
      status: 'open',
      channels: ['unit'],
      windows: [{ batch: 1, from: '2022-03-01', to: '2022-09-30' }],
      reviewChain: regionalOnly,
      settlement,
      budget: 150000,
      sources: '001 项目1; 002',
    });
    assert.deepEqual([again.statusCode, again.json().code], [409, 'program-exists'], again.body);
    const program = await ok(req('jiading', 'GET', `/programs/${again.json().instanceId}`));
    assert.equal(program.org.id, jiadingOrg);
    const park = await t.s.database.db
      .selectFrom('orgs')
      .select(['id'])
      .where('path', 'like', `%.${jiadingOrg}.%`)
      .where('kind', 'in', ['street', 'park'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const hp = await site('jiading', {
      kind: 'health-point',
      name: '嘉定新城职工健康服务点',
      orgId: park.id,
      address: '嘉定区裕民南路1000号',
      lon: 121.25,
      lat: 31.35,
    });
    await ok(
      req('jiading', 'POST', '/applications', {
        programId: program.id,
        applicantOrgId: park.id,
        form: {
          siteId: hp.id,
          pointType: 'new',
          manager: '沈杰',
          managerPhone: '021-59990002',
          healthCentre: '嘉定新城社区卫生服务中心',
          serviceHours: '每周一、三中午',
        },
      }),
      201,
    );
    t.pinToday('2022-06-20');
    const list = await ok(req('jiading', 'GET', `/sites/${hp.id}/checklist`));
    await ok(
      req('jiading', 'POST', `/sites/${hp.id}/inspections`, {
        purpose: 'acceptance',
        inspectedOn: '2022-06-20',
        inspector: '嘉定区总工会 陈立',
        answers: answers(list.items),
        photoIds: [await photo('jiading')],
      }),
      201,
    );
    const accepted = await ok(req('jiading', 'POST', `/sites/${hp.id}/accept`, { matching: { district: 15000, street: 15000 } }));
    assert.equal(accepted.application.booked, 15000);
    t.pinToday('2022-06-27');
    // The district prepares its own program's batch (the federation's departments read it; the district's
    // officers sign and pay it: sites-claims.test.ts follows it to the payment).
    assert.equal((await req('grassrootswork', 'POST', '/payouts/batches', { programId: program.id, period: '2022-06' })).statusCode, 403);
    const batch = await ok(req('jiading', 'POST', '/payouts/batches', { programId: program.id, period: '2022-06' }), 201);
    assert.deepEqual(batch.payer.org, { id: jiadingOrg, name: batch.payer.org.name });
    assert.match(batch.payer.org.name, /嘉定/);
    assert.equal(batch.payer.kind, 'regional-union');
    // The demo registered Jiading's own account (verified); the one registered below replaces it.
    assert.equal(batch.payer.account.accountNo, '*************1000');
    assert.equal(batch.runBy, 'regional-union');
    assert.equal((await req('rights', 'POST', `/payouts/batches/${batch.id}/approve-rights`)).statusCode, 403);
    await verifiedAccount('jiading', jiadingOrg, '上海市嘉定区总工会', '31658800001111222');
    const seen = await ok(req('grassrootswork', 'GET', `/payouts/batches/${batch.id}`));
    assert.equal(seen.payer.account.accountNo, '*************1222');
    assert.equal(seen.payer.account.verified, true);
    // The federation's own programs are paid by the federation.
    const fed = await ok(req('grassrootswork', 'GET', '/payouts/batches'));
    for (const b of fed.items.filter((x: any) => x.programId !== program.id)) assert.equal(b.payer.kind, 'federation', JSON.stringify(b.payer));
  });
});
