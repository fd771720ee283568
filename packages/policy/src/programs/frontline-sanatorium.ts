import { z } from 'zod';
import { isIsoDate } from '../core/dates.ts';
import { addIssue, LIMITS, zDate, zMoney } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  days: label('天数', 'Days', 'days of the trip'),
  nights: label('晚数', 'Nights', 'nights of the trip'),
  costPerPerson: label('人均费用', 'Cost per person', 'the trip’s cost per person (yuan)'),
  subsidisedThisYear: label('本年度已享受补贴', 'Subsidised this year', 'the worker already had this subsidy this year'),
  finishedOn: label('结束日期', 'Finished on', 'the trip’s last day'),
};

export const frontlineSanatorium = defineProgram({
  code: 'frontline-sanatorium',
  title: { zh: '抗疫一线职工疗休养', en: 'Sanatorium trips for anti-epidemic frontline workers' },
  input: z
    .strictObject(
      labelled(
        {
          days: z.number().int().positive().max(LIMITS.days),
          nights: z.number().int().nonnegative().max(LIMITS.days),
          /** The trip's cost per person (yuan). */
          costPerPerson: zMoney(LIMITS.priceYuan),
          /** Already had a federation sanatorium subsidy this year. */
          subsidisedThisYear: z.boolean(),
          /** The last day of the trip. */
          finishedOn: zDate(),
        },
        LABELS,
      ),
    )
    .superRefine((v, ctx) => {
      if (v.nights > v.days) addIssue(ctx, ['nights'], { zh: '夜数不能多于天数', en: 'more nights than days' });
    }),
  parameters: {
    'subsidy-per-person': z.number().int().nonnegative(),
    'max-days': z.number().int().positive(),
    'max-nights': z.number().int().positive(),
    'cost-limit': z.number().int().positive(),
    'finish-by': z.string().refine(isIsoDate),
  },
  outputs: { citySubsidyPerPerson: 'money', remainderPerPerson: 'money' },
  policyDate: {
    field: 'input.finishedOn',
    describe: { zh: '按疗休养结束日期（finishedOn）选择当年度的政策版本', en: 'The day the trip ended (finishedOn) selects the year’s version' },
    of: (input) => input.finishedOn,
  },
  formula(input, ctx) {
    const maxDays = ctx.param('max-days');
    const maxNights = ctx.param('max-nights');
    ctx.check('over-duration', input.days <= maxDays && input.nights <= maxNights, {
      zh: `疗休养时间不超过 ${maxDays} 天 ${maxNights} 晚，实际 ${input.days} 天 ${input.nights} 晚`,
      en: `A trip is at most ${maxDays} days and ${maxNights} nights; this one is ${input.days} days and ${input.nights} nights`,
    });
    const limit = ctx.param('cost-limit');
    ctx.check('over-cost-limit', input.costPerPerson <= limit, {
      zh: `费用标准不超过 ${limit / 100} 元/人/次，实际 ${input.costPerPerson / 100} 元`,
      en: `The cost may be at most ${limit / 100} per person; it is ${input.costPerPerson / 100}`,
    });
    ctx.check('already-subsidised-this-year', !input.subsidisedThisYear);
    const by = ctx.param('finish-by');
    ctx.check('outside-application-window', input.finishedOn <= by, {
      zh: `须于 ${by} 前完成疗休养，实际结束于 ${input.finishedOn}`,
      en: `Trips must be finished by ${by}; this one ended on ${input.finishedOn}`,
    });
    const subsidy = ctx.eligible
      ? ctx.cap('citySubsidyPerPerson', ctx.param('subsidy-per-person'), input.costPerPerson, {
          zh: '定额补贴不超过实际费用',
          en: 'The fixed subsidy never exceeds the actual cost',
        })
      : 0;
    return { citySubsidyPerPerson: subsidy, remainderPerPerson: ctx.money('remainderPerPerson', input.costPerPerson - subsidy) };
  },
});
