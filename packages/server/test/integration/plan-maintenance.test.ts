// Plan maintenance and the year-end report through HTTP, on the database named by SHISHI_TEST_DB:
// edit and delete of targets, milestones and projects (409 naming what refers to them), every change
// audited with before/after; the year-end report of a list as JSON and .xlsx.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { DEMO_SURVEY_RESPONSES } from '../../src/demo/surveys-data.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
before(async () => {
  t = await startTestApp({ members: 100 });
  for (const u of ['admin', 'pudong', 'jiading', 'zhangjiang', 'auditor', 'rights']) cookies[u] = await t.login(u);
});
after(async () => t?.close());

const { req, ok } = httpKit(() => t, cookies);
const auditOf = (entity: string, id: number) =>
  t.s.database.db
    .selectFrom('audit_log')
    .select(['action', 'before', 'after'])
    .where('entity', '=', entity)
    .where('entity_id', '=', String(id))
    .orderBy('id')
    .execute();

describe(`plan maintenance and year-end report on ${engine}`, () => {
  let slateId: number, projectId: number, topId: number, childId: number, milestoneId: number;

  before(async () => {
    const district = (await t.s.database.db.selectFrom('orgs').select('id').where('short_name', '=', '浦东新区').executeTakeFirstOrThrow()).id;
    slateId = (await ok(req('pudong', 'POST', '/slates', { orgId: district, year: 2028, title: '浦东新区总工会2028年服务职工实事项目' }), 201)).id;
    projectId = (await ok(req('pudong', 'POST', `/slates/${slateId}/projects`, { title: '建设30个户外职工爱心接力站', category: 'living' }), 201)).id;
    topId = (await ok(req('pudong', 'POST', `/projects/${projectId}/targets`, { indicator: '爱心接力站', unit: '个', plannedValue: 30 }), 201)).id;
    childId = (
      await ok(req('pudong', 'POST', `/projects/${projectId}/targets`, { indicator: '新建', unit: '个', plannedValue: 20, parentTargetId: topId }), 201)
    ).id;
    milestoneId = (await ok(req('pudong', 'POST', `/projects/${projectId}/milestones`, { title: '选址', dueOn: '2028-03-31' }), 201)).id;
  });

  it('edits a target with before/after in the audit trail; bad input names the field; not below what is allocated', async () => {
    const bad = await req('pudong', 'PATCH', `/targets/${topId}`, { plannedValue: 0 });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'body.plannedValue');
    assert.equal((await req('pudong', 'PATCH', `/targets/${topId}`, {})).statusCode, 400);
    const edited = await ok(req('pudong', 'PATCH', `/targets/${topId}`, { indicator: '户外职工爱心接力站', plannedValue: 40, note: '含改建' }));
    assert.equal(edited.plannedValue, 40);
    const trail = await auditOf('target', topId);
    const upd = trail.find((a) => a.action === 'target.update')!;
    assert.deepEqual([(upd.before as any).plannedValue, (upd.after as any).plannedValue], [30, 40]);
    assert.equal((upd.after as any).indicator, '户外职工爱心接力站');
    // Out of scope: Jiading does not see Pudong's unpublished list.
    assert.equal((await req('jiading', 'PATCH', `/targets/${topId}`, { plannedValue: 1 })).statusCode, 404);
    assert.equal((await req('auditor', 'PATCH', `/targets/${topId}`, { plannedValue: 1 })).statusCode, 403);
    const zhangjiang = (await t.s.database.db.selectFrom('orgs').select('id').where('name', 'like', '%张江高科技园区工会联合会').executeTakeFirstOrThrow()).id;
    await ok(req('pudong', 'PUT', `/targets/${topId}/allocations`, { rows: [{ orgId: zhangjiang, value: 25 }] }));
    const below = await req('pudong', 'PATCH', `/targets/${topId}`, { plannedValue: 20 });
    assert.equal(below.statusCode, 409);
    assert.equal(below.json().code, 'below-allocated');
    assert.equal((await t.s.database.db.selectFrom('targets').select('planned_value').where('id', '=', topId).executeTakeFirstOrThrow()).planned_value, 40);
  });

  it('refuses to delete a target in use, naming what refers to it; deletes one that nothing refers to', async () => {
    const used = await req('pudong', 'DELETE', `/targets/${topId}`, undefined, { 'accept-language': 'en' });
    assert.equal(used.statusCode, 409);
    assert.equal(used.json().code, 'target-in-use');
    assert.deepEqual(used.json().refersTo, { allocations: 1, childTargets: 1 });
    assert.match(used.json().messages.zh, /已分配给 1 个工会/);
    assert.match(used.json().messages.en, /1 sub-targets/);
    await ok(req('pudong', 'DELETE', `/targets/${childId}`));
    assert.equal(await t.s.database.db.selectFrom('targets').select('id').where('id', '=', childId).executeTakeFirst(), undefined);
    const trail = await auditOf('target', childId);
    assert.equal(trail.at(-1)!.action, 'target.delete');
    assert.equal((trail.at(-1)!.before as any).indicator, '新建');
  });

  it('edits milestones (dates in order), still marks them done with { doneOn }, and deletes them', async () => {
    const order = await req('pudong', 'PATCH', `/milestones/${milestoneId}`, { startsOn: '2028-04-30' });
    assert.equal(order.statusCode, 400);
    assert.equal(order.json().errors[0].field, 'body.dueOn');
    const m = await ok(req('pudong', 'PATCH', `/milestones/${milestoneId}`, { title: '选址并公示', dueOn: '2028-04-15', responsible: '各街镇工会' }));
    assert.deepEqual([m.title, m.dueOn, m.responsible], ['选址并公示', '2028-04-15', '各街镇工会']);
    assert.equal((await ok(req('pudong', 'PATCH', `/milestones/${milestoneId}`, { doneOn: '2028-04-10' }))).doneOn, '2028-04-10');
    await ok(req('pudong', 'DELETE', `/milestones/${milestoneId}`));
    assert.equal((await req('pudong', 'DELETE', `/milestones/${milestoneId}`)).statusCode, 404);
    const trail = await auditOf('milestone', milestoneId);
    assert.deepEqual(
      trail.map((a) => a.action),
      ['milestone.create', 'milestone.update', 'milestone.update', 'milestone.delete'],
    );
    assert.equal((trail[1]!.before as any).title, '选址');
    assert.equal((trail[3]!.before as any).title, '选址并公示');
  });

  it('deletes a project only when nothing refers to it; a published list keeps its projects', async () => {
    const used = await req('pudong', 'DELETE', `/projects/${projectId}`);
    assert.equal(used.statusCode, 409);
    assert.equal(used.json().code, 'project-in-use');
    assert.deepEqual(used.json().refersTo, { allocations: 1 });
    const spare = await ok(req('pudong', 'POST', `/slates/${slateId}/projects`, { title: '临时项目', category: 'other' }), 201);
    await ok(req('pudong', 'POST', `/projects/${spare.id}/targets`, { indicator: '场次', unit: '场', plannedValue: 5 }), 201);
    await ok(req('pudong', 'POST', `/projects/${spare.id}/milestones`, { title: '启动', dueOn: '2028-01-31' }), 201);
    assert.equal((await req('jiading', 'DELETE', `/projects/${spare.id}`)).statusCode, 404);
    await ok(req('pudong', 'DELETE', `/projects/${spare.id}`));
    assert.equal((await req('pudong', 'GET', `/projects/${spare.id}`)).statusCode, 404);
    const trail = await auditOf('project', spare.id);
    const del = trail.at(-1)!;
    assert.equal(del.action, 'project.delete');
    assert.equal((del.before as any).targets[0].indicator, '场次');
    assert.equal((del.before as any).milestones[0].title, '启动');
    // The federation's published 2025 list: its projects stay (edit instead).
    const p2 = await t.s.database.db
      .selectFrom('projects')
      .innerJoin('slates', 'slates.id', 'projects.slate_id')
      .innerJoin('orgs', 'orgs.id', 'slates.org_id')
      .select('projects.id')
      .where('slates.year', '=', 2025)
      .where('orgs.kind', '=', 'municipal')
      .where('projects.no', '=', 9)
      .executeTakeFirstOrThrow();
    const pub = await req('admin', 'DELETE', `/projects/${p2.id}`);
    assert.equal(pub.statusCode, 409);
    assert.deepEqual(pub.json().refersTo, { publishedList: 1, surveys: 1 });
  });

  it('gives the year-end report of the 2025 list: planned vs actual, progress, budget vs spent, status, satisfaction', async () => {
    const sl = await t.s.database.db
      .selectFrom('slates')
      .innerJoin('orgs', 'orgs.id', 'slates.org_id')
      .select('slates.id')
      .where('slates.year', '=', 2025)
      .where('orgs.kind', '=', 'municipal')
      .executeTakeFirstOrThrow();
    const r = await ok(req('auditor', 'GET', `/slates/${sl.id}/report`));
    assert.equal(r.projects.length, 10);
    const guidance = r.projects.find((p: any) => p.no === 3);
    assert.equal(guidance.targets[0].planned, 10000);
    assert.equal(guidance.targets[0].actual, 2400 + 2700);
    assert.equal(guidance.targets[0].pending, 2600);
    assert.equal(guidance.percent, 51);
    assert.equal(guidance.status, 'in-progress');
    assert.equal(guidance.spentYuan, (180 + 210) * 150);
    const drivers = r.projects.find((p: any) => p.no === 7);
    assert.equal(drivers.budgetYuan, 600000);
    assert.equal(drivers.budgetUsedPercent, 0);
    const sanatorium = r.projects.find((p: any) => p.no === 9);
    assert.equal(sanatorium.satisfaction.responses, DEMO_SURVEY_RESPONSES);
    assert.ok(sanatorium.satisfaction.ratingAverage >= 1 && sanatorium.satisfaction.ratingAverage <= 5);
    assert.equal(r.summary.satisfactionAverage, sanatorium.satisfaction.ratingAverage);
    assert.equal(r.summary.projects, 10);
    const x = await req('pudong', 'GET', `/slates/${sl.id}/report.xlsx`);
    assert.equal(x.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as any);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['项目完成情况', '目标完成情况'],
    );
    const ws = wb.worksheets[0]!;
    assert.equal(ws.rowCount, 1 + 10 + 1);
    assert.equal(ws.getRow(12).getCell(1).value, '合计');
    assert.equal(ws.getRow(10).getCell(12).value, sanatorium.satisfaction.ratingAverage);
    // Pudong's unpublished list is not Jiading's to read.
    assert.equal((await req('jiading', 'GET', `/slates/${slateId}/report`)).statusCode, 404);
    assert.equal((await ok(req('pudong', 'GET', `/slates/${slateId}/report`))).projects.length, 1);
  });
});
