import { z } from 'zod';
import { LIMITS } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  planCode: label('计划编号', 'Plan code', 'the sanatorium plan (附件 of the year)', {
    A: ['A 沙家浜 2天1晚', 'A Shajiabang 2 days 1 night'],
    B: ['B 沙家浜 3天2晚', 'B Shajiabang 3 days 2 nights'],
    E: ['E 西山 2天1晚', 'E Xishan 2 days 1 night'],
    F: ['F 西山 3天2晚', 'F Xishan 3 days 2 nights'],
    J: ['J 黄山 4天3晚', 'J Huangshan 4 days 3 nights'],
    K: ['K 黄山 5天4晚', 'K Huangshan 5 days 4 nights'],
    L: ['L 屏风山 3天2晚', 'L Pingfengshan 3 days 2 nights'],
    N: ['N 扬州 3天2晚', 'N Yangzhou 3 days 2 nights'],
    O: ['O 庐山 4天3晚', 'O Lushan 4 days 3 nights'],
    P: ['P 宁波 3天2晚', 'P Ningbo 3 days 2 nights'],
    'renewal-1': ['附件2-9-1 第1行 沙家浜 3天2晚', '2-9-1 row 1 Shajiabang 3 days 2 nights'],
    'renewal-2': ['附件2-9-1 第2行 西山 3天2晚', '2-9-1 row 2 Xishan 3 days 2 nights'],
    'renewal-3': ['附件2-9-1 第3行 黄山 3天2晚', '2-9-1 row 3 Huangshan 3 days 2 nights'],
    'renewal-4': ['附件2-9-1 第4行 屏风山 2天1晚', '2-9-1 row 4 Pingfengshan 2 days 1 night'],
    'group-1': ['附件2-9-2 第1行 沙家浜 2天1晚', '2-9-2 row 1 Shajiabang 2 days 1 night'],
    'group-2': ['附件2-9-2 第2行 沙家浜 3天2晚', '2-9-2 row 2 Shajiabang 3 days 2 nights'],
    'group-3': ['附件2-9-2 第3行 西山 2天1晚', '2-9-2 row 3 Xishan 2 days 1 night'],
    'group-4': ['附件2-9-2 第4行 西山 3天2晚', '2-9-2 row 4 Xishan 3 days 2 nights'],
    'group-5': ['附件2-9-2 第5行 黄山 3天2晚', '2-9-2 row 5 Huangshan 3 days 2 nights'],
    'group-6': ['附件2-9-2 第6行 黄山 4天3晚', '2-9-2 row 6 Huangshan 4 days 3 nights'],
    'group-7': ['附件2-9-2 第7行 黄山 5天4晚', '2-9-2 row 7 Huangshan 5 days 4 nights'],
    'group-8': ['附件2-9-2 第8行 屏风山 3天2晚', '2-9-2 row 8 Pingfengshan 3 days 2 nights'],
    'group-9': ['附件2-9-2 第9行 屏风山 4天3晚', '2-9-2 row 9 Pingfengshan 4 days 3 nights'],
  }),
  persons: label('人数', 'Persons', 'members on the trip'),
};

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
  return z.strictObject(
    labelled(
      {
        /** The plan number as printed in that year's table (2025: renewal-N for 焕新之旅, group-N for 团体疗休养). */
        planCode: z.enum(codes as [Code, ...Code[]]),
        persons: z.number().int().positive().max(LIMITS.persons),
      },
      LABELS,
    ),
  );
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
