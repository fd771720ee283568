import { z } from 'zod';
import { PolicyError } from '../core/errors.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

// The creation standard of a workplace health point, checked on site: Jiading's 四固三定 (002, 2021)
// and the city's 两固三定 (001 二、创建标准, 2022). Each item of the standard is a criterion with a
// check on what the inspector found; the point is qualified when none is missing. No money: 002
// states no grant (the 2022 city grant is health-point-grant, whose `qualified` input this answers).

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  fixedSite: label('固定场所', 'Fixed site', 'a private, separate area in a park, building or shopping district'),
  fixedStaff: label('固定人员', 'Fixed staff', 'a general practitioner (team) assigned under an agreement with the community health centre'),
  healthCentreAgreement: label(
    '固定社区卫生服务中心',
    'Fixed health centre',
    'an agreement signed with the community health centre or another medical institution',
  ),
  noticePosted: label('服务公告', 'Service notice posted', 'hours, services, doctor on duty and manager posted on the wall'),
  byAppointment: label('预约问诊', 'By appointment', 'consultations are booked by appointment'),
  consultationHalfDaysPerWeek: label('每周问诊（咨询）半天数', 'Consultation half-days a week', 'half-days of consultation each week'),
  visitsPerMonth: label('每月巡诊（访视）次数', 'Visits a month', 'half-day visits to enterprises each month'),
  lecturesPerYear: label('全年讲座次数', 'Lectures a year', 'health lectures in the year'),
  noticeLeadDays: label('提前公示天数', 'Days notice', 'days ahead that visits and lectures are posted'),
};

const FLAGS = ['fixedSite', 'fixedStaff', 'healthCentreAgreement', 'noticePosted', 'byAppointment'] as const;
const COUNTS = ['consultationHalfDaysPerWeek', 'visitsPerMonth', 'lecturesPerYear', 'noticeLeadDays'] as const;
type Flag = (typeof FLAGS)[number];
type Count = (typeof COUNTS)[number];

const zLabel = { code: z.string().regex(/^[a-z0-9-]+$/), zh: z.string().min(1), en: z.string().min(1) };
const zCriterion = z.discriminatedUnion('check', [
  z.strictObject({ ...zLabel, check: z.literal('flag'), field: z.enum(FLAGS) }),
  z.strictObject({ ...zLabel, check: z.literal('at-least'), field: z.enum(COUNTS), min: z.number().int().positive() }),
]);
type Criterion = z.output<typeof zCriterion>;

const count = (max: number) => z.number().int().nonnegative().max(max).optional();
const zInput = z.strictObject(
  labelled(
    {
      fixedSite: z.boolean().optional(),
      fixedStaff: z.boolean().optional(),
      healthCentreAgreement: z.boolean().optional(),
      noticePosted: z.boolean().optional(),
      byAppointment: z.boolean().optional(),
      consultationHalfDaysPerWeek: count(14),
      visitsPerMonth: count(31),
      lecturesPerYear: count(366),
      noticeLeadDays: count(366),
    },
    LABELS,
  ),
);
type Input = z.output<typeof zInput>;

function met(c: Criterion, input: Input): boolean {
  const v = input[c.field as Flag | Count];
  if (v === undefined)
    throw new PolicyError(
      'invalid-input',
      { zh: `缺少字段 input.${c.field}（标准“${c.zh}”需要）`, en: `Missing field input.${c.field} (needed by criterion ${c.code})` },
      { field: `input.${c.field}` },
    );
  return c.check === 'flag' ? v === true : (v as number) >= c.min;
}

export const healthPointStandard = defineProgram({
  code: 'health-point-standard',
  title: { zh: '职工健康服务点创建标准', en: 'Workplace health point standard' },
  input: zInput,
  parameters: { criteria: z.array(zCriterion).min(1) },
  outputs: { qualified: 'boolean', missing: 'json' },
  formula(input, ctx) {
    const missing = ctx
      .param('criteria')
      .filter((c) => !met(c, input))
      .map((c) => ({ code: c.code, zh: c.zh, en: c.en }));
    ctx.value('missing', missing);
    ctx.check('criteria-not-met', missing.length === 0, {
      zh: `未达到健康服务点创建标准：${missing.map((m) => m.zh).join('；')}`,
      en: `Health point standard not met: ${missing.map((m) => m.code).join(', ')}`,
    });
    return { qualified: missing.length === 0, missing };
  },
});
