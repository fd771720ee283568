// Targets counted from what the linked programs' own modules delivered (`deliveries`, migration
// 0044): 2025's 项目1 (003 附件1 “组织350万名工会会员参加会员专享基本保障”) counts the cover register,
// 项目9 (疗休养, 003 附件2-9) the members on settled trip rosters plus the approved vacations (a program
// run as applications). Checked against the registers themselves, through HTTP, on SHISHI_TEST_DB.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
before(async () => {
  t = await startTestApp({ members: 300 });
  for (const u of ['admin', 'rights', 'pudong']) cookies[u] = await t.login(u);
});
after(async () => {
  await t?.close();
});
const { req, ok } = httpKit(() => t, cookies);

const project2025 = async (no: number) =>
  (
    await t.s.database.db
      .selectFrom('projects')
      .innerJoin('slates', 'slates.id', 'projects.slate_id')
      .innerJoin('orgs', 'orgs.id', 'slates.org_id')
      .select('projects.id')
      .where('slates.year', '=', 2025)
      .where('orgs.kind', '=', 'municipal')
      .where('projects.no', '=', no)
      .executeTakeFirstOrThrow()
  ).id;
const count = async (q: ReturnType<typeof sql<{ n: string }>>) => Number((await q.execute(t.s.database.db)).rows[0]!.n);

describe(`project targets counted from program records on ${engine}`, () => {
  it('member protection: covers confirmed are the actual, covers listed or awaiting payment the pending', async () => {
    const id = await project2025(1);
    const p = await ok(req('admin', 'GET', `/projects/${id}`));
    const target = p.targets[0];
    assert.equal(target.actualFrom, 'deliveries');
    const confirmed = await count(sql<{ n: string }>`select count(*) as n from protection_covers where year = 2025 and status = 'confirmed'`);
    const underWay = await count(sql<{ n: string }>`select count(*) as n from protection_covers where year = 2025 and status in ('listed', 'pending-payment')`);
    assert.ok(confirmed > 0, 'the demo confirms covers for 2025');
    assert.equal(target.actual, confirmed);
    assert.equal(target.pending, underWay);
    assert.equal(target.percent, Math.round((confirmed / 3_500_000) * 1000) / 10);
    assert.deepEqual(
      target.basis.map((b: any) => [b.program, b.countedBy, b.delivered.zh]),
      [['member-protection', 'protection', '已确认参保的会员']],
    );
    // The dashboard reads the same figure.
    const d = await ok(req('admin', 'GET', '/evaluation/dashboard?year=2025'));
    const row = d.projects.find((x: any) => x.id === id);
    assert.equal(row.status, 'in-progress');
    assert.equal(row.targets[0].actual, confirmed);
  });

  it('trips: members on settled rosters, plus the approved vacations counted as applications', async () => {
    const id = await project2025(9);
    const target = (await ok(req('admin', 'GET', `/projects/${id}`))).targets[0];
    const settled = await count(sql<{ n: string }>`select count(*) as n from roster_entries e join rosters r on r.id = e.roster_id
      where r.year = 2025 and r.program = 'group-sanatorium' and r.status = 'settled'`);
    const submitted = await count(sql<{ n: string }>`select count(*) as n from roster_entries e join rosters r on r.id = e.roster_id
      where r.year = 2025 and r.program = 'group-sanatorium' and r.status = 'submitted'`);
    const vacations = await count(sql<{ n: string }>`select count(*) as n from applications a join program_instances i on i.id = a.instance_id
      where i.program = 'member-vacation' and i.year = 2025 and a.status = 'approved'`);
    const inReview = await count(sql<{ n: string }>`select count(*) as n from applications a join program_instances i on i.id = a.instance_id
      where i.program = 'member-vacation' and i.year = 2025 and a.status = 'in-review'`);
    assert.ok(settled + vacations > 0, 'the demo settles a trip or approves a vacation in 2025');
    assert.equal(target.actual, settled + vacations);
    assert.equal(target.pending, submitted + inReview);
    assert.deepEqual(
      target.basis.map((b: any) => [b.program, b.countedBy]),
      [
        ['group-sanatorium', 'pools'],
        ['member-vacation', 'applications'],
      ],
    );
  });

  it('a district sees the federation’s figure, or "<5" when the rest of the city holds 1 to 4', async () => {
    const id = await project2025(1);
    const mine = (await ok(req('pudong', 'GET', `/projects/${id}`))).targets[0];
    const all = (await ok(req('admin', 'GET', `/projects/${id}`))).targets[0];
    if (mine.suppressed) assert.equal(mine.actual, null);
    else assert.equal(mine.actual, all.actual);
  });

  it('a target counted from program records needs a linked program; one added to a linked project counts at once', async () => {
    const mental = await project2025(10); // 关爱职工心理健康: no program
    const none = await req('admin', 'POST', `/projects/${mental}/targets`, { indicator: '受益职工', unit: '人', plannedValue: 10, actualFrom: 'deliveries' });
    assert.equal(none.statusCode, 400, none.body);
    assert.equal(none.json().errors[0].field, 'body.actualFrom');
    assert.match(none.json().errors[0].messages.en, /deliveries/);

    const id = await project2025(1);
    const added = await ok(
      req('admin', 'POST', `/projects/${id}/targets`, { indicator: '参保会员（复核）', unit: '人', plannedValue: 1000, actualFrom: 'deliveries' }),
      201,
    );
    const p = await ok(req('admin', 'GET', `/projects/${id}`));
    const again = p.targets.find((x: any) => x.targetId === (added.id ?? added.targetId));
    assert.equal(again.actual, p.targets[0].actual);
    const bad = await req('admin', 'POST', `/projects/${id}/targets`, { indicator: 'x', unit: '人', plannedValue: 1, actualFrom: 'covers' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'body.actualFrom');
  });
});
