// 公益乐学 unit applications (000 公益乐学职工文体服务实施方案 四（三）、四（四）, 附件1 and 附件2): who may fill each
// form. No amount: the teaching point's subsidy follows 《公益乐学教学点建设办法》, which is not in the seeds.
import { z } from 'zod';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

const LEVELS = ['municipal', 'district', 'industry', 'street', 'park', 'grassroots'] as const;
const LEVEL_VALUES = {
  municipal: ['市总工会', 'Federation'],
  district: ['区工会', 'District union'],
  industry: ['局（产业）工会', 'Industry union'],
  street: ['街道（镇）工会', 'Street union'],
  park: ['园区（楼宇）工会', 'Park union'],
  grassroots: ['基层（企业）工会', 'Grassroots union'],
} as const satisfies Record<(typeof LEVELS)[number], readonly [string, string]>;
const LABELS: Record<string, FieldLabel> = {
  applicantLevel: label('申请单位层级', 'Applicant level', 'the kind of the applicant union in the tree', LEVEL_VALUES),
};
const input = z.strictObject(labelled({ applicantLevel: z.enum(LEVELS) }, LABELS));

/** A unit form whose only rule is which union levels may file it (the levels are the parameter). */
function unitForm(code: string, title: { zh: string; en: string }, refusal: { zh: string; en: string }) {
  return defineProgram({
    code,
    title,
    input,
    parameters: { 'applicant-levels': z.array(z.enum(LEVELS)).min(1) },
    outputs: { applicantLevels: 'json' },
    formula(i, ctx) {
      const levels = ctx.param('applicant-levels');
      ctx.check('applicant-level', levels.includes(i.applicantLevel), () => refusal);
      return { applicantLevels: levels };
    },
  });
}

/** 附件1 公益乐学教学点申报表: 局（产业）工会 apply for teaching points for their own front-line workers (四（三）). */
export const classTeachingPoint = unitForm(
  'class-teaching-point',
  { zh: '公益乐学教学点申报', en: 'Free classes: teaching-point application' },
  {
    zh: '《公益乐学教学点申报表》由局（产业）工会填报（公益乐学 四（三））',
    en: 'The teaching-point form is filed by a district or industry union (free classes 四（三）)',
  },
);

/** 附件2 公益乐学直通车版预约表: “小三级”工会 or large enterprises book the culture resources (四（四）). */
export const classDirectBooking = unitForm(
  'class-direct-booking',
  { zh: '公益乐学直通车版预约', en: 'Free classes: direct-service booking' },
  {
    zh: '《公益乐学直通车版预约表》由“小三级”工会或大型企业填报（公益乐学 四（四））',
    en: 'The direct-service form is filed by a street, park or building union or a large enterprise (free classes 四（四）)',
  },
);
