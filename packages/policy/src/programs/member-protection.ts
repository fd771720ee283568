import { z } from 'zod';
import { addWorkingDaysProvisional, isWorkingDay } from '../calendar/calendar.ts';
import { addDays, isIsoDate, maxDate, monthDayOnOrAfter, yearOf } from '../core/dates.ts';
import { requireWhen, zDate } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  mode: label('参保方式', 'Mode', 'how the member enrolls', {
    collective: ['集中参保', 'Collective'],
    'new-card': ['新办卡参保', 'New card'],
    'card-without-cover': ['有卡未参保', 'Card without cover'],
    individual: ['个人参保', 'Individual'],
  }),
  unitCategory: label('单位类别', 'Unit category', 'special units get a lower city subsidy', {
    ordinary: ['普通单位', 'Ordinary unit'],
    special: ['特殊单位', 'Special unit'],
  }),
  eventDate: label('事件日期', 'Event date', 'card issued, district confirmation, individual application or (2018) the centre’s approval'),
  firstIndividualEnrollment: label('首次个人参保', 'First individual enrollment', 'individual mode: the member enrolls individually for the first time'),
  coverageYear: label('保障年度', 'Coverage year', 'the year the cover is for; default the year of the date'),
  paidOn: label('缴费日期', 'Paid on', 'individual enrollment: the day the premium was paid'),
};

const PLANS = ['A', 'B', 'A+', 'B+'] as const;
const MODES = ['collective', 'new-card', 'card-without-cover', 'individual'] as const;
type Plan = (typeof PLANS)[number];
type Mode = (typeof MODES)[number];

const zRange = z.strictObject({ from: z.string().refine(isIsoDate), to: z.string().refine(isIsoDate) });
const zFen = z.number().int().nonnegative();
const zTerms = z.strictObject({ 'full-year': zFen, 'half-year': zFen });
const zByPlan = z.partialRecord(z.enum(PLANS), zTerms);

const JAN_1: string[] = [];
/** 1 January of a year, one string per year (cheap cache keys in batches). */
const januaryFirst = (y: number): string => (JAN_1[y] ??= `${y}-01-01`);

function inputSchema(plans: readonly Plan[], modes: readonly Mode[]) {
  return z
    .strictObject(
      labelled(
        {
          plan: z.enum(plans as [Plan, ...Plan[]]),
          mode: z.enum(modes as [Mode, ...Mode[]]),
          unitCategory: z.enum(['ordinary', 'special']),
          /** Card issued / district confirmation / individual application / 2018 approval of the upload. */
          eventDate: zDate().optional(),
          firstIndividualEnrollment: z.boolean().optional(),
          /** The year the cover is for; default the year of `date`. */
          coverageYear: z.number().int().min(2000).max(2100).optional(),
          /** Individual enrollment: the day the premium was paid (checked against the 15 working days). */
          paidOn: zDate().optional(),
        },
        LABELS,
      ),
    )
    .superRefine((v, ctx) => {
      if (v.mode !== 'collective' && v.eventDate === undefined) {
        requireWhen(ctx, v.eventDate, 'eventDate', { zh: `参保方式为 ${v.mode}`, en: `mode is ${v.mode}` });
      }
      if (v.mode === 'individual' && v.firstIndividualEnrollment === undefined) {
        requireWhen(ctx, v.firstIndividualEnrollment, 'firstIndividualEnrollment', { zh: '个人参保', en: 'mode is individual' });
      }
    });
}

export const memberProtection = defineProgram({
  code: 'member-protection',
  title: { zh: '会员专享基本保障（参保）', en: 'Member protection (enrollment)' },
  input: inputSchema(PLANS, MODES),
  inputByPolicy: { '2018': inputSchema(['A', 'B'], ['collective', 'new-card']) },
  parameters: {
    premium: zByPlan,
    'city-subsidy': z.strictObject({ ordinary: zByPlan, special: zByPlan }),
    'half-year-from': z.string().regex(/^\d{2}-\d{2}$/),
    'coverage-period': zRange,
    'cover-starts-days-after-event': z.number().int().nonnegative(),
    'enrollment-windows': z.partialRecord(z.enum(MODES), zRange),
    'approval-on-working-day': z.boolean(),
    'individual-payment-working-days': z.number().int().positive(),
  },
  outputs: {
    premium: 'money',
    citySubsidy: 'money',
    remainder: 'money',
    coverageStart: 'date',
    coverageEnd: 'date',
    term: 'string',
    paymentDeadline: 'date',
  },
  policyDate: {
    field: 'input.coverageYear',
    describe: {
      zh: '按保障年度（coverageYear，缺省为 date 所在年度）的1月1日选择政策版本',
      en: 'The coverage year (coverageYear, default the year of date) selects the version, as of its 1 January',
    },
    of: (input, date) => januaryFirst(input.coverageYear ?? yearOf(date)),
  },
  formula(input, ctx) {
    const period = ctx.param('coverage-period');
    const windows = ctx.param('enrollment-windows');
    const window = windows[input.mode];
    if (!window) throw new Error(`no enrollment window for ${input.mode} in ${ctx.policy}`);

    // Messages are built only when a check fails (no closures: batches allocate nothing here).
    const ev = input.eventDate;
    if (ev !== undefined) {
      const inWindow = ev >= window.from && ev <= window.to;
      ctx.check(
        'outside-application-window',
        inWindow,
        inWindow
          ? undefined
          : {
              zh: `${input.mode} 参保的办理时间为 ${window.from} 至 ${window.to}，${ev} 不在其中`,
              en: `${input.mode} enrollment runs ${window.from} to ${window.to}; ${ev} is outside it`,
            },
      );
    }
    if (input.mode === 'new-card' && input.eventDate !== undefined && ctx.param('approval-on-working-day')) {
      const working = isWorkingDay(input.eventDate);
      ctx.check(
        'not-a-working-day',
        working,
        working
          ? undefined
          : {
              zh: `参保审核日 ${input.eventDate} 不是工作日`,
              en: `The approval date ${input.eventDate} is not a working day`,
            },
      );
    }

    let paymentDeadline: string | null = null;
    if (input.mode === 'individual' && input.eventDate !== undefined) {
      // Past the last year whose State Council notice is entered, the days count Monday–Friday and the
      // trace says the date is provisional (calendar.ts addWorkingDaysProvisional): a member applying
      // in late December still learns by when to pay.
      const days = ctx.param('individual-payment-working-days');
      const counted = addWorkingDaysProvisional(input.eventDate, days);
      const due = ctx.value(
        'paymentDeadline',
        counted.date,
        counted.provisional && ctx.tracing
          ? {
              zh: `${days} 个工作日；${counted.assumedFrom!.slice(0, 4)} 年国务院放假安排尚未录入，按周一至周五推算（暂定）`,
              en: `${days} working days; the State Council holiday notice for ${counted.assumedFrom!.slice(0, 4)} is not entered yet, counted Monday–Friday (provisional)`,
            }
          : undefined,
      );
      paymentDeadline = due;
      if (input.paidOn !== undefined) {
        const onTime = input.paidOn <= due;
        ctx.check(
          'payment-deadline-passed',
          onTime,
          onTime
            ? undefined
            : {
                zh: `参保资金应于 ${due} 前存入，实际 ${input.paidOn}`,
                en: `The premium was due by ${due} but paid on ${input.paidOn}`,
              },
        );
      }
    }

    // Collective cover runs the whole year; the others start the day after the event.
    const coverageStart =
      input.mode === 'collective' ? period.from : maxDate(addDays(input.eventDate!, ctx.param('cover-starts-days-after-event')), period.from);
    const coverageEnd = period.to;
    ctx.value('coverageStart', coverageStart);
    if (!ctx.check('no-cover-left', coverageStart <= coverageEnd)) {
      return { premium: null, citySubsidy: null, remainder: null, coverageStart: null, coverageEnd: null, term: null, paymentDeadline };
    }

    // The cover lies within one calendar year, so compare month-day parts.
    const halfFrom = ctx.param('half-year-from');
    const term = ctx.value(
      'term',
      monthDayOnOrAfter(coverageStart, halfFrom) ? 'half-year' : 'full-year',
      ctx.tracing
        ? {
            zh: `起保日 ${coverageStart}，${halfFrom} 及以后起保为半年期`,
            en: `Cover starts ${coverageStart}; starting on or after ${halfFrom} (month-day) is half-year`,
          }
        : undefined,
    );

    const premium = ctx.param('premium')[input.plan]?.[term];
    const subsidyRow = ctx.param('city-subsidy')[input.unitCategory][input.plan]?.[term];
    if (premium === undefined || subsidyRow === undefined) throw new Error(`no ${input.plan} ${term} rates in ${ctx.policy}`);
    let citySubsidy = subsidyRow;
    if (input.mode === 'individual' && input.firstIndividualEnrollment === false) {
      citySubsidy = ctx.money('citySubsidy', 0, {
        zh: '个人参保仅首次参保享受市总补贴；非首次参保全额缴纳',
        en: 'Individuals get the city subsidy only when enrolling for the first time',
      });
    }
    const remainder = ctx.money('remainder', premium - citySubsidy);
    return { premium, citySubsidy, remainder, coverageStart, coverageEnd, term, paymentDeadline };
  },
});
