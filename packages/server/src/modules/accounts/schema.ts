import { z } from 'zod';
import { roles } from '../../platform/access.ts';
import { ZBilingual, ZPage, ZTimestamp } from '../../platform/schemas.ts';

const officerRole = z.enum(roles).exclude(['member']);
/** The holder's resident ID number; checked in full (GB 11643) by the service, which names the problem. */
const idNumber = z.string().trim().min(1).max(30);

export const ZAccountCreate = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { message: '用户名为3–32位小写字母、数字、.-_ / 3–32 lower-case letters, digits, . - _' }),
  displayName: z.string().trim().min(1).max(50),
  role: officerRole,
  orgId: z.coerce.number().int().positive(),
  idNumber,
  /** An initial password chosen by the security administrator; without one the server makes one up. Changed at first login either way. */
  password: z.string().min(1).max(256).optional(),
});

export const ZAccountUpdate = z
  .object({
    displayName: z.string().trim().min(1).max(50).optional(),
    role: officerRole.optional(),
    orgId: z.coerce.number().int().positive().optional(),
    /** Only for an account that has no holder recorded yet; a recorded holder never changes. */
    idNumber: idNumber.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: '没有要修改的内容 / nothing to change' });

export const accountStatuses = ['active', 'disabled', 'locked', 'password-change'] as const;

export const ZAccountSearch = z.object({
  q: z.string().trim().max(64).optional(),
  role: officerRole.optional(),
  orgId: z.coerce.number().int().positive().optional(),
  status: z.enum(accountStatuses).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AccountSearch = z.infer<typeof ZAccountSearch>;

export const ZReason = z.object({ reason: z.string().trim().min(2).max(300) });
export const ZAccountId = z.object({ id: z.coerce.number().int().positive() });

// Responses
export const ZAccount = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  roleName: ZBilingual,
  status: z.string(),
  disabledAt: ZTimestamp.nullable(),
  lockedUntil: ZTimestamp.nullable(),
  lastLoginAt: ZTimestamp.nullable(),
  passwordChangedAt: ZTimestamp.nullable(),
  mustChangePassword: z.boolean(),
  holderIdMasked: z.string().nullable(),
  orgId: z.number().int(),
  orgName: z.string(),
  orgKind: z.string(),
  liveSessions: z.number().int(),
  createdAt: ZTimestamp,
  abilities: z.object({
    update: z.boolean(),
    disable: z.boolean(),
    enable: z.boolean(),
    resetPassword: z.boolean(),
    endSessions: z.boolean(),
    unlock: z.boolean(),
    setHolder: z.boolean(),
  }),
});
export const ZAccountPage = ZPage(ZAccount);
export const ZAccountCreated = z.object({ id: z.number().int(), temporaryPassword: z.string().optional() });
export const ZAccountChanged = ZAccount.extend({ sessionsEnded: z.number().int() });
export const ZPasswordReset = z.object({ temporaryPassword: z.string(), mustChangePassword: z.literal(true), sessionsEnded: z.number().int() });
export const ZSessionsEnded = z.object({ sessionsEnded: z.number().int() });
