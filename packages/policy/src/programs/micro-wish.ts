import { z } from 'zod';
import { LIMITS, zMoney } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  value: label('心愿价值', 'Wish value', 'the value of the wish (yuan)'),
  caseByCaseApproved: label('已经一事一议审批', 'Approved case by case', 'needed for a wish above the limit'),
};

export const microWish = defineProgram({
  code: 'micro-wish',
  title: { zh: '困难职工“微心愿”', en: 'Micro-wishes of workers in hardship' },
  input: z.strictObject(labelled({ value: zMoney(LIMITS.amountYuan), caseByCaseApproved: z.boolean() }, LABELS)),
  parameters: { 'value-limit': z.number().int().nonnegative() },
  outputs: { valueLimit: 'money', withinLimit: 'boolean' },
  formula(input, ctx) {
    const limit = ctx.param('value-limit');
    const withinLimit = ctx.value('withinLimit', input.value <= limit);
    ctx.check('over-value-limit', withinLimit || input.caseByCaseApproved, {
      zh: `心愿价值 ${input.value / 100} 元超过 ${limit / 100} 元，且未经一事一议批准`,
      en: `The wish is worth ${input.value / 100}, above ${limit / 100}, and was not approved case by case`,
    });
    return { valueLimit: limit, withinLimit };
  },
});
