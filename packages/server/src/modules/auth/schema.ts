import { z } from 'zod';

export const ZLogin = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const ZOtpRequest = z.object({ mobile: z.string().trim().min(11).max(20) });
export const ZOtpVerify = z.object({ mobile: z.string().trim().min(11).max(20), code: z.string().regex(/^\d{6}$/) });
export const ZPasswordChange = z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) });
