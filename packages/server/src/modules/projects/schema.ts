import { z } from 'zod';
import { categories } from './categories.ts';
import { ZIsoDate as ZDate } from '../../platform/schemas.ts';

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

const yuan = z.number().nonnegative().max(1e12).refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: '金额最多两位小数 / at most two decimals' });

export const ZPlan = z.object({
  purpose: text(10000).optional(),
  targetGroups: text(5000).optional(),
  budgetYuan: yuan.nullable().optional(),
  costShares: z.array(z.object({ party: text(100).min(1), share: text(100).min(1), amountYuan: yuan.optional() })).max(20).optional(),
  responsibleOrgId: z.coerce.number().int().positive().nullable().optional(),
  contacts: z.array(z.object({ name: text(40).min(1), org: text(100).optional(), phone: text(60).optional(), email: text(100).optional() })).max(20).optional(),
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
  actualFrom: z.enum(['reports', 'approved-applications', 'paid-applications']).optional(),
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
export const ZTargetUpdate = ZTargetCreate.omit({ parentTargetId: true }).extend({ weight: z.number().int().min(1).max(100).optional(), note: text(1000).nullable().optional() }).partial();
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
