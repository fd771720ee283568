import { z } from 'zod';
import { addDays, isIsoDate } from '../core/dates.ts';
import { addIssue, requireWhen, zDate } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  hasMemberProtection: label(
    '确诊时享有会员专享基本保障',
    'Covered by member protection when diagnosed',
    'members covered claim from member protection instead',
  ),
  coverageStart: label('保障起始日', 'Cover starts', 'member protection: first day of cover'),
  coverageEnd: label('保障终止日', 'Cover ends', 'member protection: last day of cover'),
  diagnosedOn: label('首次确诊日期', 'First diagnosed on', 'the day of the first diagnosis'),
  illness: label('所患疾病', 'Illness', 'one of the twelve listed illnesses, or other', {
    'malignant-tumour': ['恶性肿瘤', 'Malignant tumour'],
    'acute-myocardial-infarction': ['急性心肌梗塞', 'Acute myocardial infarction'],
    'stroke-sequelae': ['脑中风后遗症', 'Stroke sequelae'],
    'major-organ-or-stem-cell-transplant': ['重大器官移植术或造血干细胞移植术', 'Major organ or stem-cell transplant'],
    'coronary-artery-bypass': ['冠状动脉搭桥术', 'Coronary artery bypass'],
    'end-stage-renal-disease': ['终末期肾病', 'End-stage renal disease'],
    'severe-hepatitis': ['重症肝炎', 'Severe hepatitis'],
    'benign-brain-tumour': ['良性脑肿瘤', 'Benign brain tumour'],
    'heart-valve-surgery': ['心脏瓣膜手术', 'Heart valve surgery'],
    'severe-third-degree-burns': ['严重Ⅲ度烧伤', 'Severe third-degree burns'],
    'severe-aplastic-anaemia': ['重型再生障碍性贫血', 'Severe aplastic anaemia'],
    'aorta-surgery': ['主动脉手术', 'Aorta surgery'],
    other: ['其他疾病', 'Other illness'],
  }),
  hospitalized: label('住院治疗', 'Treated in hospital', 'the member was treated as an in-patient'),
  hospital: label('确诊医院', 'Diagnosing hospital', 'the class of the diagnosing hospital', {
    'shanghai-grade-2': ['本市二级医院', 'Shanghai grade-2 hospital'],
    'shanghai-grade-3': ['本市三级医院', 'Shanghai grade-3 hospital'],
    'other-province-grade-3': ['外省市三级医院', 'Grade-3 hospital elsewhere'],
    approved: ['经批准的其他医院', 'Another approved hospital'],
    other: ['其他医院', 'Other hospital'],
  }),
  paidThisYear: label('本年度已领取慰问金', 'Already paid this year', 'a condolence payment was made this year'),
};

/** The twelve illnesses of 000 大病职工慰问 一、2, in the order printed; `other` is any other illness. */
export const CONDOLENCE_ILLNESSES = [
  'malignant-tumour',
  'acute-myocardial-infarction',
  'stroke-sequelae',
  'major-organ-or-stem-cell-transplant',
  'coronary-artery-bypass',
  'end-stage-renal-disease',
  'severe-hepatitis',
  'benign-brain-tumour',
  'heart-valve-surgery',
  'severe-third-degree-burns',
  'severe-aplastic-anaemia',
  'aorta-surgery',
] as const;
const ILLNESSES = [...CONDOLENCE_ILLNESSES, 'other'] as const;
const HOSPITALS = ['shanghai-grade-2', 'shanghai-grade-3', 'other-province-grade-3', 'approved', 'other'] as const;

export const criticalIllnessCondolence = defineProgram({
  code: 'critical-illness-condolence',
  title: { zh: '大病职工慰问', en: 'Condolence payment for members with a critical illness' },
  input: z
    .strictObject(
      labelled(
        {
          /** Holds a member card and is covered by member protection (会员专享基本保障). */
          hasMemberProtection: z.boolean(),
          /** The member-protection cover; required when hasMemberProtection. */
          coverageStart: zDate().optional(),
          coverageEnd: zDate().optional(),
          /** The day of the first diagnosis. */
          diagnosedOn: zDate(),
          illness: z.enum(ILLNESSES),
          hospitalized: z.boolean(),
          /** The hospital that diagnosed the illness. */
          hospital: z.enum(HOSPITALS),
          /** A condolence payment was already made to this member in the same year. */
          paidThisYear: z.boolean(),
          /** The day the complete application reached the mutual-aid centre. */
          appliedOn: zDate(),
        },
        LABELS,
      ),
    )
    .superRefine((v, ctx) => {
      if (v.hasMemberProtection) {
        const why = { zh: '享有会员专享基本保障', en: 'hasMemberProtection is true' };
        requireWhen(ctx, v.coverageStart, 'coverageStart', why);
        requireWhen(ctx, v.coverageEnd, 'coverageEnd', why);
      }
      if (v.coverageStart && v.coverageEnd && v.coverageEnd < v.coverageStart) {
        addIssue(ctx, ['coverageEnd'], { zh: '保障期满日早于起保日', en: 'coverage ends before it starts' });
      }
    }),
  parameters: {
    amount: z.number().int().nonnegative(),
    illnesses: z.array(z.enum(CONDOLENCE_ILLNESSES)).length(12),
    'recognised-hospitals': z.array(z.enum(HOSPITALS)).min(1),
    'filing-deadline': z.string().refine(isIsoDate),
    'investigation-days': z.number().int().positive(),
  },
  outputs: { amount: 'money', filingDeadline: 'date', investigateBy: 'date' },
  policyDate: {
    field: 'input.diagnosedOn',
    describe: {
      zh: '按首次确诊日期（diagnosedOn）所在年度选择慰问行动的版本',
      en: 'The year of the first diagnosis (diagnosedOn) selects the campaign’s version',
    },
    of: (input) => input.diagnosedOn,
  },
  formula(input, ctx) {
    const filingDeadline = ctx.value('filingDeadline', ctx.param('filing-deadline'));
    const investigateBy = ctx.value('investigateBy', addDays(input.appliedOn, ctx.param('investigation-days')), {
      zh: '市职保中心收到材料齐全的申请后90天内调查核实',
      en: 'The mutual-aid centre investigates within 90 days of a complete application',
    });

    if (ctx.check('no-member-protection', input.hasMemberProtection)) {
      const from = input.coverageStart!;
      const to = input.coverageEnd!;
      ctx.check('outside-coverage', input.diagnosedOn >= from && input.diagnosedOn <= to, {
        zh: `首次确诊日期 ${input.diagnosedOn} 不在会员专享基本保障有效期 ${from} 至 ${to} 内`,
        en: `The first diagnosis on ${input.diagnosedOn} is outside the member-protection cover ${from} to ${to}`,
      });
    }
    ctx.check('illness-not-listed', (ctx.param('illnesses') as readonly string[]).includes(input.illness));
    ctx.check('not-hospitalized', input.hospitalized);
    ctx.check('hospital-not-recognised', ctx.param('recognised-hospitals').includes(input.hospital));
    ctx.check('already-paid-this-year', !input.paidThisYear);
    ctx.check('filed-before-event', input.appliedOn >= input.diagnosedOn);
    ctx.check('filing-deadline-passed', input.appliedOn <= filingDeadline, {
      zh: `申请材料最迟应于 ${filingDeadline} 递交，实际 ${input.appliedOn}`,
      en: `The application was due by ${filingDeadline} but made on ${input.appliedOn}`,
    });

    const amount = ctx.eligible ? ctx.money('amount', ctx.param('amount')) : 0;
    return { amount, filingDeadline, investigateBy };
  },
});
