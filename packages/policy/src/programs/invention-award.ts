import { z } from 'zod';
import { isIsoDate } from '../core/dates.ts';
import { addIssue, zDate } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  isMember: label('工会会员', 'Union member', 'a union member on the application day'),
  firstInventor: label('本人为第一发明人', 'I am the first inventor', 'the applicant is the patent’s first inventor'),
  frontline: label('一线职工', 'Frontline worker', 'works on the front line'),
  dedicatedRnD: label('专职从事专利开发或研发工作', 'Full-time on patents or R&D', 'such workers are not awarded'),
  patentType: label('专利类型', 'Patent type', 'only invention patents are awarded', {
    invention: ['发明专利', 'Invention'],
    'utility-model': ['实用新型', 'Utility model'],
    design: ['外观设计', 'Design'],
  }),
  grantedOn: label('授权公告日', 'Granted on', 'the day the patent was granted'),
  invalidated: label('专利已被宣告无效', 'The patent was declared invalid', 'an invalidated patent is not awarded'),
};

const PATENT_TYPES = ['invention', 'utility-model', 'design'] as const;
const zWindow = z.strictObject({ batch: z.number().int().positive(), from: z.string().refine(isIsoDate), to: z.string().refine(isIsoDate) });

export const inventionAward = defineProgram({
  code: 'invention-award',
  title: { zh: '一线职工岗位创新激励（授权发明专利奖励）', en: 'Frontline workers’ invention award' },
  input: z
    .strictObject(
      labelled(
        {
          isMember: z.boolean(),
          firstInventor: z.boolean(),
          frontline: z.boolean(),
          /** Works full time on patent development or R&D (excluded). */
          dedicatedRnD: z.boolean(),
          patentType: z.enum(PATENT_TYPES),
          /** The day the patent certificate was issued (授权/证书颁发日). */
          grantedOn: zDate(),
          invalidated: z.boolean(),
          appliedOn: zDate(),
        },
        LABELS,
      ),
    )
    .superRefine((v, ctx) => {
      if (v.grantedOn > v.appliedOn) {
        addIssue(ctx, ['grantedOn'], { zh: '证书颁发日期晚于申请日期', en: 'the certificate is dated after the application' });
      }
    }),
  parameters: {
    amount: z.number().int().nonnegative(),
    'patent-types': z.array(z.enum(PATENT_TYPES)).min(1),
    'granted-from': z.string().refine(isIsoDate),
    'application-windows': z.array(zWindow).min(1),
  },
  outputs: { amount: 'money', batch: 'number' },
  policyDate: {
    field: 'input.appliedOn',
    describe: { zh: '按申请日期（appliedOn）选择当年度的政策版本', en: 'The application date (appliedOn) selects the year’s version' },
    of: (input) => input.appliedOn,
  },
  formula(input, ctx) {
    ctx.check('not-a-member', input.isMember);
    ctx.check('not-first-inventor', input.firstInventor);
    ctx.check('not-frontline', input.frontline);
    ctx.check('dedicated-rnd-staff', !input.dedicatedRnD);
    const types = ctx.param('patent-types');
    ctx.check('patent-type-not-covered', types.includes(input.patentType), {
      zh: `仅奖励授权发明专利，${input.patentType} 不在其列`,
      en: `Only granted invention patents are awarded, not ${input.patentType}`,
    });
    const from = ctx.param('granted-from');
    ctx.check('certificate-too-old', input.grantedOn >= from, {
      zh: `专利证书颁发日应为 ${from} 以后，实际 ${input.grantedOn}`,
      en: `The patent certificate must be issued on or after ${from}; it was issued on ${input.grantedOn}`,
    });
    ctx.check('patent-invalidated', !input.invalidated);

    const windows = ctx.param('application-windows');
    const w = windows.find((x) => input.appliedOn >= x.from && input.appliedOn <= x.to);
    let batch: number | null = null;
    if (
      ctx.check('outside-application-window', w !== undefined, {
        zh: `受理时间为 ${windows.map((x) => `${x.from}–${x.to}`).join('、')}，${input.appliedOn} 不在其中`,
        en: `Applications are accepted ${windows.map((x) => `${x.from} to ${x.to}`).join(' and ')}; ${input.appliedOn} is outside them`,
      })
    ) {
      batch = ctx.value('batch', w!.batch);
    }
    const amount = ctx.eligible ? ctx.money('amount', ctx.param('amount')) : 0;
    return { amount, batch };
  },
});
