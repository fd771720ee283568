// Request and response schemas of the payout routes.
import { z } from 'zod';
import { ZTimestamp } from '../../platform/schemas.ts';

const ZBilingualText = z.object({ zh: z.string(), en: z.string() });
const ZSigner = z.object({ accountId: z.number().int(), name: z.string().nullable(), at: ZTimestamp.nullable() }).nullable();

export const ZBatch = z.object({
  id: z.number().int(),
  no: z.string(),
  programId: z.number().int(),
  program: z.string(),
  programTitle: z.string(),
  period: z.string(),
  closesOn: z.string(),
  payBy: z.string(),
  status: z.enum(['prepared', 'rights-approved', 'finance-approved', 'approved', 'paid', 'cancelled']),
  statusName: ZBilingualText,
  entries: z.number().int(),
  total: z.number().describe('yuan: the whole batch, or the caller’s part of it when scope is `part`'),
  scope: z.enum(['all', 'part']),
  preparedBy: ZSigner,
  rightsApprovedBy: ZSigner,
  financeApprovedBy: ZSigner,
  paidBy: ZSigner,
  paidOn: z.string().nullable(),
  paymentReference: z.string().nullable(),
  /** The union whose account pays the batch: the union that runs the program (a district's own program pays from the district's account). */
  payer: z.object({
    org: z.object({ id: z.number().int(), name: z.string() }),
    kind: z.enum(['federation', 'regional-union']),
    account: z.object({ bank: z.string(), accountName: z.string(), accountNo: z.string().describe('masked'), verified: z.boolean() }).nullable(),
  }),
  /** Who prepares, signs and pays: the federation's departments, or the regional union that runs the program (issue 11 §5). */
  runBy: z.enum(['federation', 'regional-union']),
  abilities: z.object({ approveRights: z.boolean(), approveFinance: z.boolean(), markPaid: z.boolean(), cancel: z.boolean() }),
});

export const ZBatchList = z.object({ items: z.array(ZBatch) });

export const ZBatchDetail = ZBatch.extend({
  lines: z.array(
    z.object({
      entryId: z.number().int(),
      kind: z.enum(['payable', 'reversal']),
      amount: z.number(),
      name: z.string(),
      idNumber: z.string(),
      memberNo: z.string(),
      cardStatus: z.string(),
      org: z.string(),
      applicationNo: z.string(),
      payTo: z.enum(['member-card', 'regional-union', 'org-account', 'bank-account']),
      payee: z
        .object({
          kind: z.enum(['member-card', 'org-account', 'bank-account']),
          org: z.object({ id: z.number().int(), name: z.string() }).nullable(),
          account: z.object({ bank: z.string(), accountName: z.string(), accountNo: z.string().describe('masked') }).nullable(),
        })
        .optional(),
      payToName: z.string(),
      payeeOrg: z.object({ id: z.number().int().nullable(), name: z.string().nullable() }).nullable(),
      decided: z.boolean(),
    }),
  ),
});

export const ZReversal = z.object({ id: z.number().int(), reverses: z.number().int(), amount: z.number(), reason: z.string() });

export const ZMyPayments = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(['payable', 'reversal']),
      amount: z.number(),
      program: z.string(),
      applicationNo: z.string(),
      bookedOn: z.string(),
      reason: z.string().nullable(),
      status: z.enum(['paid', 'in-settlement', 'payable']),
      batchNo: z.string().nullable(),
      paidOn: z.string().nullable(),
      payBy: z.string().nullable(),
    }),
  ),
  paidTotal: z.number(),
});

export const ZPayeeAccount = z.object({
  id: z.number().int(),
  org: z.object({ id: z.number().int(), name: z.string() }),
  bank: z.string(),
  accountName: z.string(),
  accountNo: z.string().describe('masked: the last four digits'),
  status: z.enum(['active', 'retired']),
  verified: z.boolean(),
  verifiedBy: z.string().nullable(),
  verifiedAt: ZTimestamp.nullable(),
  createdAt: ZTimestamp,
});
export const ZPayeeAccountList = z.object({ items: z.array(ZPayeeAccount) });
export const ZPayeeAccountCreate = z.object({
  orgId: z.number().int().positive(),
  bank: z.string().trim().min(2).max(80),
  accountName: z.string().trim().min(2).max(80),
  accountNo: z
    .string()
    .trim()
    .regex(/^[0-9 -]{6,40}$/, { message: '账号只含数字、空格和短横线 / digits, spaces and dashes only' }),
});
