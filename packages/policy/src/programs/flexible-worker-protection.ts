import { z } from 'zod';
import { addDays, yearOf } from '../core/dates.ts';
import { zDate } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

// 灵活就业会员专享保障 C/D 类: the cover the federation gives flexible workers who join the union
// (002 “为灵活就业从业人员提供‘五送’等关心关爱服务” 一、二; 001 项目7 “百万会员扫码共享普惠服务” 一(一)1).
// - Who: flexible workers in the listed trades (快递物流、网约送餐 … 网络平台灵活用工), under 60, who joined
//   voluntarily (002 一 1–2). The registry's 灵活就业人员 category stands for the trades.
// - D: a member who paid the 120-yuan yearly dues in one go gets D-class cover and the other four
//   deliveries from the street/park/industry union (002 二(一)); every other flexible-worker member gets
//   C-class cover (002 二(二); 001 项目7: 扫码入会 … 即可享最高保障金为2万元的C类保障).
// - The member pays nothing for it (市总工会统一…赠送).
// Reading (the 2021 clause 《灵活就业会员专享保障条款（2021版）》 is not in the seeds): cover runs from the day
// after enrollment to the end of that calendar year — the dues are yearly dues, and 003 一(二) starts a new
// card's cover on the next day. D-class amounts are in that clause and not here (maxBenefit null).

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  enrolledOn: label('登记日期', 'Enrolled on', 'the day the union records the cover'),
  age: label('年龄', 'Age', 'completed years on the enrollment day'),
  flexibleWorker: label(
    '灵活就业从业人员',
    'Flexible worker',
    'works in one of the listed trades (快递物流、网约送餐 … 网络平台灵活用工): the registry’s 灵活就业人员 category',
  ),
  duesPaidYuan: label('一次性缴纳年度会费（元）', 'Yearly dues paid in one go (yuan)', 'the dues the member paid at once for the year; 0 when none'),
};

const zMonthDay = z.string().regex(/^\d{2}-\d{2}$/);

export const flexibleWorkerProtection = defineProgram({
  code: 'flexible-worker-protection',
  title: { zh: '灵活就业会员专享保障（C/D类）', en: 'Flexible workers’ member protection (C/D)' },
  input: z.strictObject(
    labelled(
      {
        enrolledOn: zDate(),
        age: z.number().int().min(0).max(150),
        flexibleWorker: z.boolean(),
        duesPaidYuan: z.number().nonnegative().max(100_000).optional(),
      },
      LABELS,
    ),
  ),
  parameters: {
    'age-limit': z.number().int().positive(),
    'd-class-dues': z.number().int().nonnegative(),
    'max-benefit': z.strictObject({ C: z.number().int().nonnegative().nullable(), D: z.number().int().nonnegative().nullable() }),
    deliveries: z.array(z.strictObject({ kind: z.string(), required: z.boolean(), due: zMonthDay.nullable(), lastDay: zMonthDay.nullable() })),
  },
  outputs: {
    plan: 'string',
    coverageStart: 'date',
    coverageEnd: 'date',
    memberPays: 'money',
    maxBenefit: 'money',
    deliveries: 'json',
  },
  policyDate: {
    field: 'input.enrolledOn',
    describe: { zh: '按登记日期（enrolledOn）选择年度政策', en: 'The enrollment day (enrolledOn) selects the year’s policy' },
    of: (input) => input.enrolledOn,
  },
  formula(input, ctx) {
    ctx.check('not-flexible-worker', input.flexibleWorker, {
      zh: '仅限快递物流、网约送餐等灵活就业从业人员（登记类别“灵活就业人员”）',
      en: 'Only flexible workers in the listed trades (registry category “flexible worker”)',
    });
    const limit = ctx.param('age-limit');
    ctx.check('age-limit', input.age < limit, {
      zh: `须未满 ${limit} 周岁（${input.age} 岁）`,
      en: `Must be under ${limit} (age ${input.age})`,
    });
    const dues = ctx.param('d-class-dues'); // fen (the file's yuan, converted on load)
    const paidFen = Math.round((input.duesPaidYuan ?? 0) * 100);
    const plan = ctx.value('plan', paidFen >= dues ? 'D' : 'C');
    const year = yearOf(input.enrolledOn);
    const coverageStart = addDays(input.enrolledOn, 1);
    const coverageEnd = `${year}-12-31`;
    ctx.check('year-end', coverageStart <= coverageEnd, {
      zh: `${year} 年的保障须在 12 月 31 日前登记（次日起保）`,
      en: `Cover for ${year} must be recorded before 31 December (it starts the next day)`,
    });
    const max = ctx.param('max-benefit')[plan as 'C' | 'D'];
    const deliveries =
      plan === 'D'
        ? ctx
            .param('deliveries')
            .map((d) => ({ kind: d.kind, required: d.required, due: d.due ? `${year}-${d.due}` : null, lastDay: d.lastDay ? `${year}-${d.lastDay}` : null }))
        : [];
    return { plan, coverageStart, coverageEnd, memberPays: 0, maxBenefit: max, deliveries };
  },
});
