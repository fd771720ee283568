import { z } from 'zod';
import { mulDiv } from '../core/money.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  isNew: label('新增点位', 'New point', 'a new point (not a consolidated one)'),
  qualified: label('评估合格', 'Passed the assessment', 'the point passed the assessment'),
};

const zRatio = z.number().int().positive();

export const healthPointGrant = defineProgram({
  code: 'health-point-grant',
  title: { zh: '职工健康服务点项目经费', en: 'Workplace health point grant' },
  input: z.strictObject(
    labelled(
      {
        /** A point created this year (新增), as opposed to one being consolidated (巩固). */
        isNew: z.boolean(),
        /** Passed the assessment (评估合格). */
        qualified: z.boolean(),
      },
      LABELS,
    ),
  ),
  parameters: {
    'city-grant': z.number().int().nonnegative(),
    'matching-ratio': z.strictObject({ city: zRatio, district: zRatio, street: zRatio }),
    standards: z.array(z.strictObject({ code: z.string(), zh: z.string() })),
  },
  outputs: {
    cityGrant: 'money',
    minDistrictMatch: 'money',
    minStreetMatch: 'money',
  },
  formula(input, ctx) {
    ctx.check('not-new', input.isNew, {
      zh: '一次性项目经费仅给予新增的健康服务点（巩固的服务点不享受）',
      en: 'The one-off grant is for new health points only, not consolidated ones',
    });
    const standards = ctx.param('standards');
    ctx.check('not-qualified', input.qualified, {
      zh: `健康服务点须经评估合格（${standards.map((s) => s.zh).join('、')}）`,
      en: 'The health point must pass the assessment',
    });
    if (!ctx.eligible) return { cityGrant: 0, minDistrictMatch: 0, minStreetMatch: 0 };
    const grant = ctx.param('city-grant');
    const r = ctx.param('matching-ratio');
    return {
      cityGrant: grant,
      minDistrictMatch: ctx.money('minDistrictMatch', mulDiv(grant, r.district, r.city)),
      minStreetMatch: ctx.money('minStreetMatch', mulDiv(grant, r.street, r.city)),
    };
  },
});
