import { z } from 'zod';
import { ZIsoDate } from '../../platform/schemas.ts';

const isoDate = ZIsoDate;
const ZBilingual = z.object({ zh: z.string().min(1).max(200), en: z.string().min(1).max(200) });

export const levels = ['grassroots', 'regional', 'federation'] as const;
export type Level = (typeof levels)[number];
export const levelNames: Record<Level, { zh: string; en: string }> = {
  grassroots: { zh: '初审（基层工会）', en: 'First review (grassroots union)' },
  regional: { zh: '复审（区局（产业）工会）', en: 'Second review (regional union)' },
  federation: { zh: '终审（市总）', en: 'Final review (federation)' },
};
export const channels = ['personal', 'unit'] as const;

export const ZWindow = z
  .object({ batch: z.number().int().positive(), from: isoDate, to: isoDate })
  .refine((w) => w.from <= w.to, { message: '窗口结束早于开始 / the window ends before it starts' });

/** One level of the review chain: who acts and in how long. */
export const ZChainStep = z
  .object({
    level: z.enum(levels),
    name: ZBilingual.optional(),
    actor: z.object({
      role: z.enum(['grassroots-officer', 'regional-officer', 'department-officer', 'agency-officer']),
      /** For a federation-level step: the department or agency that acts (e.g. `grassroots-work`, `mutual-aid-centre`). */
      functionCode: z.string().min(1).max(40).optional(),
    }),
    dueIn: z
      .object({ workingDays: z.number().int().positive().max(250).optional(), calendarDays: z.number().int().positive().max(366).optional() })
      .refine((d) => (d.workingDays === undefined) !== (d.calendarDays === undefined), {
        message: '须给出工作日或自然日之一 / give workingDays or calendarDays',
      }),
    /** Channels for which this step is skipped (a personal application skips the unit's first review). */
    skipForChannels: z.array(z.enum(channels)).default([]),
  })
  .superRefine((s, ctx) => {
    const expected = { grassroots: 'grassroots-officer', regional: 'regional-officer' } as Record<string, string>;
    if (s.level !== 'federation' && s.actor.role !== expected[s.level])
      ctx.addIssue({
        code: 'custom',
        path: ['actor', 'role'],
        message: `${s.level} 级应由 ${expected[s.level]} 审核 / the ${s.level} level is acted on by ${expected[s.level]}`,
      });
    if (s.level === 'federation' && !s.actor.functionCode)
      ctx.addIssue({
        code: 'custom',
        path: ['actor', 'functionCode'],
        message: '市总级须指定部室或直属单位 / a federation step names its department or agency',
      });
  });
export type TChainStep = z.infer<typeof ZChainStep>;

export const ZRequiredDocument = z.object({
  type: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
  name: ZBilingual,
  /** Required only when a form field has this value (e.g. the mentoring agreement when role is mentor). */
  when: z.object({ field: z.string().min(1).max(40), equals: z.union([z.string(), z.boolean()]) }).optional(),
});
export type TRequiredDocument = z.infer<typeof ZRequiredDocument>;

export const ZSettlement = z.object({
  cadence: z.literal('monthly').default('monthly'),
  /** The list closes on this day of the month (000 大病 三(五): the 25th). */
  closeDay: z.number().int().min(1).max(28),
  /** Paid by this day of the next month (000 大病 三(五): the 10th). */
  payByDay: z.number().int().min(1).max(28),
  /** Function code of the disbursing unit that prepares batches and marks them paid. */
  preparer: z.string().min(1).max(40),
  /** Members' cards (awards, condolences), or the applicant organisation's verified account (site grants, issue 11 §1). */
  payTo: z.enum(['member-card', 'org-account']).default('member-card'),
});
export type TSettlement = z.infer<typeof ZSettlement>;

export const ZContact = z.object({ role: z.string().max(40), org: z.string().max(80), name: z.string().max(40), phone: z.string().max(40) });

export const ZInstanceCreate = z.object({
  program: z.string().min(1).max(60),
  year: z.number().int().min(2016).max(2100),
  title: z.string().trim().min(1).max(120),
  status: z.enum(['draft', 'open', 'closed']).default('open'),
  channels: z.array(z.enum(channels)).min(1),
  windows: z.array(ZWindow).min(1),
  reviewChain: z.array(ZChainStep).min(1).max(5),
  requiredDocuments: z.array(ZRequiredDocument).max(20).default([]),
  settlement: ZSettlement,
  contacts: z.array(ZContact).max(10).default([]),
  sources: z.string().max(500).optional(),
  /**
   * The union that runs the program (issue 11 §5). A regional officer opens programs for their own
   * union only (the default); a federation department or the administrator for the federation (the
   * default) or for any union.
   */
  orgId: z.number().int().positive().optional(),
  /** The money the union set aside for the program, in yuan (paid from its own account). */
  budget: z.number().nonnegative().max(1e10).multipleOf(0.01).optional(),
});
export type TInstanceCreate = z.infer<typeof ZInstanceCreate>;

// Not `.partial()` of the create schema: zod applies a field's default even inside `.partial()`, so a
// PATCH naming only the title would reset status, documents and contacts to their defaults.
export const ZInstanceUpdate = z.object({
  title: ZInstanceCreate.shape.title.optional(),
  status: z.enum(['draft', 'open', 'closed']).optional(),
  channels: ZInstanceCreate.shape.channels.optional(),
  windows: ZInstanceCreate.shape.windows.optional(),
  reviewChain: ZInstanceCreate.shape.reviewChain.optional(),
  requiredDocuments: z.array(ZRequiredDocument).max(20).optional(),
  settlement: ZSettlement.optional(),
  contacts: z.array(ZContact).max(10).optional(),
  sources: ZInstanceCreate.shape.sources,
  budget: ZInstanceCreate.shape.budget.nullable(),
});
export type TInstanceUpdate = z.infer<typeof ZInstanceUpdate>;

export const ZId = z.object({ id: z.coerce.number().int().positive() });

// Response schemas: what present() in service.ts answers.
const ZBilingualText = z.object({ zh: z.string(), en: z.string() });
const ZWindowOut = z.object({ batch: z.number().int(), from: z.string(), to: z.string() });
export const ZInstance = z.object({
  id: z.number().int(),
  program: z.string(),
  programTitle: ZBilingualText.nullable(),
  year: z.number().int(),
  org: z.object({ id: z.number().int(), name: z.string() }),
  /** Who prepares, signs and pays its batches: the federation's departments, or the regional union that opened it. */
  runBy: z.enum(['federation', 'regional-union']),
  title: z.string(),
  status: z.enum(['draft', 'open', 'closed']),
  channels: z.array(z.enum(channels)),
  windows: z.array(ZWindowOut),
  currentWindow: ZWindowOut.nullable(),
  acceptingOn: z.string(),
  reviewChain: z.array(
    z.object({
      index: z.number().int(),
      level: z.enum(levels),
      name: ZBilingualText,
      actor: z.object({ role: z.string(), functionCode: z.string().optional() }),
      dueIn: z.object({ workingDays: z.number().int().optional(), calendarDays: z.number().int().optional() }),
      skipForChannels: z.array(z.enum(channels)),
    }),
  ),
  requiredDocuments: z.array(
    z.object({ type: z.string(), name: ZBilingualText, when: z.object({ field: z.string(), equals: z.union([z.string(), z.boolean()]) }).optional() }),
  ),
  settlement: z.object({ cadence: z.string(), closeDay: z.number().int(), payByDay: z.number().int(), preparer: z.string(), payTo: z.string() }),
  contacts: z.array(z.object({ role: z.string(), org: z.string(), name: z.string(), phone: z.string() })),
  sources: z.string().nullable(),
  /** The program's own budget in yuan, or null when none was recorded. */
  budget: z.number().nullable(),
  abilities: z.object({ apply: z.boolean(), manage: z.boolean() }),
});
export type TInstanceOut = z.infer<typeof ZInstance>;
export const ZInstanceList = z.object({ items: z.array(ZInstance) });

// The program's application form (form.ts): JSON Schema with the labels and the form's own keywords.
const ZEnumValue = z.union([z.string(), z.number(), z.boolean()]);
/** A field of a row in a list of rows (strings and numbers only). */
const ZFormSubField = z.strictObject({
  type: z.enum(['string', 'number', 'integer']),
  pattern: z.string().optional(),
  minLength: z.number().int().optional(),
  maxLength: z.number().int().optional(),
  'x-label': ZBilingualText,
});
export const ZFormField = z.strictObject({
  type: z.enum(['string', 'number', 'integer', 'boolean', 'array', 'object']),
  enum: z.array(ZEnumValue).optional(),
  format: z.string().optional().describe('`date`: a day, YYYY-MM-DD'),
  pattern: z.string().optional(),
  minLength: z.number().int().optional(),
  maxLength: z.number().int().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  exclusiveMinimum: z.number().optional(),
  multipleOf: z.number().optional(),
  default: z.unknown().optional(),
  description: z.string().optional(),
  items: z
    .strictObject({
      type: z.string(),
      enum: z.array(ZEnumValue).optional(),
      properties: z.record(z.string(), ZFormSubField).optional().describe('a list of rows (e.g. the teaching points): each row’s fields'),
      required: z.array(z.string()).optional(),
    })
    .optional()
    .describe('for a list: its items'),
  minItems: z.number().int().optional(),
  maxItems: z.number().int().optional(),
  'x-label': ZBilingualText.describe('the field’s label'),
  'x-enum-labels': z.record(z.string(), ZBilingualText).optional().describe('each value’s label (enums and lists of enum values)'),
  'x-help': ZBilingualText.optional().describe('one line under the field'),
  'x-visible-when': z.strictObject({ field: z.string(), equals: ZEnumValue }).optional().describe('shown (and sent) only while another field has this value'),
  'x-required-when-visible': z.boolean().optional().describe('a conditional field that must be filled once shown'),
  'x-prefill': z.strictObject({ category: z.string() }).optional().describe('true before the applicant answers when the member has this registry category'),
});
export type TFormField = z.infer<typeof ZFormField>;
export const ZFormDescriptor = z.strictObject({
  program: z.string(),
  applicant: z.enum(['member', 'org']),
  schema: z.strictObject({
    type: z.literal('object'),
    properties: z.record(z.string(), ZFormField),
    required: z.array(z.string()),
    additionalProperties: z.literal(false),
    'x-order': z.array(z.string()).describe('the order the fields are shown in'),
  }),
});
export type TFormDescriptor = z.infer<typeof ZFormDescriptor>;
