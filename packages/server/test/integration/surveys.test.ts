// Satisfaction surveys through HTTP, on the database named by SHISHI_TEST_DB (pglite | postgres):
// create with ordered questions, answer once (anonymous), results for ECharts and .xlsx, moderation, scope.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { systemClock } from '../../src/platform/clock.ts';

const today = () => systemClock().today();
import { DEMO_SURVEY_RESPONSES } from '../../src/demo/surveys-data.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
before(async () => {
  t = await startTestApp({ members: 200 });
  for (const u of ['admin', 'pudong', 'jiading', 'zhangjiang', 'grassroots', 'auditor', 'member', 'rights', 'labour']) cookies[u] = await t.login(u);
});
after(async () => t?.close());

const { req, ok } = httpKit(() => t, cookies);
const day = (n: number) => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const project2025 = async (no: number) =>
  await t.s.database.db
    .selectFrom('projects')
    .innerJoin('slates', 'slates.id', 'projects.slate_id')
    .innerJoin('orgs', 'orgs.id', 'slates.org_id')
    .select(['projects.id', 'projects.slate_id'])
    .where('slates.year', '=', 2025)
    .where('orgs.kind', '=', 'municipal')
    .where('projects.no', '=', no)
    .executeTakeFirstOrThrow();
const count = async (table: 'surveys' | 'survey_responses' | 'survey_participants' | 'survey_answers') =>
  Number(
    (
      await t.s.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const questions = [
  { kind: 'single', prompt: '您是通过什么渠道了解本项目的', options: ['申工社', '基层工会', '同事介绍'] },
  { kind: 'multiple', prompt: '您使用过哪些服务', options: ['法律咨询', '心理疏导', '健康讲座'], required: false },
  { kind: 'rating', prompt: '总体满意程度' },
  { kind: 'text', prompt: '意见和建议', required: false },
];

describe(`satisfaction surveys on ${engine}`, () => {
  let surveyId: number;
  let projectId: number;

  it('creates a survey on a project: questions checked by field, dates in order, audience inside the owner’s tree', async () => {
    projectId = (await project2025(8)).id; // 新建和改建30家职工健身驿站 (publicity department)
    const noOptions = await req(
      'admin',
      'POST',
      `/projects/${projectId}/surveys`,
      { title: '健身驿站满意度测评', opensOn: day(-1), closesOn: day(10), questions: [{ kind: 'single', prompt: '常去吗', options: ['是'] }] },
      { 'accept-language': 'en' },
    );
    assert.equal(noOptions.statusCode, 400);
    assert.equal(noOptions.json().errors[0].field, 'body.questions.0.options');
    const dates = await req('admin', 'POST', `/projects/${projectId}/surveys`, { title: '健身驿站满意度测评', opensOn: day(10), closesOn: day(1), questions });
    assert.equal(dates.statusCode, 400);
    assert.equal(dates.json().errors[0].field, 'body.closesOn');
    assert.match(dates.json().messages.zh, /结束日期/);
    const jiadingOrg = (await t.s.database.db.selectFrom('orgs').select('id').where('short_name', '=', '嘉定区').executeTakeFirstOrThrow()).id;
    const outside = await req('pudong', 'POST', `/projects/${projectId}/surveys`, { title: '越权测评', opensOn: day(-1), closesOn: day(10), questions });
    assert.equal(outside.statusCode, 403);
    assert.equal(
      (await req('auditor', 'POST', `/projects/${projectId}/surveys`, { title: '审计员测评', opensOn: day(-1), closesOn: day(10), questions })).statusCode,
      403,
    );
    // The rights department is not responsible for this project (publicity is).
    assert.equal(
      (await req('rights', 'POST', `/projects/${projectId}/surveys`, { title: '越权测评', opensOn: day(-1), closesOn: day(10), questions })).statusCode,
      403,
    );
    const before = await count('surveys');
    const badAudience = await req('admin', 'POST', `/projects/${projectId}/surveys`, {
      title: '健身驿站满意度测评',
      opensOn: day(-1),
      closesOn: day(10),
      audienceOrgId: 999999,
      questions,
    });
    assert.equal(badAudience.json().errors[0].field, 'body.audienceOrgId');
    assert.equal(await count('surveys'), before);
    const s = await ok(
      req('admin', 'POST', `/projects/${projectId}/surveys`, {
        title: '健身驿站满意度测评',
        intro: '匿名填写',
        opensOn: day(-1),
        closesOn: day(10),
        questions,
      }),
      201,
    );
    surveyId = s.id;
    assert.deepEqual(
      s.questions.map((q: any) => [q.position, q.kind, q.required]),
      [
        [1, 'single', true],
        [2, 'multiple', false],
        [3, 'rating', true],
        [4, 'text', false],
      ],
    );
    assert.equal(s.state, 'open');
    assert.equal(s.abilities.editQuestions, true);
    assert.ok(jiadingOrg > 0);
    const audit = await t.s.database.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity', '=', 'survey')
      .where('entity_id', '=', String(surveyId))
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['survey.create'],
    );
    // Listed under the project; a slate-wide survey is refused to an officer out of scope.
    assert.ok((await ok(req('auditor', 'GET', `/projects/${projectId}/surveys`))).items.some((x: any) => x.id === surveyId));
    const slateId = (await project2025(8)).slate_id;
    assert.equal(
      (await req('jiading', 'POST', `/slates/${slateId}/surveys`, { title: '越权', opensOn: day(-1), closesOn: day(1), questions })).statusCode,
      403,
    );
  });

  it('a member of the audience sees it open and answers once; bad answers name the field and write nothing', async () => {
    const mine = await ok(req('member', 'GET', '/me/surveys'));
    const item = mine.items.find((x: any) => x.id === surveyId);
    assert.ok(item, JSON.stringify(mine));
    assert.equal(item.abilities.respond, true);
    assert.equal(item.responses, undefined, 'members do not see tallies');
    const [q1, q2, q3, q4] = item.questions.map((q: any) => q.id);
    const n = await count('survey_responses');
    const missing = await req('member', 'POST', `/surveys/${surveyId}/responses`, { answers: [{ questionId: q1, choice: 0 }] });
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().errors[0].field, 'body.answers');
    assert.match(missing.json().messages.zh, /第3题/);
    const noSuch = await req('member', 'POST', `/surveys/${surveyId}/responses`, {
      answers: [
        { questionId: q1, choice: 3 },
        { questionId: q3, rating: 5 },
      ],
    });
    assert.equal(noSuch.json().errors[0].field, 'body.answers.0.choice');
    const outOfRange = await req('member', 'POST', `/surveys/${surveyId}/responses`, {
      answers: [
        { questionId: q1, choice: 0 },
        { questionId: q3, rating: 6 },
      ],
    });
    assert.equal(outOfRange.statusCode, 400);
    assert.equal(outOfRange.json().errors[0].field, 'body.answers.1.rating');
    const foreign = await req('member', 'POST', `/surveys/${surveyId}/responses`, { answers: [{ questionId: 999999, choice: 0 }] });
    assert.equal(foreign.json().errors[0].field, 'body.answers.0.questionId');
    assert.equal(await count('survey_responses'), n);
    assert.equal(await count('survey_participants'), 0);
    const r = await ok(
      req('member', 'POST', `/surveys/${surveyId}/responses`, {
        answers: [
          { questionId: q1, choice: 1 },
          { questionId: q2, choices: [2, 0] },
          { questionId: q3, rating: 4 },
          { questionId: q4, text: '很好，联系我 13800138000 或 310115199003076515' },
        ],
      }),
      201,
    );
    assert.equal(r.received, true);
    const twice = await req('member', 'POST', `/surveys/${surveyId}/responses`, {
      answers: [
        { questionId: q1, choice: 0 },
        { questionId: q3, rating: 1 },
      ],
    });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'already-responded');
    // Stored without personal data and without a link to the account.
    const stored = await t.s.database.db.selectFrom('survey_answers').select('text').where('question_id', '=', q4).executeTakeFirstOrThrow();
    assert.equal(stored.text, '很好，联系我 [手机号已隐去] 或 [身份证号已隐去]');
    const resp = await t.s.database.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', surveyId).executeTakeFirstOrThrow();
    assert.deepEqual(Object.keys(resp).sort(), ['id', 'region_org_id', 'submitted_on', 'survey_id']);
    const auditRows = await t.s.database.db.selectFrom('audit_log').select(['after', 'summary']).where('action', '=', 'survey.respond').execute();
    assert.ok(auditRows.every((a) => !JSON.stringify(a.after).includes('很好')));
    // Officers do not answer; after answering the member sees it as answered.
    assert.equal((await req('grassroots', 'POST', `/surveys/${surveyId}/responses`, { answers: [] })).statusCode, 403);
    assert.equal((await ok(req('member', 'GET', `/surveys/${surveyId}`))).abilities.respond, false);
    // Questions are fixed once answered; the survey cannot be deleted.
    const edit = await req('admin', 'PATCH', `/surveys/${surveyId}`, { questions });
    assert.equal(edit.statusCode, 409);
    assert.equal(edit.json().code, 'survey-has-responses');
    const del = await req('admin', 'DELETE', `/surveys/${surveyId}`);
    assert.equal(del.statusCode, 409);
    assert.equal(del.json().refersTo.responses, 1);
    const moved = await ok(req('admin', 'PATCH', `/surveys/${surveyId}`, { closesOn: day(20) }));
    assert.equal(moved.closesOn, day(20));
  });

  it('refuses answers outside the dates and to members outside the audience', async () => {
    const closed = await ok(
      req('admin', 'POST', `/projects/${projectId}/surveys`, { title: '已结束的测评', opensOn: day(-30), closesOn: day(-1), questions }),
      201,
    );
    const q = closed.questions.map((x: any) => x.id);
    const late = await req('member', 'POST', `/surveys/${closed.id}/responses`, {
      answers: [
        { questionId: q[0], choice: 0 },
        { questionId: q[2], rating: 3 },
      ],
    });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'survey-not-open');
    assert.ok(!(await ok(req('member', 'GET', '/me/surveys'))).items.some((x: any) => x.id === closed.id));
    // A survey for Jiading's members only: the Pudong member does not see it.
    const jiadingOrg = (await t.s.database.db.selectFrom('orgs').select('id').where('short_name', '=', '嘉定区').executeTakeFirstOrThrow()).id;
    const j = await ok(
      req('admin', 'POST', `/projects/${projectId}/surveys`, {
        title: '嘉定会员测评',
        opensOn: day(-1),
        closesOn: day(5),
        audienceOrgId: jiadingOrg,
        questions,
      }),
      201,
    );
    assert.equal((await req('member', 'GET', `/surveys/${j.id}`)).statusCode, 404);
    assert.equal((await req('member', 'POST', `/surveys/${j.id}/responses`, { answers: [] })).statusCode, 404);
    // Nobody answered: it can be edited and deleted, both audited with before/after.
    await ok(req('admin', 'PATCH', `/surveys/${j.id}`, { title: '嘉定区会员满意度测评', questions: questions.slice(2) }));
    await ok(req('admin', 'DELETE', `/surveys/${j.id}`));
    assert.equal((await req('admin', 'GET', `/surveys/${j.id}`)).statusCode, 404);
    const trail = await t.s.database.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('entity', '=', 'survey')
      .where('entity_id', '=', String(j.id))
      .orderBy('id')
      .execute();
    assert.deepEqual(
      trail.map((a) => a.action),
      ['survey.create', 'survey.update', 'survey.delete'],
    );
    assert.equal((trail[1]!.before as any).title, '嘉定会员测评');
    assert.equal((trail[1]!.after as any).questions.length, 2);
  });

  it('aggregates the demo survey per question for ECharts; a district sees its own part; the xlsx has every sheet', async () => {
    const sanatorium = (await project2025(9)).id;
    const list = await ok(req('admin', 'GET', `/projects/${sanatorium}/surveys`));
    const demo = list.items[0];
    assert.equal(demo.responses, DEMO_SURVEY_RESPONSES);
    assert.equal(demo.state, 'closed');
    const res = await ok(req('rights', 'GET', `/surveys/${demo.id}/results`));
    assert.equal(res.scope, 'all');
    assert.equal(res.responses, DEMO_SURVEY_RESPONSES);
    const single = res.questions[0];
    assert.equal(
      single.options.reduce((a: number, o: any) => a + o.count, 0),
      DEMO_SURVEY_RESPONSES,
    );
    assert.equal(single.chart.series[0].type, 'pie');
    const rating = res.questions.find((q: any) => q.kind === 'rating');
    assert.equal(rating.distribution.length, 5);
    assert.equal(
      rating.distribution.reduce((a: number, d: any) => a + d.count, 0),
      DEMO_SURVEY_RESPONSES,
    );
    const avg = rating.distribution.reduce((a: number, d: any) => a + d.score * d.count, 0) / DEMO_SURVEY_RESPONSES;
    assert.equal(rating.average, Math.round(avg * 100) / 100);
    assert.ok(res.ratingAverage >= 1 && res.ratingAverage <= 5);
    assert.deepEqual(rating.chart.xAxis.data, ['1分', '2分', '3分', '4分', '5分']);
    const text = res.questions.find((q: any) => q.kind === 'text');
    assert.ok(text.answers.length > 0 && text.answers.every((a: any) => typeof a.text === 'string'));
    assert.ok(res.regions.some((r: any) => r.orgName === '浦东新区总工会' && r.responses >= 10 && r.ratingAverage !== null));
    // Pudong sees only its members' part; a street union holds no region of its own, so nothing.
    const pudong = await ok(req('pudong', 'GET', `/surveys/${demo.id}/results`));
    assert.equal(pudong.scope, 'own-region');
    const pudongRegion = res.regions.find((r: any) => r.orgName === '浦东新区总工会');
    assert.equal(pudong.responses, pudongRegion.responses);
    assert.equal(pudong.regions.length, 0);
    assert.equal(pudong.audienceSize, null);
    const zj = await ok(req('zhangjiang', 'GET', `/surveys/${demo.id}/results`));
    assert.equal(zj.suppressed, true);
    assert.equal(zj.questions.length, 0);
    // Members never read results.
    assert.equal((await req('member', 'GET', `/surveys/${demo.id}/results`)).statusCode, 403);
    // Moderation: hide a free-text answer with a reason; it disappears from results and exports.
    const target = text.answers[0];
    assert.equal(
      (await req('pudong', 'POST', `/surveys/${demo.id}/answers/hide`, { responseId: target.responseId, questionId: text.questionId, reason: '与测评无关' }))
        .statusCode,
      403,
    );
    const noReason = await req('admin', 'POST', `/surveys/${demo.id}/answers/hide`, { responseId: target.responseId, questionId: text.questionId });
    assert.equal(noReason.json().errors[0].field, 'body.reason');
    await ok(req('admin', 'POST', `/surveys/${demo.id}/answers/hide`, { responseId: target.responseId, questionId: text.questionId, reason: '与测评无关' }));
    const again = await ok(req('rights', 'GET', `/surveys/${demo.id}/results`));
    const hidden = again.questions.find((q: any) => q.kind === 'text').answers.find((a: any) => a.responseId === target.responseId);
    assert.equal(hidden.text, null);
    assert.equal(hidden.hidden, true);
    const x = await req('auditor', 'GET', `/surveys/${demo.id}/results.xlsx`);
    assert.equal(x.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as any);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['概况', '各题结果', '意见建议'],
    );
    assert.deepEqual((wb.worksheets[1]!.getRow(1).values as any[]).slice(1), ['题号', '题目', '题型', '选项/分值', '人数', '占比（%）', '平均分']);
    assert.equal(wb.worksheets[2]!.rowCount - 1, text.answers.length - 1);
  });
});
