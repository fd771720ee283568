import { z } from 'zod';
import { ZTimestamp } from '../../platform/schemas.ts';
import { ZDocument } from '../documents/schema.ts';

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
  /** An organisation applicant (issue 11 §1: a union applying for a site grant), for programs that take them; the officer's own union or one below it. */
  applicantOrgId: z.number().int().positive().optional(),
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

// ---------------------------------------------------------------------------------------------
// Response schemas: what the presenters in service.ts and reports.ts answer.

const ZBilingualText = z.object({ zh: z.string(), en: z.string() });
/** A timestamp: a Date from the driver, sent as an ISO date-time string. */

export const ZApplicationRow = z.object({
  id: z.number().int(),
  no: z.string(),
  program: z.string(),
  programId: z.number().int(),
  programTitle: z.string(),
  year: z.number().int(),
  channel: z.enum(['personal', 'unit']),
  member: z
    .object({ personId: z.number().int(), name: z.string(), idNumber: z.string(), memberNo: z.string() })
    .nullable()
    .describe('null when the applicant is an organisation'),
  applicant: z.object({ kind: z.enum(['member', 'org']), org: z.object({ id: z.number().int(), name: z.string() }).nullable() }),
  org: z.object({ id: z.number().int(), name: z.string() }),
  region: z.object({ id: z.number().int(), name: z.string().nullable() }).nullable(),
  subject: z.string().nullable(),
  form: z.unknown().describe('the application form as filed'),
  amount: z.number().describe('yuan'),
  status: z.enum(statuses),
  statusName: ZBilingualText,
  step: z
    .object({
      index: z.number().int(),
      level: z.string().nullable(),
      name: ZBilingualText.nullable(),
      org: z.string().nullable(),
      role: z.string().nullable(),
      startedOn: z.string().nullable(),
      dueOn: z.string().nullable(),
      /** The due date lies in a year whose State Council holiday notice is not entered yet: counted Monday–Friday, provisional until it is. */
      dueProvisional: z.boolean().optional(),
    })
    .nullable(),
  overdue: z.boolean(),
  appliedOn: z.string(),
  decidedOn: z.string().nullable(),
  rejectReason: z.string().nullable(),
  abilities: z.object({
    approve: z.boolean(),
    return: z.boolean(),
    reject: z.boolean(),
    resubmit: z.boolean(),
    withdraw: z.boolean(),
    cancel: z.boolean().describe('an approved booking the applicant may still cancel (before it starts)'),
    viewDocuments: z.boolean(),
  }),
});
export type TApplicationRow = z.infer<typeof ZApplicationRow>;

export const ZApplicationPage = z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(ZApplicationRow) });

export const ZApplication = ZApplicationRow.extend({
  evaluation: z
    .looseObject({
      at: z.unknown(),
      policy: z.unknown(),
      eligible: z.unknown(),
      output: z.unknown(),
      reasons: z.unknown(),
      trace: z.unknown().optional(),
      input: z.unknown().optional(),
    })
    .describe('the policy engine’s decision kept with the application; trace and input for officers only'),
  documents: z.array(ZDocument),
  history: z.array(
    z.object({
      step: z.number().int(),
      level: z.string().nullable(),
      action: z.string(),
      actor: z.string(),
      org: z.string().nullable(),
      comment: z.string().nullable(),
      dueOn: z.string().nullable(),
      at: ZTimestamp,
      evaluation: z.unknown().optional(),
    }),
  ),
});

export const ZBulkResult = z.object({
  approved: z.number().int(),
  refused: z.number().int(),
  results: z.array(
    z.object({ id: z.number().int(), ok: z.boolean(), status: z.string().optional(), error: z.object({ code: z.string(), message: z.string() }).optional() }),
  ),
});

export const ZRemindersResult = z.object({ overdue: z.number().int(), notices: z.number().int(), on: z.string() });

const ZStatusCounts = z.object({
  'in-review': z.number().int(),
  returned: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
  withdrawn: z.number().int(),
});
export const ZApplicationReport = z.object({
  asOf: z.string(),
  items: z.array(
    z.object({
      programId: z.number().int(),
      program: z.string(),
      title: z.string(),
      year: z.number().int(),
      region: z.object({ id: z.number().int(), name: z.string().nullable() }).nullable(),
      byStatus: ZStatusCounts,
      total: z.number().int(),
      overdue: z.number().int(),
      approvedAmount: z.number(),
      paidAmount: z.number(),
    }),
  ),
  totals: z.object({ total: z.number().int(), overdue: z.number().int(), approvedAmount: z.number(), paidAmount: z.number() }),
});

/** A binary download (.xlsx, a document): described, not validated. */
export const ZBinary = z.any().describe('binary file');
