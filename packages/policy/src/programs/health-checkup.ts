import { z } from 'zod';
import { monthOf } from '../core/dates.ts';
import { fenToYuan } from '../core/money.ts';
import { LIMITS, zDate } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  planCode: label('计划编号', 'Plan code', 'the checkup plan chosen', {
    A: ['计划 A', 'Plan A'],
    B: ['计划 B', 'Plan B'],
    C: ['计划 C', 'Plan C'],
    D: ['计划 D', 'Plan D'],
    E: ['计划 E', 'Plan E'],
    F: ['计划 F', 'Plan F'],
    L1: ['计划 L1', 'Plan L1'],
    L2: ['计划 L2', 'Plan L2'],
    L3: ['计划 L3', 'Plan L3'],
    L4: ['计划 L4', 'Plan L4'],
    L5: ['计划 L5', 'Plan L5'],
    L6: ['计划 L6', 'Plan L6'],
  }),
  persons: label('人数', 'Persons', 'members examined'),
  examDate: label('体检日期', 'Exam date', 'the day of the checkup'),
};

const CODES = ['A', 'B', 'C', 'D', 'E', 'F', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6'] as const;
const zFen = z.number().int().nonnegative();
const zPlan = z.strictObject({
  site: z.enum(['workers-sanatorium', 'mobile-unit']),
  price: zFen,
  citySubsidy: zFen,
  sanatoriumSubsidy: zFen,
  /** Months (1–12) in which the plan runs; absent = all year. */
  months: z.array(z.number().int().min(1).max(12)).min(1).optional(),
});

export const healthCheckup = defineProgram({
  code: 'health-checkup',
  title: { zh: '职工健康体检（计划价格与补贴）', en: 'Workers’ health checkups (plan prices and subsidies)' },
  input: z.strictObject(
    labelled(
      {
        planCode: z.enum(CODES),
        persons: z.number().int().positive().max(LIMITS.persons),
        examDate: zDate(),
      },
      LABELS,
    ),
  ),
  parameters: { plans: z.record(z.enum(CODES), zPlan) },
  outputs: {
    pricePerPerson: 'money',
    citySubsidyPerPerson: 'money',
    sanatoriumSubsidyPerPerson: 'money',
    payablePerPerson: 'money',
    totalPrice: 'money',
    totalCitySubsidy: 'money',
    totalSanatoriumSubsidy: 'money',
    totalPayable: 'money',
  },
  policyDate: {
    field: 'input.examDate',
    describe: { zh: '按体检日期（examDate）选择当年度的计划表', en: 'The exam date (examDate) selects the year’s plan table' },
    of: (input) => input.examDate,
  },
  formula(input, ctx) {
    const plan = ctx.param('plans')[input.planCode];
    ctx.band('plan', {
      planCode: input.planCode,
      site: plan.site,
      price: fenToYuan(plan.price),
      citySubsidy: fenToYuan(plan.citySubsidy),
      sanatoriumSubsidy: fenToYuan(plan.sanatoriumSubsidy),
      ...(plan.months && { months: plan.months }),
    });
    if (plan.months) {
      const m = monthOf(input.examDate);
      const offered = ctx.check('plan-not-offered-on-date', plan.months.includes(m), {
        zh: `体检计划 ${input.planCode} 仅在 ${plan.months.join('、')} 月开展，${input.examDate} 不在其中`,
        en: `Plan ${input.planCode} runs only in month(s) ${plan.months.join(', ')}; ${input.examDate} is outside them`,
      });
      if (!offered) {
        return {
          pricePerPerson: null,
          citySubsidyPerPerson: null,
          sanatoriumSubsidyPerPerson: null,
          payablePerPerson: null,
          totalPrice: null,
          totalCitySubsidy: null,
          totalSanatoriumSubsidy: null,
          totalPayable: null,
        };
      }
    }
    const payable = ctx.money('payablePerPerson', plan.price - plan.citySubsidy - plan.sanatoriumSubsidy, {
      zh: '价格 − 市总补贴 − 工疗补贴（基层单位实付）',
      en: 'Price − city subsidy − sanatorium subsidy (paid by the employer)',
    });
    const n = input.persons;
    return {
      pricePerPerson: plan.price,
      citySubsidyPerPerson: plan.citySubsidy,
      sanatoriumSubsidyPerPerson: plan.sanatoriumSubsidy,
      payablePerPerson: payable,
      totalPrice: ctx.money('totalPrice', plan.price * n),
      totalCitySubsidy: ctx.money('totalCitySubsidy', plan.citySubsidy * n),
      totalSanatoriumSubsidy: ctx.money('totalSanatoriumSubsidy', plan.sanatoriumSubsidy * n),
      totalPayable: ctx.money('totalPayable', payable * n),
    };
  },
});
