import { z } from 'zod';
import { isIsoDate } from '../core/dates.ts';
import { LIMITS, requireWhen, zDate } from '../core/input.ts';
import { fenToYuan } from '../core/money.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  type: label('托班类型', 'Type', 'kind of childcare studio', {
    'holiday-care': ['寒暑托班', 'Holiday care'],
    'evening-care': ['晚托班', 'Evening care'],
    'full-day': ['全日托班', 'Full-day care'],
    emergency: ['应急托班', 'Emergency care'],
  }),
  children: label('托管人数', 'Children', 'children cared for'),
  weeks: label('托管周数', 'Weeks', 'length of the care in weeks'),
  establishedOn: label('建立日期', 'Established on', 'the day the studio was set up'),
};

const TYPES = ['holiday-care', 'evening-care', 'full-day', 'emergency'] as const;
const zIso = z.string().refine(isIsoDate);
const zFen = z.number().int().nonnegative();

export const childcareSubsidy = defineProgram({
  code: 'childcare-subsidy',
  title: { zh: '亲子工作室助推补贴', en: 'Childcare studio subsidy' },
  input: z
    .strictObject(
      labelled(
        {
          type: z.enum(TYPES),
          /** Children cared for (托管人数); required for holiday and evening care. */
          children: z.number().int().positive().max(LIMITS.children).optional(),
          /** Weeks of care (托管时间); required for holiday care. */
          weeks: z.number().positive().max(LIMITS.weeks).optional(),
          establishedOn: zDate(),
          appliedOn: zDate(),
        },
        LABELS,
      ),
    )
    .superRefine((v, ctx) => {
      if (v.type === 'holiday-care' || v.type === 'evening-care') {
        requireWhen(ctx, v.children, 'children', { zh: `类型为 ${v.type}`, en: `type is ${v.type}` });
      }
      if (v.type === 'holiday-care') requireWhen(ctx, v.weeks, 'weeks', { zh: '寒暑托班', en: 'type is holiday-care' });
    }),
  parameters: {
    'established-window': z.strictObject({ from: zIso, to: zIso }),
    'application-deadline': zIso,
    // Read by the server's district claim (sites/claims.ts), not by this formula: the regional union's own deadline.
    'claim-deadline': zIso,
    'holiday-care': z
      .strictObject({
        weeksThreshold: z.number().positive(),
        childBands: z.array(z.strictObject({ label: z.string(), maxChildren: z.number().int().positive().nullable() })).min(1),
        amounts: z.strictObject({ 'under-4-weeks': z.array(zFen), '4-weeks-and-more': z.array(zFen) }),
      })
      .refine(
        (t) => t.amounts['under-4-weeks'].length === t.childBands.length && t.amounts['4-weeks-and-more'].length === t.childBands.length,
        'one amount per band',
      ),
    'evening-care': z.array(z.strictObject({ label: z.string(), maxChildren: z.number().int().positive().nullable(), amount: zFen })).min(1),
    'flat-amounts': z.strictObject({ 'full-day': zFen, emergency: zFen }),
  },
  outputs: { amount: 'money' },
  policyDate: {
    field: 'input.appliedOn',
    describe: { zh: '按申请日期（appliedOn）选择政策版本', en: 'The application date (appliedOn) selects the version' },
    of: (input) => input.appliedOn,
  },
  formula(input, ctx) {
    const w = ctx.param('established-window');
    ctx.check('established-outside-window', input.establishedOn >= w.from && input.establishedOn <= w.to, {
      zh: `补贴对象为 ${w.from} 至 ${w.to} 期间建立的亲子工作室，该工作室建于 ${input.establishedOn}`,
      en: `Studios established ${w.from} to ${w.to} are covered; this one was established on ${input.establishedOn}`,
    });
    const deadline = ctx.param('application-deadline');
    ctx.check('outside-application-window', input.appliedOn <= deadline, {
      zh: `应于 ${deadline} 前向所属区局（产业）工会申报，实际 ${input.appliedOn}`,
      en: `Applications were due by ${deadline}; this one is dated ${input.appliedOn}`,
    });
    ctx.check('applied-before-established', input.appliedOn >= input.establishedOn);

    let amount: number;
    if (input.type === 'holiday-care') {
      const t = ctx.param('holiday-care');
      const children = input.children!;
      const weeks = input.weeks!;
      const col = t.childBands.findIndex((b) => b.maxChildren === null || children <= b.maxChildren);
      const row = weeks < t.weeksThreshold ? 'under-4-weeks' : '4-weeks-and-more';
      amount = t.amounts[row][col]!;
      ctx.band(
        'holiday-care',
        { weeks: row, children: t.childBands[col]!.label, amount: fenToYuan(amount) },
        {
          zh: `托管 ${weeks} 周、${children} 人`,
          en: `${weeks} weeks, ${children} children`,
        },
      );
    } else if (input.type === 'evening-care') {
      const children = input.children!;
      const band = ctx.band('evening-care', ctx.param('evening-care').find((b) => b.maxChildren === null || children <= b.maxChildren)!);
      amount = band.amount;
    } else {
      amount = ctx.param('flat-amounts')[input.type];
    }
    return { amount: ctx.eligible ? ctx.money('amount', amount) : 0 };
  },
});
