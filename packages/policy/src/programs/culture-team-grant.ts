import { z } from 'zod';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';
import { missingCriteria, zCriteria } from './criteria-list.ts';

// 选树10个上海职工示范性文艺团队 (001 项目11, 2022): the selection standard (二(二)2 选树标准: 导向正确、
// 管理规范、队伍建设、新创作品、活动经常), item by item, and the 50,000 yuan of support for each team
// selected (三(五)). The selection itself (the jury's review) is the acceptance.

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  rightOrientation: label('导向正确', 'Right orientation', 'guided by the core socialist values; healthy, uplifting culture for all workers'),
  managementRules: label('有完善的管理制度', 'Management rules', 'complete management rules'),
  stableFunding: label('有稳定的经费支持', 'Stable funding', 'stable financial support'),
  fixedRehearsalVenue: label('有固定的排练场地', 'Fixed rehearsal venue', 'a fixed place to rehearse'),
  performanceEquipment: label('有必要的演出设备', 'Performance equipment', 'the equipment needed to perform'),
  teamAgeYears: label('团龄（年）', 'Team age (years)', 'years since the team was founded'),
  soundStructure: label('组织架构健全', 'Sound structure', 'a complete organisational structure'),
  members: label('团员人数', 'Members', 'members on the roll'),
  regularRehearsals: label('坚持日常排练', 'Regular rehearsals', 'rehearses regularly'),
  newWorksThisYear: label('本年度新创新编作品数', 'New works this year', 'new or newly arranged works this year'),
  grassrootsPerformances: label('面向基层送文化演出', 'Performances for the grassroots', 'performs for workers at the grassroots'),
  cityOrDistrictShows: label('每年有专场或参演市、区级文艺演出', 'City or district shows', 'a show of its own or a part in a city or district show each year'),
};

const FLAGS = [
  'rightOrientation',
  'managementRules',
  'stableFunding',
  'fixedRehearsalVenue',
  'performanceEquipment',
  'soundStructure',
  'regularRehearsals',
  'grassrootsPerformances',
  'cityOrDistrictShows',
] as const;
const COUNTS = ['teamAgeYears', 'members', 'newWorksThisYear'] as const;
const flag = () => z.boolean().optional();

export const cultureTeamGrant = defineProgram({
  code: 'culture-team-grant',
  title: { zh: '上海职工示范性文艺团队扶持经费', en: 'Model workers’ culture team support' },
  input: z.strictObject(
    labelled(
      {
        rightOrientation: flag(),
        managementRules: flag(),
        stableFunding: flag(),
        fixedRehearsalVenue: flag(),
        performanceEquipment: flag(),
        teamAgeYears: z.number().nonnegative().max(200).optional(),
        soundStructure: flag(),
        members: z.number().int().nonnegative().max(100_000).optional(),
        regularRehearsals: flag(),
        newWorksThisYear: z.number().int().nonnegative().max(1_000).optional(),
        grassrootsPerformances: flag(),
        cityOrDistrictShows: flag(),
      },
      LABELS,
    ),
  ),
  parameters: {
    criteria: zCriteria(FLAGS, COUNTS),
    grant: z.number().int().nonnegative(),
  },
  outputs: { amount: 'money', missing: 'json' },
  formula(input, ctx) {
    const missing = missingCriteria(ctx.param('criteria'), input);
    ctx.value('missing', missing);
    ctx.check('criteria-not-met', missing.length === 0, () => ({
      zh: `未达到上海职工示范性文艺团队选树标准：${missing.map((m) => m.zh).join('；')}`,
      en: `Selection standard of a model culture team not met: ${missing.map((m) => m.code).join(', ')}`,
    }));
    const amount = ctx.eligible ? ctx.money('amount', ctx.param('grant')) : 0;
    return { amount, missing };
  },
});
