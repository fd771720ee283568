import { z } from 'zod';
import { PolicyError } from '../core/errors.ts';
import { addIssue, LIMITS, requireWhen } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  kind: label('司机之家类型', 'Kind', 'micro or comprehensive driver home', { micro: ['微型', 'Micro'], comprehensive: ['综合型', 'Comprehensive'] }),
  facilities: label('“6+X”配置', 'Facilities', 'the “6+X” items in place', {
    'air-conditioner': ['空调', 'Air conditioner'],
    fridge: ['冰箱', 'Fridge'],
    microwave: ['微波炉', 'Microwave'],
    'water-dispenser': ['饮水机或茶桶', 'Water dispenser or tea urn'],
    'charging-strip': ['充电排插', 'Charging strip'],
    'tables-chairs': ['桌椅', 'Tables and chairs'],
  }),
  freeParkingMinutes: label('免费停车时长（分钟）', 'Free parking (minutes)', 'minutes of free parking for drivers'),
  freeParkingSpaces: label('免费停车位数', 'Free parking spaces', 'spaces reserved for drivers'),
  evChargers: label('汽车充电桩数', 'EV chargers', 'electric-vehicle chargers on site'),
  toilet: label('厕所', 'Toilet', 'on site, an adjacent public toilet, or none', {
    'on-site': ['自有厕所', 'On site'],
    'adjacent-public': ['毗邻公共厕所', 'Adjacent public toilet'],
    none: ['无', 'None'],
  }),
  signage: label('标识标牌', 'Signage', 'signs to the home and the toilet'),
  restArea: label('休息区', 'Rest area', 'comprehensive: a rest area'),
  services: label('休息区服务', 'Services', 'comprehensive: services of the rest area', {
    'join-union': ['扫码入会', 'Join the union by scanning a code'],
    policy: ['政策宣传', 'Policy information'],
    'legal-aid': ['法律援助指引', 'Legal-aid guidance'],
    'repair-tools': ['小维修工具', 'Small repair tools'],
  }),
};

const KINDS = ['micro', 'comprehensive'] as const;
const FACILITIES = ['air-conditioner', 'fridge', 'microwave', 'water-dispenser', 'charging-strip', 'tables-chairs'] as const;
const TOILETS = ['on-site', 'adjacent-public', 'none'] as const;
const SERVICES = ['join-union', 'policy', 'legal-aid', 'repair-tools'] as const;

const zFen = z.number().int().nonnegative();
const zLabel = { code: z.string().regex(/^[a-z0-9-]+$/), zh: z.string().min(1), en: z.string().min(1) };
const zCriterion = z.discriminatedUnion('check', [
  z.strictObject({ ...zLabel, check: z.literal('facility'), facility: z.enum(FACILITIES) }),
  z.strictObject({ ...zLabel, check: z.literal('min-parking-minutes'), min: z.number().int().positive() }),
  z.strictObject({ ...zLabel, check: z.literal('min-parking-spaces'), min: z.number().int().positive() }),
  z.strictObject({ ...zLabel, check: z.literal('min-ev-chargers'), min: z.number().int().positive() }),
  z.strictObject({ ...zLabel, check: z.literal('toilet'), allowed: z.array(z.enum(TOILETS)).min(1) }),
  z.strictObject({ ...zLabel, check: z.literal('signage') }),
  z.strictObject({ ...zLabel, check: z.literal('rest-area') }),
  z.strictObject({ ...zLabel, check: z.literal('service'), service: z.enum(SERVICES) }),
]);
type Criterion = z.output<typeof zCriterion>;

/** A list of distinct values from a fixed set. */
function zSubset<T extends string>(values: readonly [T, ...T[]]) {
  return z.array(z.enum(values)).superRefine((list, ctx) => {
    const dup = list.find((v, i) => list.indexOf(v) !== i);
    if (dup !== undefined) addIssue(ctx, [], { zh: `重复的取值 ${dup}`, en: `${dup} is listed twice` });
  });
}

const zInput = z
  .strictObject(
    labelled(
      {
        kind: z.enum(KINDS),
        facilities: zSubset(FACILITIES),
        /** Minutes of free temporary parking (micro). */
        freeParkingMinutes: z.number().int().nonnegative().max(LIMITS.parkingMinutes).optional(),
        /** Free parking spaces (comprehensive). */
        freeParkingSpaces: z.number().int().nonnegative().max(LIMITS.places).optional(),
        evChargers: z.number().int().nonnegative().max(LIMITS.places).optional(),
        toilet: z.enum(TOILETS),
        /** Clear signs to the toilet. */
        signage: z.boolean(),
        restArea: z.boolean().optional(),
        services: zSubset(SERVICES).optional(),
      },
      LABELS,
    ),
  )
  .superRefine((v, ctx) => {
    if (v.kind === 'micro') {
      requireWhen(ctx, v.freeParkingMinutes, 'freeParkingMinutes', { zh: '微型工会司机之家', en: 'kind is micro' });
    } else {
      const why = { zh: '综合型工会司机之家', en: 'kind is comprehensive' };
      requireWhen(ctx, v.freeParkingSpaces, 'freeParkingSpaces', why);
      requireWhen(ctx, v.evChargers, 'evChargers', why);
      requireWhen(ctx, v.restArea, 'restArea', why);
      requireWhen(ctx, v.services, 'services', why);
    }
  });
type Input = z.output<typeof zInput>;

function needs<T>(value: T | undefined, field: string, c: Criterion): T {
  if (value === undefined) {
    throw new PolicyError(
      'invalid-input',
      { zh: `缺少字段 input.${field}（标准“${c.zh}”需要）`, en: `Missing field input.${field} (needed by criterion ${c.code})` },
      { field: `input.${field}` },
    );
  }
  return value;
}

function met(c: Criterion, input: Input): boolean {
  switch (c.check) {
    case 'facility':
      return input.facilities.includes(c.facility);
    case 'min-parking-minutes':
      return needs(input.freeParkingMinutes, 'freeParkingMinutes', c) >= c.min;
    case 'min-parking-spaces':
      return needs(input.freeParkingSpaces, 'freeParkingSpaces', c) >= c.min;
    case 'min-ev-chargers':
      return needs(input.evChargers, 'evChargers', c) >= c.min;
    case 'toilet':
      return c.allowed.includes(input.toilet);
    case 'signage':
      return input.signage;
    case 'rest-area':
      return needs(input.restArea, 'restArea', c);
    case 'service':
      return needs(input.services, 'services', c).includes(c.service);
  }
}

export const driverHomeGrant = defineProgram({
  code: 'driver-home-grant',
  title: { zh: '工会司机之家经费补助', en: 'Union driver home grant' },
  input: zInput,
  parameters: {
    grant: z.strictObject({ micro: zFen, comprehensive: zFen }),
    criteria: z.strictObject({ micro: z.array(zCriterion).min(1), comprehensive: z.array(zCriterion).min(1) }),
  },
  outputs: { amount: 'money', missing: 'json' },
  formula(input, ctx) {
    const criteria = ctx.param('criteria')[input.kind];
    const missing = criteria.filter((c) => !met(c, input)).map((c) => ({ code: c.code, zh: c.zh, en: c.en }));
    ctx.value('missing', missing);
    ctx.check('criteria-not-met', missing.length === 0, {
      zh: `未达到${input.kind === 'micro' ? '微型' : '综合型'}工会司机之家创建标准：${missing.map((m) => m.zh).join('；')}`,
      en: `Criteria of a ${input.kind} driver home not met: ${missing.map((m) => m.code).join(', ')}`,
    });
    const amount = ctx.eligible ? ctx.money('amount', ctx.param('grant')[input.kind]) : 0;
    return { amount, missing };
  },
});
