// Satisfaction surveys (满意度测评, 000 疗休养/体检 满意度测评表; 003 "知晓度、满意度和影响力"): a survey on
// a project or a whole slate, with ordered questions (single or multiple choice, 1–5 rating, free
// text), open between two dates to the members of a union's subtree. Each account answers once; the
// answers are anonymous (see migration 0005: who answered and what was answered are kept apart, and
// free text is stripped of phone numbers, ID numbers and e-mail addresses before it is stored).
// Results are aggregated in SQL per question, shaped for ECharts, and shown to officers in scope: the
// owner's officers see everything and each region; a regional union sees its own members' part, and
// only once it holds enough responses not to point at anyone (MIN_GROUP).
import { can, mayManage, pathInScope, scopePath, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, forbidden, invalidField, notFound as entityNotFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { writeXlsx } from '../../platform/spreadsheets.ts';
import { redactPersonalData } from '../../platform/personal-data.ts';
import { checkDateOrder } from '../../platform/schemas.ts';
import { homePath } from '../members/api.ts';
import { findOrg } from '../orgs/api.ts';
import { loadProject, loadSlate, projectHeads, slateHeads } from '../projects/api.ts';
import * as repo from './repository.ts';
import type { THide, TQuestion, TResponse, TSurveyCreate, TSurveyUpdate } from './schema.ts';

/** A regional union's part of the results is shown only from this many responses on. */
export const MIN_GROUP = 5;

const kindNames = {
  single: { zh: '单选题', en: 'Single choice' },
  multiple: { zh: '多选题', en: 'Multiple choice' },
  rating: { zh: '评分题（1–5分）', en: 'Rating (1–5)' },
  text: { zh: '填空题', en: 'Free text' },
} as const;

const notFound = (id: unknown) => {
  const e = entityNotFound('survey', id);
  e.messages.zh = `找不到满意度测评 ${String(id)}`;
  return e;
};

const surveyQuery = repo.surveyQuery;
type SurveyBase = repo.SurveyBase;

/** Surveys with their list's and project's heads (read through the projects module), in the order given. */
async function withHeads(db: Executor, rows: SurveyBase[]) {
  const [slates, projects] = await Promise.all([
    slateHeads(
      db,
      rows.map((r) => r.slate_id),
    ),
    projectHeads(
      db,
      rows.flatMap((r) => (r.project_id ? [r.project_id] : [])),
    ),
  ]);
  const slateOf = new Map(slates.map((x) => [x.id, x]));
  const projectOf = new Map(projects.map((x) => [x.id, x]));
  return rows.flatMap((r) => {
    const sl = slateOf.get(r.slate_id);
    if (!sl) return [];
    const p = r.project_id ? projectOf.get(r.project_id) : undefined;
    return [
      {
        ...r,
        year: sl.year,
        slate_title: sl.title,
        published_at: sl.published_at,
        owner_org_id: sl.org_id,
        owner_org_name: sl.org_name,
        owner_org_path: sl.org_path,
        project_no: p?.no ?? null,
        project_title: p?.title ?? null,
        responsible_org_id: p?.responsible_org_id ?? null,
      },
    ];
  });
}
type SurveyRow = Awaited<ReturnType<typeof withHeads>>[number];

const surveyById = async (db: Executor, id: number): Promise<SurveyRow | undefined> =>
  (await withHeads(db, await surveyQuery(db).where('surveys.id', '=', id).execute()))[0];

const questionsOf = repo.questionsOf;
type QuestionRow = repo.QuestionRow;

const isOpen = (r: { opens_on: string; closes_on: string }, d: string) => r.opens_on <= d && d <= r.closes_on;
const stateOf = (r: { opens_on: string; closes_on: string }, d: string): 'scheduled' | 'open' | 'closed' =>
  d < r.opens_on ? 'scheduled' : d > r.closes_on ? 'closed' : 'open';
const stateNames = { scheduled: { zh: '未开始', en: 'Not open yet' }, open: { zh: '进行中', en: 'Open' }, closed: { zh: '已结束', en: 'Closed' } };

const mayManageSurvey = (actor: Actor, r: SurveyRow) =>
  mayManage(actor, 'projects.write', { path: r.owner_org_path }, r.project_id ? r.responsible_org_id : undefined);

/**
 * One survey the actor may see: officers with projects.read see those whose list they see (in scope
 * or published); a member (or anyone taking part) sees it when they belong to its audience.
 */
async function loadSurvey(db: Executor, actor: Actor, id: number) {
  const r = await surveyById(db, id);
  if (!r) throw notFound(id);
  if (can(actor, 'projects.read') && (pathInScope(actor, r.owner_org_path) || r.published_at !== null)) return r;
  const home = await homePath(db, actor);
  if (can(actor, 'consultation.take-part') && r.published_at !== null && home?.startsWith(r.audience_org_path)) return r;
  throw notFound(id);
}

const responseCount = repo.responseCount;

function presentQuestion(q: QuestionRow) {
  return { id: q.id, position: q.position, kind: q.kind, kindName: kindNames[q.kind], prompt: q.prompt, options: q.options, required: q.required };
}

async function presentSurvey(db: Executor, actor: Actor, r: SurveyRow, today: string, questions?: QuestionRow[]) {
  const qs = questions ?? (await questionsOf(db, [r.id]));
  const responses = await responseCount(db, r.id);
  const manage = mayManageSurvey(actor, r);
  const responded = await repo.hasResponded(db, r.id, actor.accountId);
  const home = actor.role === 'member' ? await homePath(db, actor) : null;
  const state = stateOf(r, today);
  return {
    id: r.id,
    title: r.title,
    intro: r.intro,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    state,
    stateName: stateNames[state],
    project: r.project_id ? { id: r.project_id, no: r.project_no, title: r.project_title } : null,
    slate: { id: r.slate_id, title: r.slate_title, year: r.year, orgId: r.owner_org_id, orgName: r.owner_org_name },
    audience: { orgId: r.audience_org_id, orgName: r.audience_org_name },
    questions: qs.filter((q) => q.survey_id === r.id).map(presentQuestion),
    ...(can(actor, 'projects.read') ? { responses } : {}),
    responded,
    abilities: {
      update: manage,
      editQuestions: manage && responses === 0,
      delete: manage && responses === 0,
      respond: actor.role === 'member' && !responded && state === 'open' && r.published_at !== null && !!home?.startsWith(r.audience_org_path),
      results: can(actor, 'projects.read'),
      moderate: manage,
    },
  };
}

function checkQuestions(questions: TQuestion[]) {
  // zod checks each question; nothing more to check across them today, kept for one place to add rules.
  return questions.map((q, i) => ({
    position: i + 1,
    kind: q.kind,
    prompt: q.prompt,
    options: JSON.stringify(q.kind === 'single' || q.kind === 'multiple' ? q.options : []),
    required: q.required,
  }));
}

const surveyDates = (v: { opensOn?: string | undefined; closesOn?: string | undefined }) =>
  checkDateOrder([
    { field: 'opensOn', label: { zh: '开始日期', en: 'opening date' }, value: v.opensOn },
    { field: 'closesOn', label: { zh: '结束日期', en: 'closing date' }, value: v.closesOn },
  ]);

/** A survey on a project (`projectId`) or on a whole slate (`slateId`). */
export async function createSurvey(s: Services, ctx: RequestContext, on: { projectId?: number; slateId?: number }, input: TSurveyCreate) {
  const actor = ctx.actor!;
  surveyDates(input);
  return s.database.db.transaction().execute(async (trx) => {
    let slate: { id: number; org_path: string; org_id: number };
    let projectId: number | null = null;
    if (on.projectId) {
      const p = await loadProject(trx, actor, on.projectId);
      if (!mayManage(actor, 'projects.write', { path: p.slate_org_path }, p.responsible_org_id)) throw forbidden();
      slate = { id: p.slate_id, org_path: p.slate_org_path, org_id: p.slate_org_id };
      projectId = p.id;
    } else {
      const sl = await loadSlate(trx, actor, on.slateId!);
      if (!mayManage(actor, 'projects.write', { path: sl.org_path })) throw forbidden();
      slate = { id: sl.id, org_path: sl.org_path, org_id: sl.org_id };
    }
    let audienceOrgId = slate.org_id;
    if (input.audienceOrgId !== undefined) {
      const o = await findOrg(trx, input.audienceOrgId);
      if (!o || !o.path.startsWith(slate.org_path) || o.kind === 'department' || o.kind === 'agency')
        throw invalidField('body.audienceOrgId', 'not-in-subtree', {
          zh: '测评对象须是本清单所属工会或其下级工会',
          en: 'the audience must be the list’s union or a union below it',
        });
      audienceOrgId = o.id;
    }
    const row = await repo.insertSurvey(trx, {
      projectId,
      slateId: slate.id,
      audienceOrgId,
      title: input.title,
      intro: input.intro,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      createdBy: actor.accountId,
    });
    await repo.insertQuestions(trx, row.id, checkQuestions(input.questions));
    const dto = await presentSurvey(trx, actor, (await surveyById(trx, row.id))!, s.clock.today());
    await writeAudit(trx, ctx, {
      action: 'survey.create',
      entity: 'survey',
      entityId: row.id,
      orgPath: slate.org_path,
      summary: `${input.title}（${input.questions.length} 题）`,
      after: dto,
    });
    return dto;
  });
}

export async function listSurveys(s: Services, ctx: RequestContext, on: { projectId?: number; slateId?: number }) {
  const actor = ctx.actor!;
  const db = s.database.db;
  let q = surveyQuery(db);
  if (on.projectId) {
    await loadProject(db, actor, on.projectId);
    q = q.where('surveys.project_id', '=', on.projectId);
  } else q = q.where('surveys.slate_id', '=', on.slateId!);
  // The list's visibility (in scope, or published), as the projects module's visibleSlate.
  const rows = (await withHeads(db, await q.orderBy('surveys.opens_on', 'desc').orderBy('surveys.id').execute())).filter(
    (r) => pathInScope(actor, r.owner_org_path) || r.published_at !== null,
  );
  const qs = await questionsOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: await Promise.all(rows.map((r) => presentSurvey(db, actor, r, s.clock.today(), qs))) };
}

export async function getSurvey(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  if (!can(actor, 'projects.read') && !can(actor, 'consultation.take-part')) throw forbidden();
  const db = s.database.db;
  return presentSurvey(db, actor, await loadSurvey(db, actor, id), s.clock.today());
}

export async function updateSurvey(s: Services, ctx: RequestContext, id: number, input: TSurveyUpdate) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const r = await loadSurvey(trx, actor, id);
    if (!mayManageSurvey(actor, r)) throw forbidden();
    surveyDates({ opensOn: input.opensOn ?? r.opens_on, closesOn: input.closesOn ?? r.closes_on });
    const before = await presentSurvey(trx, actor, r, s.clock.today());
    if (input.questions) {
      const n = await responseCount(trx, id);
      if (n > 0)
        throw conflict(
          'survey-has-responses',
          {
            zh: `已有 ${n} 份答卷，题目不能再修改（可修改标题、说明和日期）`,
            en: `${n} responses are in; the questions can no longer change (title, intro and dates can)`,
          },
          { responses: n },
        );
      await repo.replaceQuestions(trx, id, checkQuestions(input.questions));
    }
    await repo.updateSurvey(trx, id, input);
    const after = await presentSurvey(trx, actor, (await surveyById(trx, id))!, s.clock.today());
    await writeAudit(trx, ctx, { action: 'survey.update', entity: 'survey', entityId: id, orgPath: r.owner_org_path, summary: r.title, before, after });
    return after;
  });
}

export async function deleteSurvey(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const r = await loadSurvey(trx, actor, id);
    if (!mayManageSurvey(actor, r)) throw forbidden();
    const n = await responseCount(trx, id);
    if (n > 0)
      throw conflict(
        'survey-has-responses',
        { zh: `已有 ${n} 份答卷，不能删除该测评`, en: `${n} responses are in; the survey cannot be deleted` },
        { refersTo: { responses: n } },
      );
    const before = await presentSurvey(trx, actor, r, s.clock.today());
    await repo.deleteSurvey(trx, id);
    await writeAudit(trx, ctx, { action: 'survey.delete', entity: 'survey', entityId: id, orgPath: r.owner_org_path, summary: r.title, before });
    return { id, deleted: true };
  });
}

/** A member answers once. Every answer is checked against its question; nothing is written on refusal. */
export async function respond(s: Services, ctx: RequestContext, id: number, input: TResponse) {
  const actor = ctx.actor!;
  if (actor.role !== 'member') throw forbidden({ zh: '满意度测评由会员本人填写', en: 'Satisfaction surveys are answered by members themselves' });
  return s.database.db.transaction().execute(async (trx) => {
    const r = await loadSurvey(trx, actor, id);
    const d = s.clock.today();
    if (!isOpen(r, d))
      throw conflict('survey-not-open', {
        zh: `该测评开放时间为 ${r.opens_on} 至 ${r.closes_on}，今天（${d}）不能作答`,
        en: `The survey is open from ${r.opens_on} to ${r.closes_on}; it cannot be answered today (${d})`,
      });
    if (await repo.hasResponded(trx, id, actor.accountId))
      throw conflict('already-responded', { zh: '您已填写过该测评，每人限填一次', en: 'You have already answered this survey; one response per person' });
    const questions = await questionsOf(trx, [id]);
    const byId = new Map(questions.map((q) => [q.id, q]));
    const seen = new Set<number>();
    const rows: { question_id: number; choices: number[] | null; rating: number | null; text: string | null }[] = [];
    input.answers.forEach((a, i) => {
      const f = `body.answers.${i}`;
      const q = byId.get(a.questionId);
      if (!q)
        throw invalidField(`${f}.questionId`, 'not-this-survey', {
          zh: `第 ${a.questionId} 号题目不属于本测评`,
          en: `question ${a.questionId} is not part of this survey`,
        });
      if (seen.has(q.id))
        throw invalidField(`${f}.questionId`, 'duplicate', { zh: `第${q.position}题回答了两次`, en: `question ${q.position} is answered twice` });
      seen.add(q.id);
      const opts = q.options.length;
      const row = { question_id: q.id, choices: null as number[] | null, rating: null as number | null, text: null as string | null };
      if (q.kind === 'single') {
        if (a.choice === undefined)
          throw invalidField(`${f}.choice`, 'required', {
            zh: `第${q.position}题为单选题，请选择一项`,
            en: `question ${q.position} is single choice: pick one option`,
          });
        if (a.choice >= opts)
          throw invalidField(`${f}.choice`, 'no-such-option', {
            zh: `第${q.position}题没有第 ${a.choice + 1} 个选项`,
            en: `question ${q.position} has no option ${a.choice}`,
          });
        row.choices = [a.choice];
      } else if (q.kind === 'multiple') {
        if (!a.choices?.length)
          throw invalidField(`${f}.choices`, 'required', {
            zh: `第${q.position}题为多选题，请至少选择一项`,
            en: `question ${q.position} is multiple choice: pick at least one option`,
          });
        const bad = a.choices.findIndex((c) => c >= opts);
        if (bad >= 0)
          throw invalidField(`${f}.choices.${bad}`, 'no-such-option', {
            zh: `第${q.position}题没有第 ${a.choices[bad]! + 1} 个选项`,
            en: `question ${q.position} has no option ${a.choices[bad]}`,
          });
        if (new Set(a.choices).size !== a.choices.length)
          throw invalidField(`${f}.choices`, 'duplicate', { zh: `第${q.position}题选项重复`, en: `question ${q.position}: an option is picked twice` });
        row.choices = [...a.choices].sort((x, y) => x - y);
      } else if (q.kind === 'rating') {
        if (a.rating === undefined)
          throw invalidField(`${f}.rating`, 'required', { zh: `第${q.position}题请打 1–5 分`, en: `question ${q.position}: give a rating from 1 to 5` });
        row.rating = a.rating;
      } else {
        if (!a.text) {
          if (q.required) throw invalidField(`${f}.text`, 'required', { zh: `第${q.position}题为必答题`, en: `question ${q.position} must be answered` });
          return;
        }
        row.text = redactPersonalData(a.text, { anonymous: true });
      }
      rows.push(row);
    });
    const missing = questions.find((q) => q.required && !rows.some((x) => x.question_id === q.id));
    if (missing)
      throw invalidField('body.answers', 'required', {
        zh: `第${missing.position}题（${missing.prompt}）为必答题`,
        en: `question ${missing.position} ("${missing.prompt}") must be answered`,
      });
    try {
      await repo.insertParticipant(trx, id, actor.accountId, d);
    } catch (err) {
      if ((err as { code?: string }).code === '23505')
        throw conflict('already-responded', { zh: '您已填写过该测评，每人限填一次', en: 'You have already answered this survey; one response per person' });
      throw err;
    }
    const home = await homePath(trx, actor);
    const segments = (home ?? '').split('.').filter(Boolean);
    const region = segments.length >= 2 ? Number(segments[1]) : null;
    await repo.insertResponse(trx, id, region, d, rows);
    // The audit entry says who took part, never what they answered.
    await writeAudit(trx, ctx, {
      action: 'survey.respond',
      entity: 'survey',
      entityId: id,
      orgPath: r.owner_org_path,
      summary: r.title,
      after: { answered: rows.length },
    });
    return { surveyId: id, received: true, submittedOn: d };
  });
}

/** Open surveys for the caller (a member): those whose audience holds their union, with whether they have answered. */
export async function mySurveys(s: Services, ctx: RequestContext) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const home = await homePath(db, actor);
  if (actor.role !== 'member' || !home) return { items: [] };
  const d = s.clock.today();
  const open = await repo.openForHome(db, home, d);
  const rows = (await withHeads(db, open)).filter((r) => r.published_at !== null);
  const qs = await questionsOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: await Promise.all(rows.map((r) => presentSurvey(db, actor, r, s.clock.today(), qs))) };
}

// ---------------------------------------------------------------------------------------------
// Results

/** Which responses the caller's results cover: all for the owner's officers, else their regions only. */
async function resultScope(db: Executor, actor: Actor, r: SurveyRow) {
  if (pathInScope(actor, r.owner_org_path)) return { full: true as const, regions: null };
  const root = scopePath(actor);
  const regions = root ? await repo.regionsUnder(db, root) : [];
  return { full: false as const, regions };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const pct = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 10 : 0);

export async function surveyResults(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const r = await loadSurvey(db, actor, id);
  const scope = await resultScope(db, actor, r);
  const questions = await questionsOf(db, [id]);
  const total = await repo.responsesInScope(db, id, scope.full ? null : scope.regions);
  const suppressed = !scope.full && total < MIN_GROUP;
  const base = {
    survey: {
      id: r.id,
      title: r.title,
      opensOn: r.opens_on,
      closesOn: r.closes_on,
      state: stateOf(r, s.clock.today()),
      // A survey's project is joined: its number and title are there whenever its id is.
      project: r.project_id ? { id: r.project_id, no: r.project_no!, title: r.project_title! } : null,
      slate: { id: r.slate_id, title: r.slate_title, year: r.year },
      audience: { orgId: r.audience_org_id, orgName: r.audience_org_name },
    },
    asOf: s.clock.today(),
    scope: scope.full ? ('all' as const) : ('own-region' as const),
    responses: total,
    minimumGroup: scope.full ? null : MIN_GROUP,
    suppressed,
  };
  if (suppressed) return { ...base, ratingAverage: null, questions: [], regions: [] };
  const [{ answered, choiceCounts, ratingCounts, texts }, audience] = await Promise.all([
    repo.answerTallies(db, id, scope.full ? null : scope.regions),
    repo.activeMembersUnder(db, r.audience_org_path),
  ]);
  const choiceTally = new Map<string, number>();
  for (const c of choiceCounts) choiceTally.set(`${c.question_id}:${c.choice}`, (choiceTally.get(`${c.question_id}:${c.choice}`) ?? 0) + 1);
  let ratingSum = 0;
  let ratingN = 0;
  const out = questions.map((q) => {
    const n = Number(answered.find((a) => a.question_id === q.id)?.n ?? 0);
    const head = { questionId: q.id, position: q.position, kind: q.kind, prompt: q.prompt, required: q.required, answered: n };
    if (q.kind === 'single' || q.kind === 'multiple') {
      const options = q.options.map((label, i) => {
        const count = choiceTally.get(`${q.id}:${i}`) ?? 0;
        return { index: i, label, count, percent: pct(count, n) };
      });
      const chart =
        q.kind === 'single'
          ? {
              tooltip: { trigger: 'item' },
              series: [{ name: q.prompt, type: 'pie', radius: '60%', data: options.map((o) => ({ name: o.label, value: o.count })) }],
            }
          : {
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'category', data: options.map((o) => o.label) },
              yAxis: { type: 'value', name: '人次' },
              series: [{ name: q.prompt, type: 'bar', data: options.map((o) => o.count) }],
            };
      return { ...head, kind: q.kind, options, chart };
    }
    if (q.kind === 'rating') {
      const distribution = [1, 2, 3, 4, 5].map((score) => {
        const count = Number(ratingCounts.find((x) => x.question_id === q.id && x.rating === score)?.n ?? 0);
        return { score, count, percent: pct(count, n) };
      });
      const sum = distribution.reduce((a, d) => a + d.score * d.count, 0);
      ratingSum += sum;
      ratingN += n;
      const satisfied = distribution.filter((d) => d.score >= 4).reduce((a, d) => a + d.count, 0);
      return {
        ...head,
        kind: q.kind,
        average: n ? round2(sum / n) : null,
        satisfiedPercent: pct(satisfied, n),
        distribution,
        chart: {
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: ['1分', '2分', '3分', '4分', '5分'] },
          yAxis: { type: 'value', name: '人数' },
          series: [{ name: q.prompt, type: 'bar', data: distribution.map((d) => d.count) }],
        },
      };
    }
    const own = texts.filter((t) => t.question_id === q.id);
    return {
      ...head,
      kind: q.kind,
      answers: own.map((t) => ({ responseId: t.response_id, text: t.hidden_at ? null : t.text, hidden: t.hidden_at !== null, hiddenReason: t.hidden_reason })),
    };
  });
  let regions: { orgId: number | null; orgName: string | null; responses: number; ratingAverage: number | null }[] = [];
  if (scope.full) {
    const rows = await repo.regionTallies(db, id);
    // A region's own numbers are shown only when they do not point at a few people.
    regions = rows.map((x) => ({
      orgId: x.region_org_id,
      orgName: x.name,
      responses: Number(x.n),
      ratingAverage: Number(x.n) >= MIN_GROUP && x.avg != null ? round2(Number(x.avg)) : null,
    }));
  }
  return {
    ...base,
    audienceSize: scope.full ? Number(audience.n) : null,
    responseRate: scope.full ? pct(total, Number(audience.n)) : null,
    ratingAverage: ratingN ? round2(ratingSum / ratingN) : null,
    questions: out,
    regions,
    charts: {
      ratings: {
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: out.filter((q) => q.kind === 'rating').map((q) => `第${q.position}题`) },
        yAxis: { type: 'value', min: 0, max: 5, name: '平均分' },
        series: [{ name: '平均分', type: 'bar', data: out.filter((q) => q.kind === 'rating').map((q) => ('average' in q ? q.average : null) ?? 0) }],
      },
    },
  };
}

export async function resultsWorkbook(s: Services, ctx: RequestContext, id: number) {
  const res = await surveyResults(s, ctx, id);
  const sheets = [
    {
      name: '概况',
      columns: [
        { header: '项目', key: 'k', width: 20 },
        { header: '内容', key: 'v', width: 60 },
      ],
      rows: [
        { k: '测评', v: res.survey.title },
        { k: '清单', v: `${res.survey.slate.year} ${res.survey.slate.title}` },
        ...(res.survey.project ? [{ k: '实事项目', v: `${res.survey.project.no}. ${res.survey.project.title}` }] : []),
        { k: '测评对象', v: res.survey.audience.orgName },
        { k: '开放时间', v: `${res.survey.opensOn} 至 ${res.survey.closesOn}` },
        { k: '统计范围', v: res.scope === 'all' ? '全部答卷' : '本区局（产业）工会会员的答卷' },
        { k: '答卷数', v: res.responses },
        { k: '平均满意度（1–5分）', v: res.ratingAverage ?? (res.suppressed ? `答卷少于 ${MIN_GROUP} 份，不单独显示` : '—') },
        { k: '统计日期', v: res.asOf },
      ],
    },
    {
      name: '各题结果',
      columns: [
        { header: '题号', key: 'no' },
        { header: '题目', key: 'prompt', width: 40 },
        { header: '题型', key: 'kind', width: 16 },
        { header: '选项/分值', key: 'option', width: 30 },
        { header: '人数', key: 'count' },
        { header: '占比（%）', key: 'percent' },
        { header: '平均分', key: 'average' },
      ],
      rows: res.questions.flatMap((q) => {
        const head = { no: q.position, prompt: q.prompt, kind: kindNames[q.kind].zh };
        if ('options' in q) return q.options.map((o) => ({ ...head, option: o.label, count: o.count, percent: o.percent }));
        if ('distribution' in q)
          return [
            ...q.distribution.map((d) => ({ ...head, option: `${d.score}分`, count: d.count, percent: d.percent })),
            { ...head, option: '平均', count: q.answered, average: q.average },
          ];
        return [{ ...head, option: '（填空，见“意见建议”）', count: q.answered }];
      }),
    },
    {
      name: '意见建议',
      columns: [
        { header: '题号', key: 'no' },
        { header: '题目', key: 'prompt', width: 30 },
        { header: '内容', key: 'text', width: 80 },
      ],
      rows: res.questions.flatMap((q) =>
        'answers' in q ? q.answers.filter((a) => !a.hidden).map((a) => ({ no: q.position, prompt: q.prompt, text: a.text })) : [],
      ),
    },
  ];
  await writeAudit(s.database.db, ctx, { action: 'survey.export', entity: 'survey', entityId: id, summary: `${res.survey.title}: ${res.responses} responses` });
  return { fileName: `survey-${id}-results.xlsx`, body: await writeXlsx(sheets) };
}

/** Moderation: an officer who manages the survey hides a free-text answer (kept, with who and why). */
export async function hideAnswer(s: Services, ctx: RequestContext, id: number, input: THide) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const r = await loadSurvey(trx, actor, id);
    if (!mayManageSurvey(actor, r)) throw forbidden();
    const a = await repo.textAnswer(trx, id, input.responseId, input.questionId);
    if (!a) throw invalidField('body.responseId', 'no-such-answer', { zh: '本测评中没有这条填空回答', en: 'no such free-text answer in this survey' });
    if (a.hidden_at) throw conflict('already-hidden', { zh: '该回答已隐藏', en: 'The answer is already hidden' });
    await repo.hideAnswer(trx, input.responseId, input.questionId, actor.accountId, input.reason);
    await writeAudit(trx, ctx, {
      action: 'survey.hide-answer',
      entity: 'survey',
      entityId: id,
      orgPath: r.owner_org_path,
      summary: input.reason,
      before: { text: a.text, hidden: false },
      after: { hidden: true, reason: input.reason },
    });
    return { surveyId: id, responseId: input.responseId, questionId: input.questionId, hidden: true, hiddenReason: input.reason };
  });
}

/** Satisfaction per project for reports: every rating answer of the project's surveys, averaged. */
export async function satisfactionByProject(db: Executor, projectIds: number[]) {
  const out = new Map<number, { surveys: number; responses: number; ratingAverage: number | null }>();
  if (!projectIds.length) return out;
  const [surveys, ratings] = await Promise.all([repo.surveysPerProject(db, projectIds), repo.ratingPerProject(db, projectIds)]);
  for (const sv of surveys) {
    const avg = ratings.find((x) => x.project_id === sv.project_id)?.avg;
    out.set(sv.project_id!, { surveys: Number(sv.surveys), responses: Number(sv.responses), ratingAverage: avg == null ? null : round2(Number(avg)) });
  }
  return out;
}
