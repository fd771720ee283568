// 公益乐学 企业版送教上门 (000 公益乐学职工文体服务实施方案 四（二）): each enterprise or union organisation gets
// two free visits of one and a half hours a year. The server counts the unit's visits already booked in the
// visit's calendar year (cancelled ones give theirs back) and asks the engine whether this one is free.
import { z } from 'zod';
import { zCount } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

const LABELS: Record<string, FieldLabel> = {
  visitsThisYear: label('本年度已预约场次', 'Visits booked this year', 'the unit’s visits already booked (not cancelled) in the visit’s calendar year'),
};

export const freeClassVisit = defineProgram({
  code: 'free-class-visit',
  title: { zh: '公益乐学企业版送教上门', en: 'Free classes: on-site visits to units' },
  input: z.strictObject(labelled({ visitsThisYear: zCount(10_000) }, LABELS)),
  parameters: { 'free-visits-per-year': z.number().int().positive(), 'visit-minutes': z.number().int().positive() },
  outputs: { freeVisitsPerYear: 'number', visitMinutes: 'number', visitNumber: 'number', remainingAfter: 'number' },
  formula(input, ctx) {
    const perYear = ctx.param('free-visits-per-year');
    const minutes = ctx.param('visit-minutes');
    const visitNumber = ctx.value('visitNumber', input.visitsThisYear + 1);
    const within = ctx.check('over-free-visits', visitNumber <= perYear, () => ({
      zh: `每家企事业单位或工会组织每年免费享受 ${perYear} 场送教上门（公益乐学 四（二）），本年度已预约 ${input.visitsThisYear} 场`,
      en: `A unit gets ${perYear} free on-site visits a year (free classes 四（二）); ${input.visitsThisYear} already booked this year`,
    }));
    return { freeVisitsPerYear: perYear, visitMinutes: minutes, visitNumber, remainingAfter: within ? perYear - visitNumber : 0 };
  },
});
