// The SQL of the surveys module.
import { sql } from 'kysely';
import type { Executor } from '../../platform/context.ts';

/** How many surveys ask about a project. */
export async function surveysOfProject(db: Executor, projectId: number) {
  const n = await db.selectFrom('surveys').select(sql<number>`count(*)`.as('n')).where('project_id', '=', projectId).executeTakeFirst();
  return Number(n?.n ?? 0);
}

/** A survey with its audience union. */
export const surveyQuery = (db: Executor) =>
  db
    .selectFrom('surveys')
    .innerJoin('orgs as ao', 'ao.id', 'surveys.audience_org_id')
    .select([
      'surveys.id',
      'surveys.project_id',
      'surveys.slate_id',
      'surveys.audience_org_id',
      'surveys.title',
      'surveys.intro',
      'surveys.opens_on',
      'surveys.closes_on',
      'surveys.created_at',
      'surveys.updated_at',
      'ao.name as audience_org_name',
      'ao.path as audience_org_path',
    ]);
export type SurveyBase = NonNullable<Awaited<ReturnType<ReturnType<typeof surveyQuery>['executeTakeFirst']>>>;

/** Surveys open on a date whose audience holds the union at `home` (a member's union path). */
export function openForHome(db: Executor, home: string, date: string) {
  return surveyQuery(db)
    .where('surveys.opens_on', '<=', date)
    .where('surveys.closes_on', '>=', date)
    .where(sql<boolean>`${home} like ao.path || '%'`)
    .orderBy('surveys.closes_on')
    .execute();
}

export const questionsOf = (db: Executor, ids: number[]) =>
  ids.length
    ? db.selectFrom('survey_questions').selectAll().where('survey_id', 'in', ids).orderBy('survey_id').orderBy('position').execute()
    : Promise.resolve([]);
export type QuestionRow = Awaited<ReturnType<typeof questionsOf>>[number];

export async function responseCount(db: Executor, surveyId: number) {
  const n = await db
    .selectFrom('survey_responses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return Number(n.n);
}

export async function hasResponded(db: Executor, surveyId: number, accountId: number) {
  return !!(await db
    .selectFrom('survey_participants')
    .select('account_id')
    .where('survey_id', '=', surveyId)
    .where('account_id', '=', accountId)
    .executeTakeFirst());
}

type QuestionValues = { position: number; kind: 'single' | 'multiple' | 'rating' | 'text'; prompt: string; options: string; required: boolean };

export function insertSurvey(
  db: Executor,
  v: { projectId: number | null; slateId: number; audienceOrgId: number; title: string; intro: string; opensOn: string; closesOn: string; createdBy: number },
) {
  return db
    .insertInto('surveys')
    .values({
      project_id: v.projectId,
      slate_id: v.slateId,
      audience_org_id: v.audienceOrgId,
      title: v.title,
      intro: v.intro,
      opens_on: v.opensOn,
      closes_on: v.closesOn,
      created_by: v.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertQuestions(db: Executor, surveyId: number, questions: QuestionValues[]) {
  await db
    .insertInto('survey_questions')
    .values(questions.map((q) => ({ ...q, survey_id: surveyId })))
    .execute();
}

export async function replaceQuestions(db: Executor, surveyId: number, questions: QuestionValues[]) {
  await db.deleteFrom('survey_questions').where('survey_id', '=', surveyId).execute();
  await insertQuestions(db, surveyId, questions);
}

export async function updateSurvey(
  db: Executor,
  id: number,
  input: { title?: string | undefined; intro?: string | undefined; opensOn?: string | undefined; closesOn?: string | undefined },
) {
  await db
    .updateTable('surveys')
    .set({
      title: input.title,
      intro: input.intro,
      opens_on: input.opensOn,
      closes_on: input.closesOn,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteSurvey(db: Executor, id: number) {
  await db.deleteFrom('surveys').where('id', '=', id).execute();
}

/** Who took part (one row an account, unique): kept apart from what was answered. */
export async function insertParticipant(db: Executor, surveyId: number, accountId: number, date: string) {
  await db.insertInto('survey_participants').values({ survey_id: surveyId, account_id: accountId, responded_on: date }).execute();
}

/** An anonymous response (only its region and day) and its answers. */
export async function insertResponse(
  db: Executor,
  surveyId: number,
  regionOrgId: number | null,
  date: string,
  answers: { question_id: number; choices: number[] | null; rating: number | null; text: string | null }[],
) {
  const resp = await db
    .insertInto('survey_responses')
    .values({ survey_id: surveyId, region_org_id: regionOrgId, submitted_on: date })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (answers.length)
    await db
      .insertInto('survey_answers')
      .values(answers.map((x) => ({ ...x, response_id: resp.id })))
      .execute();
}

/** The regional unions (depth 1) under a path. */
export async function regionsUnder(db: Executor, root: string) {
  return (await db.selectFrom('orgs').select('id').where('path', 'like', `${root}%`).where('depth', '=', 1).execute()).map((o) => o.id);
}

/** The responses of a survey, all (`regions` null) or those of some regions only. */
const responsesOf = (db: Executor, surveyId: number, regions: number[] | null) => {
  let q = db.selectFrom('survey_responses as sr').where('sr.survey_id', '=', surveyId);
  if (regions) q = regions.length ? q.where('sr.region_org_id', 'in', regions) : q.where(sql<boolean>`false`);
  return q;
};

export async function responsesInScope(db: Executor, surveyId: number, regions: number[] | null) {
  return Number(
    (
      await responsesOf(db, surveyId, regions)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
}

/** Per question: how many answered, each choice picked, each rating given, and the free texts (first 2,000). */
export async function answerTallies(db: Executor, surveyId: number, regions: number[] | null) {
  const answers = () => responsesOf(db, surveyId, regions).innerJoin('survey_answers as a', 'a.response_id', 'sr.id');
  const [answered, choiceCounts, ratingCounts, texts] = await Promise.all([
    answers()
      .select(['a.question_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('a.question_id')
      .execute(),
    answers()
      .select(['a.question_id', sql<number>`unnest(a.choices)`.as('choice')])
      .where('a.choices', 'is not', null)
      .execute(),
    answers()
      .select(['a.question_id', 'a.rating', (eb) => eb.fn.countAll<number>().as('n')])
      .where('a.rating', 'is not', null)
      .groupBy(['a.question_id', 'a.rating'])
      .execute(),
    answers()
      .select(['a.question_id', 'a.response_id', 'a.text', 'a.hidden_at', 'a.hidden_reason'])
      .where('a.text', 'is not', null)
      .orderBy('sr.submitted_on')
      .orderBy('a.response_id')
      .limit(2000)
      .execute(),
  ]);
  return { answered, choiceCounts, ratingCounts, texts };
}

/** Active memberships in unions under a path (a survey's audience). */
export function activeMembersUnder(db: Executor, path: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('memberships.status', '=', 'active')
    .where('orgs.path', 'like', `${path}%`)
    .executeTakeFirstOrThrow();
}

/** Responses and the average rating per region. */
export function regionTallies(db: Executor, surveyId: number) {
  return db
    .selectFrom('survey_responses as sr')
    .leftJoin('orgs', 'orgs.id', 'sr.region_org_id')
    .leftJoin('survey_answers as a', (j) => j.onRef('a.response_id', '=', 'sr.id').on('a.rating', 'is not', null))
    .select(['sr.region_org_id', 'orgs.name', sql<number>`count(distinct sr.id)`.as('n'), sql<number | null>`avg(a.rating)`.as('avg')])
    .where('sr.survey_id', '=', surveyId)
    .groupBy(['sr.region_org_id', 'orgs.name'])
    .orderBy('orgs.name')
    .execute();
}

export function textAnswer(db: Executor, surveyId: number, responseId: string, questionId: number) {
  return db
    .selectFrom('survey_answers as a')
    .innerJoin('survey_responses as sr', 'sr.id', 'a.response_id')
    .select(['a.text', 'a.hidden_at', 'a.hidden_reason'])
    .where('sr.survey_id', '=', surveyId)
    .where('a.response_id', '=', responseId)
    .where('a.question_id', '=', questionId)
    .where('a.text', 'is not', null)
    .executeTakeFirst();
}

export async function hideAnswer(db: Executor, responseId: string, questionId: number, by: number, reason: string) {
  await db
    .updateTable('survey_answers')
    .set({ hidden_at: new Date(), hidden_by: by, hidden_reason: reason })
    .where('response_id', '=', responseId)
    .where('question_id', '=', questionId)
    .execute();
}

export function surveysPerProject(db: Executor, projectIds: number[]) {
  return db
    .selectFrom('surveys')
    .leftJoin('survey_responses as sr', 'sr.survey_id', 'surveys.id')
    .select(['surveys.project_id', sql<number>`count(distinct surveys.id)`.as('surveys'), sql<number>`count(sr.id)`.as('responses')])
    .where('surveys.project_id', 'in', projectIds)
    .groupBy('surveys.project_id')
    .execute();
}

export function ratingPerProject(db: Executor, projectIds: number[]) {
  return db
    .selectFrom('survey_answers as a')
    .innerJoin('survey_responses as sr', 'sr.id', 'a.response_id')
    .innerJoin('surveys', 'surveys.id', 'sr.survey_id')
    .select(['surveys.project_id', sql<number>`avg(a.rating)`.as('avg')])
    .where('surveys.project_id', 'in', projectIds)
    .where('a.rating', 'is not', null)
    .groupBy('surveys.project_id')
    .execute();
}
