import { z } from 'zod';
import { ZBilingual } from '../../platform/schemas.ts';
import { ZIsoDate as ZDate } from '../../platform/schemas.ts';

const text = (max: number) => z.string().trim().max(max);
export const ZId = z.object({ id: z.coerce.number().int().positive() });

export const questionKinds = ['single', 'multiple', 'rating', 'text'] as const;

/** One question; its order is its place in the list. Choice questions carry 2–20 distinct options. */
export const ZQuestion = z
  .object({
    kind: z.enum(questionKinds),
    prompt: text(500).min(1),
    options: z.array(text(200).min(1)).max(20).default([]),
    required: z.boolean().default(true),
  })
  .superRefine((q, ctx) => {
    const choice = q.kind === 'single' || q.kind === 'multiple';
    if (choice && q.options.length < 2)
      ctx.addIssue({ code: 'custom', path: ['options'], message: '选择题至少需要两个选项 / a choice question needs at least two options' });
    if (!choice && q.options.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: '评分题和填空题没有选项 / rating and free-text questions take no options' });
    if (new Set(q.options).size !== q.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: '选项重复 / an option is listed twice' });
  });
export type TQuestion = z.infer<typeof ZQuestion>;

export const ZSurveyCreate = z.object({
  title: text(200).min(2),
  intro: text(5000).default(''),
  opensOn: ZDate,
  closesOn: ZDate,
  /** Narrow the audience to a union inside the owner's subtree; default: the owner's whole subtree. */
  audienceOrgId: z.coerce.number().int().positive().optional(),
  questions: z.array(ZQuestion).min(1).max(50),
});
export type TSurveyCreate = z.infer<typeof ZSurveyCreate>;

export const ZSurveyUpdate = z.object({
  title: text(200).min(2).optional(),
  intro: text(5000).optional(),
  opensOn: ZDate.optional(),
  closesOn: ZDate.optional(),
  questions: z.array(ZQuestion).min(1).max(50).optional(),
});
export type TSurveyUpdate = z.infer<typeof ZSurveyUpdate>;

/** One answer per question id: `choice` (single), `choices` (multiple), `rating` (1–5) or `text`. */
export const ZResponse = z.object({
  answers: z
    .array(
      z.object({
        questionId: z.coerce.number().int().positive(),
        choice: z.number().int().min(0).max(19).optional(),
        choices: z.array(z.number().int().min(0).max(19)).max(20).optional(),
        rating: z.number().int().min(1).max(5).optional(),
        text: text(2000).optional(),
      }),
    )
    .max(50),
});
export type TResponse = z.infer<typeof ZResponse>;

export const ZHide = z.object({ responseId: z.string().uuid(), questionId: z.coerce.number().int().positive(), reason: text(300).min(2) });
export type THide = z.infer<typeof ZHide>;

// Responses

const int = z.number().int();
const str = z.string().nullable();

export const ZSurvey = z.object({
  id: int,
  title: z.string(),
  intro: str,
  opensOn: z.string(),
  closesOn: z.string(),
  state: z.string().describe('scheduled | open | closed'),
  stateName: ZBilingual,
  project: z.object({ id: int, no: int.nullable(), title: str }).nullable(),
  slate: z.object({ id: int, title: z.string(), year: int, orgId: int, orgName: z.string() }),
  audience: z.object({ orgId: int, orgName: z.string() }),
  questions: z.array(
    z.object({
      id: int,
      position: int,
      kind: z.enum(['single', 'multiple', 'rating', 'text']),
      kindName: ZBilingual,
      prompt: z.string(),
      options: z.array(z.string()),
      required: z.boolean(),
    }),
  ),
  responses: int.optional(),
  responded: z.boolean(),
  abilities: z.object({
    update: z.boolean(),
    editQuestions: z.boolean(),
    delete: z.boolean(),
    respond: z.boolean(),
    results: z.boolean(),
    moderate: z.boolean(),
  }),
});
export const ZSurveyItems = z.object({ items: z.array(ZSurvey) });
export const ZSurveyDeleted = z.object({ id: int, deleted: z.boolean() });
export const ZResponseReceived = z.object({ surveyId: int, received: z.boolean(), submittedOn: z.string() });
export const ZAnswerHidden = z.object({ surveyId: int, responseId: z.string(), questionId: int, hidden: z.boolean(), hiddenReason: z.string() });
/** An ECharts option as the server builds it (drawn as is by the web). */
const ZChart = z.record(z.string(), z.unknown()).describe('an ECharts option');
const ZResultHead = { questionId: int, position: int, prompt: z.string(), required: z.boolean(), answered: int.describe('answers in the caller’s scope') };
const ZPercent = z.number().describe('per cent, one decimal');
export const ZQuestionResult = z.union([
  z.object({
    ...ZResultHead,
    kind: z.enum(['single', 'multiple']),
    options: z.array(z.object({ index: int, label: z.string(), count: int, percent: ZPercent })),
    chart: ZChart,
  }),
  z.object({
    ...ZResultHead,
    kind: z.literal('rating'),
    average: z.number().nullable(),
    satisfiedPercent: ZPercent.describe('answers of 4 or 5'),
    distribution: z.array(z.object({ score: int, count: int, percent: ZPercent })),
    chart: ZChart,
  }),
  z.object({
    ...ZResultHead,
    kind: z.literal('text'),
    answers: z.array(z.object({ responseId: z.string(), text: z.string().nullable(), hidden: z.boolean(), hiddenReason: z.string().nullable() })),
  }),
]);
/** The results (aggregated per question, ECharts options); a regional union's own members' only. */
export const ZResults = z.object({
  survey: z.object({
    id: int,
    title: z.string(),
    opensOn: ZDate,
    closesOn: ZDate,
    state: z.enum(['scheduled', 'open', 'closed']),
    project: z.object({ id: int, no: int, title: z.string() }).nullable(),
    slate: z.object({ id: int, title: z.string(), year: int }),
    audience: z.object({ orgId: int, orgName: z.string() }),
  }),
  asOf: ZDate,
  scope: z.enum(['all', 'own-region']).describe('own-region: a regional union sees its own members’ answers only'),
  responses: int,
  minimumGroup: int.nullable().describe('below this many answers a region’s results are not shown'),
  suppressed: z.boolean(),
  audienceSize: int.nullable().optional(),
  responseRate: ZPercent.nullable().optional(),
  ratingAverage: z.number().nullable(),
  questions: z.array(ZQuestionResult),
  regions: z.array(z.object({ orgId: int.nullable(), orgName: z.string().nullable(), responses: int, ratingAverage: z.number().nullable() })),
  charts: z.object({ ratings: ZChart }).optional(),
});
