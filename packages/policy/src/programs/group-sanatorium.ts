import { z } from 'zod';
import { defineProgram } from '../core/program.ts';

const CODES_2018 = ['A', 'B', 'E', 'F', 'J', 'K', 'L', 'N', 'O', 'P'] as const;
const CODES_2025 = [
  'renewal-1',
  'renewal-2',
  'renewal-3',
  'renewal-4',
  'group-1',
  'group-2',
  'group-3',
  'group-4',
  'group-5',
  'group-6',
  'group-7',
  'group-8',
  'group-9',
] as const;
const CODES = [...CODES_2018, ...CODES_2025] as const;
type Code = (typeof CODES)[number];

const zFen = z.number().int().nonnegative();
const zPlan = z.strictObject({
  resort: z.string().min(1),
  days: z.number().int().positive(),
  nights: z.number().int().nonnegative(),
  price: zFen,
  citySubsidy: zFen,
});

function inputSchema(codes: readonly Code[]) {
  return z.strictObject({
    /** The plan number as printed in that year's table (2025: renewal-N for 焕新之旅, group-N for 团体疗休养). */
    planCode: z.enum(codes as [Code, ...Code[]]),
    persons: z.number().int().positive(),
  });
}

export const groupSanatorium = defineProgram({
  code: 'group-sanatorium',
  title: { zh: '职工团体疗休养（计划价格与市总补贴）', en: 'Group sanatorium trips (plan prices and city subsidy)' },
  input: inputSchema(CODES),
  inputByPolicy: { '2018': inputSchema(CODES_2018), '2025': inputSchema(CODES_2025) },
  parameters: { plans: z.partialRecord(z.enum(CODES), zPlan) },
  outputs: {
    pricePerPerson: 'money',
    citySubsidyPerPerson: 'money',
    nights: 'number',
    days: 'number',
    resort: 'string',
    remainderPerPerson: 'money',
    totalPrice: 'money',
    totalCitySubsidy: 'money',
    totalRemainder: 'money',
  },
  formula(input, ctx) {
    const plan = ctx.param('plans')[input.planCode];
    if (!plan) throw new Error(`plan ${input.planCode} has no row in ${ctx.policy}`);
    ctx.band('plan', { planCode: input.planCode, ...plan, price: plan.price / 100, citySubsidy: plan.citySubsidy / 100 });
    const remainder = ctx.money('remainderPerPerson', plan.price - plan.citySubsidy, {
      zh: '由区局（产业）工会、基层单位承担的部分',
      en: 'The part borne by the regional union and the employer',
    });
    return {
      pricePerPerson: plan.price,
      citySubsidyPerPerson: plan.citySubsidy,
      nights: plan.nights,
      days: plan.days,
      resort: plan.resort,
      remainderPerPerson: remainder,
      totalPrice: ctx.money('totalPrice', plan.price * input.persons),
      totalCitySubsidy: ctx.money('totalCitySubsidy', plan.citySubsidy * input.persons),
      totalRemainder: ctx.money('totalRemainder', remainder * input.persons),
    };
  },
});
