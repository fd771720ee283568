import { z } from 'zod';
import { categories } from './categories.ts';
import { ZBilingual, ZIsoDate as ZDate, ZTimestamp } from '../../platform/schemas.ts';

const text = (max: number) => z.string().trim().max(max);
export const ZId = z.object({ id: z.coerce.number().int().positive() });

export const ZSlateCreate = z.object({
  orgId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2000).max(2100),
  title: text(200).min(2),
  callId: z.coerce.number().int().positive().optional(),
  meeting: text(100).optional(),
  documentNo: text(100).optional(),
  approvedOn: ZDate.optional(),
});
export type TSlateCreate = z.infer<typeof ZSlateCreate>;
export const ZSlateUpdate = ZSlateCreate.omit({ orgId: true, year: true }).partial();
export type TSlateUpdate = z.infer<typeof ZSlateUpdate>;
export const ZSlateList = z.object({ year: z.coerce.number().int().optional(), orgId: z.coerce.number().int().positive().optional() });

export const ZProjectCreate = z.object({
  no: z.coerce.number().int().positive().optional(),
  title: text(300).min(2),
  category: z.enum(categories),
  candidateId: z.coerce.number().int().positive().optional(),
  summary: text(5000).optional(),
});
export type TProjectCreate = z.infer<typeof ZProjectCreate>;
export const ZProjectUpdate = ZProjectCreate.omit({ candidateId: true }).partial();
export type TProjectUpdate = z.infer<typeof ZProjectUpdate>;

const yuan = z
  .number()
  .nonnegative()
  .max(1e12)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: '金额最多两位小数 / at most two decimals' });

export const ZPlan = z.object({
  purpose: text(10000).optional(),
  targetGroups: text(5000).optional(),
  budgetYuan: yuan.nullable().optional(),
  costShares: z
    .array(z.object({ party: text(100).min(1), share: text(100).min(1), amountYuan: yuan.optional() }))
    .max(20)
    .optional(),
  responsibleOrgId: z.coerce.number().int().positive().nullable().optional(),
  contacts: z
    .array(z.object({ name: text(40).min(1), org: text(100).optional(), phone: text(60).optional(), email: text(100).optional() }))
    .max(20)
    .optional(),
  policyPrograms: z.array(text(60).min(1)).max(20).optional(),
  reportCadence: z.enum(['none', 'monthly', 'quarterly']).optional(),
  reportDueMonths: z.array(z.number().int().min(1).max(12)).max(12).optional(),
});
export type TPlan = z.infer<typeof ZPlan>;

export const ZTargetCreate = z.object({
  indicator: text(200).min(1),
  unit: text(20).min(1),
  plannedValue: z.number().int().positive().max(1e12),
  parentTargetId: z.coerce.number().int().positive().optional(),
  weight: z.number().int().min(1).max(100).default(1),
  note: text(1000).optional(),
  /** Where the actual comes from (default `reports`); the application counts need a linked program (plan.policyPrograms). */
  actualFrom: z.enum(['reports', 'approved-applications', 'paid-applications', 'deliveries']).optional(),
});
export type TTargetCreate = z.infer<typeof ZTargetCreate>;

export const ZMilestoneCreate = z.object({
  title: text(300).min(1),
  startsOn: ZDate.optional(),
  dueOn: ZDate,
  responsible: text(200).optional(),
  doneOn: ZDate.optional(),
});
export type TMilestoneCreate = z.infer<typeof ZMilestoneCreate>;
export const ZMilestoneUpdate = z.object({ doneOn: ZDate.nullable() });

export const ZAllocationSplit = z.object({
  parentOrgId: z.coerce.number().int().positive().optional(),
  rows: z.array(z.object({ orgId: z.coerce.number().int().positive(), value: z.number().int().min(0).max(1e12) })).max(2000),
});
export type TAllocationSplit = z.infer<typeof ZAllocationSplit>;

export const ZPublicQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  org: z.union([z.literal('federation'), z.coerce.number().int().positive()]).default('federation'),
});
export const ZDashboardQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  orgId: z.coerce.number().int().positive().optional(),
});

// Plan maintenance (edit and delete of targets, milestones, projects).
export const ZTargetUpdate = ZTargetCreate.omit({ parentTargetId: true })
  .extend({ weight: z.number().int().min(1).max(100).optional(), note: text(1000).nullable().optional() })
  .partial();
export type TTargetUpdate = z.infer<typeof ZTargetUpdate>;
/** PATCH /milestones/:id: any of the fields (`{ doneOn }` alone marks it done, as before). */
export const ZMilestoneEdit = z.object({
  title: text(300).min(1).optional(),
  startsOn: ZDate.nullable().optional(),
  dueOn: ZDate.optional(),
  responsible: text(200).nullable().optional(),
  doneOn: ZDate.nullable().optional(),
});
export type TMilestoneEdit = z.infer<typeof ZMilestoneEdit>;

// Responses. The CRUD answers are declared field by field; the evaluation, dashboard and year-end
// report (projects/evaluation.ts, year-end.ts) declare their heads and pass the rest as computed.

const str = z.string().nullable();
const int = z.number().int();

export const ZSlate = z.object({
  id: int,
  orgId: int,
  orgName: z.string(),
  year: int,
  callId: int.nullable(),
  title: z.string(),
  meeting: str,
  documentNo: str,
  approvedOn: str,
  published: z.boolean(),
  publishedAt: ZTimestamp.nullable(),
  closedOn: str,
  source: str,
  abilities: z.object({ update: z.boolean(), addProject: z.boolean(), publish: z.boolean(), close: z.boolean() }),
});
export const ZSlateItems = z.object({ items: z.array(ZSlate.extend({ projectCount: int })) });
export const ZSlateDetail = ZSlate.extend({
  projects: z.array(
    z.object({
      id: int,
      no: int,
      title: z.string(),
      category: z.string(),
      categoryName: ZBilingual.nullable(),
      responsibleOrgName: str,
      status: z.string(),
      percent: z.number().nullable(),
      suppressed: z.boolean(),
      behind: z.boolean(),
    }),
  ),
});

export const ZProject = z.object({
  id: int,
  slateId: int,
  slateTitle: z.string(),
  orgId: int,
  orgName: z.string(),
  year: int,
  no: int,
  title: z.string(),
  category: z.string(),
  categoryName: ZBilingual.nullable(),
  candidateId: int.nullable(),
  summary: str,
  published: z.boolean(),
  plan: z.object({
    purpose: str,
    targetGroups: str,
    budgetYuan: z.number().nullable(),
    costShares: z.array(z.object({ party: z.string(), share: z.string(), amountYuan: z.number().optional() })),
    responsibleOrgId: int.nullable(),
    responsibleOrgName: str,
    contacts: z.array(z.object({ name: z.string(), org: z.string().optional(), phone: z.string().optional(), email: z.string().optional() })),
    policyPrograms: z.array(z.string()),
    reportCadence: z.enum(['none', 'monthly', 'quarterly']),
    reportDueMonths: z.array(int),
  }),
  source: str,
  abilities: z.object({ update: z.boolean(), plan: z.boolean(), allocate: z.boolean() }),
});
/** A target's evaluation (projects/evaluation.ts TargetEvaluation), every field listed: the serializer keeps only these. */
const ZRemainder = z.object({
  planned: z.number(),
  actual: z.number().nullable(),
  percent: z.number().nullable(),
  behind: z.boolean(),
  suppressed: z.boolean(),
});
const ZTargetEvaluationBase = z.object({
  targetId: int,
  parentTargetId: int.nullable(),
  indicator: z.string(),
  unit: z.string(),
  actualFrom: z.enum(['reports', 'approved-applications', 'paid-applications', 'deliveries']),
  planned: z.number(),
  weight: z.number(),
  actual: z.number().nullable(),
  pending: z.number().nullable(),
  percent: z.number().nullable(),
  suppressed: z.boolean(),
  allocated: z.number().nullable(),
  allocationMismatch: z.boolean(),
  remainder: ZRemainder.nullable(),
  basis: z.array(z.object({ program: z.string(), countedBy: z.string(), delivered: ZBilingual, pending: ZBilingual })).optional(),
});
export const ZPartEvaluation = z.object({
  allocationId: int,
  orgId: int,
  orgName: z.string(),
  shortName: str,
  allocationNo: int.nullable(),
  planned: z.number(),
  actual: z.number(),
  percent: z.number(),
  behind: z.boolean(),
});
const applicationStatusCounts = z.object({ 'in-review': int, returned: int, approved: int, rejected: int, withdrawn: int });
export const ZProgramActivity = z.object({
  program: z.string(),
  year: int,
  scope: z.enum(['all', 'part']),
  total: int,
  byStatus: applicationStatusCounts,
  approved: z.object({ count: int, amountYuan: z.number() }),
  paid: z.object({ count: int, amountYuan: z.number() }),
});

export const ZProjectDetail = ZProject.extend({
  status: z.string(),
  percent: z.number().nullable(),
  suppressed: z.boolean(),
  // Each target's evaluation as evaluation.ts computes it, without its parts (partCount instead).
  targets: z.array(ZTargetEvaluationBase.extend({ partCount: int })),
  milestones: z.array(z.object({ id: int, title: z.string(), startsOn: str, dueOn: z.string(), responsible: str, doneOn: str, overdue: z.boolean() })),
});

export const ZTarget = z.object({
  id: int,
  projectId: int,
  parentTargetId: int.nullable(),
  indicator: z.string(),
  unit: z.string(),
  plannedValue: z.number(),
  weight: z.number(),
  note: str,
  actualFrom: z.string(),
});
export const ZMilestone = z.object({ id: int, projectId: int, title: z.string(), startsOn: str, dueOn: z.string(), responsible: str, doneOn: str });
export const ZDeleted = z.object({ id: int, deleted: z.boolean() });

export const ZAllocationList = z.object({
  target: z.object({ id: int, projectId: int, indicator: z.string(), unit: z.string(), plannedValue: z.number() }),
  allocated: z.number().optional(),
  unallocated: z.number().optional(),
  mismatch: z.boolean().optional(),
  items: z.array(
    z.object({
      id: int,
      orgId: int,
      orgName: z.string(),
      shortName: str,
      allocationNo: int.nullable(),
      parentOrgId: int.nullable(),
      plannedValue: z.number(),
      splitDown: z.number(),
      unallocated: z.number(),
      abilities: z.object({ split: z.boolean() }),
    }),
  ),
});
export const ZAllocationSplitDone = z.object({ targetId: int, parentOrgId: int, share: z.number(), allocated: z.number(), unallocated: z.number(), rows: int });
export const ZAllocationImported = z.object({
  dryRun: z.boolean(),
  targetId: int,
  parentOrgId: int,
  rows: int,
  sum: z.number(),
  expected: z.number(),
  items: z.array(z.object({ row: int, orgId: int, name: z.string(), value: z.number() })),
});

/** A project's evaluation (projects/evaluation.ts): planned against actual per target, with the regional parts. */
export const ZEvaluation = z.object({
  project: z.object({ id: int, no: int, title: z.string(), year: int, orgName: z.string() }),
  asOf: z.string(),
  projectId: int,
  percent: z.number().nullable(),
  suppressed: z.boolean(),
  expectedPercent: z.number(),
  behind: z.boolean(),
  status: z.enum(['planned', 'in-progress', 'completed']),
  budgetYuan: z.number().nullable(),
  spentYuan: z.number(),
  pendingYuan: z.number(),
  targets: z.array(ZTargetEvaluationBase.extend({ parts: z.array(ZPartEvaluation) })),
  programActivity: z.array(ZProgramActivity),
});
/** A union's year (ECharts options included). */
export const ZDashboard = z.object({
  slate: ZSlate,
  asOf: z.string(),
  expectedPercent: z.number(),
  summary: z.object({ projects: int, behind: int, completed: int, budgetYuan: z.number(), spentYuan: z.number() }),
  projects: z.array(
    z.object({
      id: int,
      no: int,
      title: z.string(),
      category: z.string(),
      responsibleOrgName: str,
      status: z.enum(['planned', 'in-progress', 'completed']),
      percent: z.number().nullable(),
      suppressed: z.boolean(),
      expectedPercent: z.number(),
      behind: z.boolean(),
      budgetYuan: z.number().nullable(),
      spentYuan: z.number(),
      pendingYuan: z.number(),
      targets: z.array(
        ZTargetEvaluationBase.pick({
          targetId: true,
          indicator: true,
          unit: true,
          actualFrom: true,
          planned: true,
          actual: true,
          percent: true,
          suppressed: true,
          allocationMismatch: true,
        }),
      ),
      programActivity: z.array(ZProgramActivity),
      behindUnits: int,
      behindUnions: z.array(
        z.object({ targetId: int, indicator: z.string(), orgId: int, orgName: z.string(), planned: z.number(), actual: z.number(), percent: z.number() }),
      ),
    }),
  ),
  // ECharts options, drawn as they come (series and axis names in the caller's language).
  charts: z.object({ progress: z.record(z.string(), z.unknown()), money: z.record(z.string(), z.unknown()) }),
});
/** The year-end report of a list. */
export const ZSlateReport = z.looseObject({ slate: z.looseObject({ id: int, year: int }) });

export const ZPublicSlates = z.object({ items: z.array(z.object({ orgId: int, orgName: z.string(), orgKind: z.string(), years: z.array(int) })) });
export const ZPublicList = z.object({
  org: z.object({ id: int, name: z.string() }),
  year: int,
  title: z.string(),
  meeting: str,
  documentNo: str,
  approvedOn: str,
  asOf: z.string(),
  projects: z.array(
    z.object({
      no: int,
      title: z.string(),
      category: z.string(),
      categoryName: ZBilingual.nullable(),
      responsibleOrgName: str,
      status: z.string(),
      percent: z.number().nullable(),
      suppressed: z.boolean(),
      targets: z.array(
        z.object({
          indicator: z.string(),
          unit: z.string(),
          planned: z.number(),
          actual: z.number().nullable(),
          percent: z.number().nullable(),
          suppressed: z.boolean(),
        }),
      ),
    }),
  ),
});
