// Demo satisfaction survey: the 2025 sanatorium project (003 附件1 第9项) with its 满意度测评表 (000
// 疗休养行动: the form goes to the organiser with the roster). Fifty synthetic responses, as entered
// from paper forms after the trips: spread over the districts, no accounts behind them.
import { createRng } from './synthetic-people.ts';
import type { Services } from '../platform/services.ts';

export const demoSurvey = {
  title: '2025年职工疗休养满意度测评',
  intro: '请根据您参加疗休养的实际感受填写，测评匿名进行。',
  opensOn: '2025-10-01',
  closesOn: '2025-12-15',
  questions: [
    { kind: 'single', prompt: '您参加的疗休养线路', options: ['本市线路', '长三角线路', '省外线路'], required: true },
    { kind: 'rating', prompt: '对住宿条件的满意程度', options: [], required: true },
    { kind: 'rating', prompt: '对餐饮安排的满意程度', options: [], required: true },
    { kind: 'rating', prompt: '对行程和活动安排的满意程度', options: [], required: true },
    { kind: 'rating', prompt: '总体满意程度', options: [], required: true },
    { kind: 'multiple', prompt: '您希望今后增加哪些服务', options: ['健康讲座', '健康体检', '文体活动', '亲子活动'], required: false },
    { kind: 'text', prompt: '意见和建议', options: [], required: false },
  ],
} as const;

export const DEMO_SURVEY_RESPONSES = 50;

const comments = [
  '行程安排合理，导游服务热情。',
  '希望增加健康讲座。',
  '住宿条件很好，餐饮可以更清淡一些。',
  '希望能带家属参加。',
  '活动丰富，感谢工会。',
  '返程时间偏早，建议调整。',
];

export async function loadSurveysDemo(s: Services) {
  const db = s.database.db;
  await db.transaction().execute(async (trx) => {
    const project = await trx
      .selectFrom('projects')
      .innerJoin('slates', 'slates.id', 'projects.slate_id')
      .innerJoin('orgs', 'orgs.id', 'slates.org_id')
      .select(['projects.id', 'projects.slate_id', 'slates.org_id'])
      .where('slates.year', '=', 2025)
      .where('orgs.kind', '=', 'municipal')
      .where('projects.no', '=', 9)
      .executeTakeFirst();
    if (!project) return;
    const admin = await trx.selectFrom('accounts').select('id').where('username', '=', 'admin').executeTakeFirst();
    const survey = await trx
      .insertInto('surveys')
      .values({
        project_id: project.id,
        slate_id: project.slate_id,
        audience_org_id: project.org_id,
        title: demoSurvey.title,
        intro: demoSurvey.intro,
        opens_on: demoSurvey.opensOn,
        closes_on: demoSurvey.closesOn,
        created_by: admin?.id ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const questions = await trx
      .insertInto('survey_questions')
      .values(
        demoSurvey.questions.map((q, i) => ({
          survey_id: survey.id,
          position: i + 1,
          kind: q.kind,
          prompt: q.prompt,
          options: JSON.stringify(q.options),
          required: q.required,
        })),
      )
      .returning(['id', 'position'])
      .execute();
    const qid = (position: number) => questions.find((q) => q.position === position)!.id;
    const districtRows = await trx.selectFrom('orgs').select(['id', 'short_name']).where('kind', '=', 'district').orderBy('id').execute();
    const districts = districtRows.map((o) => o.id);
    const pudong = districtRows.find((o) => o.short_name === '浦东新区')?.id ?? null;
    // A fixed pseudo-random sequence, so the demo's numbers are the same on every load. (A plain
    // LCG in doubles loses its low bits past 2^53 and put nearly every response in one district.)
    const rng = createRng(20251215);
    const rnd = (n: number) => rng.int(n);
    for (let i = 0; i < DEMO_SURVEY_RESPONSES; i++) {
      // Pudong holds the first ten, so a district's own part can be shown; the rest spread out.
      const region = i < 10 ? pudong : (districts[rnd(districts.length)] ?? null);
      const day = `2025-${rnd(2) ? '11' : '10'}-${String(1 + rnd(15)).padStart(2, '0')}`; // before mid-November
      const r = await trx
        .insertInto('survey_responses')
        .values({ survey_id: survey.id, region_org_id: region, submitted_on: day })
        .returning('id')
        .executeTakeFirstOrThrow();
      const score = () => [5, 5, 5, 4, 4, 4, 3, 5, 4, 2][rnd(10)]!;
      const picks = [0, 1, 2, 3].filter(() => rnd(3) === 0);
      const answers = [
        { question_id: qid(1), choices: [rnd(3)], rating: null, text: null },
        { question_id: qid(2), choices: null, rating: score(), text: null },
        { question_id: qid(3), choices: null, rating: score(), text: null },
        { question_id: qid(4), choices: null, rating: score(), text: null },
        { question_id: qid(5), choices: null, rating: score(), text: null },
        ...(picks.length ? [{ question_id: qid(6), choices: picks, rating: null, text: null }] : []),
        ...(i % 4 === 0 ? [{ question_id: qid(7), choices: null, rating: null, text: comments[rnd(comments.length)]! }] : []),
      ];
      await trx
        .insertInto('survey_answers')
        .values(answers.map((a) => ({ ...a, response_id: r.id })))
        .execute();
    }
    await trx
      .insertInto('audit_log')
      .values({ actor_name: 'system', actor_role: 'system', action: 'demo.surveys', entity: 'system', summary: `1 survey, ${DEMO_SURVEY_RESPONSES} responses` })
      .execute();
  });
}
