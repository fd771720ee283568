import { z } from 'zod';
import { isIsoDate } from '../core/dates.ts';
import { zDate } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  builtOn: label('建成日期', 'Built on', 'the day the nursing room was completed'),
};

const zIso = z.string().refine(isIsoDate);
const zFen = z.number().int().nonnegative();

export const nursingRoomSubsidy = defineProgram({
  code: 'nursing-room-subsidy',
  title: { zh: '爱心妈咪小屋建屋补贴', en: 'Nursing room build subsidy' },
  input: z.strictObject(
    labelled(
      {
        builtOn: zDate(),
        appliedOn: zDate(),
      },
      LABELS,
    ),
  ),
  parameters: {
    'built-window': z.strictObject({ from: zIso, to: zIso }),
    'application-deadline': zIso,
    // Read by the server's district claim (sites/claims.ts), not by this formula: the regional union's own deadline.
    'claim-deadline': zIso,
    subsidy: z.strictObject({ amount: zFen, newspaperPart: zFen }).refine((s) => s.newspaperPart <= s.amount),
  },
  outputs: {
    amount: 'money',
    newspaperPart: 'money',
    assetsPart: 'money',
  },
  policyDate: {
    field: 'input.appliedOn',
    describe: { zh: '按申请日期（appliedOn）选择政策版本', en: 'The application date (appliedOn) selects the version' },
    of: (input) => input.appliedOn,
  },
  formula(input, ctx) {
    const w = ctx.param('built-window');
    ctx.check('established-outside-window', input.builtOn >= w.from && input.builtOn <= w.to, {
      zh: `补贴对象为 ${w.from} 至 ${w.to} 期间建立的小屋，该小屋建于 ${input.builtOn}`,
      en: `Rooms built ${w.from} to ${w.to} are covered; this one was built on ${input.builtOn}`,
    });
    const deadline = ctx.param('application-deadline');
    ctx.check('outside-application-window', input.appliedOn <= deadline, {
      zh: `应于 ${deadline} 前向所属区局（产业）工会申报，实际 ${input.appliedOn}`,
      en: `Applications were due by ${deadline}; this one is dated ${input.appliedOn}`,
    });
    ctx.check('applied-before-established', input.appliedOn >= input.builtOn);

    if (!ctx.eligible) return { amount: 0, newspaperPart: 0, assetsPart: 0 };
    const s = ctx.param('subsidy');
    const assetsPart = ctx.money('assetsPart', s.amount - s.newspaperPart, {
      zh: '建屋补贴减订阅《劳动报》部分，即购置固定资产及物品的标准',
      en: 'The subsidy less the newspaper part: the standard for furniture and equipment',
    });
    return { amount: s.amount, newspaperPart: s.newspaperPart, assetsPart };
  },
});
