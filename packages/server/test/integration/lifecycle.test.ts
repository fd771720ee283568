// The yearly project cycle through HTTP, on the database named by SHISHI_TEST_DB (pglite | postgres):
// call → proposals → screening → consultation → slate → plan → targets and allocation → progress → evaluation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { engine, multipart, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { systemClock } from '../../src/platform/clock.ts';

const today = () => systemClock().today();

let t: TestApp;
const cookies: Record<string, string> = {};
before(async () => {
  t = await startTestApp({ members: 200 });
  for (const u of ['admin', 'pudong', 'jiading', 'zhangjiang', 'grassroots', 'auditor', 'member', 'rights', 'labour', 'yangpu', 'wujiaochang', 'security'])
    cookies[u] = await t.login(u);
});
after(async () => t?.close());

const { req, ok } = httpKit(() => t, cookies);
const day = (n: number) => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const orgId = async (where: { short?: string; name?: string }) =>
  (
    await t.s.database.db
      .selectFrom('orgs')
      .select('id')
      .where(where.short ? 'short_name' : 'name', '=', (where.short ?? where.name)!)
      .executeTakeFirstOrThrow()
  ).id;
/** Stage dates with `collection` around today, shifted by whole stages. */
const stagesAt = (stage: 'collection' | 'screening' | 'consultation' | 'publication') => {
  const shift = { collection: 0, screening: -12, consultation: -22, publication: -40 }[stage];
  return {
    collectionStartsOn: day(-5 + shift),
    collectionEndsOn: day(5 + shift),
    screeningEndsOn: day(10 + shift),
    consultationStartsOn: day(15 + shift),
    consultationEndsOn: day(25 + shift),
    publicationOn: day(30 + shift),
  };
};

describe(`lifecycle on ${engine}`, () => {
  let callId: number;
  let p1: number, p2: number, p3: number, pMember: number;
  let candidateId: number;

  it('opens a call; stage dates out of order are refused naming the field; auditor cannot open one', async () => {
    const federation = await orgId({ short: '市总' });
    const bad = await req(
      'admin',
      'POST',
      '/calls',
      { orgId: federation, year: 2027, title: '2027年实事项目征集', ...stagesAt('collection'), screeningEndsOn: day(-10) },
      { 'accept-language': 'en' },
    );
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'body.screeningEndsOn');
    assert.ok(bad.json().errors[0].messages.zh.includes('汇总梳理'));
    assert.equal((await req('auditor', 'POST', '/calls', { orgId: federation, year: 2027, title: '审计员的征集', ...stagesAt('collection') })).statusCode, 403);
    assert.equal((await req('pudong', 'POST', '/calls', { orgId: federation, year: 2027, title: '越权征集', ...stagesAt('collection') })).statusCode, 404);
    const c = await ok(
      req('admin', 'POST', '/calls', {
        orgId: federation,
        year: 2027,
        title: '2027年实事项目征集（测试）',
        principles: '普惠职工；当年见效；量化评估；网上延伸',
        maxSupports: 2,
        hideTallies: true,
        ...stagesAt('collection'),
      }),
      201,
    );
    callId = c.id;
    assert.equal(c.stage, 'collection');
    assert.deepEqual(
      c.stages.map((s: any) => s.key),
      ['collection', 'screening', 'consultation', 'publication'],
    );
    // A district union and a member below see the call and may submit.
    const seen = await ok(req('member', 'GET', '/calls'));
    assert.ok(seen.items.find((x: any) => x.id === callId).abilities.submit);
  });

  it('takes proposals on form (一) from unions, (二) from departments and a short form from members, only during collection', async () => {
    const noOutcome = await req('pudong', 'POST', `/calls/${callId}/proposals`, { title: '司机暖心驿站', introduction: '在街镇服务站为网约车司机设驿站' });
    assert.equal(noOutcome.statusCode, 400);
    assert.equal(noOutcome.json().errors[0].field, 'body.expectedOutcome');
    const a = await ok(
      req('pudong', 'POST', `/calls/${callId}/proposals`, {
        title: '司机暖心驿站',
        introduction: '在街镇服务站为网约车司机设驿站',
        targetGroup: '网约车、出租车司机，约2万人',
        funding: '市区两级工会经费',
        expectedOutcome: '建成50个驿站',
        assessmentOfLastYear: '2025年司机之家反响好',
        contactPhone: '021-12345678',
      }),
      201,
    );
    assert.equal(a.form, 'union');
    assert.equal(a.submitter.orgName, '浦东新区总工会');
    p1 = a.id;
    p2 = (
      await ok(
        req('jiading', 'POST', `/calls/${callId}/proposals`, {
          title: '网约车司机休息点',
          introduction: '为司机提供休息、饮水、如厕',
          expectedOutcome: '建成20个休息点',
        }),
        201,
      )
    ).id;
    const d = await ok(
      req('rights', 'POST', `/calls/${callId}/proposals`, { title: '职工心理关爱热线', introduction: '12351热线增设心理咨询', expectedOutcome: '服务1万人次' }),
      201,
    );
    assert.equal(d.form, 'department');
    p3 = d.id;
    const m = await ok(req('member', 'POST', `/calls/${callId}/proposals`, { title: '午间健身课', introduction: '园区午休时间开设健身课程' }), 201);
    assert.equal(m.form, 'member');
    pMember = m.id;
    // Proposals are visible to the call's owner; a union sees those sent from its own subtree only
    // (Pudong: its own and its member's, not Jiading's).
    assert.equal((await ok(req('admin', 'GET', `/calls/${callId}/proposals`))).items.length, 4);
    const mine = await ok(req('pudong', 'GET', `/calls/${callId}/proposals`));
    assert.deepEqual(
      mine.items.map((x: any) => x.id),
      [p1, pMember],
    );
    assert.equal(mine.items[1].contactPhone, null);
    assert.equal((await req('jiading', 'GET', `/proposals/${p1}`)).statusCode, 404);
    // Screening is refused during collection.
    const early = await req('admin', 'POST', `/proposals/${p1}/classify`, { category: 'living' });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().code, 'wrong-stage');
  });

  it('screens: classify, merge duplicates into one candidate keeping both sources, return with a reason the submitter reads', async () => {
    await ok(req('admin', 'PATCH', `/calls/${callId}`, stagesAt('screening')));
    const late = await req('jiading', 'POST', `/calls/${callId}/proposals`, { title: '迟到的建议', introduction: '征集已经结束了', expectedOutcome: '无' });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'wrong-stage');
    assert.match(late.json().messages.zh, /征集推荐/);
    assert.equal((await ok(req('admin', 'POST', `/proposals/${p3}/classify`, { category: 'health' }))).status, 'classified');
    const c = await ok(
      req('admin', 'POST', `/calls/${callId}/candidates`, {
        title: '司机暖心驿站',
        category: 'living',
        summary: '合并浦东、嘉定两份建议',
        proposalIds: [p1, p2],
      }),
      201,
    );
    candidateId = c.id;
    assert.deepEqual(
      c.sourceProposals.map((p: any) => p.id),
      [p1, p2],
    );
    const again = await req('admin', 'POST', `/calls/${callId}/candidates`, { title: '重复', category: 'living', proposalIds: [p2] });
    assert.equal(again.statusCode, 400);
    assert.equal(again.json().errors[0].field, 'body.proposalIds.0');
    const c2 = await ok(req('admin', 'POST', `/calls/${callId}/candidates`, { title: '职工心理关爱', category: 'health', proposalIds: [p3] }), 201);
    await ok(req('admin', 'POST', `/candidates/${candidateId}/shortlist`, { rationale: '普惠面广，当年见效，可量化（驿站数）' }));
    await ok(req('admin', 'POST', `/candidates/${c2.id}/shortlist`, { rationale: '回应职工心理健康需求' }));
    const noReason = await req('admin', 'POST', `/proposals/${pMember}/return`, {});
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().errors[0].field, 'body.reason');
    await ok(req('admin', 'POST', `/proposals/${pMember}/return`, { reason: '属于基层工会日常工作，建议由所在工会自行安排' }));
    const back = await ok(req('member', 'GET', `/proposals/${pMember}`));
    assert.equal(back.status, 'returned');
    assert.match(back.returnReason, /基层工会/);
    // Before consultation, participants see no candidates.
    assert.equal((await ok(req('pudong', 'GET', `/calls/${callId}/candidates`))).items.length, 0);
  });

  it('consults: one support per account per candidate, within the limit, tallies hidden until it closes; comments moderated', async () => {
    await ok(req('admin', 'PATCH', `/calls/${callId}`, { maxSupports: 1, ...stagesAt('consultation') }));
    const list = await ok(req('member', 'GET', `/calls/${callId}/candidates`));
    assert.equal(list.items.length, 2);
    assert.equal(list.items[0].supportCount, null);
    assert.equal(list.talliesHidden, true);
    await ok(req('member', 'POST', `/candidates/${candidateId}/supports`), 201);
    const twice = await req('member', 'POST', `/candidates/${candidateId}/supports`);
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'already-supported');
    const other = list.items.find((x: any) => x.id !== candidateId).id;
    const over = await req('member', 'POST', `/candidates/${other}/supports`);
    assert.equal(over.statusCode, 409);
    assert.equal(over.json().code, 'support-limit');
    await ok(req('pudong', 'POST', `/candidates/${candidateId}/supports`), 201);
    assert.equal((await ok(req('admin', 'GET', `/calls/${callId}/candidates`))).items[0].supportCount, null);
    const cm = await ok(req('member', 'POST', `/candidates/${candidateId}/comments`, { body: '希望驿站有充电设施' }), 201);
    const spam = await ok(req('jiading', 'POST', `/candidates/${candidateId}/comments`, { body: '广告' }), 201);
    assert.equal((await req('pudong', 'POST', `/comments/${spam.id}/hide`, { reason: '广告' })).statusCode, 403);
    await ok(req('admin', 'POST', `/comments/${spam.id}/hide`, { reason: '与项目无关的广告' }));
    const seen = await ok(req('member', 'GET', `/candidates/${candidateId}/comments`));
    assert.equal(seen.items.find((x: any) => x.id === cm.id).body, '希望驿站有充电设施');
    const hidden = seen.items.find((x: any) => x.id === spam.id);
    assert.equal(hidden.body, null);
    assert.equal(hidden.hiddenReason, '与项目无关的广告');
    // Consultation closed: tallies show.
    await ok(req('admin', 'PATCH', `/calls/${callId}`, stagesAt('publication')));
    const after = await ok(req('member', 'GET', `/calls/${callId}/candidates`));
    assert.equal(after.items.find((x: any) => x.id === candidateId).supportCount, 2);
    // Every write left an audit entry.
    const actions = (await t.s.database.db.selectFrom('audit_log').select('action').where('action', 'like', 'candidate.%').execute()).map((a) => a.action);
    assert.ok(actions.includes('candidate.support') && actions.includes('candidate.shortlist') && actions.includes('candidate.create'));
  });

  let slateId: number, projectId: number, targetId: number;
  it('publishes a numbered list with meeting, document number and date; the public route shows it without login', async () => {
    const district = await orgId({ short: '浦东新区' });
    const sl = await ok(req('pudong', 'POST', '/slates', { orgId: district, year: 2027, title: '浦东新区总工会2027年服务职工实事项目' }), 201);
    slateId = sl.id;
    const p = await ok(req('pudong', 'POST', `/slates/${slateId}/projects`, { title: '建设50个司机暖心驿站', category: 'living' }), 201);
    projectId = p.id;
    assert.equal(p.no, 1);
    const early = await req('pudong', 'POST', `/slates/${slateId}/publish`);
    assert.equal(early.statusCode, 400);
    assert.equal(early.json().errors[0].field, 'body.meeting');
    assert.equal((await req(null, 'GET', `/public/projects?year=2027&org=${district}`)).statusCode, 404);
    await ok(req('pudong', 'PATCH', `/slates/${slateId}`, { meeting: '2026年第12次主席办公会议', documentNo: '浦工〔2026〕8号', approvedOn: '2026-12-20' }));
    await ok(req('pudong', 'POST', `/slates/${slateId}/publish`));
    const pub = await ok(req(null, 'GET', `/public/projects?year=2027&org=${district}`));
    assert.equal(pub.documentNo, '浦工〔2026〕8号');
    assert.equal(pub.projects[0].no, 1);
    assert.equal(pub.projects[0].status, 'planned');
    // Jiading cannot change Pudong's list.
    assert.equal((await req('jiading', 'POST', `/slates/${slateId}/projects`, { title: '越权项目', category: 'other' })).statusCode, 403);
  });

  it('shows the federation’s 2025 list in public, from the demo (003)', async () => {
    const pub = await ok(req(null, 'GET', '/public/projects?year=2025&org=federation'));
    assert.equal(pub.documentNo, '沪工总办〔2024〕189号');
    assert.equal(pub.meeting, '2024年第17次主席办公会议');
    assert.equal(pub.projects.length, 10);
    assert.equal(pub.projects[0].targets[0].planned, 3500000);
    assert.equal(pub.projects[6].targets[0].planned, 100);
    const l2018 = await ok(req(null, 'GET', '/public/projects?year=2018'));
    assert.equal(l2018.projects.length, 9);
    assert.equal((await ok(req(null, 'GET', '/public/projects?year=2022'))).projects.length, 12);
  });

  it('sets the plan (money in yuan, kept as fen), targets with parts, milestones in order', async () => {
    const bad = await req('pudong', 'PUT', `/projects/${projectId}/plan`, { reportCadence: 'quarterly', reportDueMonths: [3, 13] });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'body.reportDueMonths.1');
    const plan = await ok(
      req('pudong', 'PUT', `/projects/${projectId}/plan`, {
        purpose: '解决司机休息难',
        targetGroups: '网约车、出租车、货运司机',
        budgetYuan: 300000.5,
        costShares: [{ party: '区总工会', share: '50%', amountYuan: 150000 }],
        contacts: [{ name: '张三', org: '浦东新区总工会', phone: '021-00000000' }],
        policyPrograms: ['labour-relations-guidance-subsidy'],
        reportCadence: 'quarterly',
        reportDueMonths: [3, 6, 9, 11],
      }),
    );
    assert.equal(plan.plan.budgetYuan, 300000.5);
    const stored = await t.s.database.db.selectFrom('projects').select('budget_fen').where('id', '=', projectId).executeTakeFirstOrThrow();
    assert.equal(stored.budget_fen, 30000050);
    const unknown = await req('pudong', 'PUT', `/projects/${projectId}/plan`, { policyPrograms: ['no-such-program'] });
    assert.equal(unknown.json().errors[0].field, 'body.policyPrograms.0');
    const top = await ok(req('pudong', 'POST', `/projects/${projectId}/targets`, { indicator: '司机暖心驿站', unit: '个', plannedValue: 50 }), 201);
    targetId = top.id;
    await ok(req('pudong', 'POST', `/projects/${projectId}/targets`, { indicator: '微型驿站', unit: '个', plannedValue: 40, parentTargetId: top.id }), 201);
    const ms = await req('pudong', 'POST', `/projects/${projectId}/milestones`, { title: '验收', startsOn: '2027-09-30', dueOn: '2027-09-01' });
    assert.equal(ms.statusCode, 400);
    assert.equal(ms.json().errors[0].field, 'body.dueOn');
    await ok(req('pudong', 'POST', `/projects/${projectId}/milestones`, { title: '验收并授牌', startsOn: '2027-09-01', dueOn: '2027-09-30' }), 201);
    const full = await ok(req('pudong', 'GET', `/projects/${projectId}`));
    assert.equal(full.targets.length, 2);
    assert.equal(full.milestones[0].title, '验收并授牌');
  });

  it('splits a target down the tree; a street union sees its share and splits it further; over-allocation refused', async () => {
    const zhangjiang = (await t.s.database.db.selectFrom('orgs').select('id').where('name', 'like', '%张江高科技园区工会联合会').executeTakeFirstOrThrow()).id;
    const lujiazui = (await t.s.database.db.selectFrom('orgs').select('id').where('name', '=', '浦东新区陆家嘴街道总工会').executeTakeFirstOrThrow()).id;
    const over = await req('pudong', 'PUT', `/targets/${targetId}/allocations`, {
      rows: [
        { orgId: zhangjiang, value: 30 },
        { orgId: lujiazui, value: 30 },
      ],
    });
    assert.equal(over.statusCode, 400);
    assert.equal(over.json().errors[0].code, 'over-allocated');
    const jiadingOrg = await orgId({ short: '嘉定区' });
    const outside = await req('pudong', 'PUT', `/targets/${targetId}/allocations`, { rows: [{ orgId: jiadingOrg, value: 1 }] });
    assert.equal(outside.json().errors[0].field, 'body.rows.0.orgId');
    await ok(
      req('pudong', 'PUT', `/targets/${targetId}/allocations`, {
        rows: [
          { orgId: zhangjiang, value: 30 },
          { orgId: lujiazui, value: 20 },
        ],
      }),
    );
    const mine = await ok(req('zhangjiang', 'GET', `/targets/${targetId}/allocations`));
    assert.deepEqual(
      mine.items.map((x: any) => [x.orgId, x.plannedValue]),
      [[zhangjiang, 30]],
    );
    const g = await t.s.database.db.selectFrom('orgs').select('id').where('name', '=', '上海张江芯源微电子有限公司工会').executeTakeFirstOrThrow();
    const down = await req('zhangjiang', 'PUT', `/targets/${targetId}/allocations`, { parentOrgId: zhangjiang, rows: [{ orgId: g.id, value: 31 }] });
    assert.equal(down.statusCode, 400);
    await ok(req('zhangjiang', 'PUT', `/targets/${targetId}/allocations`, { parentOrgId: zhangjiang, rows: [{ orgId: g.id, value: 10 }] }));
    assert.equal((await req('zhangjiang', 'PUT', `/targets/${targetId}/allocations`, { parentOrgId: lujiazui, rows: [] })).statusCode, 400);
    const all = await ok(req('pudong', 'GET', `/targets/${targetId}/allocations`));
    assert.equal(all.allocated, 50);
    assert.equal(all.items.find((x: any) => x.orgId === zhangjiang).unallocated, 20);
  });

  it('imports the 2022 allocation table: the printed rows (10,001) against the target (10,000) are refused, nothing written', async () => {
    const project = await t.s.database.db
      .selectFrom('projects')
      .innerJoin('slates', 'slates.id', 'projects.slate_id')
      .select('projects.id')
      .where('slates.year', '=', 2022)
      .where('projects.no', '=', 9)
      .executeTakeFirstOrThrow();
    const target = await t.s.database.db.selectFrom('targets').select('id').where('project_id', '=', project.id).executeTakeFirstOrThrow();
    const demo = await ok(req('admin', 'GET', `/targets/${target.id}/allocations`));
    assert.equal(demo.items.length, 118);
    assert.equal(demo.allocated, 10001);
    assert.equal(demo.mismatch, true);
    const orgs = await t.s.database.db
      .selectFrom('orgs')
      .select(['short_name', 'allocation_no'])
      .where('allocation_no', 'is not', null)
      .orderBy('allocation_no')
      .execute();
    const counts = new Map(demo.items.map((x: any) => [x.shortName, x.plannedValue]));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('附件1');
    ws.addRow(['序号', '简称', '企业数']);
    for (const [i, o] of orgs.entries()) ws.addRow([i + 1, o.short_name, counts.get(o.short_name)]);
    ws.addRow(['', '合计', 10000]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const before = await t.s.database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'allocation.import')
      .executeTakeFirstOrThrow();
    const mp = multipart({}, { name: '2022目标分配表.xlsx', content: file });
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/v1/targets/${target.id}/allocations/import`,
      payload: mp.payload,
      headers: { ...mp.headers, cookie: cookies.admin! },
    });
    assert.equal(r.statusCode, 400);
    const body = r.json();
    assert.equal(body.sum, 10001);
    assert.equal(body.expected, 10000);
    assert.ok(body.errors.some((e: any) => e.code === 'total-mismatch' && e.field === 'rows[120].企业数'));
    assert.ok(body.errors.some((e: any) => e.code === 'sum-mismatch'));
    const afterN = await t.s.database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'allocation.import')
      .executeTakeFirstOrThrow();
    assert.equal(Number(afterN.n), Number(before.n));
    // Pudong's row one lower makes it add up: a dry run then passes.
    ws.getRow(2).getCell(3).value = 1499;
    const mp2 = multipart({}, { name: 'fixed.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) });
    const dry = await t.app.inject({
      method: 'POST',
      url: `/api/v1/targets/${target.id}/allocations/import?dryRun=true`,
      payload: mp2.payload,
      headers: { ...mp2.headers, cookie: cookies.admin! },
    });
    assert.equal(dry.statusCode, 200, dry.body);
    assert.equal(dry.json().sum, 10000);
    assert.equal(dry.json().rows, 118);
    // Unknown unions are named by row and column.
    const csv = '工会,企业数\n浦东新区,9999\n不存在的工会,1\n';
    const mp3 = multipart({}, { name: 'x.csv', content: csv });
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/targets/${target.id}/allocations/import`,
      payload: mp3.payload,
      headers: { ...mp3.headers, cookie: cookies.admin! },
    });
    assert.equal(bad.json().errors[0].field, 'rows[3].工会');
  });

  it('takes progress reports per due period, computes the subsidy through the policy engine, and the level above reviews', async () => {
    const zhangjiang = (await t.s.database.db.selectFrom('orgs').select('id').where('name', 'like', '%张江高科技园区工会联合会').executeTakeFirstOrThrow()).id;
    // The 2027 list: periods are not yet due today.
    const notDue = await req('zhangjiang', 'POST', `/projects/${projectId}/reports`, { period: '2027-03', values: [{ targetId, achieved: 5 }] });
    assert.equal(notDue.statusCode, 400);
    assert.equal(notDue.json().errors[0].field, 'body.period');
    const wrongMonth = await req('zhangjiang', 'POST', `/projects/${projectId}/reports`, { period: '2027-04' });
    assert.equal(wrongMonth.json().errors[0].code, 'period-not-due');
    // The demo's 2025 guidance project: the federation files, the responsible department reviews.
    const g = await t.s.database.db
      .selectFrom('projects')
      .innerJoin('slates', 'slates.id', 'projects.slate_id')
      .select(['projects.id'])
      .where('slates.year', '=', 2025)
      .where('projects.no', '=', 3)
      .executeTakeFirstOrThrow();
    const list = await ok(req('admin', 'GET', `/projects/${g.id}/reports`));
    assert.deepEqual(
      list.project.periods.map((p: any) => p.period),
      ['2025-03', '2025-06', '2025-09', '2025-11'],
    );
    const nov = list.grid.find((x: any) => x.period === '2025-11');
    assert.equal(nov.status, 'missing');
    assert.equal(nov.overdue, true);
    assert.equal((await req('admin', 'POST', `/projects/${g.id}/reports`, { period: '2025-10' })).json().errors[0].field, 'body.period');
    const t25 = (await t.s.database.db.selectFrom('targets').select('id').where('project_id', '=', g.id).executeTakeFirstOrThrow()).id;
    const wrong = await req('admin', 'POST', `/projects/${g.id}/reports`, {
      period: '2025-11',
      values: [{ targetId: t25, achieved: 2500 }],
      lines: [{ enterprise: '上海某某有限公司', staff: '律师', personDays: 4 }],
      subsidyClaimedYuan: 500,
    });
    assert.equal(wrong.json().errors[0].field, 'body.subsidyClaimedYuan');
    const r = await ok(
      req('admin', 'POST', `/projects/${g.id}/reports`, {
        period: '2025-11',
        values: [{ targetId: t25, achieved: 2500 }],
        lines: [
          { enterprise: '上海某某有限公司', staff: '律师', personDays: 4 },
          { enterprise: '=HYPERLINK("x")', personDays: 1 },
        ],
        narrative: '第四季度',
      }),
      201,
    );
    assert.equal(r.subsidyYuan, 750);
    assert.equal(r.lines[0].subsidyYuan, 600);
    assert.equal((await req('admin', 'POST', `/projects/${g.id}/reports`, { period: '2025-11' })).statusCode, 409);
    // Nobody accepts their own union's report; Pudong is not the level above.
    assert.equal((await req('admin', 'POST', `/reports/${r.id}/accept`)).statusCode, 403);
    assert.equal((await req('pudong', 'POST', `/reports/${r.id}/accept`)).statusCode, 404);
    assert.equal((await req('rights', 'POST', `/reports/${r.id}/return`, { reason: '不归权益保障部审核' })).statusCode, 403);
    assert.equal((await req('labour', 'POST', `/reports/${r.id}/return`, {})).json().errors[0].field, 'body.reason');
    const ret = await ok(req('labour', 'POST', `/reports/${r.id}/return`, { reason: '请补充服务企业清单' }));
    assert.equal(ret.status, 'returned');
    const again = await ok(
      req('admin', 'POST', `/projects/${g.id}/reports`, {
        period: '2025-11',
        values: [{ targetId: t25, achieved: 2500 }],
        lines: [{ enterprise: '上海某某有限公司', staff: '律师', personDays: 4 }],
        narrative: '已补充',
      }),
      201,
    );
    assert.equal(again.revision, 2);
    await ok(req('labour', 'POST', `/reports/${r.id}/accept`));
    // The September report waits in the demo; the department accepts it, and the target is complete.
    const sept = list.items.find((x: any) => x.period === '2025-09');
    await ok(req('labour', 'POST', `/reports/${sept.id}/accept`));
    const ev = await ok(req('rights', 'GET', `/projects/${g.id}/evaluation`));
    assert.equal(ev.targets[0].actual, 2400 + 2700 + 2600 + 2500);
    assert.equal(ev.percent, 100);
    assert.equal(ev.status, 'completed');
    // The period exported in the columns of 003 附件2-3-2, formulas neutralised.
    const x = await req('rights', 'GET', `/projects/${g.id}/reports/export?period=2025-11`);
    assert.equal(x.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as any);
    const sheet = wb.worksheets[1]!;
    assert.deepEqual((sheet.getRow(1).values as any[]).slice(1), ['序号', '服务企业名称', '申请补贴（元）', '服务人员', '服务天次（天次）']);
    // Zhangjiang's share: a 2027 report is not due, but its allocation makes it a reporter.
    const grid = await ok(req('zhangjiang', 'GET', `/projects/${projectId}/reports`));
    assert.ok(grid.grid.every((x: any) => x.orgId === zhangjiang || x.orgId !== undefined));
  });

  it('exports a 2022 month in the columns of 001 附件3', async () => {
    const g = await t.s.database.db
      .selectFrom('projects')
      .innerJoin('slates', 'slates.id', 'projects.slate_id')
      .select('projects.id')
      .where('slates.year', '=', 2022)
      .where('projects.no', '=', 9)
      .executeTakeFirstOrThrow();
    const x = await req('admin', 'GET', `/projects/${g.id}/reports/export?period=2022-01`);
    assert.equal(x.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as any);
    assert.equal(wb.worksheets.length, 3);
    assert.deepEqual((wb.worksheets[1]!.getRow(1).values as any[]).slice(1), [
      '序号',
      '服务企业名称',
      '所有制类型',
      '申请补贴金额（元）',
      '备注（服务人员及天次）',
    ]);
    // The Pudong officer sees Pudong's reports only.
    const mine = await ok(req('pudong', 'GET', `/projects/${g.id}/reports`));
    assert.ok(mine.items.length > 0 && mine.items.every((r: any) => r.orgName === '浦东新区总工会'));
  });

  it('flags overdue reports and writes one reminder per report to the outbox', async () => {
    const overdue = await ok(req('admin', 'GET', '/progress/overdue'));
    const r1 = await ok(req('admin', 'POST', '/progress/reminders'));
    const r2 = await ok(req('admin', 'POST', '/progress/reminders'));
    assert.equal(r1.overdue, overdue.total);
    assert.equal(r2.notifications, 0);
    assert.equal((await req('auditor', 'POST', '/progress/reminders')).statusCode, 403);
  });

  it('gives the federation a dashboard for ECharts: progress, who is behind, money spent against budget', async () => {
    const d = await ok(req('admin', 'GET', '/evaluation/dashboard?year=2022'));
    assert.equal(d.projects.length, 12);
    const guidance = d.projects.find((p: any) => p.no === 9);
    assert.equal(guidance.targets[0].allocationMismatch, true);
    assert.ok(guidance.behindUnits > 100);
    assert.ok(guidance.spentYuan > 0);
    assert.equal(d.charts.progress.series[0].data.length, 12);
    assert.equal(d.charts.money.series.length, 2);
    const d25 = await ok(req('auditor', 'GET', '/evaluation/dashboard?year=2025'));
    assert.equal(d25.projects.find((p: any) => p.no === 7).budgetYuan, 600000);
  });

  it('shows Yangpu’s 2018 call from the demo with proposals at every step', async () => {
    const calls = await ok(req('yangpu', 'GET', '/calls?year=2018'));
    const c = calls.items[0];
    assert.equal(c.collectionEndsOn, '2017-12-25');
    assert.equal(c.publicationEvent, '区工会六届三次全会');
    const ps = await ok(req('yangpu', 'GET', `/calls/${c.id}/proposals`));
    assert.deepEqual([...new Set(ps.items.map((p: any) => p.status))].sort(), ['classified', 'merged', 'returned', 'submitted']);
    const cands = await ok(req('wujiaochang', 'GET', `/calls/${c.id}/candidates`));
    assert.equal(cands.items.length, 2);
    assert.equal(cands.items[0].supportCount, 2);
    // Pudong is outside Yangpu: no call.
    assert.equal((await req('pudong', 'GET', `/calls/${c.id}`)).statusCode, 404);
  });
});
