import { z } from 'zod';
import { LIMITS } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  areaSqm: label('面积（平方米）', 'Area (m²)', 'floor area of the station'),
};

const CLASSES = ['simple', 'regular', 'comprehensive'] as const;

export const fitnessStationClass = defineProgram({
  code: 'fitness-station-class',
  title: { zh: '职工健身驿站分类', en: 'Fitness station class' },
  input: z.strictObject(
    labelled(
      {
        areaSqm: z.number().positive().max(LIMITS.areaSqm),
      },
      LABELS,
    ),
  ),
  parameters: {
    classes: z
      .array(z.strictObject({ class: z.enum(CLASSES), zh: z.string(), printed: z.string(), minSqm: z.number().positive() }))
      .min(1)
      .refine((cs) => cs.every((c, i) => i === 0 || c.minSqm > cs[i - 1]!.minSqm), 'classes in increasing order of minSqm'),
  },
  outputs: { class: 'string', label: 'string' },
  formula(input, ctx) {
    const classes = ctx.param('classes');
    const smallest = classes[0]!;
    if (
      !ctx.check('below-minimum-area', input.areaSqm >= smallest.minSqm, {
        zh: `面积 ${input.areaSqm} 平方米，低于${smallest.zh}的 ${smallest.minSqm} 平方米`,
        en: `${input.areaSqm} m² is below the ${smallest.minSqm} m² of the smallest class (${smallest.class})`,
      })
    ) {
      return { class: null, label: null };
    }
    const hit = ctx.band('class', [...classes].reverse().find((c) => input.areaSqm >= c.minSqm)!, {
      zh: `面积 ${input.areaSqm} 平方米`,
      en: `Area ${input.areaSqm} m²`,
    });
    return { class: hit.class, label: hit.zh };
  },
});
