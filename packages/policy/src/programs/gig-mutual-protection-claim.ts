import { z } from 'zod';
import { addDays, addMonths } from '../core/dates.ts';
import { addIssue, LIMITS, requireWhen, zDate, zMoney } from '../core/input.ts';
import { fenToYuan, mulDiv } from '../core/money.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  claimType: label('给付类型', 'Claim type', 'the benefit claimed', {
    'hospital-allowance': ['住院补助金', 'Hospital allowance'],
    'critical-illness': ['重大疾病', 'Critical illness'],
    'critical-illness-medical': ['重大疾病医疗补助金', 'Critical-illness medical aid'],
    'disease-death': ['疾病身故', 'Disease death'],
    'accidental-death': ['意外身故', 'Accidental death'],
    'accidental-disability': ['意外伤残', 'Accidental disability'],
    'accidental-injury': ['意外伤害医疗', 'Accidental injury'],
  }),
  enrollmentMode: label('参保方式', 'Enrollment mode', 'centralized (April) or instant enrollment', {
    centralized: ['集中参保', 'Centralized'],
    instant: ['即时参保', 'Instant'],
  }),
  eventDate: label('事件日期', 'Event date', 'admission, diagnosis, death or accident'),
  hospitalDays: label('住院天数', 'Hospital days', 'hospital allowance: days in hospital claimed'),
  outOfPocket: label('个人实际支出医疗费用', 'Out-of-pocket medical costs', 'critical-illness medical aid: costs after insurance (yuan)'),
  disabilityGrade: label('伤残等级', 'Disability grade', 'accidental disability: grade 1 (worst) to 10'),
  paidThisYear: label('本年度已给付', 'Paid this year', 'already paid for this benefit in the coverage year (yuan)'),
  paidThisAccident: label('本次事故已给付', 'Paid this accident', 'already paid for the same accident (yuan)'),
  outcomeOn: label('后果发生日期', 'Outcome on', 'the day the death or disability followed the accident'),
  filedOn: label('申请日期', 'Filed on', 'the day the claim was filed'),
};

const CLAIM_TYPES = [
  'hospital-allowance',
  'critical-illness',
  'critical-illness-medical',
  'disease-death',
  'accidental-death',
  'accidental-disability',
  'accidental-injury',
] as const;
type ClaimType = (typeof CLAIM_TYPES)[number];
const ACCIDENTS: readonly ClaimType[] = ['accidental-death', 'accidental-disability', 'accidental-injury'];

const zFen = z.number().int().nonnegative();
const zDeadline = z.union([
  z.strictObject({ monthsAfterCoverageEnd: z.number().int().positive() }),
  z.strictObject({ daysAfterEvent: z.number().int().positive() }),
]);

export const gigMutualProtectionClaim = defineProgram({
  code: 'gig-mutual-protection-claim',
  title: { zh: '新就业形态劳动者互助保障计划（给付）', en: 'Gig workers’ mutual protection (claims)' },
  input: z
    .strictObject(
      labelled(
        {
          claimType: z.enum(CLAIM_TYPES),
          enrollmentMode: z.enum(['centralized', 'instant']),
          coverageStart: zDate(),
          coverageEnd: zDate(),
          /** Admission, diagnosis, death or accident. */
          eventDate: zDate(),
          hospitalDays: z.number().int().positive().max(LIMITS.days).optional(),
          /** Out-of-pocket cost of this stay (yuan), for critical-illness-medical. */
          outOfPocket: zMoney(LIMITS.amountYuan).optional(),
          disabilityGrade: z.number().int().min(1).max(10).optional(),
          /** Already paid under the same benefit in this coverage year (yuan). */
          paidThisYear: zMoney(LIMITS.amountYuan),
          /**
           * Accident benefits: already paid for the same accident under death, disability or injury (yuan).
           * Not named by the policy contract, so never required: left out, nothing was paid for the accident
           * yet (the per-accident cap then limits this claim alone), and the trace says it was assumed.
           */
          paidThisAccident: zMoney(LIMITS.amountYuan).optional(),
          /** Accident benefits: the day of death or of the disability assessment (checked against 180 days). */
          outcomeOn: zDate().optional(),
          filedOn: zDate(),
        },
        LABELS,
      ),
    )
    .superRefine((v, ctx) => {
      if (v.coverageEnd < v.coverageStart) addIssue(ctx, ['coverageEnd'], { zh: '保障期满日早于起保日', en: 'coverage ends before it starts' });
      const why = () => ({ zh: `给付类型为 ${v.claimType}`, en: `claimType is ${v.claimType}` });
      if (v.claimType === 'hospital-allowance') requireWhen(ctx, v.hospitalDays, 'hospitalDays', why);
      if (v.claimType === 'critical-illness-medical') requireWhen(ctx, v.outOfPocket, 'outOfPocket', why);
      if (v.claimType === 'accidental-disability') requireWhen(ctx, v.disabilityGrade, 'disabilityGrade', why);
    }),
  parameters: {
    'hospital-allowance': z.strictObject({ perDay: zFen, maxDays: z.number().int().positive(), yearlyMax: zFen }),
    'critical-illness': zFen,
    'critical-illness-medical-bands': z.array(z.strictObject({ min: zFen, payout: zFen })).min(1),
    'critical-illness-medical-yearly-max': zFen,
    'disease-death': zFen,
    'accidental-death': zFen,
    'accidental-disability': z.strictObject({ max: zFen, gradePercent: z.record(z.string(), z.number().int().min(0).max(100)) }),
    'accidental-injury': z.strictObject({ perTime: zFen, yearlyMax: zFen }),
    'per-accident-max': zFen,
    'accident-outcome-days': z.number().int().positive(),
    'waiting-days': z.partialRecord(z.enum(CLAIM_TYPES), z.number().int().nonnegative()),
    'filing-deadlines': z.record(z.enum(CLAIM_TYPES), zDeadline),
    'pay-within-days': z.number().int().positive(),
  },
  outputs: { payout: 'money', filingDeadline: 'date', payWithinDays: 'number' },
  policyDate: {
    field: 'input.coverageStart',
    describe: { zh: '按保障期起保日（coverageStart）选择该保障年度的政策版本', en: 'The coverage start (coverageStart) selects the coverage year’s version' },
    of: (input) => input.coverageStart,
  },
  formula(input, ctx) {
    const type = input.claimType;
    const rule = ctx.param('filing-deadlines')[type];
    const filingDeadline = ctx.value(
      'filingDeadline',
      'daysAfterEvent' in rule ? addDays(input.eventDate, rule.daysAfterEvent) : addMonths(input.coverageEnd, rule.monthsAfterCoverageEnd),
    );

    ctx.check('outside-coverage', input.eventDate >= input.coverageStart && input.eventDate <= input.coverageEnd, {
      zh: `事故日期 ${input.eventDate} 不在保障期 ${input.coverageStart} 至 ${input.coverageEnd} 内`,
      en: `The event on ${input.eventDate} is outside the cover ${input.coverageStart} to ${input.coverageEnd}`,
    });
    const waiting = input.enrollmentMode === 'instant' ? ctx.param('waiting-days')[type] : undefined;
    if (waiting) {
      const coveredFrom = ctx.value('coveredFrom', addDays(input.coverageStart, waiting));
      ctx.check('in-waiting-period', input.eventDate >= coveredFrom, {
        zh: `即时参保 ${waiting} 天免责期：${coveredFrom} 起发生的才予给付`,
        en: `Instant enrollment has a ${waiting}-day waiting period: events from ${coveredFrom} are covered`,
      });
    }
    if (ACCIDENTS.includes(type) && type !== 'accidental-injury' && input.outcomeOn !== undefined) {
      const limit = addDays(input.eventDate, ctx.param('accident-outcome-days'));
      ctx.check('beyond-180-days', input.outcomeOn <= limit, {
        zh: `身故或伤残须在 ${limit} 前（意外伤害之日起180天内）`,
        en: `Death or disability must occur by ${limit} (180 days after the accident)`,
      });
    }
    ctx.check('filed-before-event', input.filedOn >= input.eventDate);
    ctx.check('filing-deadline-passed', input.filedOn <= filingDeadline, {
      zh: `给付申请应于 ${filingDeadline} 前递交，实际 ${input.filedOn}`,
      en: `The claim was due by ${filingDeadline} but filed on ${input.filedOn}`,
    });

    const paid = input.paidThisYear;
    const rest = (max: number) => Math.max(0, max - paid);
    let amount: number;
    let left: number;
    switch (type) {
      case 'hospital-allowance': {
        const h = ctx.param('hospital-allowance');
        const days = ctx.value('paidDays', Math.min(input.hospitalDays!, h.maxDays));
        amount = ctx.money('daysTimesRate', days * h.perDay);
        left = rest(h.yearlyMax);
        break;
      }
      case 'critical-illness':
        amount = ctx.param('critical-illness');
        left = rest(amount);
        break;
      case 'critical-illness-medical': {
        const bands = ctx.param('critical-illness-medical-bands');
        const oop = input.outOfPocket!;
        const band = [...bands].reverse().find((b) => oop >= b.min);
        ctx.check('below-threshold', band !== undefined, {
          zh: `个人实际支出 ${oop / 100} 元，未达 ${bands[0]!.min / 100} 元`,
          en: `Out-of-pocket ${oop / 100} is below ${bands[0]!.min / 100}`,
        });
        if (band) ctx.band('critical-illness-medical-band', { min: fenToYuan(band.min), payout: fenToYuan(band.payout) });
        amount = band ? band.payout : 0;
        left = rest(ctx.param('critical-illness-medical-yearly-max'));
        break;
      }
      case 'disease-death':
        amount = ctx.param('disease-death');
        left = rest(amount);
        break;
      case 'accidental-death':
        amount = ctx.param('accidental-death');
        left = rest(amount);
        break;
      case 'accidental-disability': {
        const d = ctx.param('accidental-disability');
        const pct = d.gradePercent[String(input.disabilityGrade)];
        if (pct === undefined) throw new Error(`no share for disability grade ${input.disabilityGrade}`);
        ctx.band('disability-grade', { grade: input.disabilityGrade, percent: pct });
        amount = ctx.money('gradeAmount', mulDiv(d.max, pct, 100));
        left = rest(d.max);
        break;
      }
      case 'accidental-injury': {
        const i = ctx.param('accidental-injury');
        amount = i.perTime;
        left = rest(i.yearlyMax);
        break;
      }
    }
    let payout = ctx.cap('coverage-year-limit', amount, left, {
      zh: `本保障年度该项已给付 ${paid / 100} 元`,
      en: `Already paid ${paid / 100} under this benefit this coverage year`,
    });
    if (ACCIDENTS.includes(type)) {
      const paidAccident =
        input.paidThisAccident ??
        ctx.money('paid-this-accident', 0, { zh: '未填写本次事故已给付金额，按 0 元计', en: 'paidThisAccident not given: taken as 0' });
      const accidentLeft = Math.max(0, ctx.param('per-accident-max') - paidAccident);
      payout = ctx.cap('per-accident-limit', payout, accidentLeft, {
        zh: `同一意外伤害事故已给付 ${paidAccident / 100} 元`,
        en: `Already paid ${paidAccident / 100} for this accident`,
      });
    }
    if (amount > 0) ctx.check('benefit-exhausted', payout > 0);
    if (!ctx.eligible) payout = 0;
    return { payout, filingDeadline, payWithinDays: ctx.param('pay-within-days') };
  },
});
