import { z } from 'zod';
import { zCount } from '../core/input.ts';
import { defineProgram } from '../core/program.ts';

export const twoDiseaseScreening = defineProgram({
  code: 'two-disease-screening',
  title: { zh: '女职工移动“两病”筛查补贴', en: 'Two-disease screening subsidy' },
  input: z.strictObject({ screened: zCount() }),
  parameters: { 'rate-per-person': z.number().int().nonnegative() },
  outputs: { amount: 'money' },
  formula(input, ctx) {
    return { amount: ctx.money('amount', input.screened * ctx.param('rate-per-person')) };
  },
});
