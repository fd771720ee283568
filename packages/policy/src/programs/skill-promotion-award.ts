import { z } from 'zod';
import { isIsoDate } from '../core/dates.ts';
import { addIssue, zDate } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  union: label('政策适用工会', 'Union whose rules apply', 'federation, Jiading or Yangpu', {
    federation: ['市总工会', 'Federation'],
    jiading: ['嘉定区总工会', 'Jiading District union'],
    yangpu: ['杨浦区总工会', 'Yangpu District union'],
  }),
  role: label('申报类别', 'Applying as', 'the promoted worker or the mentor', {
    worker: ['本人技能晋升', 'Promoted myself'],
    mentor: ['带教师傅（徒弟晋升）', 'Mentor (my apprentice was promoted)'],
  }),
  isMember: label('工会会员', 'Union member', 'a union member on the application day'),
  newLevel: label('晋升等级', 'Level reached', 'the level on the certificate', {
    'senior-worker': ['高级工（三级）', 'Senior worker (level 3)'],
    technician: ['技师（二级）', 'Technician (level 2)'],
    'senior-technician': ['高级技师（一级）', 'Senior technician (level 1)'],
  }),
  certificateIssuedOn: label('发证日期', 'Issued on', 'the certificate’s date'),
  certificateIssuer: label('发证机关', 'Issued by', 'who issued the certificate', {
    'shanghai-hrss': ['本市人社主管部门', 'Shanghai HRSS'],
    'national-industry': ['国家相关行业主管部门', 'A national industry authority'],
    other: ['其他', 'Other'],
  }),
  agreementStamped: label('带教协议已盖章', 'Mentoring agreement stamped', 'mentor: the agreement bears the unit’s seal'),
  agreementSignedOn: label('带教协议签订日期', 'Agreement signed on', 'mentor: the day the agreement was signed'),
};

const ROLES = ['worker', 'mentor'] as const;
const LEVELS = ['senior-worker', 'technician', 'senior-technician'] as const;
const ISSUERS = ['shanghai-hrss', 'national-industry', 'other'] as const;
const UNIONS = ['federation', 'jiading', 'yangpu'] as const;
type Role = (typeof ROLES)[number];
type Union = (typeof UNIONS)[number];

const zFen = z.number().int().nonnegative();
const zWindow = z.strictObject({ batch: z.number().int().positive(), from: z.string().refine(isIsoDate), to: z.string().refine(isIsoDate) });

function inputSchema(roles: readonly Role[], union: z.ZodType<Union>) {
  return z
    .strictObject(
      labelled(
        {
          /** Whose variant of the award: the city federation's (default) or a district union's. */
          union,
          role: z.enum(roles as [Role, ...Role[]]),
          isMember: z.boolean(),
          /** The level the worker (or, for a mentor, the apprentice) was promoted to. */
          newLevel: z.enum(LEVELS),
          certificateIssuedOn: zDate(),
          certificateIssuer: z.enum(ISSUERS),
          /** Mentor: the mentoring agreement is stamped by the employer's HR department and union. */
          agreementStamped: z.boolean().optional(),
          /** Mentor (optional): the day the mentoring agreement was signed; the promotion must follow it. */
          agreementSignedOn: zDate().optional(),
          appliedOn: zDate(),
        },
        LABELS,
      ),
    )
    .superRefine((v, ctx) => {
      if (v.role === 'mentor' && v.agreementStamped === undefined) {
        addIssue(ctx, ['agreementStamped'], { zh: '必填（申请人为带教师傅）', en: 'required (role is mentor)' });
      }
      if (v.role === 'worker' && (v.agreementStamped !== undefined || v.agreementSignedOn !== undefined)) {
        addIssue(ctx, [v.agreementStamped !== undefined ? 'agreementStamped' : 'agreementSignedOn'], {
          zh: '仅适用于带教师傅（申报类别为“带教师傅（徒弟晋升）”）',
          en: 'only for a mentor (role mentor)',
        });
      }
      if (v.certificateIssuedOn > v.appliedOn) {
        addIssue(ctx, ['certificateIssuedOn'], { zh: '证书颁发日期晚于申请日期', en: 'the certificate is dated after the application' });
      }
    });
}

/** A level's name as the form shows it (the reason is read by the applicant: no codes). */
const levelName = (level: string, lang: 0 | 1) => LABELS.newLevel?.values?.[level]?.[lang] ?? level;

export const skillPromotionAward = defineProgram({
  code: 'skill-promotion-award',
  title: { zh: '技能人才职业发展助推（技能晋升、带教师傅奖励）', en: 'Skill promotion award (promoted workers and their mentors)' },
  input: inputSchema(ROLES, z.enum(UNIONS).default('federation')),
  inputByPolicy: {
    // 004 gives only Yangpu's own 2017 item, and it awards promoted workers only.
    '2017': inputSchema(['worker'], z.enum(['yangpu'])),
  },
  parameters: {
    awards: z.strictObject({
      worker: z.partialRecord(z.enum(LEVELS), zFen),
      mentor: z.partialRecord(z.enum(LEVELS), zFen),
    }),
    'member-required': z.boolean(),
    'certificate-issued-from': z.string().refine(isIsoDate).nullable(),
    'recognised-issuers': z.array(z.enum(ISSUERS)).nullable(),
    'application-windows': z.array(zWindow),
  },
  outputs: { amount: 'money', batch: 'number' },
  policyDate: {
    field: 'input.appliedOn',
    describe: { zh: '按申请日期（appliedOn）选择当年度的政策版本', en: 'The application date (appliedOn) selects the year’s version' },
    of: (input) => input.appliedOn,
  },
  formula(input, ctx) {
    ctx.value('union', input.union);
    if (ctx.param('member-required')) ctx.check('not-a-member', input.isMember);

    const row = ctx.param('awards')[input.role];
    const award = row[input.newLevel];
    ctx.check('level-not-awarded', award !== undefined, {
      zh: `${input.role === 'mentor' ? '带教徒弟' : '职工'}晋升为${levelName(input.newLevel, 0)}不在奖励范围内（可奖励：${Object.keys(row)
        .map((l) => levelName(l, 0))
        .join('、')}）`,
      en: `A ${input.role === 'mentor' ? 'mentor whose apprentice reached' : 'worker promoted to'} ${levelName(input.newLevel, 1)} is not awarded (awarded: ${Object.keys(
        row,
      )
        .map((l) => levelName(l, 1))
        .join(', ')})`,
    });

    const from = ctx.param('certificate-issued-from');
    if (from !== null) {
      ctx.check('certificate-too-old', input.certificateIssuedOn >= from, {
        zh: `证书发证日期应为 ${from} 以后，实际 ${input.certificateIssuedOn}`,
        en: `The certificate must be issued on or after ${from}; it was issued on ${input.certificateIssuedOn}`,
      });
    }
    const issuers = ctx.param('recognised-issuers');
    if (issuers !== null) ctx.check('certificate-issuer-not-recognised', issuers.includes(input.certificateIssuer));

    if (input.role === 'mentor') {
      ctx.check('agreement-not-stamped', input.agreementStamped === true);
      if (input.agreementSignedOn !== undefined) {
        ctx.check('promotion-before-agreement', input.certificateIssuedOn >= input.agreementSignedOn, {
          zh: `带教协议签订于 ${input.agreementSignedOn}，徒弟证书颁发于 ${input.certificateIssuedOn}，晋升须在签订协议后`,
          en: `The agreement was signed on ${input.agreementSignedOn} but the certificate is dated ${input.certificateIssuedOn}; the promotion must follow the agreement`,
        });
      }
    }

    const windows = ctx.param('application-windows');
    let batch: number | null = null;
    if (windows.length > 0) {
      const w = windows.find((x) => input.appliedOn >= x.from && input.appliedOn <= x.to);
      const list = windows.map((x) => `${x.from}–${x.to}`).join('、');
      if (
        ctx.check('outside-application-window', w !== undefined, {
          zh: `受理时间为 ${list}，${input.appliedOn} 不在其中`,
          en: `Applications are accepted ${windows.map((x) => `${x.from} to ${x.to}`).join(' and ')}; ${input.appliedOn} is outside them`,
        })
      ) {
        batch = ctx.value('batch', w!.batch);
      }
    }

    const amount = ctx.eligible && award !== undefined ? ctx.money('amount', award) : 0;
    return { amount, batch };
  },
});
