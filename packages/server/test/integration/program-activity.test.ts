// Issue 5: the applications workflow feeds the lifecycle evaluation where a project links the
// program. The 2018 federation list's 技能人才职业发展助推 links skill-promotion-award; 000 states no
// number of awardees, so the targets counted from applications are created here. Through HTTP, on
// the database named by SHISHI_TEST_DB; the services' clock is pinned to days in 2018.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engine, multipart, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { pdf } from '../../src/demo/applications-data.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
before(async () => {
  t = await startTestApp({ members: 150 });
  for (const u of ['admin', 'member', 'pudong', 'jiading', 'grassrootswork', 'rights', 'finance']) cookies[u] = await t.login(u);
});
after(async () => {
  t?.pinToday();
  await t?.close();
});

const on = (day: string) => {
  t.pinToday(day);
};
const { req, ok } = httpKit(() => t, cookies);
const projectId = async (title: string) =>
  (
    await t.s.database.db
      .selectFrom('projects')
      .innerJoin('slates', 'slates.id', 'projects.slate_id')
      .select('projects.id')
      .where('slates.year', '=', 2018)
      .where('projects.title', '=', title)
      .executeTakeFirstOrThrow()
  ).id;
const skillOf = (e: { programActivity: any[] }) => e.programActivity.find((a) => a.program === 'skill-promotion-award');

describe(`applications feed the lifecycle evaluation on ${engine}`, () => {
  let skillProject = 0;
  let approvedTarget = 0;
  let paidTarget = 0;
  let base: any; // the demo's own skill-promotion applications (李明 approved, one returned, one rejected)

  it('a target counted from applications needs a linked program; the evaluation shows the program’s activity', async () => {
    on('2018-03-30');
    skillProject = await projectId('技能人才职业发展助推');
    const rightsProject = await projectId('职工“应援尽援”维权服务');
    const none = await req('admin', 'POST', `/projects/${rightsProject}/targets`, {
      indicator: '受援职工',
      unit: '人',
      plannedValue: 10,
      actualFrom: 'approved-applications',
    });
    assert.equal(none.statusCode, 400, none.body);
    assert.equal(none.json().errors[0].field, 'body.actualFrom');
    assert.deepEqual((await ok(req('admin', 'GET', `/projects/${rightsProject}/evaluation`))).programActivity, []);

    const a = await ok(
      req('grassrootswork', 'POST', `/projects/${skillProject}/targets`, {
        indicator: '获得奖励的职工',
        unit: '人',
        plannedValue: 4,
        actualFrom: 'approved-applications',
      }),
      201,
    );
    assert.equal(a.actualFrom, 'approved-applications');
    approvedTarget = a.id;
    paidTarget = (
      await ok(
        req('grassrootswork', 'POST', `/projects/${skillProject}/targets`, {
          indicator: '已发放奖励的职工',
          unit: '人',
          plannedValue: 4,
          actualFrom: 'paid-applications',
        }),
        201,
      )
    ).id;

    const e = await ok(req('admin', 'GET', `/projects/${skillProject}/evaluation`));
    base = skillOf(e);
    assert.ok(base, JSON.stringify(e.programActivity));
    assert.equal(base.year, 2018);
    assert.ok(base.approved.count >= 1, 'the demo approves 李明’s award');
    assert.equal(base.byStatus.approved, base.approved.count);
    assert.equal(
      base.total,
      Object.values(base.byStatus as Record<string, number>).reduce((x, y) => x + y, 0),
    );
    assert.equal(base.paid.count, 0);
    const target = e.targets.find((x: any) => x.targetId === approvedTarget);
    assert.equal(target.actualFrom, 'approved-applications');
    assert.equal(target.actual, base.approved.count);
    assert.equal(target.percent, Math.round((base.approved.count / 4) * 1000) / 10);
    assert.equal(e.targets.find((x: any) => x.targetId === paidTarget).actual, 0);
  });

  it('counts an application approved in the workflow: pending while in review, actual once approved', async () => {
    on('2018-04-02');
    const doc = await ok(uploadCertificate(), 201);
    const r = await ok(
      req('member', 'POST', '/applications', {
        programId: await skillProgramId(),
        form: {
          role: 'worker',
          newLevel: 'senior-technician',
          certificateNo: 'T-2018-5001',
          certificateIssuedOn: '2017-12-01',
          certificateIssuer: 'shanghai-hrss',
        },
        documentIds: [doc.id],
      }),
      201,
    );
    assert.equal(r.amount, 2000);
    const inReview = await ok(req('admin', 'GET', `/projects/${skillProject}/evaluation`));
    assert.equal(skillOf(inReview).byStatus['in-review'], base.byStatus['in-review'] + 1);
    const pendingTarget = inReview.targets.find((x: any) => x.targetId === approvedTarget);
    assert.equal(pendingTarget.actual, base.approved.count);
    assert.equal(pendingTarget.pending, base.byStatus['in-review'] + 1);

    on('2018-04-04');
    await ok(req('pudong', 'POST', `/applications/${r.id}/approve`, {}));
    on('2018-04-10');
    assert.equal((await ok(req('grassrootswork', 'POST', `/applications/${r.id}/approve`, {}))).status, 'approved');

    const e = await ok(req('admin', 'GET', `/projects/${skillProject}/evaluation`));
    const act = skillOf(e);
    assert.equal(act.approved.count, base.approved.count + 1);
    assert.equal(act.approved.amountYuan, base.approved.amountYuan + 2000);
    assert.equal(act.byStatus['in-review'], base.byStatus['in-review']);
    const target = e.targets.find((x: any) => x.targetId === approvedTarget);
    assert.equal(target.actual, base.approved.count + 1);
    assert.equal(target.pending, base.byStatus['in-review']);
    // The project's progress rolls up as before: the weighted mean of its top-level targets.
    const top = e.targets.filter((x: any) => x.parentTargetId === null);
    assert.equal(
      e.percent,
      Math.round((top.reduce((a: number, x: any) => a + x.weight * x.percent, 0) / top.reduce((a: number, x: any) => a + x.weight, 0)) * 10) / 10,
    );
    assert.equal(e.status, 'in-progress');
    // The project page carries the same figures.
    assert.equal(
      (await ok(req('admin', 'GET', `/projects/${skillProject}`))).targets.find((x: any) => x.targetId === approvedTarget).actual,
      base.approved.count + 1,
    );
  });

  it('a paid-applications target counts what a paid settlement batch paid', async () => {
    on('2018-04-25');
    const batch = await ok(req('grassrootswork', 'POST', '/payouts/batches', { programId: await skillProgramId(), period: '2018-04' }), 201);
    await ok(req('rights', 'POST', `/payouts/batches/${batch.id}/approve-rights`));
    await ok(req('finance', 'POST', `/payouts/batches/${batch.id}/approve-finance`));
    on('2018-05-08');
    assert.equal((await ok(req('grassrootswork', 'POST', `/payouts/batches/${batch.id}/pay`, { reference: 'CARD-2018-05-101' }))).status, 'paid');
    const e = await ok(req('admin', 'GET', `/projects/${skillProject}/evaluation`));
    const act = skillOf(e);
    assert.equal(act.paid.count, base.approved.count + 1);
    assert.equal(act.paid.amountYuan, batch.total);
    assert.equal(e.targets.find((x: any) => x.targetId === paidTarget).actual, base.approved.count + 1);
  });

  it('the dashboard row carries programActivity; a target switched back to reports counts reports again', async () => {
    const d = await ok(req('admin', 'GET', '/evaluation/dashboard?year=2018'));
    const row = d.projects.find((p: any) => p.id === skillProject);
    assert.equal(skillOf(row).approved.count, base.approved.count + 1);
    assert.equal(row.targets.find((x: any) => x.targetId === approvedTarget).actualFrom, 'approved-applications');
    assert.equal(row.targets.find((x: any) => x.targetId === approvedTarget).actual, base.approved.count + 1);
    assert.deepEqual(d.projects.find((p: any) => p.title === '职工“应援尽援”维权服务').programActivity, []);
    // A regional union counts inside its own scope (issue 8 §2): every application here is Pudong's, so the same counts, marked `part`.
    const pudong = await ok(req('pudong', 'GET', `/projects/${skillProject}/evaluation`));
    const counts = (xs: any[]) => xs.map(({ scope: _scope, ...a }) => a);
    assert.deepEqual(counts(pudong.programActivity), counts(row.programActivity));
    assert.deepEqual(
      pudong.programActivity.map((a: any) => a.scope),
      ['part'],
    );

    const patched = await ok(req('grassrootswork', 'PATCH', `/targets/${approvedTarget}`, { actualFrom: 'reports' }));
    assert.equal(patched.actualFrom, 'reports');
    const e = await ok(req('admin', 'GET', `/projects/${skillProject}/evaluation`));
    assert.equal(e.targets.find((x: any) => x.targetId === approvedTarget).actual, 0);
  });
});

let skillId = 0;
async function skillProgramId() {
  if (!skillId) skillId = (await ok(req('member', 'GET', '/programs?year=2018'))).items.find((p: any) => p.program === 'skill-promotion-award').id;
  return skillId;
}
function uploadCertificate() {
  const mp = multipart({ type: 'certificate' }, { name: 'certificate.pdf', content: pdf('certificate'), type: 'application/pdf' });
  return t.app.inject({ method: 'POST', url: '/api/v1/documents', payload: mp.payload, headers: { ...mp.headers, cookie: cookies.member! } });
}
