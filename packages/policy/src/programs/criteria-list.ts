import { z } from 'zod';
import { PolicyError } from '../core/errors.ts';

// The shape shared by the standards checked item by item on site (canteens, culture teams, nursing
// rooms; health-point-standard has the same two checks): each criterion names an input field and is
// either a flag that must be true or a number that must reach a minimum. The on-site checklist of the
// sites module is generated from these lists, so an item's `zh` is what the inspector reads.

const zLabel = { code: z.string().regex(/^[a-z0-9-]+$/), zh: z.string().min(1), en: z.string().min(1) };

export function zCriteria<F extends string, C extends string>(flags: readonly [F, ...F[]], counts: readonly [C, ...C[]]) {
  return z
    .array(
      z.discriminatedUnion('check', [
        z.strictObject({ ...zLabel, check: z.literal('flag'), field: z.enum(flags) }),
        z.strictObject({ ...zLabel, check: z.literal('at-least'), field: z.enum(counts), min: z.number().positive() }),
      ]),
    )
    .min(1);
}

export type ListCriterion =
  | { code: string; zh: string; en: string; check: 'flag'; field: string }
  | { code: string; zh: string; en: string; check: 'at-least'; field: string; min: number };

/** The criteria not met by the input; a field a criterion needs and the input lacks is an invalid input naming it. */
export function missingCriteria(criteria: readonly ListCriterion[], input: Record<string, unknown>) {
  const out: { code: string; zh: string; en: string }[] = [];
  for (const c of criteria) {
    const v = input[c.field];
    if (v === undefined)
      throw new PolicyError(
        'invalid-input',
        { zh: `缺少字段 input.${c.field}（标准“${c.zh}”需要）`, en: `Missing field input.${c.field} (needed by criterion ${c.code})` },
        { field: `input.${c.field}` },
      );
    const met = c.check === 'flag' ? v === true : (v as number) >= c.min;
    if (!met) out.push({ code: c.code, zh: c.zh, en: c.en });
  }
  return out;
}
