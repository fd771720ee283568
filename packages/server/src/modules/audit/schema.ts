// Request and response schemas of the audit routes (the audit trail, the login log, the chain check).
import { z } from 'zod';
import { ZBilingual, ZBinary, ZIsoDate, ZTimestamp } from '../../platform/schemas.ts';

export { ZBinary };

export const ZAuditFilter = z.object({
  entity: z.string().max(40).optional(),
  entityId: z.string().max(40).optional(),
  action: z.string().max(60).optional(),
  actor: z.string().max(64).optional(),
  orgId: z.coerce.number().int().positive().optional().describe('entries bound to this org’s subtree'),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});
export const ZAuditList = ZAuditFilter.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const ZLoginFilter = z.object({
  username: z.string().max(64).optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  success: z.enum(['true', 'false']).optional(),
});
export const ZLoginList = ZLoginFilter.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZAt = ZTimestamp;
export const ZAuditPage = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(
    z.object({
      id: z.number().int(),
      at: ZAt,
      actor: z.string().nullable(),
      actorRole: z.string().nullable(),
      action: z.string(),
      actionName: ZBilingual,
      entity: z.string(),
      entityName: ZBilingual,
      entityId: z.string().nullable(),
      object: z.string(),
      summary: z.any(),
      before: z.any(),
      after: z.any(),
      ip: z.string().nullable(),
      requestId: z.string().nullable(),
    }),
  ),
});
export const ZLoginPage = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(
    z.object({
      id: z.number().int(),
      at: ZAt,
      username: z.string().nullable(),
      method: z.string(),
      success: z.boolean(),
      reason: z.string().nullable(),
      ip: z.string().nullable(),
    }),
  ),
});

export const ZAuditActions = z.object({ items: z.array(z.object({ code: z.string(), name: ZBilingual })) });

/** The hash chain's verdict: OK with the count and head, or the first entry where it breaks. */
export const ZChainReport = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  head: z.object({ seq: z.number().int(), hash: z.string() }),
  broken: z
    .object({
      id: z.number().int().nullable(),
      seq: z.number().int().nullable(),
      at: z.string().nullable(),
      action: z.string().nullable(),
      reason: z.enum(['hash-mismatch', 'missing-entries', 'unchained-entry', 'head-mismatch']),
      message: ZBilingual,
    })
    .nullable(),
});
