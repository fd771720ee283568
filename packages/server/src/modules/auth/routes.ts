import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { limitPerClient } from '../../platform/rate-limits.ts';
import { SESSION_COOKIE, revokeSession } from '../../platform/sessions.ts';
import type { Services } from '../../platform/services.ts';
import { ZOk } from '../../platform/schemas.ts';
import { ZLoggedIn, ZLogin, ZMe, ZOtpRequest, ZOtpSent, ZOtpVerify, ZPasswordChange, ZPasswordChanged } from './schema.ts';
import { changePassword, loginWithOtp, loginWithPassword, requestOtp, whoAmI } from './service.ts';

export async function authRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // Secure when configured, and whenever the request itself came over TLS (directly or, with
  // TRUST_PROXY, through a proxy that says so).
  const secure = (req: FastifyRequest) => s.config.secureCookies || req.protocol === 'https';
  const setCookie = (req: FastifyRequest, reply: FastifyReply, token: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: secure(req), expires });
  const limits = s.config.rateLimits;
  const byIp = (req: FastifyRequest) => req.ip;
  // Per IP and username, so one office behind one address is not locked out by a colleague; and a
  // looser cap per IP against trying many usernames.
  const loginLimit = limitPerClient(app, [
    { name: 'login', max: limits.login, key: (req) => `${req.ip}|${String((req.body as { username?: unknown })?.username ?? '').toLowerCase()}` },
    { name: 'login-ip', max: limits.loginPerIp, key: byIp },
  ]);
  const otpLimit = limitPerClient(app, [{ name: 'otp', max: limits.otp, key: byIp }]);
  const otpVerifyLimit = limitPerClient(app, [{ name: 'otp-verify', max: limits.otpVerify, key: byIp }]);

  api.post(
    '/auth/login',
    {
      config: { public: true },
      preHandler: loginLimit,
      schema: {
        tags: ['auth'],
        summary: 'Log in with username and password; sets the session cookie. Limited per client (429)',
        body: ZLogin,
        response: { 200: ZLoggedIn },
      },
    },
    async (req, reply) => {
      const { token, expires, mustChangePassword } = await loginWithPassword(s, req.ctx, req.body.username, req.body.password);
      setCookie(req, reply, token, expires);
      return { ok: true as const, mustChangePassword };
    },
  );

  api.post(
    '/auth/otp',
    {
      config: { public: true },
      preHandler: otpLimit,
      schema: {
        tags: ['auth'],
        summary: 'Send a one-time login code to a member’s mobile (SMS outbox); the same answer for any number',
        body: ZOtpRequest,
        response: { 200: ZOtpSent },
      },
    },
    async (req) => requestOtp(s, req.ctx, req.body.mobile),
  );

  api.post(
    '/auth/otp/verify',
    {
      config: { public: true },
      preHandler: otpVerifyLimit,
      schema: { tags: ['auth'], summary: 'Log a member in with mobile and one-time code', body: ZOtpVerify, response: { 200: ZOk } },
    },
    async (req, reply) => {
      const { token, expires } = await loginWithOtp(s, req.ctx, req.body.mobile, req.body.code);
      setCookie(req, reply, token, expires);
      return { ok: true as const };
    },
  );

  api.post('/auth/logout', { config: { public: true }, schema: { tags: ['auth'], summary: 'End the session', response: { 200: ZOk } } }, async (req, reply) => {
    if (req.ctx.actor) await revokeSession(s, req.ctx.actor.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secure(req) });
    return { ok: true as const };
  });

  api.get(
    '/auth/me',
    {
      config: { permission: 'account.self', beforePasswordChange: true },
      schema: { tags: ['auth'], summary: 'Who am I: account, role, org, permissions, and whether my password must be changed first', response: { 200: ZMe } },
    },
    (req) => whoAmI(s, req.ctx),
  );

  api.post(
    '/auth/password',
    {
      config: { permission: 'account.self', beforePasswordChange: true },
      schema: { tags: ['auth'], summary: 'Change my password; ends my other sessions', body: ZPasswordChange, response: { 200: ZPasswordChanged } },
    },
    async (req) => changePassword(s, req.ctx, req.body.currentPassword, req.body.newPassword),
  );
}
