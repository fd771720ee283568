// Sites and grants (issue 11) through HTTP, on the database named by SHISHI_TEST_DB: a district opens
// its own program; a grassroots union applies for a micro driver home; Pudong checks it on site with the
// 6+X checklist and photos; the federation accepts, the engine's 5,000 is booked and paid to the union's
// verified account; the plaque and the public map; a health point's yellow and red cards; bad input.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engine, multipart, startTestApp, type TestApp } from '../harness.ts';
import { httpKit, documentUploader, PNG_1PX } from '../kit.ts';
import { pdf } from '../../src/demo/applications-data.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const users = ['admin', 'grassroots', 'pudong', 'jiading', 'zhangjiang', 'grassrootswork', 'rights', 'finance', 'auditor'];

// The smallest PNG there is (1×1): photos are checked by their bytes.
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

const driverHomeProgram = {
  program: 'driver-home-grant',
  year: 2025,
  title: '2025年建设100个工会司机之家',
  status: 'open',
  channels: ['unit'],
  // 003 附件2-7 四(一): 申报表 by 6/30.
  windows: [{ batch: 1, from: '2025-02-22', to: '2025-06-30' }],
  reviewChain: [
    { level: 'regional', actor: { role: 'regional-officer' }, dueIn: wd(20), skipForChannels: [] },
    { level: 'federation', actor: { role: 'department-officer', functionCode: 'grassroots-work' }, dueIn: wd(30), skipForChannels: [] },
  ],
  requiredDocuments: [{ type: 'site-application-form', name: { zh: '工会司机之家创建申报表（盖章）', en: 'Driver home application form (stamped)' } }],
  settlement: { closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'org-account' },
  budget: 500000,
  sources: '003 附件2-7',
};
const microForm = (siteId: number) => ({
  siteId,
  kind: 'micro',
  leaderName: '王建国',
  leaderEmail: 'wang@example.cn',
  leaderPhone: '021-58880001',
  stationMaster: '李师傅',
  stationMasterMobile: '13912345678',
  openingHours: '每日 8:00-20:00',
  areaSqm: 36,
  services: '饮水、充电、休息、扫码入会',
  parkingSpaces: 4,
  parkingMinutes: 30,
  plannedCompletion: '2025-08-31',
});
// Every item of the micro 6+X checklist met, with the numbers measured on site.
const allMet = (items: any[]) =>
  items.map((i: any) => ({
    code: i.code,
    met: true,
    ...(i.answer === 'number' ? { value: 30 } : {}),
    ...(i.answer === 'choice' ? { choice: 'adjacent-public' } : {}),
  }));

describe(`sites and grants on ${engine}`, () => {
  let driverProgram = 0;
  let siteId = 0;
  let appId = 0;
  let checklist: any;
  let unionOrg = 0;

  it('the demo holds sites of every kind in several districts, in every state, with a yellow and a red card', async () => {
    const all = (await ok(req('admin', 'GET', '/sites?pageSize=200'))).items;
    for (const k of ['nursing-room', 'childcare-studio', 'health-point', 'fitness-station', 'driver-home', 'canteen', 'culture-team'])
      assert.ok(
        all.some((x: any) => x.kind === k),
        k,
      );
    for (const st of ['applied', 'inspected', 'accepted', 'plaqued', 'yellow-card', 'red-card', 'closed'])
      assert.ok(
        all.some((x: any) => x.status === st),
        st,
      );
    assert.ok(new Set(all.map((x: any) => x.region?.id)).size >= 4);
    const yellow = await ok(req('pudong', 'GET', `/sites/${all.find((x: any) => x.status === 'yellow-card').id}`));
    assert.ok(yellow.events.some((e: any) => e.notice?.kind === 'yellow-card' && e.notice.deadline));
    const map = await ok(req(null, 'GET', '/public/sites'));
    assert.equal(
      map.features.some((f: any) => f.properties.status === ('red-card' as any)),
      false,
    );
    assert.ok(map.features.length >= 15);
  });

  it('a district opens its own 2021 program (201), not another district’s (403); the federation opens any', async () => {
    const pudongOrg =
      (await ok(req('pudong', 'GET', '/auth/me'))).org?.id ??
      (await t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'pudong').executeTakeFirstOrThrow()).org_id;
    const jiadingOrg = (await t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'jiading').executeTakeFirstOrThrow()).org_id!;
    const jiadingProgram = {
      program: 'health-point-standard',
      year: 2021,
      title: '嘉定区2021年建立园区（楼宇、商圈）职工健康服务点',
      channels: ['unit'],
      windows: [{ batch: 1, from: '2021-03-01', to: '2021-10-31' }],
      reviewChain: [{ level: 'regional', actor: { role: 'regional-officer' }, dueIn: wd(20), skipForChannels: [] }],
      settlement: { closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'org-account' },
      budget: 120000,
      sources: '002 建立园区（楼宇、商圈）职工健康服务点',
    };
    const other = await req('jiading', 'POST', '/programs', { ...jiadingProgram, orgId: pudongOrg });
    assert.equal(other.statusCode, 403, other.body);
    assert.match(other.json().message?.zh ?? other.body, /只能为本级工会/);
    assert.match(other.body, /another district/);
    const created = await ok(req('jiading', 'POST', '/programs', jiadingProgram), 201);
    assert.equal(created.org.id, jiadingOrg);
    assert.equal(created.budget, 120000);
    assert.deepEqual(
      created.windows.map((w: any) => [w.from, w.to]),
      [['2021-03-01', '2021-10-31']],
    );
    assert.equal(created.reviewChain.length, 1);
    assert.equal(created.abilities.manage, true);
    // A street union cannot open programs at all.
    assert.equal((await req('zhangjiang', 'POST', '/programs', { ...jiadingProgram, year: 2022 })).statusCode, 403);
    // The federation may open one for a district, and sees the district's in the list.
    const fed = await ok(req('grassrootswork', 'POST', '/programs', { ...driverHomeProgram, year: 2026, orgId: jiadingOrg }), 201);
    assert.equal(fed.org.id, jiadingOrg);
    assert.equal(fed.settlement.payTo, 'org-account');
    // The demo's 2025 driver-home program of the federation is the one the unions apply to.
    const demo = await ok(req('grassroots', 'GET', '/programs?program=driver-home-grant&year=2025'));
    driverProgram = demo.items[0].id;
    assert.equal(demo.items[0].budget, 600000);
    const list = await ok(req('admin', 'GET', '/programs?year=2021'));
    assert.ok(list.items.some((p: any) => p.id === created.id && p.org.id === jiadingOrg));
    // Pudong cannot change Jiading's program.
    // Every union can read every program, so the refusal says so (403) rather than hiding it.
    assert.equal((await req('pudong', 'PATCH', `/programs/${created.id}`, { title: 'x' })).statusCode, 403);

    // Jiading runs it: a park union's health point, checked on site against 四固三定, accepted by Jiading (no grant in 002).
    const park = await t.s.database.db
      .selectFrom('orgs')
      .select(['id', 'path'])
      .where('path', 'like', `%.${jiadingOrg}.%`)
      .where('kind', 'in', ['street', 'park'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    t.pinToday('2021-04-01');
    const hp = await ok(
      req('jiading', 'POST', '/sites', {
        kind: 'health-point',
        name: '嘉定工业区职工健康服务点',
        orgId: park.id,
        address: '嘉定区叶城路1288号',
        lon: 121.25,
        lat: 31.36,
        photoIds: [await photo('jiading')],
      }),
      201,
    );
    const app = await ok(
      req('jiading', 'POST', '/applications', {
        programId: created.id,
        applicantOrgId: park.id,
        form: { siteId: hp.id, manager: '周敏', managerPhone: '021-59990001', healthCentre: '嘉定工业区社区卫生服务中心', serviceHours: '每周二、四中午' },
      }),
      201,
    );
    const list21 = await ok(req('jiading', 'GET', `/sites/${hp.id}/checklist?on=2021-05-10`));
    assert.equal(list21.program, 'health-point-standard');
    assert.equal(list21.policy, '2021');
    assert.ok(list21.items.some((i: any) => i.code === 'consultation-by-appointment'));
    t.pinToday('2021-05-10');
    const insp = await ok(
      req('jiading', 'POST', `/sites/${hp.id}/inspections`, {
        purpose: 'acceptance',
        inspectedOn: '2021-05-10',
        inspector: '嘉定区总工会 陈立',
        answers: list21.items.map((i: any) => ({ code: i.code, met: true, ...(i.answer === 'number' ? { value: i.min } : {}) })),
        photoIds: [await photo('jiading')],
      }),
      201,
    );
    assert.equal(insp.passed, true);
    const accepted = await ok(req('jiading', 'POST', `/sites/${hp.id}/accept`, {}));
    assert.equal(accepted.status, 'accepted');
    assert.equal(accepted.application.status, 'approved');
    assert.equal(accepted.application.amount, 0);
    // The federation's reports see the district's program.
    const report = await ok(req('grassrootswork', 'GET', `/reports/applications?programId=${created.id}`));
    assert.equal(JSON.stringify(report).includes(created.title), true, JSON.stringify(report));
    assert.equal(app.status, 'in-review');
  });

  it('the grassroots union registers its driver home, scoped to its subtree', async () => {
    t.pinToday('2025-06-10');
    unionOrg = (await t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'grassroots').executeTakeFirstOrThrow()).org_id!;
    const bad = await req('grassroots', 'POST', '/sites', {
      kind: 'driver-home',
      name: '芯源司机之家',
      address: '浦东新区张江路100号',
      lon: 121.6,
      photoIds: [],
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /lat/);
    const site = await ok(
      req('grassroots', 'POST', '/sites', {
        kind: 'driver-home',
        subkind: 'micro',
        name: '芯源微电子工会司机之家',
        address: '浦东新区张江高科技园区碧波路690号',
        lon: 121.5977,
        lat: 31.2035,
        sizeM2: 36,
        openingHours: '每日 8:00-20:00',
        contacts: [{ role: '站长', name: '李师傅', phone: '13912345678' }],
        photoIds: [await photo('grassroots')],
      }),
      201,
    );
    siteId = site.id;
    assert.equal(site.status, 'applied');
    assert.equal(site.region.name.includes('浦东'), true);
    assert.equal(site.photos.length, 1);
    assert.equal(site.events[0].action, 'register');
    // Jiading does not see Pudong's site; the list is paginated and scoped.
    assert.equal((await req('jiading', 'GET', `/sites/${siteId}`)).statusCode, 404);
    assert.equal(
      (await ok(req('jiading', 'GET', '/sites?kind=driver-home'))).items.some((x: any) => x.id === siteId),
      false,
    );
    const page = await ok(req('pudong', 'GET', '/sites?kind=driver-home&pageSize=5'));
    assert.ok(page.items.some((x: any) => x.id === siteId));
    assert.equal(page.pageSize, 5);
    const edited = await ok(req('grassroots', 'PATCH', `/sites/${siteId}`, { openingHours: '每日 7:30-20:30' }));
    assert.equal(edited.events.at(-1).action, 'update');
  });

  it('applies by the seed’s dates with the 附件2-7-1 form and the stamped form document', async () => {
    t.pinToday('2025-07-01');
    const late = await req('grassroots', 'POST', '/applications', { programId: driverProgram, form: microForm(siteId), documentIds: [] });
    assert.equal(late.statusCode, 400);
    assert.equal(late.json().code, 'outside-application-window');
    t.pinToday('2025-06-20');
    const noForm = await req('grassroots', 'POST', '/applications', { programId: driverProgram, form: microForm(siteId), documentIds: [] });
    assert.equal(noForm.statusCode, 400);
    assert.equal(noForm.json().code, 'missing-document');
    const badForm = await req('grassroots', 'POST', '/applications', {
      programId: driverProgram,
      form: { ...microForm(siteId), parkingMinutes: undefined },
      documentIds: [],
    });
    assert.equal(badForm.statusCode, 400);
    assert.match(badForm.body, /parkingMinutes/);
    const app = await ok(
      req('grassroots', 'POST', '/applications', {
        programId: driverProgram,
        form: microForm(siteId),
        documentIds: [await upload('grassroots', 'site-application-form', pdf('form'), 'form.pdf')],
      }),
      201,
    );
    appId = app.id;
    assert.equal(app.applicant.kind, 'org');
    assert.equal(app.step.level, 'regional');
    const again = await req('grassroots', 'POST', '/applications', {
      programId: driverProgram,
      form: microForm(siteId),
      documentIds: [await upload('grassroots', 'site-application-form', pdf('form2'), 'form.pdf')],
    });
    assert.equal(again.statusCode, 409);
    const site = await ok(req('grassroots', 'GET', `/sites/${siteId}`));
    assert.equal(site.applicationId, appId);
    assert.equal(site.fundedYear, 2025);
  });

  it('Pudong checks it on site with the 6+X checklist: photos required, a failed item gives its reason, a pass approves the district step', async () => {
    t.pinToday('2025-07-15');
    checklist = await ok(req('pudong', 'GET', `/sites/${siteId}/checklist`));
    assert.equal(checklist.program, 'driver-home-grant');
    assert.deepEqual(
      checklist.items.slice(0, 6).map((i: any) => i.code),
      ['air-conditioner', 'fridge', 'microwave', 'water-dispenser', 'charging-strip', 'tables-chairs'],
    );
    assert.ok(checklist.items.every((i: any) => i.source.startsWith('003 附件2-7')));
    const body = { purpose: 'acceptance', inspectedOn: '2025-07-15', inspector: '浦东新区总工会 张敏' };
    assert.equal(
      (await req('grassroots', 'POST', `/sites/${siteId}/inspections`, { ...body, answers: allMet(checklist.items), photoIds: [] })).statusCode,
      403,
    );
    assert.equal(
      (await req('jiading', 'POST', `/sites/${siteId}/inspections`, { ...body, answers: allMet(checklist.items), photoIds: [await photo('jiading')] }))
        .statusCode,
      404,
    );
    const noPhoto = await req('pudong', 'POST', `/sites/${siteId}/inspections`, { ...body, answers: allMet(checklist.items), photoIds: [] });
    assert.equal(noPhoto.statusCode, 400);
    assert.equal(noPhoto.json().code, 'photos-required');
    const incomplete = await req('pudong', 'POST', `/sites/${siteId}/inspections`, {
      ...body,
      answers: allMet(checklist.items).slice(1),
      photoIds: [await photo('pudong')],
    });
    assert.equal(incomplete.statusCode, 400);
    assert.equal(incomplete.json().code, 'checklist-incomplete');
    // No fridge, and only 10 minutes of free parking: two reasons, nothing approved.
    const answers = allMet(checklist.items).map((a: any) =>
      a.code === 'fridge' ? { ...a, met: false } : a.code === 'free-parking-15-minutes' ? { ...a, value: 10 } : a,
    );
    const failed = await ok(req('pudong', 'POST', `/sites/${siteId}/inspections`, { ...body, answers, photoIds: [await photo('pudong')] }), 201);
    assert.equal(failed.passed, false);
    assert.deepEqual(failed.reasons.map((r: any) => r.code).sort(), ['free-parking-15-minutes', 'fridge']);
    assert.equal(failed.evaluation.eligible, false);
    let site = await ok(req('pudong', 'GET', `/sites/${siteId}`));
    assert.equal(site.status, 'applied');
    assert.equal(site.application.stepLevel, 'regional');
    assert.equal(site.abilities.accept, false);
    t.pinToday('2025-07-22');
    const passed = await ok(
      req('pudong', 'POST', `/sites/${siteId}/inspections`, {
        ...body,
        inspectedOn: '2025-07-22',
        answers: allMet(checklist.items),
        photoIds: [await photo('pudong'), await photo('pudong')],
      }),
      201,
    );
    assert.equal(passed.passed, true);
    assert.equal(passed.photoIds.length, 2);
    site = await ok(req('pudong', 'GET', `/sites/${siteId}`));
    assert.equal(site.status, 'inspected');
    assert.equal(site.application.stepLevel, 'federation');
    assert.equal(site.inspections.length, 2);
    // Not Pudong's turn to accept.
    assert.equal((await req('pudong', 'POST', `/sites/${siteId}/accept`, {})).statusCode, 409);
  });

  it('the federation accepts: the engine’s 5,000 with its trace, booked to the union’s account, paid once verified; plaque and map', async () => {
    t.pinToday('2025-09-10');
    const site = await ok(req('grassrootswork', 'POST', `/sites/${siteId}/accept`, { comment: '验收合格' }));
    assert.equal(site.status, 'accepted');
    assert.equal(site.application.status, 'approved');
    assert.equal(site.application.amount, 5000);
    assert.equal(site.application.booked, 5000);
    assert.ok(JSON.stringify(site.application.evaluation.trace).includes('003 附件2-7 四(二)'));
    // The union's account, verified by finance (not by whoever registered it).
    const acct = await ok(
      req('grassroots', 'POST', '/payouts/payee-accounts', {
        orgId: unionOrg,
        bank: '上海银行张江支行',
        accountName: '上海张江芯源微电子有限公司工会委员会',
        accountNo: '31658800001234567',
      }),
      201,
    );
    await ok(req('finance', 'POST', `/payouts/payee-accounts/${acct.id}/verify`));
    t.pinToday('2025-09-26');
    const batch = await ok(req('grassrootswork', 'POST', '/payouts/batches', { programId: driverProgram, period: '2025-09' }), 201);
    assert.equal(batch.totalFen ?? batch.total * 100, 500000);
    await ok(req('rights', 'POST', `/payouts/batches/${batch.id}/approve-rights`));
    await ok(req('finance', 'POST', `/payouts/batches/${batch.id}/approve-finance`));
    const paid = await ok(req('grassrootswork', 'POST', `/payouts/batches/${batch.id}/pay`, { reference: 'SH2025092600001' }));
    assert.equal(paid.status, 'paid');
    assert.equal((await req('grassrootswork', 'POST', `/payouts/batches/${batch.id}/pay`, { reference: 'SH2025092600001' })).statusCode, 409);
    const after = await ok(req('grassroots', 'GET', `/sites/${siteId}`));
    assert.equal(after.application.paid, 5000);
    // The plaque by the union that runs the program; Pudong cannot give it.
    assert.equal((await req('pudong', 'POST', `/sites/${siteId}/plaque`, { year: 2025 })).statusCode, 403);
    const plaqued = await ok(req('grassrootswork', 'POST', `/sites/${siteId}/plaque`, { year: 2025 }));
    assert.equal(plaqued.status, 'plaqued');
    assert.equal(plaqued.plaqueYear, 2025);
    const yearList = await ok(req('pudong', 'GET', '/sites?plaqueYear=2025&kind=driver-home'));
    assert.ok(yearList.items.some((x: any) => x.id === siteId));
    // On the public map, no login, by kind and district.
    const map = await ok(req(null, 'GET', '/public/sites?kind=driver-home&district=浦东'));
    assert.equal(map.type, 'FeatureCollection');
    const f = map.features.find((x: any) => x.id === siteId);
    assert.ok(f, JSON.stringify(map).slice(0, 300));
    assert.deepEqual(f.geometry.coordinates, [121.5977, 31.2035]);
    assert.equal(f.properties.plaqueYear, 2025);
    assert.equal(JSON.stringify(f).includes('13912345678'), false);
    assert.equal(
      (await ok(req(null, 'GET', '/public/sites?kind=driver-home&district=嘉定'))).features.some((x: any) => x.id === siteId),
      false,
    );
  });

  it('a health point gets a yellow card (printable, with a deadline), then a red card: it leaves the map', async () => {
    t.pinToday('2025-10-08');
    const parkOrg = (await t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'zhangjiang').executeTakeFirstOrThrow()).org_id!;
    const hp = await ok(
      req('zhangjiang', 'POST', '/sites', {
        kind: 'health-point',
        name: '张江人工智能岛健康服务点',
        orgId: parkOrg,
        address: '浦东新区张江路665号',
        lon: 121.59,
        lat: 31.21,
        photoIds: [await photo('zhangjiang')],
      }),
      201,
    );
    const list = await ok(req('pudong', 'GET', `/sites/${hp.id}/checklist`));
    assert.equal(list.program, null); // no health point standard in force in 2025: the register's own items
    await ok(
      req('pudong', 'POST', `/sites/${hp.id}/inspections`, {
        purpose: 'acceptance',
        inspectedOn: '2025-10-08',
        inspector: '浦东新区总工会 张敏',
        answers: list.items.map((i: any) => ({ code: i.code, met: true })),
        photoIds: [await photo('pudong')],
      }),
      201,
    );
    await ok(req('pudong', 'POST', `/sites/${hp.id}/accept`, {}));
    assert.ok((await ok(req(null, 'GET', '/public/sites?kind=health-point'))).features.some((x: any) => x.id === hp.id));
    const spot = await ok(
      req('pudong', 'POST', `/sites/${hp.id}/inspections`, {
        purpose: 'spot-check',
        inspectedOn: '2025-10-08',
        inspector: '浦东新区总工会 张敏',
        answers: list.items.map((i: any) => ({ code: i.code, met: i.code !== 'open-as-registered' })),
        photoIds: [await photo('pudong')],
      }),
      201,
    );
    assert.equal(spot.passed, false);
    assert.equal((await req('pudong', 'POST', `/sites/${hp.id}/yellow-card`, { items: ['按公示时间开放'], deadline: '2025-10-01' })).statusCode, 400);
    const yellow = await ok(
      req('pudong', 'POST', `/sites/${hp.id}/yellow-card`, { items: ['未按公示时间开放', '服务公告未更新'], deadline: '2025-11-08', inspectionId: spot.id }),
    );
    assert.equal(yellow.status, 'yellow-card');
    assert.equal(yellow.yellowDeadline, '2025-11-08');
    const ev = yellow.events.at(-1);
    assert.match(ev.notice.no, /沪工阵整字〔2025〕\d{3}号/);
    const page = await req('pudong', 'GET', `/sites/${hp.id}/notices/${ev.id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    assert.match(page.body, /整改通知书/);
    assert.match(page.body, /2025年11月8日/);
    assert.match(page.body, /size: A4/);
    // Still listed under a yellow card.
    assert.ok(
      (await ok(req(null, 'GET', '/public/sites?kind=health-point'))).features.some((x: any) => x.id === hp.id && x.properties.status === 'yellow-card'),
    );
    const red = await ok(req('pudong', 'POST', `/sites/${hp.id}/red-card`, { reasons: ['逾期未整改'] }));
    assert.equal(red.status, 'red-card');
    const redPage = await req('pudong', 'GET', `/sites/${hp.id}/notices/${red.events.at(-1).id}`);
    assert.match(redPage.body, /摘牌通知书/);
    assert.equal(
      (await ok(req(null, 'GET', '/public/sites?kind=health-point'))).features.some((x: any) => x.id === hp.id),
      false,
    );
    assert.equal((await req('pudong', 'POST', `/sites/${hp.id}/red-card`, { reasons: ['重复'] })).statusCode, 409);
  });

  it('refuses to pay a de-listed site: the whole batch, nothing paid', async () => {
    t.pinToday('2025-06-25');
    const s2 = await ok(
      req('grassroots', 'POST', '/sites', {
        kind: 'driver-home',
        subkind: 'micro',
        name: '芯源二号司机之家',
        address: '浦东新区张江路200号',
        lon: 121.6,
        lat: 31.2,
        photoIds: [await photo('grassroots')],
      }),
      201,
    );
    await ok(
      req('grassroots', 'POST', '/applications', {
        programId: driverProgram,
        form: microForm(s2.id),
        documentIds: [await upload('grassroots', 'site-application-form', pdf('form3'), 'form.pdf')],
      }),
      201,
    );
    t.pinToday('2025-10-10');
    await ok(
      req('pudong', 'POST', `/sites/${s2.id}/inspections`, {
        purpose: 'acceptance',
        inspectedOn: '2025-10-10',
        inspector: '浦东新区总工会 张敏',
        answers: allMet(checklist.items),
        photoIds: [await photo('pudong')],
      }),
      201,
    );
    await ok(req('grassrootswork', 'POST', `/sites/${s2.id}/accept`, {}));
    await ok(req('pudong', 'POST', `/sites/${s2.id}/red-card`, { reasons: ['场地已改作他用'] }));
    t.pinToday('2025-10-27');
    const batch = await ok(req('grassrootswork', 'POST', '/payouts/batches', { programId: driverProgram, period: '2025-10' }), 201);
    await ok(req('rights', 'POST', `/payouts/batches/${batch.id}/approve-rights`));
    await ok(req('finance', 'POST', `/payouts/batches/${batch.id}/approve-finance`));
    const pay = await req('grassrootswork', 'POST', `/payouts/batches/${batch.id}/pay`, { reference: 'SH2025102700001' });
    assert.equal(pay.statusCode, 409, pay.body);
    assert.equal(pay.json().code, 'payee-refused');
    assert.match(pay.body, /已摘牌/);
    assert.equal((await ok(req('grassrootswork', 'GET', `/payouts/batches/${batch.id}`))).status, 'approved');
    assert.equal((await ok(req('grassroots', 'GET', `/sites/${s2.id}`))).application.paid, 0);
  });

  it('exports the register as .xlsx and imports sites all or nothing', async () => {
    const x = await req('pudong', 'GET', '/sites/export.xlsx?kind=driver-home');
    assert.equal(x.statusCode, 200);
    assert.match(x.headers['content-type'] as string, /spreadsheetml/);
    assert.equal(x.rawPayload.includes(Buffer.from('13912345678')), false);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('阵地台账');
    ws.addRow(['类型', '名称', '所属工会编号', '地址', '经度', '纬度', '面积（m²）']);
    ws.addRow(['职工健身驿站', '张江健身驿站', unionOrg, '浦东新区张江路300号', 121.6, 31.2, 160]);
    ws.addRow(['职工健身驿站', '坏行', unionOrg, '浦东新区张江路301号', 200, 31.2, 160]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const before = (await ok(req('pudong', 'GET', '/sites?kind=fitness-station'))).total;
    const mp = multipart({}, { name: 'sites.xlsx', content: buf, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sites/import',
      payload: mp.payload,
      headers: { ...mp.headers, cookie: cookies.grassroots! },
    });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.match(bad.body, /第 3 行/);
    assert.deepEqual(
      bad.json().errors.map((e: { field: string }) => e.field),
      ['rows[3].经度'],
    );
    assert.equal((await ok(req('pudong', 'GET', '/sites?kind=fitness-station'))).total, before);
    ws.spliceRows(3, 1);
    const good = multipart(
      {},
      { name: 'sites.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    );
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sites/import',
      payload: good.payload,
      headers: { ...good.headers, cookie: cookies.grassroots! },
    });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().created, 1);
  });

  it('names every wrong row and column of an import, in both languages, and offers the blank sheet', async () => {
    const tpl = await req('pudong', 'GET', '/sites/import-template.xlsx');
    assert.equal(tpl.statusCode, 200);
    const ExcelJS = (await import('exceljs')).default;
    const twb = new ExcelJS.Workbook();
    await twb.xlsx.load(tpl.rawPayload as never);
    const exp = new ExcelJS.Workbook();
    await exp.xlsx.load((await req('pudong', 'GET', '/sites/export.xlsx?kind=driver-home')).rawPayload as never);
    const headers = (wb: InstanceType<typeof ExcelJS.Workbook>) => (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(headers(twb), headers(exp), 'the template has the export’s columns');
    assert.equal(twb.worksheets[0]!.rowCount, 1, 'and no row to import by mistake');

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('阵地台账');
    ws.addRow(['类型', '名称', '所属工会编号', '地址', '经度', '纬度', '联系人', '联系电话']);
    ws.addRow(['职工健身驿站', '金桥健身驿站', unionOrg, '浦东新区金桥路100号', 121.6, 31.25, '李敏', '13912345678']);
    ws.addRow(['健身房', '坏类型', unionOrg, '浦东新区金桥路101号']);
    ws.addRow(['职工健身驿站', '缺纬度', unionOrg, '浦东新区金桥路102号', 121.6]);
    ws.addRow(['职工健身驿站', '坏电话', unionOrg, '浦东新区金桥路103号', '', '', '王', 'abc']);
    const mp = multipart({}, { name: 'sites.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()), type: 'application/octet-stream' });
    const before = (await ok(req('pudong', 'GET', '/sites?kind=fitness-station'))).total;
    for (const lang of ['zh-CN', 'en']) {
      const bad = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sites/import',
        payload: mp.payload,
        headers: { ...mp.headers, cookie: cookies.pudong!, 'accept-language': lang },
      });
      assert.equal(bad.statusCode, 400, bad.body);
      const errors = bad.json().errors as { field: string; message: string }[];
      assert.deepEqual(
        errors.map((e) => e.field),
        ['rows[3].类型', 'rows[4].纬度', 'rows[5].联系电话'],
      );
      if (lang === 'en') assert.match(errors[0]!.message, /^Row 3, column 类型: “健身房” is not a site kind/);
      else assert.match(errors[0]!.message, /^第 3 行“类型”：“健身房”不是阵地类型/);
    }
    assert.equal((await ok(req('pudong', 'GET', '/sites?kind=fitness-station'))).total, before, 'nothing half-written');
    // The register exported and imported again registers nothing twice: each row's 编号 is named.
    const again = multipart(
      {},
      { name: 'export.xlsx', content: (await req('pudong', 'GET', '/sites/export.xlsx?kind=driver-home')).rawPayload, type: 'application/octet-stream' },
    );
    const twice = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sites/import',
      payload: again.payload,
      headers: { ...again.headers, cookie: cookies.pudong! },
    });
    assert.equal(twice.statusCode, 400, twice.body);
    const codes = new Set(twice.json().errors.map((e: { field: string; code: string }) => `${e.field.replace(/^rows\[\d+\]/, '')} ${e.code}`));
    assert.deepEqual([...codes], ['.编号 site-registered']);
    assert.match(twice.json().errors[0].message, /已在台账中/);
  });
});
