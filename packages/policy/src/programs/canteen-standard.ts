import { z } from 'zod';
import { isIsoDate } from '../core/dates.ts';
import { zDate } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';
import { missingCriteria, zCriteria } from './criteria-list.ts';

// 推进新建10家园区（企业）一线职工食堂 (001 项目6, 2022): the requirements a new frontline canteen must
// meet (二、项目要求), checked on site, and the two application rounds (四(二): 3月15日前; 补充申报 6月30日前
// for projects newly launched). The seed states no grant: the federation plaques the ten best at the year's
// end (三(四) 示范引领), so there is no amount here and accepting a canteen books nothing.

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  safeCanteenStandard: label('达到“职工放心食堂”标准', 'Meets the “safe workers’ canteen” standard', 'the market-supervision bureau’s 职工放心食堂 standard'),
  matchesWorkforce: label('与职工数量相匹配', 'Sized to the workforce', 'the canteen matches the number of workers of the park, enterprise or site'),
  openedInYear: label('年内开放使用', 'Open within the year', 'opened for use within 2022'),
  servesFrontline: label('主要服务一线职工', 'Serves mainly frontline workers', 'the diners are mainly the unit’s frontline workers'),
  appliedOn: label('申报日期', 'Applied on', 'the day the regional union filed the 申报表'),
  launchedOn: label('立项启动日期', 'Project launched on', 'the day the canteen project was launched (立项启动)'),
};

const FLAGS = ['safeCanteenStandard', 'matchesWorkforce', 'openedInYear', 'servesFrontline'] as const;
const zIso = z.string().refine(isIsoDate);

export const canteenStandard = defineProgram({
  code: 'canteen-standard',
  title: { zh: '新建一线职工食堂项目要求', en: 'New frontline canteen requirements' },
  input: z.strictObject(
    labelled(
      {
        safeCanteenStandard: z.boolean().optional(),
        matchesWorkforce: z.boolean().optional(),
        openedInYear: z.boolean().optional(),
        servesFrontline: z.boolean().optional(),
        appliedOn: zDate().optional(),
        launchedOn: zDate().optional(),
      },
      LABELS,
    ),
  ),
  parameters: {
    // Flags only; the count list is never used (the seed sets no number).
    criteria: zCriteria(FLAGS, ['none'] as const),
    'application-rounds': z.strictObject({ first: zIso, supplementary: zIso }).refine((r) => r.first < r.supplementary),
  },
  outputs: { qualified: 'boolean', missing: 'json', round: 'number' },
  formula(input, ctx) {
    const missing = missingCriteria(ctx.param('criteria'), input);
    ctx.value('missing', missing);
    ctx.check('criteria-not-met', missing.length === 0, () => ({
      zh: `未达到新建一线职工食堂项目要求：${missing.map((m) => m.zh).join('；')}`,
      en: `Requirements of a new frontline canteen not met: ${missing.map((m) => m.code).join(', ')}`,
    }));
    // The rounds apply to the application (the on-site check gives no date and is not a round).
    let round: number | null = null;
    if (input.appliedOn !== undefined) {
      const r = ctx.param('application-rounds');
      const applied = input.appliedOn;
      if (applied <= r.first) round = ctx.value('round', 1);
      else if (applied <= r.supplementary) {
        round = ctx.value('round', 2);
        ctx.check('not-newly-launched', input.launchedOn !== undefined && input.launchedOn > r.first, () => ({
          zh: `${r.first} 之后的补充申报仅限新立项启动的食堂项目（立项启动日期：${input.launchedOn ?? '未填写'}）`,
          en: `After ${r.first} only projects launched since then may apply (launched: ${input.launchedOn ?? 'not given'})`,
        }));
      } else
        ctx.check('outside-application-window', false, () => ({
          zh: `申报表应于 ${r.first} 前报送，补充申报截至 ${r.supplementary}，实际 ${applied}`,
          en: `Applications were due by ${r.first}, supplementary ones by ${r.supplementary}; this one is dated ${applied}`,
        }));
    }
    return { qualified: missing.length === 0, missing, round };
  },
});
