import { z } from 'zod';

export const statuses = ['in-review', 'returned', 'approved', 'rejected', 'withdrawn'] as const;
export const statusNames: Record<(typeof statuses)[number], { zh: string; en: string }> = {
  'in-review': { zh: '审核中', en: 'In review' },
  returned: { zh: '退回补正', en: 'Returned for correction' },
  approved: { zh: '已核准', en: 'Approved' },
  rejected: { zh: '未通过', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const ZSubmit = z.object({
  programId: z.number().int().positive().describe('the program instance'),
  /** Officers applying on a member's behalf (the unit channel) name the member; a member applies for themself. */
  personId: z.number().int().positive().optional(),
  /** The program's form: the policy input without what the registry and the clock supply (membership, dates of application). */
  form: z.record(z.string(), z.unknown()),
  documentIds: z.array(z.number().int().positive()).max(20).default([]),
});
export type TSubmit = z.infer<typeof ZSubmit>;

export const ZResubmit = z.object({
  form: z.record(z.string(), z.unknown()),
  documentIds: z.array(z.number().int().positive()).max(20).default([]),
  removeDocumentIds: z.array(z.number().int().positive()).max(20).default([]),
  comment: z.string().trim().max(500).optional(),
});
export type TResubmit = z.infer<typeof ZResubmit>;

export const ZDecision = z.object({ comment: z.string().trim().max(500).optional() });
export const ZReason = z.object({ reason: z.string().trim().min(2).max(500) });
export const ZBulk = z.object({ ids: z.array(z.number().int().positive()).min(1).max(200), comment: z.string().trim().max(500).optional() });

export const ZList = z.object({
  programId: z.coerce.number().int().positive().optional(),
  status: z.enum(statuses).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(40).optional().describe('application number, member number or name prefix'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TList = z.infer<typeof ZList>;

export const ZId = z.object({ id: z.coerce.number().int().positive() });
