import { z } from 'zod';
import { addDays, addMonths, isIsoDate, yearOf } from '../core/dates.ts';
import { addIssue, LIMITS, requireWhen, zDate, zMoney } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  claimType: label('给付类型', 'Claim type', 'the benefit claimed', {
    'critical-illness': ['重大疾病', 'Critical illness'],
    'accidental-death': ['意外身故', 'Accidental death'],
    'accidental-total-disability': ['意外全残', 'Accidental total disability'],
    'disease-death': ['疾病身故', 'Disease death'],
    hospitalization: ['住院保障', 'Hospitalization'],
  }),
  eventDate: label('事件日期', 'Event date', 'diagnosis, accident, death or admission'),
  hospitalDays: label('住院天数', 'Hospital days', 'hospitalization: days in hospital claimed'),
  paidThisYear: label('本年度已给付', 'Paid this year', 'hospital benefit already paid in this coverage year (yuan)'),
  filedOn: label('申请日期', 'Filed on', 'the day the claim reached the centre'),
};

const PLANS = ['A', 'B', 'A+', 'B+'] as const;
const CLAIM_TYPES = ['critical-illness', 'accidental-death', 'accidental-total-disability', 'disease-death', 'hospitalization'] as const;
type ClaimType = (typeof CLAIM_TYPES)[number];

const zFen = z.number().int().nonnegative();
const zBenefit = z.union([z.strictObject({ amount: zFen }), z.strictObject({ perDay: zFen, maxDays: z.number().int().positive(), yearlyMax: zFen })]);
const zDeadline = z.union([
  z.strictObject({ fixed: z.string().refine(isIsoDate) }),
  z.strictObject({ monthsAfterCoverageEnd: z.number().int().positive() }),
  z.strictObject({ daysAfterEvent: z.number().int().positive() }),
  z.strictObject({ unknown: z.literal(true) }),
]);

function inputSchema(plans: readonly (typeof PLANS)[number][]) {
  return z
    .strictObject(
      labelled(
        {
          plan: z.enum(plans as [(typeof PLANS)[number], ...(typeof PLANS)[number][]]),
          claimType: z.enum(CLAIM_TYPES),
          coverageStart: zDate(),
          coverageEnd: zDate(),
          /** Diagnosis, accident, death or admission. */
          eventDate: zDate(),
          hospitalDays: z.number().int().positive().max(LIMITS.days).optional(),
          /** Hospital benefit already paid in this coverage year (yuan). */
          paidThisYear: zMoney(LIMITS.amountYuan).optional(),
          filedOn: zDate(),
        },
        LABELS,
      ),
    )
    .superRefine((v, ctx) => {
      if (v.coverageEnd < v.coverageStart) addIssue(ctx, ['coverageEnd'], { zh: '保障期满日早于起保日', en: 'coverage ends before it starts' });
      else if (yearOf(v.coverageEnd) !== yearOf(v.coverageStart)) {
        addIssue(ctx, ['coverageEnd'], { zh: '保障期不能跨年度（至当年12月31日止）', en: 'the cover cannot run past 31 December of its year' });
      }
      if (v.claimType === 'hospitalization')
        requireWhen(ctx, v.hospitalDays, 'hospitalDays', () => ({ zh: '住院保障给付', en: 'claimType is hospitalization' }));
    });
}

export const memberProtectionClaim = defineProgram({
  code: 'member-protection-claim',
  title: { zh: '会员专享基本保障（给付）', en: 'Member protection (claims)' },
  input: inputSchema(PLANS),
  inputByPolicy: { '2018': inputSchema(['A', 'B']) },
  parameters: {
    benefits: z.partialRecord(z.enum(PLANS), z.partialRecord(z.enum(CLAIM_TYPES), zBenefit)),
    'filing-deadlines': z.partialRecord(z.enum(CLAIM_TYPES), zDeadline),
    'pay-within-days': z.partialRecord(z.enum(CLAIM_TYPES), z.number().int().positive()),
  },
  outputs: { payout: 'money', filingDeadline: 'date', payWithinDays: 'number' },
  policyDate: {
    field: 'input.coverageStart',
    describe: { zh: '按保障期起保日（coverageStart）选择该保障年度的政策版本', en: 'The coverage start (coverageStart) selects the coverage year’s version' },
    of: (input) => input.coverageStart,
  },
  formula(input, ctx) {
    const type: ClaimType = input.claimType;
    const benefit = ctx.param('benefits')[input.plan]?.[type];

    const rule = ctx.param('filing-deadlines')[type];
    let filingDeadline: string | null = null;
    if (rule && 'fixed' in rule) filingDeadline = rule.fixed;
    else if (rule && 'monthsAfterCoverageEnd' in rule) filingDeadline = addMonths(input.coverageEnd, rule.monthsAfterCoverageEnd);
    else if (rule && 'daysAfterEvent' in rule) filingDeadline = addDays(input.eventDate, rule.daysAfterEvent);
    ctx.value('filingDeadline', filingDeadline);
    const payWithinDays = ctx.param('pay-within-days')[type] ?? null;

    ctx.check('benefit-not-in-plan', benefit !== undefined, {
      zh: `${input.plan} 类保障不含${LABELS.claimType?.values?.[type]?.[0] ?? type}保障责任`,
      en: `Plan ${input.plan} has no ${LABELS.claimType?.values?.[type]?.[1] ?? type} benefit`,
    });
    ctx.check('outside-coverage', input.eventDate >= input.coverageStart && input.eventDate <= input.coverageEnd, {
      zh: `事故日期 ${input.eventDate} 不在保障期 ${input.coverageStart} 至 ${input.coverageEnd} 内`,
      en: `The event on ${input.eventDate} is outside the cover ${input.coverageStart} to ${input.coverageEnd}`,
    });
    ctx.check('filed-before-event', input.filedOn >= input.eventDate);
    if (filingDeadline !== null) {
      ctx.check('filing-deadline-passed', input.filedOn <= filingDeadline, {
        zh: `给付申请应于 ${filingDeadline} 前递交，实际 ${input.filedOn}`,
        en: `The claim was due by ${filingDeadline} but filed on ${input.filedOn}`,
      });
    }

    let payout = 0;
    if (benefit && 'amount' in benefit) {
      payout = benefit.amount;
    } else if (benefit) {
      const days = ctx.value('paidDays', Math.min(input.hospitalDays!, benefit.maxDays), {
        zh: `住院 ${input.hospitalDays} 天，最多 ${benefit.maxDays} 天`,
        en: `${input.hospitalDays} days in hospital, at most ${benefit.maxDays}`,
      });
      const paid = input.paidThisYear ?? 0;
      if (input.paidThisYear === undefined) {
        ctx.value('paidThisYear', null, {
          zh: '未提供本年度已给付金额，仅按本次申请核对年度上限',
          en: 'paidThisYear not given: the yearly maximum is checked against this claim alone',
        });
      }
      const left = Math.max(0, benefit.yearlyMax - paid);
      payout = ctx.cap('hospitalization', ctx.money('daysTimesRate', days * benefit.perDay), left, {
        zh: `年度最高 ${benefit.yearlyMax / 100} 元，本年度已给付 ${paid / 100} 元`,
        en: `Yearly maximum ${benefit.yearlyMax / 100}, already paid ${paid / 100}`,
      });
      ctx.check('benefit-exhausted', left > 0);
    }
    if (!ctx.eligible) payout = 0;
    return { payout, filingDeadline, payWithinDays };
  },
});
