import { z } from 'zod';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';
import { missingCriteria, zCriteria } from './criteria-list.ts';

// What a subsidised 爱心妈咪小屋 must show when the regional union checks it on site (000 女职工幸福关爱行动
// 一(三)1–2: bought to the 10,000 yuan standard, furniture and equipment for rest and nursing, the assets
// booked, the federation's sign on what the subsidy bought, kept in working order). The subsidy itself
// (10,340, the building window, the deadline) is nursing-room-subsidy.

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  assetsYuan: label('购置固定资产及物品金额（元）', 'Assets bought (yuan)', 'furniture, equipment and items bought for the room'),
  restAndNursingFacilities: label('配备辅助女职工休息、哺乳的设施', 'Rest and nursing facilities', 'furniture and equipment for women to rest and nurse'),
  assetsBooked: label('固定资产已入账', 'Assets booked', 'the assets bought with the subsidy are in the unit’s books'),
  federationSign: label('粘贴市总工会统一标志', 'Federation sign affixed', 'the federation’s sign is on what the subsidy bought'),
  inWorkingOrder: label('日常维护保养、正常使用', 'In working order', 'maintained and in normal use'),
};

export const nursingRoomStandard = defineProgram({
  code: 'nursing-room-standard',
  title: { zh: '爱心妈咪小屋建屋标准', en: 'Nursing room standard' },
  input: z.strictObject(
    labelled(
      {
        assetsYuan: z.number().nonnegative().max(10_000_000).optional(),
        restAndNursingFacilities: z.boolean().optional(),
        assetsBooked: z.boolean().optional(),
        federationSign: z.boolean().optional(),
        inWorkingOrder: z.boolean().optional(),
      },
      LABELS,
    ),
  ),
  parameters: {
    criteria: zCriteria(['restAndNursingFacilities', 'assetsBooked', 'federationSign', 'inWorkingOrder'] as const, ['assetsYuan'] as const),
  },
  outputs: { qualified: 'boolean', missing: 'json' },
  formula(input, ctx) {
    const missing = missingCriteria(ctx.param('criteria'), input);
    ctx.value('missing', missing);
    ctx.check('criteria-not-met', missing.length === 0, () => ({
      zh: `未达到爱心妈咪小屋建屋标准：${missing.map((m) => m.zh).join('；')}`,
      en: `Nursing room standard not met: ${missing.map((m) => m.code).join(', ')}`,
    }));
    return { qualified: missing.length === 0, missing };
  },
});
