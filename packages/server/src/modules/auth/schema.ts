import { z } from 'zod';
import { ZBilingual } from '../../platform/schemas.ts';

export const ZLogin = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const ZOtpRequest = z.object({ mobile: z.string().trim().min(11).max(20) });
export const ZOtpVerify = z.object({ mobile: z.string().trim().min(11).max(20), code: z.string().regex(/^\d{6}$/) });
export const ZPasswordChange = z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) });

// Responses
export const ZLoggedIn = z.object({ ok: z.literal(true), mustChangePassword: z.boolean() });
export const ZOtpSent = z.object({ sent: z.boolean(), resendAfterSeconds: z.number() });
export const ZPasswordChanged = z.object({ ok: z.literal(true), otherSessionsEnded: z.number().int() });
export const ZMe = z.object({
  accountId: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  roleName: ZBilingual,
  orgId: z.number().int().nullable(),
  orgName: z.string().nullable(),
  personId: z.number().int().nullable(),
  permissions: z.array(z.string()).readonly(),
  idleTimeoutMinutes: z.number(),
  mustChangePassword: z.boolean(),
  hasPassword: z.boolean(),
  passwordPolicy: z.enum(['mlps', 'asvs']),
});
