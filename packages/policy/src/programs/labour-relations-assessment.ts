import { z } from 'zod';
import { LIMITS } from '../core/input.ts';
import { PolicyError } from '../core/errors.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  scores: label('各项得分', 'Scores', 'points by indicator code, e.g. 1-1-1: 2'),
};

/**
 * 和谐劳动关系指导服务 评价标准: scores an enterprise on that year's sheet. Points are counted
 * internally in half points (the sheets' smallest value is 0.5), so sums never drift.
 */

const CATEGORY_CODES = ['1', '2', '3', '4', '5'] as const;
type CategoryCode = (typeof CATEGORY_CODES)[number];

const zPoints = z.number().refine((n) => Number.isInteger(n * 2), 'a multiple of 0.5');

const zIndicator = z
  .strictObject({
    code: z.string().regex(/^[1-5]-\d+-\d+b?$/),
    text: z.string().min(1),
    /** Ordinary indicators: the most points it can score. */
    value: zPoints.positive().optional(),
    /** Bonus and deduction items: the sheet's printed value and the scores it allows (besides 0). */
    printed: z.string().optional(),
    allowed: z
      .array(zPoints.refine((n) => n !== 0))
      .min(1)
      .optional(),
  })
  .refine((i) => (i.value === undefined) !== (i.allowed === undefined), 'either value or allowed');

const zGroup = z.strictObject({
  code: z.string().regex(/^[1-5]-\d+$/),
  name: z.string().min(1),
  en: z.string().min(1),
  indicators: z.array(zIndicator).min(1),
});

const zCategory = z.strictObject({
  code: z.enum(CATEGORY_CODES),
  name: z.string().min(1),
  en: z.string().min(1),
  kind: z.enum(['score', 'bonus', 'deduction']),
  max: z.number().positive().optional(),
  cap: z.number().positive().optional(),
  groups: z.array(zGroup).min(1),
});

const zSheet = z.strictObject({ categories: z.array(zCategory).length(5) }).superRefine((sheet, ctx) => {
  const seen = new Set<string>();
  sheet.categories.forEach((c, ci) => {
    if (c.code !== CATEGORY_CODES[ci]) ctx.addIssue({ code: 'custom', path: ['categories', ci], message: `category ${ci + 1} out of order` });
    let sum = 0;
    for (const g of c.groups) {
      if (!g.code.startsWith(`${c.code}-`)) ctx.addIssue({ code: 'custom', path: ['categories', ci], message: `group ${g.code} in category ${c.code}` });
      for (const i of g.indicators) {
        if (!i.code.startsWith(`${g.code}-`)) ctx.addIssue({ code: 'custom', path: ['categories', ci], message: `indicator ${i.code} in group ${g.code}` });
        if (seen.has(i.code)) ctx.addIssue({ code: 'custom', path: ['categories', ci], message: `indicator ${i.code} twice` });
        seen.add(i.code);
        if (c.kind === 'score' && i.value === undefined) ctx.addIssue({ code: 'custom', path: ['categories', ci], message: `${i.code} needs a value` });
        if (c.kind === 'deduction' && i.allowed?.some((a) => a > 0))
          ctx.addIssue({ code: 'custom', path: ['categories', ci], message: `${i.code} deductions must be negative` });
        sum += (i.value ?? 0) * 2;
      }
    }
    // The heading's maximum (e.g. 合规类指标(60分)) must equal the sum of its indicators.
    if (c.kind === 'score' && (c.max === undefined || c.max * 2 !== sum)) {
      ctx.addIssue({
        code: 'custom',
        path: ['categories', ci, 'max'],
        message: `category ${c.code}: indicators sum to ${sum / 2}, heading says ${String(c.max)}`,
      });
    }
    if (c.kind === 'bonus' && c.cap === undefined) ctx.addIssue({ code: 'custom', path: ['categories', ci], message: 'bonus category needs a cap' });
  });
});

const zBands = z
  .array(z.strictObject({ rating: z.enum(['exemplary', 'compliant', 'basic', 'non-compliant']), zh: z.string(), min: z.number().nullable() }))
  .min(1)
  .refine((b) => b[b.length - 1]!.min === null, 'the last band has no minimum');

type Indicator = z.output<typeof zIndicator>;

function badScore(code: string, score: number, ind: Indicator | undefined, policy: string, known: string[]): PolicyError {
  const field = `input.scores.${code}`;
  if (!ind) {
    return new PolicyError(
      'invalid-input',
      { zh: `${policy} 年评价标准中没有指标 ${code}`, en: `Indicator ${code} is not on the ${policy} scoring sheet` },
      { field, allowed: known },
    );
  }
  if (ind.allowed) {
    const allowed = [0, ...ind.allowed];
    return new PolicyError(
      'invalid-input',
      {
        zh: `指标 ${code}（${ind.text}，分值 ${ind.printed ?? ''}）的得分只能为 ${allowed.join('、')}，收到 ${score}`,
        en: `Indicator ${code} (${ind.printed ?? ''}) takes only ${allowed.join(', ')}; got ${score}`,
      },
      { field, allowed },
    );
  }
  return new PolicyError(
    'invalid-input',
    {
      zh: `指标 ${code}（${ind.text}）的得分应在 0 至分值 ${ind.value} 之间、以 0.5 分为单位，收到 ${score}`,
      en: `Indicator ${code} scores 0 to its value ${ind.value} in steps of 0.5; got ${score}`,
    },
    { field },
  );
}

export const labourRelationsAssessment = defineProgram({
  code: 'labour-relations-assessment',
  title: { zh: '和谐劳动关系指导服务评价', en: 'Labour-relations assessment (enterprise scoring sheet)' },
  input: z.strictObject(
    labelled(
      {
        /** Third-level indicator code → score given (missing codes score 0). */
        scores: z
          .record(z.string().max(20), z.number().min(-LIMITS.score).max(LIMITS.score))
          .refine((m) => Object.keys(m).length <= 500, { message: 'at most 500 indicators', params: { zh: '最多 500 项指标', en: 'at most 500 indicators' } }),
      },
      LABELS,
    ),
  ),
  parameters: {
    sheet: zSheet,
    'rating-bands': zBands,
  },
  outputs: {
    categoryTotals: 'json',
    bonusBeforeCap: 'number',
    total: 'number',
    rating: 'string',
  },
  formula(input, ctx) {
    const sheet = ctx.param('sheet');
    const index = new Map<string, { ind: Indicator; category: CategoryCode }>();
    for (const c of sheet.categories) for (const g of c.groups) for (const i of g.indicators) index.set(i.code, { ind: i, category: c.code });

    const halves: Record<CategoryCode, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
    const scored: { code: string; text: string; value: number | string; score: number }[] = [];
    for (const [code, score] of Object.entries(input.scores)) {
      const hit = index.get(code);
      if (!hit) throw badScore(code, score, undefined, ctx.policy, [...index.keys()]);
      const { ind, category } = hit;
      const ok = !Number.isFinite(score)
        ? false
        : ind.allowed
          ? score === 0 || ind.allowed.includes(score)
          : Number.isInteger(score * 2) && score >= 0 && score <= ind.value!;
      if (!ok) throw badScore(code, score, ind, ctx.policy, []);
      halves[category] += Math.round(score * 2);
      scored.push({ code, text: ind.text, value: ind.value ?? ind.printed ?? ind.allowed!.join('/'), score });
    }
    ctx.value('scores', scored, { zh: '逐项得分（未列出的指标计 0 分）', en: 'Scores by indicator (indicators not listed score 0)' });

    const bonus = sheet.categories[3]!;
    const bonusBeforeCap = ctx.value('bonusBeforeCap', halves['4'] / 2);
    const capHalves = bonus.cap! * 2;
    if (halves['4'] > capHalves) {
      halves['4'] = capHalves;
      ctx.value('bonusCapped', bonus.cap, {
        zh: `加分类指标封顶 ${bonus.cap} 分（加分合计 ${bonusBeforeCap} 分）`,
        en: `The bonus category is capped at ${bonus.cap} (bonus items sum to ${bonusBeforeCap})`,
      });
    }

    const categoryTotals: Record<string, number> = {};
    let totalHalves = 0;
    for (const c of CATEGORY_CODES) {
      categoryTotals[c] = halves[c] / 2;
      totalHalves += halves[c];
    }
    ctx.value('categoryTotals', categoryTotals);
    const total = ctx.value('total', totalHalves / 2);

    const band = ctx.param('rating-bands').find((b) => b.min === null || total >= b.min)!;
    ctx.band('rating', band, {
      zh: `合计 ${total} 分，评价为“${band.zh}”`,
      en: `Total ${total}: rated ${band.rating}`,
    });
    return { categoryTotals, bonusBeforeCap, total, rating: band.rating };
  },
});
