import { z } from 'zod';
import { LIMITS, zCount } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  personDays: label('服务人日', 'Person-days', 'whole person-days of on-site guidance'),
};

export const labourRelationsGuidanceSubsidy = defineProgram({
  code: 'labour-relations-guidance-subsidy',
  title: { zh: '和谐劳动关系指导服务补贴', en: 'Labour-relations guidance subsidy' },
  input: z.strictObject(labelled({ personDays: zCount(LIMITS.persons) }, LABELS)),
  parameters: { 'rate-per-person-day': z.number().int().nonnegative() },
  outputs: { amount: 'money' },
  formula(input, ctx) {
    return { amount: ctx.money('amount', input.personDays * ctx.param('rate-per-person-day')) };
  },
});
