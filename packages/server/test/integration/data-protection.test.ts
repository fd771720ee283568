// Issue 8 §2, data protection, through HTTP on the database named by SHISHI_TEST_DB:
//  - a union that transferred a member out keeps only its own history rows (404 on the record);
//  - evaluations, the dashboard, the year-end report and the public page count applications inside
//    the caller's scope, and a figure that would show 1–4 applications outside it is withheld;
//  - mobiles and ID numbers never leave a proposal, a comment, a review or the audit trail in full.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engine, multipart, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { pdf } from '../../src/demo/applications-data.ts';
import { systemClock } from '../../src/platform/clock.ts';

const today = () => systemClock().today();
import { idCheckCharacter } from '../../src/platform/identifiers.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
before(async () => {
  t = await startTestApp({ members: 150 });
  for (const u of ['admin', 'auditor', 'pudong', 'jiading', 'member', 'rights', 'grassrootswork']) cookies[u] = await t.login(u);
});
after(async () => {
  t?.pinToday();
  await t?.close();
});

const { req, ok } = httpKit(() => t, cookies);
const db = () => t.s.database.db;
const orgByName = async (name: string) => await db().selectFrom('orgs').select(['id', 'path']).where('name', '=', name).executeTakeFirstOrThrow();
const projectId = async (title: string) =>
  (
    await db()
      .selectFrom('projects')
      .innerJoin('slates', 'slates.id', 'projects.slate_id')
      .innerJoin('orgs', 'orgs.id', 'slates.org_id')
      .select('projects.id')
      .where('slates.year', '=', 2018)
      .where('orgs.kind', '=', 'municipal')
      .where('projects.title', '=', title)
      .executeTakeFirstOrThrow()
  ).id;
const activity = (e: { programActivity: any[] }, program: string) => e.programActivity.find((a) => a.program === program);

// The full numbers used below; none may appear anywhere but in a reveal.
const MOBILE = '13912345678';
const NEW_MOBILE = '13700137000';
const ID = '31011519900307651';
const ID_NUMBER = ID + idCheckCharacter(ID);
const leaks = (text: string) => [MOBILE, NEW_MOBILE, ID_NUMBER, '139 1234 5678'].filter((n) => text.includes(n));

describe(`data protection on ${engine}`, () => {
  let personId = 0;
  let pudongOrg = { id: 0, path: '' };

  it('a member transferred from Pudong to Jiading: Pudong keeps its own history row only, Jiading sees all', async () => {
    pudongOrg = await orgByName('上海张江芯源微电子有限公司工会');
    const created = await ok(
      req('pudong', 'POST', '/members', {
        name: '转会测试',
        idNumber: '11010519900101123' + idCheckCharacter('11010519900101123'),
        mobile: MOBILE,
        orgId: pudongOrg.id,
        joinedOn: '2015-03-01',
        categories: ['frontline-worker'],
      }),
      201,
    );
    personId = created.personId;
    const jiadingPath = (await db().selectFrom('orgs').select('path').where('short_name', '=', '嘉定区').executeTakeFirstOrThrow()).path;
    const target = await db()
      .selectFrom('orgs')
      .select('id')
      .where('kind', '=', 'grassroots')
      .where('status', '=', 'active')
      .where('path', 'like', `${jiadingPath}%`)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const moved = await ok(req('pudong', 'POST', `/members/${personId}/transfer`, { toOrgId: target.id, date: '2024-07-01', note: '调动' }));
    // The new union keeps the record up: a new mobile, a new category.
    await ok(req('jiading', 'PATCH', `/members/${personId}`, { mobile: NEW_MOBILE, categories: ['frontline-worker', 'worker-in-hardship'] }));

    // Pudong: the record, its entitlements and every action on it are out of scope (404).
    for (const [method, url, body] of [
      ['GET', `/members/${personId}`],
      ['GET', `/members/${personId}/entitlements`],
      ['GET', `/members/${personId}/entitlements?date=2020-01-01`],
      ['POST', `/members/${personId}/reveal`],
      ['PATCH', `/members/${personId}`, { name: '改名' }],
      ['POST', `/members/${personId}/end`, { date: '2025-01-01', reason: '离职' }],
      ['POST', `/members/${personId}/transfer`, { toOrgId: pudongOrg.id, date: '2025-01-01' }],
    ] as const) {
      const r = await req('pudong', method, url, body);
      assert.equal(r.statusCode, 404, `${method} ${url}: ${r.body}`);
    }
    // Its own history: the one row it had, nothing of the new union.
    const h = await ok(req('pudong', 'GET', `/members/${personId}/history`));
    assert.equal(h.current, false);
    assert.deepEqual(
      h.history.map((m: any) => [m.orgId, m.status, m.leftOn]),
      [[pudongOrg.id, 'transferred', '2024-07-01']],
    );
    assert.equal(JSON.stringify(h).includes(moved.memberNo), false, 'no new member number');
    assert.equal(JSON.stringify(h).includes('139****') || JSON.stringify(h).includes('137****'), false, 'no mobile at all');
    // In the list the row stays, without the mobile and categories the new union keeps.
    const list = await ok(req('pudong', 'GET', `/members?status=transferred&q=${encodeURIComponent('转会测试')}`));
    assert.equal(list.items.length, 1);
    assert.equal(list.items[0].mobile, null);
    assert.deepEqual(list.items[0].categories, []);
    assert.equal(list.items[0].current, false);
    // Searching by the new mobile finds nobody for Pudong.
    assert.equal((await ok(req('pudong', 'GET', `/members?status=transferred&q=${NEW_MOBILE}`))).total, 0);

    // Jiading: everything, the whole history included.
    const j = await ok(req('jiading', 'GET', `/members/${personId}`));
    assert.equal(j.mobile, '137****7000');
    assert.equal(j.history.length, 2);
    assert.ok(j.abilities.update);
    assert.equal((await ok(req('jiading', 'GET', `/members/${personId}/history`))).history.length, 2);
    assert.equal((await req('jiading', 'GET', `/members/${personId}/entitlements`)).statusCode, 200);
    assert.equal((await req('jiading', 'POST', `/members/${personId}/reveal`)).json().mobile, NEW_MOBILE);
    // A union that never had them sees nothing.
    const stranger = (await ok(req('jiading', 'GET', '/members?pageSize=5'))).items.find((m: any) => m.personId !== personId).personId;
    assert.equal((await req('pudong', 'GET', `/members/${stranger}/history`)).statusCode, 404);
  });

  // The demo's 2018 applications: Jiading's one invention award (in review at its grassroots union),
  // Pudong's condolence payment (approved, in a prepared batch: health data), Pudong's skill awards.
  let invention = 0;
  let condolence = 0;
  let inventionTarget = 0;
  let condolenceTarget = 0;

  it('evaluations count applications inside the caller’s scope only', async () => {
    invention = await projectId('一线职工岗位创新激励');
    condolence = await projectId('大病职工慰问行动');
    // The federation (its scope holds the list's owner) sees every union's application.
    const all = activity(await ok(req('admin', 'GET', `/projects/${invention}/evaluation`)), 'invention-award');
    assert.deepEqual([all.scope, all.total, all.byStatus['in-review']], ['all', 1, 1]);
    const cAll = activity(await ok(req('admin', 'GET', `/projects/${condolence}/evaluation`)), 'critical-illness-condolence');
    assert.deepEqual([cAll.scope, cAll.approved.count], ['all', 1]);
    assert.ok(cAll.approved.amountYuan > 0);

    // Pudong does not see Jiading's award; Jiading does not see Pudong's condolence payment.
    const p = activity(await ok(req('pudong', 'GET', `/projects/${invention}/evaluation`)), 'invention-award');
    assert.deepEqual([p.scope, p.total, p.byStatus['in-review'], p.approved.count], ['part', 0, 0, 0]);
    const jc = activity(await ok(req('jiading', 'GET', `/projects/${condolence}/evaluation`)), 'critical-illness-condolence');
    assert.deepEqual([jc.scope, jc.total, jc.approved.count, jc.approved.amountYuan], ['part', 0, 0, 0]);
    // Each sees its own.
    assert.equal(activity(await ok(req('jiading', 'GET', `/projects/${invention}/evaluation`)), 'invention-award').total, 1);
    assert.equal(activity(await ok(req('pudong', 'GET', `/projects/${condolence}/evaluation`)), 'critical-illness-condolence').approved.count, 1);

    // The dashboard of the federation's list, as each district.
    const federation = (await db().selectFrom('orgs').select('id').where('kind', '=', 'municipal').executeTakeFirstOrThrow()).id;
    const dp = await ok(req('pudong', 'GET', `/evaluation/dashboard?year=2018&orgId=${federation}`));
    assert.equal(
      activity(
        dp.projects.find((r: any) => r.id === invention),
        'invention-award',
      ).total,
      0,
    );
    const dj = await ok(req('jiading', 'GET', `/evaluation/dashboard?year=2018&orgId=${federation}`));
    assert.equal(
      activity(
        dj.projects.find((r: any) => r.id === condolence),
        'critical-illness-condolence',
      ).approved.count,
      0,
    );
  });

  it('a target counted from applications shows federation-wide figures only when none or at least 5 lie outside the caller’s scope', async () => {
    inventionTarget = (
      await ok(
        req('grassrootswork', 'POST', `/projects/${invention}/targets`, {
          indicator: '获奖职工',
          unit: '人',
          plannedValue: 10,
          actualFrom: 'approved-applications',
        }),
        201,
      )
    ).id;
    condolenceTarget = (
      await ok(
        req('rights', 'POST', `/projects/${condolence}/targets`, { indicator: '获慰问职工', unit: '人', plannedValue: 10, actualFrom: 'paid-applications' }),
        201,
      )
    ).id;
    const target = (e: any, id: number) => e.targets.find((x: any) => x.targetId === id);

    // The owner sees the figures.
    const a = target(await ok(req('admin', 'GET', `/projects/${invention}/evaluation`)), inventionTarget);
    assert.deepEqual([a.actual, a.pending, a.suppressed], [0, 1, false]);
    const ac = target(await ok(req('admin', 'GET', `/projects/${condolence}/evaluation`)), condolenceTarget);
    assert.deepEqual([ac.actual, ac.pending, ac.suppressed], [0, 1, false]);

    // Pudong: Jiading's one application in review would show as pending 1 → withheld; nothing is approved anywhere → 0 shown.
    const pe = await ok(req('pudong', 'GET', `/projects/${invention}/evaluation`));
    const p = target(pe, inventionTarget);
    assert.deepEqual([p.actual, p.pending, p.suppressed], [0, null, true]);
    // Jiading: that application is its own, so nothing is outside.
    const j = target(await ok(req('jiading', 'GET', `/projects/${invention}/evaluation`)), inventionTarget);
    assert.deepEqual([j.actual, j.pending, j.suppressed], [0, 1, false]);

    // Jiading on the condolence target: Pudong's one approved payment is withheld, paid and unpaid together, and the project's percent with them.
    const je = await ok(req('jiading', 'GET', `/projects/${condolence}/evaluation`));
    const jc = target(je, condolenceTarget);
    assert.deepEqual([jc.actual, jc.pending, jc.percent, jc.suppressed], [null, null, null, true]);
    assert.deepEqual([je.percent, je.suppressed], [null, true]);
    // Pudong sees its own.
    assert.equal(target(await ok(req('pudong', 'GET', `/projects/${condolence}/evaluation`)), condolenceTarget).pending, 1);

    // The same on the project page, the list, the dashboard, the year-end report and the public page.
    assert.equal(target(await ok(req('jiading', 'GET', `/projects/${condolence}`)), condolenceTarget).actual, null);
    const slateId = (await db().selectFrom('projects').select('slate_id').where('id', '=', condolence).executeTakeFirstOrThrow()).slate_id;
    const sl = await ok(req('jiading', 'GET', `/slates/${slateId}`));
    assert.deepEqual(((p) => [p.percent, p.suppressed])(sl.projects.find((x: any) => x.id === condolence)), [null, true]);
    const federation = (await db().selectFrom('orgs').select('id').where('kind', '=', 'municipal').executeTakeFirstOrThrow()).id;
    const dj = await ok(req('jiading', 'GET', `/evaluation/dashboard?year=2018&orgId=${federation}`));
    const row = dj.projects.find((x: any) => x.id === condolence);
    assert.deepEqual([row.percent, row.suppressed, target(row, condolenceTarget).actual], [null, true, null]);
    const i = dj.projects.findIndex((x: any) => x.id === condolence);
    assert.equal(dj.charts.progress.series[0].data[i], null);
    const report = await ok(req('jiading', 'GET', `/slates/${slateId}/report`));
    const rt = target(
      report.projects.find((x: any) => x.id === condolence),
      condolenceTarget,
    );
    assert.deepEqual([rt.actual, rt.pending, rt.suppressed], [null, null, true]);
    assert.equal((await req('jiading', 'GET', `/slates/${slateId}/report.xlsx`)).statusCode, 200);
    const pub = await ok(req(null, 'GET', '/public/projects?year=2018&org=federation'));
    const pubCondolence = pub.projects.find((x: any) => x.title === '大病职工慰问行动');
    assert.deepEqual([pubCondolence.percent, pubCondolence.suppressed], [null, true]);
    assert.ok(pubCondolence.targets.some((x: any) => x.actual === null && x.suppressed));
  });

  let proposalId = 0;
  let callId = 0;

  it('a proposal’s contact phone is sealed and masked, and numbers typed into its text are masked before storage', async () => {
    const day = (n: number) => {
      const d = new Date(`${today()}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    };
    const stages = (shift: number) => ({
      collectionStartsOn: day(-5 + shift),
      collectionEndsOn: day(5 + shift),
      screeningEndsOn: day(10 + shift),
      consultationStartsOn: day(15 + shift),
      consultationEndsOn: day(25 + shift),
      publicationOn: day(30 + shift),
    });
    const federation = (await db().selectFrom('orgs').select('id').where('kind', '=', 'municipal').executeTakeFirstOrThrow()).id;
    callId = (await ok(req('admin', 'POST', '/calls', { orgId: federation, year: 2031, title: '2031年实事项目征集（数据保护测试）', ...stages(0) }), 201)).id;
    const text = `联系人王五，手机${MOBILE}，身份证${ID_NUMBER}，也可拨 139 1234 5678`;
    const made = await ok(
      req('pudong', 'POST', `/calls/${callId}/proposals`, {
        title: '暖心驿站',
        introduction: text,
        expectedOutcome: `建成10个（咨询${MOBILE}）`,
        filledBy: '浦东',
        contactPhone: MOBILE,
      }),
      201,
    );
    proposalId = made.id;
    assert.equal(made.contactPhone, '139****5678');
    assert.equal(made.introduction, `联系人王五，手机139****5678，身份证${ID_NUMBER.slice(0, 3)}***********${ID_NUMBER.slice(14)}，也可拨 139****5678`);
    // Lists and reads: masked for the owner and the submitter.
    for (const [user, url] of [
      ['admin', `/calls/${callId}/proposals`],
      ['pudong', `/calls/${callId}/proposals`],
      ['admin', `/proposals/${proposalId}`],
    ] as const) {
      const body = (await req(user, 'GET', url)).body;
      assert.deepEqual(leaks(body), [], `${user} ${url}`);
      assert.ok(body.includes('139****5678'));
    }
    // At rest: the phone is sealed, the text masked.
    const row = await db().selectFrom('proposals').selectAll().where('id', '=', proposalId).executeTakeFirstOrThrow();
    assert.deepEqual(leaks(JSON.stringify(row)), []);
    // The owner's officer with members.reveal may see it in full (audited); the submitting district is not the call's owner.
    const seen = await ok(req('admin', 'GET', `/proposals/${proposalId}`));
    assert.equal(seen.abilities.revealContact, true);
    assert.equal((await ok(req('admin', 'POST', `/proposals/${proposalId}/reveal-contact`))).contactPhone, MOBILE);
    assert.equal((await req('pudong', 'POST', `/proposals/${proposalId}/reveal-contact`)).statusCode, 403);
    assert.equal((await req('jiading', 'POST', `/proposals/${proposalId}/reveal-contact`)).statusCode, 404);
    const revealed = await db()
      .selectFrom('audit_log')
      .select('actor_name')
      .where('action', '=', 'proposal.reveal-contact')
      .where('entity_id', '=', String(proposalId))
      .execute();
    assert.deepEqual(
      revealed.map((r) => r.actor_name),
      ['admin'],
    );
  });

  it('screening reasons, candidates, consultation comments and review comments are masked too', async () => {
    const day = (n: number) => {
      const d = new Date(`${today()}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    };
    const stages = (shift: number) => ({
      collectionStartsOn: day(-5 + shift),
      collectionEndsOn: day(5 + shift),
      screeningEndsOn: day(10 + shift),
      consultationStartsOn: day(15 + shift),
      consultationEndsOn: day(25 + shift),
      publicationOn: day(30 + shift),
    });
    const second = (
      await ok(req('jiading', 'POST', `/calls/${callId}/proposals`, { title: '休息点', introduction: '为司机提供休息点', expectedOutcome: '20个' }), 201)
    ).id;
    await ok(req('admin', 'PATCH', `/calls/${callId}`, stages(-12)));
    const returned = await ok(req('admin', 'POST', `/proposals/${second}/return`, { reason: `请补充材料后联系 ${MOBILE}` }));
    assert.equal(returned.returnReason, '请补充材料后联系 139****5678');
    const c = await ok(
      req('admin', 'POST', `/calls/${callId}/candidates`, { title: '驿站', category: 'living', summary: `负责人 ${MOBILE}`, proposalIds: [proposalId] }),
      201,
    );
    assert.equal(c.summary, '负责人 139****5678');
    await ok(req('admin', 'POST', `/candidates/${c.id}/shortlist`, { rationale: `已电话 ${MOBILE} 核实` }));
    await ok(req('admin', 'PATCH', `/calls/${callId}`, stages(-22)));
    const comment = await ok(req('member', 'POST', `/candidates/${c.id}/comments`, { body: `好建议，我的电话 ${MOBILE}，身份证 ${ID_NUMBER}` }), 201);
    assert.deepEqual(leaks(JSON.stringify(comment)), []);
    assert.deepEqual(leaks((await req('admin', 'GET', `/candidates/${c.id}/comments`)).body), []);
    await ok(req('admin', 'POST', `/comments/${comment.id}/hide`, { reason: `含个人信息 ${MOBILE}` }));
    for (const table of ['comments', 'candidates', 'proposals', 'notifications'] as const)
      assert.deepEqual(leaks(JSON.stringify(await db().selectFrom(table).selectAll().execute())), [], table);

    // A reviewer's comment on an application (the 2018 skill award of 李明, in the app's own window).
    t.pinToday('2018-04-02');
    const program = (await ok(req('member', 'GET', '/programs?year=2018'))).items.find((x: any) => x.program === 'skill-promotion-award').id;
    const mp = multipart({ type: 'certificate' }, { name: 'certificate.pdf', content: pdf('certificate'), type: 'application/pdf' });
    const doc = (
      await t.app.inject({ method: 'POST', url: '/api/v1/documents', payload: mp.payload, headers: { ...mp.headers, cookie: cookies.member! } })
    ).json();
    const app = await ok(
      req('member', 'POST', '/applications', {
        programId: program,
        form: {
          role: 'worker',
          newLevel: 'senior-technician',
          certificateNo: 'DP-2018-0001',
          certificateIssuedOn: '2017-12-01',
          certificateIssuer: 'shanghai-hrss',
        },
        documentIds: [doc.id],
      }),
      201,
    );
    const approved = await ok(req('pudong', 'POST', `/applications/${app.id}/approve`, { comment: `已电话 ${MOBILE} 核实本人` }));
    assert.ok(
      approved.history.some((h: any) => h.comment === '已电话 139****5678 核实本人'),
      JSON.stringify(approved.history),
    );
    const back = await ok(req('grassrootswork', 'POST', `/applications/${app.id}/return`, { reason: `证书不清晰，请联系 ${MOBILE}` }));
    assert.deepEqual(leaks(JSON.stringify(back)), []);
    t?.pinToday();
  });

  it('the audit trail holds masked numbers only: GET /audit as auditor and the audit_log table itself', async () => {
    let page = 1;
    const entries: any[] = [];
    for (;;) {
      const r = await ok(req('auditor', 'GET', `/audit?pageSize=200&page=${page}`));
      entries.push(...r.items);
      if (page * 200 >= r.total) break;
      page++;
    }
    assert.ok(entries.some((e) => e.action === 'proposal.submit' && e.entityId === String(proposalId)));
    assert.ok(entries.some((e) => e.action === 'member.transfer' && e.entityId === String(personId)));
    assert.ok(entries.some((e) => e.action === 'application.return'));
    assert.deepEqual(leaks(JSON.stringify(entries)), []);
    const submitted = entries.find((e) => e.action === 'proposal.submit' && e.entityId === String(proposalId));
    assert.equal(submitted.after.contactPhone, '139****5678');
    assert.match(submitted.after.introduction, /139\*\*\*\*5678/);
    const rows = await db().selectFrom('audit_log').selectAll().execute();
    assert.deepEqual(leaks(JSON.stringify(rows)), []);
  });
});
