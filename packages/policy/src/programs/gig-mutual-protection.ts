import { z } from 'zod';
import { addMonths, firstOfNextMonth, monthOf, yearOf } from '../core/dates.ts';
import { zDate } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  enrolledOn: label('参保日期', 'Enrolled on', 'the day the worker enrolled'),
  age: label('年龄', 'Age', 'completed years on the enrollment day'),
};

const zFen = z.number().int().nonnegative();
const zMonthDay = z.string().regex(/^\d{2}-\d{2}$/);

export const gigMutualProtection = defineProgram({
  code: 'gig-mutual-protection',
  title: { zh: '新就业形态劳动者互助保障计划（参保）', en: 'Gig workers’ mutual protection (enrollment)' },
  input: z.strictObject(
    labelled(
      {
        enrolledOn: zDate(),
        age: z.number().int().min(0).max(150),
      },
      LABELS,
    ),
  ),
  parameters: {
    'age-limit': z.number().int().positive(),
    'centralized-month': z.number().int().min(1).max(12),
    'coverage-year': z.strictObject({ start: zMonthDay, end: zMonthDay }),
    premium: z.strictObject({ 'full-year': zFen, 'half-year': zFen }),
    'full-year-months': z.array(z.number().int().min(1).max(12)),
    'waiting-days': z.strictObject({ hospital: z.number().int(), criticalIllness: z.number().int(), diseaseDeath: z.number().int() }),
  },
  outputs: {
    premium: 'money',
    enrollmentMode: 'string',
    coverageStart: 'date',
    coverageEnd: 'date',
    waitingDays: 'json',
  },
  policyDate: {
    field: 'input.enrolledOn',
    describe: { zh: '按参保日期（enrolledOn）选择参保年度的政策版本', en: 'The enrollment day (enrolledOn) selects the plan year' },
    of: (input) => input.enrolledOn,
  },
  formula(input, ctx) {
    const limit = ctx.param('age-limit');
    ctx.check('age-limit', input.age < limit, {
      zh: `参保人员须未满 ${limit} 周岁（${input.age} 岁）`,
      en: `Enrollees must be under ${limit} (age ${input.age})`,
    });

    const month = monthOf(input.enrolledOn);
    const centralized = month === ctx.param('centralized-month');
    const enrollmentMode = ctx.value('enrollmentMode', centralized ? 'centralized' : 'instant');
    const cy = ctx.param('coverage-year');
    const coverageStart = centralized ? `${yearOf(input.enrolledOn)}-${cy.start}` : firstOfNextMonth(input.enrolledOn);
    // The cover ends on the first 31 March after it starts.
    const endSameYear = `${yearOf(coverageStart)}-${cy.end}`;
    const coverageEnd = endSameYear >= coverageStart ? endSameYear : addMonths(endSameYear, 12);

    const term = ctx.value('term', ctx.param('full-year-months').includes(month) ? 'full-year' : 'half-year');
    const premium = ctx.param('premium')[term];
    const w = ctx.param('waiting-days');
    const waitingDays = centralized ? { hospital: 0, criticalIllness: 0, diseaseDeath: 0 } : { ...w };
    return { premium, enrollmentMode, coverageStart, coverageEnd, waitingDays };
  },
});
