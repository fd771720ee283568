import { z } from 'zod';
import { zCount } from '../core/input.ts';
import { defineProgram } from '../core/program.ts';

export const labourRelationsGuidanceSubsidy = defineProgram({
  code: 'labour-relations-guidance-subsidy',
  title: { zh: '和谐劳动关系指导服务补贴', en: 'Labour-relations guidance subsidy' },
  input: z.strictObject({ personDays: zCount() }),
  parameters: { 'rate-per-person-day': z.number().int().nonnegative() },
  outputs: { amount: 'money' },
  formula(input, ctx) {
    return { amount: ctx.money('amount', input.personDays * ctx.param('rate-per-person-day')) };
  },
});
