import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { rolePermissions, roleNames } from '../../platform/access.ts';
import { SESSION_COOKIE, revokeSession } from '../../platform/sessions.ts';
import type { Services } from '../../platform/services.ts';
import { ZLogin, ZOtpRequest, ZOtpVerify, ZPasswordChange } from './schema.ts';
import { changePassword, loginWithOtp, loginWithPassword, requestOtp } from './service.ts';

export async function authRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const setCookie = (reply: FastifyReply, token: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: s.config.secureCookies, expires });

  api.post('/auth/login', { config: { public: true }, schema: { tags: ['auth'], summary: 'Log in with username and password; sets the session cookie', body: ZLogin } }, async (req, reply) => {
    const { token, expires } = await loginWithPassword(s, req.ctx, req.body.username, req.body.password);
    setCookie(reply, token, expires);
    return { ok: true };
  });

  api.post('/auth/otp', { config: { public: true }, schema: { tags: ['auth'], summary: 'Send a one-time login code to a member’s mobile (SMS outbox)', body: ZOtpRequest } }, async (req) =>
    requestOtp(s, req.ctx, req.body.mobile),
  );

  api.post('/auth/otp/verify', { config: { public: true }, schema: { tags: ['auth'], summary: 'Log a member in with mobile and one-time code', body: ZOtpVerify } }, async (req, reply) => {
    const { token, expires } = await loginWithOtp(s, req.ctx, req.body.mobile, req.body.code);
    setCookie(reply, token, expires);
    return { ok: true };
  });

  api.post('/auth/logout', { config: { public: true }, schema: { tags: ['auth'], summary: 'End the session' } }, async (req, reply) => {
    if (req.ctx.actor) await revokeSession(s, req.ctx.actor.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  api.get('/auth/me', { config: { permission: 'account.self' }, schema: { tags: ['auth'], summary: 'Who am I: account, role, org, permissions' } }, async (req) => {
    const a = req.ctx.actor!;
    return {
      accountId: a.accountId,
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      roleName: roleNames[a.role],
      orgId: a.orgId,
      orgName: a.orgName,
      personId: a.personId,
      permissions: rolePermissions[a.role],
      idleTimeoutMinutes: s.config.sessionIdleMinutes,
    };
  });

  api.post('/auth/password', { config: { permission: 'account.self' }, schema: { tags: ['auth'], summary: 'Change my password', body: ZPasswordChange } }, async (req) => {
    await changePassword(s, req.ctx, req.body.currentPassword, req.body.newPassword);
    return { ok: true };
  });
}
