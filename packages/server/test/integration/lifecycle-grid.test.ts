// The yearly cycle's gaps the web engineers reported, through HTTP on the database named by
// SHISHI_TEST_DB (pglite | postgres): who may file and review which cell of the filing grid (one rule
// with the service), dashboard chart labels in the caller's language, progress and money of a split
// target with reports at both levels, and slates with their project count and closing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { systemClock } from '../../src/platform/clock.ts';

const today = () => systemClock().today();

let t: TestApp;
const cookies: Record<string, string> = {};
before(async () => {
  t = await startTestApp({ members: 100 });
  for (const u of ['admin', 'pudong', 'jiading', 'labour', 'auditor']) cookies[u] = await t.login(u);
});
after(async () => t?.close());

const { req, ok } = httpKit(() => t, cookies);
const orgId = async (short: string) => (await t.s.database.db.selectFrom('orgs').select('id').where('short_name', '=', short).executeTakeFirstOrThrow()).id;
const cell = (grid: any[], org: number, period: string) => grid.find((g) => g.orgId === org && g.period === period);

describe(`filing grid, dashboard labels, split progress and slates on ${engine}`, () => {
  let projectId: number;
  let targetId: number;
  let slateId: number;
  let federation: number, pudong: number, jiading: number;

  before(async () => {
    // The demo's 2025 guidance project (003): quarterly 3/6/9/11, the federation reports (Q1, Q2
    // accepted: 2,400 + 2,700 enterprises, 180 + 210 person-days; Q3 waiting), 10,000 planned.
    const p = await t.s.database.db
      .selectFrom('projects')
      .innerJoin('slates', 'slates.id', 'projects.slate_id')
      .innerJoin('orgs', 'orgs.id', 'slates.org_id')
      .select(['projects.id', 'slates.id as slate_id'])
      .where('orgs.kind', '=', 'municipal')
      .where('slates.year', '=', 2025)
      .where('projects.no', '=', 3)
      .executeTakeFirstOrThrow();
    projectId = p.id;
    slateId = p.slate_id;
    targetId = (await t.s.database.db.selectFrom('targets').select('id').where('project_id', '=', projectId).executeTakeFirstOrThrow()).id;
    [federation, pudong, jiading] = [await orgId('市总'), await orgId('浦东新区'), await orgId('嘉定区')];
  });

  it('before a split only the owner reports; the grid says who may file and review each cell', async () => {
    const g = await ok(req('admin', 'GET', `/projects/${projectId}/reports`));
    assert.deepEqual([...new Set(g.grid.map((x: any) => x.orgId))], [federation]);
    // November is missing: the federation files for itself; September waits: nobody accepts their own.
    assert.deepEqual(cell(g.grid, federation, '2025-11').abilities, { file: true, review: false });
    assert.deepEqual(cell(g.grid, federation, '2025-09').abilities, { file: false, review: false });
    // The responsible department is the level above the federation's own report; it files nothing.
    const l = await ok(req('labour', 'GET', `/projects/${projectId}/reports`));
    assert.deepEqual(cell(l.grid, federation, '2025-09').abilities, { file: false, review: true });
    assert.equal(cell(l.grid, federation, '2025-11').abilities.file, false);
    // Without progress.report nothing is fileable.
    const a = await ok(req('auditor', 'GET', `/projects/${projectId}/reports`));
    assert.ok(a.grid.every((x: any) => !x.abilities.file && !x.abilities.review));
  });

  it('after a partial split the unions and the owner (for its remainder) report; abilities match what the service does', async () => {
    await ok(
      req('admin', 'PUT', `/targets/${targetId}/allocations`, {
        rows: [
          { orgId: pudong, value: 1200 },
          { orgId: jiading, value: 800 },
        ],
      }),
    );
    const g = await ok(req('admin', 'GET', `/projects/${projectId}/reports`));
    assert.deepEqual([...new Set(g.grid.map((x: any) => x.orgId))].sort(), [federation, pudong, jiading].sort());
    // The federation may file for itself and for a union in its subtree that holds a share.
    for (const o of [federation, pudong, jiading]) assert.equal(cell(g.grid, o, '2025-11').abilities.file, true, `admin files for ${o}`);
    // Pudong sees its own row only and files for itself; Jiading's cell is not its to file (the service agrees).
    const p = await ok(req('pudong', 'GET', `/projects/${projectId}/reports`));
    assert.deepEqual([...new Set(p.grid.map((x: any) => x.orgId))], [pudong]);
    assert.deepEqual(cell(p.grid, pudong, '2025-11').abilities, { file: true, review: false });
    const notMine = await req('pudong', 'POST', `/projects/${projectId}/reports`, { orgId: jiading, period: '2025-11' });
    assert.equal(notMine.statusCode, 400);
    assert.equal(notMine.json().errors[0].field, 'body.orgId');

    const r = await ok(
      req('pudong', 'POST', `/projects/${projectId}/reports`, {
        period: '2025-11',
        values: [{ targetId, achieved: 600 }],
        lines: [{ enterprise: '上海张江示范企业有限公司', personDays: 3 }],
      }),
      201,
    );
    assert.equal(r.subsidyYuan, 450);
    // Filed: the cell is no longer fileable, and the service refuses it the same way.
    const p2 = await ok(req('pudong', 'GET', `/projects/${projectId}/reports`));
    assert.deepEqual(cell(p2.grid, pudong, '2025-11').abilities, { file: false, review: false });
    assert.equal((await req('pudong', 'POST', `/projects/${projectId}/reports`, { period: '2025-11' })).statusCode, 409);
    // The level above (the federation) reviews Pudong's report, never Pudong itself.
    const a = await ok(req('admin', 'GET', `/projects/${projectId}/reports`));
    assert.deepEqual(cell(a.grid, pudong, '2025-11').abilities, { file: false, review: true });
    assert.equal((await req('pudong', 'POST', `/reports/${r.id}/accept`)).statusCode, 403);
    await ok(req('admin', 'POST', `/reports/${r.id}/accept`));
  });

  it('counts the owner’s report toward the unallocated remainder, in progress and in money alike', async () => {
    // The federation files its own November report for the 8,000 it kept; the department accepts it.
    const own = await ok(
      req('admin', 'POST', `/projects/${projectId}/reports`, {
        period: '2025-11',
        values: [{ targetId, achieved: 2000 }],
        lines: [{ enterprise: '上海某某有限公司', personDays: 2 }],
      }),
      201,
    );
    assert.equal(own.orgId, federation);
    await ok(req('labour', 'POST', `/reports/${own.id}/accept`));
    const ev = await ok(req('admin', 'GET', `/projects/${projectId}/evaluation`));
    const tg = ev.targets[0];
    assert.equal(tg.allocated, 2000);
    const part = (o: number) => tg.parts.find((x: any) => x.orgId === o);
    assert.deepEqual([part(pudong).planned, part(pudong).actual, part(jiading).planned, part(jiading).actual], [1200, 600, 800, 0]);
    assert.equal(tg.remainder.planned, 8000);
    assert.equal(tg.remainder.actual, 2400 + 2700 + 2000);
    assert.equal(tg.actual, 2400 + 2700 + 2000 + 600);
    // Progress over the whole target: (600 of Pudong's 1,200 + 7,100 of the 8,000 kept) / 10,000.
    assert.equal(ev.percent, 77);
    // Money: exactly the same accepted reports, both levels (person-days × 150).
    assert.equal(ev.spentYuan, (180 + 210 + 3 + 2) * 150);
    const d = await ok(req('admin', 'GET', '/evaluation/dashboard?year=2025'));
    const row = d.projects.find((x: any) => x.id === projectId);
    assert.equal(row.percent, 77);
    assert.equal(row.spentYuan, (180 + 210 + 3 + 2) * 150);
    const g = await ok(req('admin', 'GET', `/projects/${projectId}/reports`));
    assert.equal(cell(g.grid, federation, '2025-11').status, 'accepted');
  });

  it('names the dashboard’s chart series and axes in the caller’s language', async () => {
    const zh = await ok(req('admin', 'GET', '/evaluation/dashboard?year=2025'));
    assert.deepEqual(
      zh.charts.progress.series.map((s: any) => s.name),
      ['完成进度', '时间进度'],
    );
    assert.deepEqual(
      zh.charts.money.series.map((s: any) => s.name),
      ['预算', '已支出'],
    );
    assert.equal(zh.charts.money.yAxis.name, '元');
    const en = await ok(req('admin', 'GET', '/evaluation/dashboard?year=2025', undefined, { 'accept-language': 'en' }));
    assert.deepEqual(
      en.charts.progress.series.map((s: any) => s.name),
      ['Progress', 'Time elapsed'],
    );
    assert.deepEqual(
      en.charts.money.series.map((s: any) => s.name),
      ['Budget', 'Spent'],
    );
    assert.equal(en.charts.money.yAxis.name, 'yuan');
    assert.deepEqual(en.charts.progress.series[0].data, zh.charts.progress.series[0].data);
  });

  it('lists slates with their project count', async () => {
    const list = await ok(req('admin', 'GET', '/slates?year=2025'));
    const mine = list.items.find((x: any) => x.id === slateId);
    const full = await ok(req('admin', 'GET', `/slates/${slateId}`));
    assert.equal(mine.projectCount, full.projects.length);
    assert.ok(mine.projectCount > 0);
    const fresh = await ok(req('admin', 'POST', '/slates', { orgId: federation, year: 2031, title: '2031年清单（测试）' }), 201);
    assert.equal((await ok(req('admin', 'GET', '/slates?year=2031'))).items.find((x: any) => x.id === fresh.id).projectCount, 0);
    assert.equal(fresh.abilities.close, false);
    const unpublished = await req('admin', 'POST', `/slates/${fresh.id}/close`);
    assert.equal(unpublished.statusCode, 409);
    assert.equal(unpublished.json().code, 'not-published');
  });

  it('closes a published list (audited): no more reports, none overdue', async () => {
    assert.equal(mineAbilities(await ok(req('admin', 'GET', `/slates?year=2025`)), slateId).close, true);
    assert.equal(mineAbilities(await ok(req('pudong', 'GET', `/slates?year=2025`)), slateId).close, false);
    assert.equal((await req('pudong', 'POST', `/slates/${slateId}/close`)).statusCode, 403);
    assert.equal((await req('auditor', 'POST', `/slates/${slateId}/close`)).statusCode, 403);
    const before = await ok(req('admin', 'GET', `/projects/${projectId}/reports`));
    assert.ok(before.overdue > 0);
    const closed = await ok(req('admin', 'POST', `/slates/${slateId}/close`));
    assert.equal(closed.closedOn, today());
    assert.equal(closed.abilities.close, false);
    assert.equal((await req('admin', 'POST', `/slates/${slateId}/close`)).statusCode, 409);
    const audit = await t.s.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'slate.close')
      .where('entity_id', '=', String(slateId))
      .execute();
    assert.equal(audit.length, 1);
    const g = await ok(req('admin', 'GET', `/projects/${projectId}/reports`));
    assert.equal(g.overdue, 0);
    assert.ok(g.grid.every((x: any) => !x.abilities.file));
    const refused = await req('jiading', 'POST', `/projects/${projectId}/reports`, { period: '2025-11' });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'slate-closed');
    const overdue = await ok(req('admin', 'GET', '/progress/overdue'));
    assert.ok(!overdue.items.some((x: any) => x.projectId === projectId));
  });
});

function mineAbilities(list: { items: any[] }, id: number) {
  return list.items.find((x) => x.id === id).abilities;
}
