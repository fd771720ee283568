import { z } from 'zod';
import { LIMITS, zCount } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  screened: label('筛查人数', 'Screened', 'women actually screened'),
};

export const twoDiseaseScreening = defineProgram({
  code: 'two-disease-screening',
  title: { zh: '女职工移动“两病”筛查补贴', en: 'Two-disease screening subsidy' },
  input: z.strictObject(labelled({ screened: zCount(LIMITS.persons) }, LABELS)),
  parameters: { 'rate-per-person': z.number().int().nonnegative() },
  outputs: { amount: 'money' },
  formula(input, ctx) {
    return { amount: ctx.money('amount', input.screened * ctx.param('rate-per-person')) };
  },
});
