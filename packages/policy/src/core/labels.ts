import type { z } from 'zod';
import type { Message } from './types.ts';

/**
 * Field labels of the programs' input schemas. `labelled(shape, own)` puts on every field
 * `.meta({ title, description, 'x-label', 'x-enum-labels' })`, which `z.toJSONSchema` copies into
 * the published input JSON Schema, so the web's forms need no copy of their own:
 *   title          the Chinese label (what officers read)
 *   description    "English label — one-line help"
 *   x-label        { zh, en }
 *   x-enum-labels  { value: { zh, en } } for enums and lists of enum values
 * A field without a label, or an enum value without one, is an error when the program loads.
 * Wording follows /work/shared/design/glossary.md and the web's existing `pkey.*` / `af.*` labels.
 */

export type Pair = readonly [zh: string, en: string];

export interface FieldLabel {
  zh: string;
  en: string;
  /** One line of help, in English (the Chinese form shows the label only). */
  help?: string;
  /** Labels of the enum values (also of list items' enum values). */
  values?: Record<string, Pair>;
}

export const label = (zh: string, en: string, help?: string, values?: Record<string, Pair>): FieldLabel => ({
  zh,
  en,
  ...(help !== undefined && { help }),
  ...(values !== undefined && { values }),
});

const PLAN_VALUES: Record<string, Pair> = { A: ['A 类', 'Plan A'], B: ['B 类', 'Plan B'], 'A+': ['A+ 类', 'Plan A+'], 'B+': ['B+ 类', 'Plan B+'] };

/** Fields several programs share; a program's own labels take precedence. */
export const COMMON_LABELS: Record<string, FieldLabel> = {
  plan: label('保障类别', 'Plan', 'member protection plan (A, B, A+, B+)', PLAN_VALUES),
  eventDate: label('事件日期', 'Event date', 'the day of the event the claim or enrollment depends on'),
  coverageStart: label('起保日', 'Cover starts', 'first day of the coverage period'),
  coverageEnd: label('止保日', 'Cover ends', 'last day of the coverage period'),
  hospitalDays: label('住院天数', 'Hospital days', 'days in hospital claimed'),
  paidThisYear: label('本年度已给付', 'Paid this year', 'already paid for this benefit in the coverage year'),
  filedOn: label('申请日期', 'Filed on', 'the day the claim was filed'),
  appliedOn: label('申请日期', 'Applied on', 'the day of the application'),
  isMember: label('是否会员', 'Is a member', 'a union member on the application day'),
  persons: label('人数', 'Persons', 'number of people'),
  nights: label('晚数', 'Nights', 'number of nights'),
};

type Def = { type: string; innerType?: unknown; element?: unknown; entries?: Record<string, unknown>; values?: unknown[] };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** The enum values a field accepts (through optional/default/nullable wrappers and arrays), if any. */
function enumValues(schema: unknown): string[] | undefined {
  let def = defOf(schema);
  for (let i = 0; i < 8; i++) {
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'pipe') && def.innerType) def = defOf(def.innerType);
    else if (def.type === 'array' && def.element) def = defOf(def.element);
    else break;
  }
  if (def.type === 'enum' && def.entries) return Object.values(def.entries).map(String);
  if (def.type === 'literal' && def.values) return def.values.map(String);
  return undefined;
}

const toPair = ([zh, en]: Pair) => ({ zh, en });

/** The field's `.meta()` object (exported for tests and tools). */
export function fieldMeta(name: string, schema: unknown, l: FieldLabel | undefined): Record<string, unknown> {
  if (!l) throw new Error(`input field ${name} has no label (add it to the program's labels or COMMON_LABELS)`);
  const meta: Record<string, unknown> = {
    title: l.zh,
    description: l.help ? `${l.en} — ${l.help}` : l.en,
    'x-label': { zh: l.zh, en: l.en },
  };
  const values = enumValues(schema);
  if (values) {
    const missing = values.filter((v) => !l.values?.[v]);
    if (missing.length) throw new Error(`input field ${name}: no label for ${missing.join(', ')}`);
    meta['x-enum-labels'] = Object.fromEntries(values.map((v) => [v, toPair(l.values![v]!)]));
  }
  return meta;
}

/** Every field of `shape` with its label as `.meta()`; `own` first, then COMMON_LABELS. */
export function labelled<S extends Record<string, z.ZodType>>(shape: S, own: Record<string, FieldLabel> = {}): S {
  const out: Record<string, z.ZodType> = {};
  for (const [k, s] of Object.entries(shape)) out[k] = s.meta(fieldMeta(k, s, own[k] ?? COMMON_LABELS[k]));
  return out as S;
}

/** Names the engine itself puts in a trace, and values several programs compute (the trace's labels). */
export const TRACE_LABELS: Record<string, Message> = {
  policy: { zh: '政策版本', en: 'Policy version' },
  'policy-date': { zh: '确定政策版本的日期', en: 'Date that selects the policy' },
  coveredFrom: { zh: '保障起始日', en: 'Covered from' },
  paidDays: { zh: '给付天数', en: 'Days paid' },
  daysTimesRate: { zh: '天数 × 日额', en: 'Days × daily rate' },
  gradeAmount: { zh: '伤残等级对应金额', en: 'Amount for the disability grade' },
  'paid-this-accident': { zh: '本次意外已给付', en: 'Paid for this accident' },
  pricePerRoomNight: { zh: '每间每晚价格', en: 'Price per room-night' },
  subsidyLeftThisYear: { zh: '本年度剩余补贴额度', en: 'Subsidy left this year' },
  bonusCapped: { zh: '封顶后的奖励', en: 'Award after the cap' },
  visitNumber: { zh: '第几次送教', en: 'Visit number' },
  round: { zh: '申报批次', en: 'Application round' },
  union: { zh: '工会', en: 'Union' },
  morning: { zh: '上午', en: 'Morning' },
  afternoon: { zh: '下午', en: 'Afternoon' },
  'critical-illness-medical-band': { zh: '重大疾病医疗费用分段', en: 'Critical-illness medical band' },
  'disability-grade': { zh: '伤残等级', en: 'Disability grade' },
  'coverage-year-limit': { zh: '保障年度限额', en: 'Coverage-year limit' },
  'per-accident-limit': { zh: '每次意外限额', en: 'Per-accident limit' },
  hospitalization: { zh: '住院补贴', en: 'Hospital benefit' },
};
