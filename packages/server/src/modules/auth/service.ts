import crypto from 'node:crypto';
import { AppError, badRequest, type Bilingual } from '../../platform/errors.ts';
import { dummyHash, hashPassword, passwordProblem, verifyPassword } from '../../platform/passwords.ts';
import { createSession, forgetCachedSessions, revokeAccountSessions } from '../../platform/sessions.ts';
import { normalizeMobile, maskMobile } from '../../platform/identifiers.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { writeAudit } from '../../platform/audit.ts';
import { rolePermissions, roleNames } from '../../platform/access.ts';
import * as accounts from '../accounts/service.ts';
import { logLogin, type LoginAttempt } from '../audit/service.ts';
import { memberByPhone as memberOfPhone } from '../members/api.ts';
import { notify } from '../notifications/service.ts';
import * as repo from './repository.ts';

const badCredentials = () => new AppError(401, 'bad-credentials', { zh: '用户名或密码错误', en: 'Wrong username or password' });

const logAttempt = (s: Services, e: LoginAttempt) => logLogin(s.database.db, e);

const lockedError = (until: Date) =>
  new AppError(
    423,
    'account-locked',
    {
      zh: `连续登录失败次数过多，账号已锁定至 ${until.toISOString().slice(11, 16)} (UTC)`,
      en: `Too many failed logins: the account is locked until ${until.toISOString().slice(11, 16)} UTC`,
    },
    [],
    { lockedUntil: until.toISOString() },
  );

export async function loginWithPassword(s: Services, ctx: RequestContext, username: string, password: string) {
  const { db } = s.database;
  const account = await accounts.accountForLogin(db, username);
  if (!account || !account.password_hash || account.status !== 'active') {
    await verifyPassword(await dummyHash, password);
    await logAttempt(s, {
      username,
      accountId: account?.id ?? null,
      method: 'password',
      success: false,
      reason: account ? 'disabled' : 'unknown-user',
      ip: ctx.ip,
    });
    throw badCredentials();
  }
  if (account.locked_until && account.locked_until > new Date()) {
    await logAttempt(s, { username, accountId: account.id, method: 'password', success: false, reason: 'locked', ip: ctx.ip });
    throw lockedError(account.locked_until);
  }
  if (!(await verifyPassword(account.password_hash, password))) {
    // Counted in one statement by the accounts module, so concurrent wrong passwords cannot all read the same count.
    const max = s.config.loginMaxFailures;
    const after = await accounts.recordFailedLogin(db, account.id, max, s.config.loginLockMinutes);
    const locked = after.lockedUntil !== null;
    await logAttempt(s, {
      username,
      accountId: account.id,
      method: 'password',
      success: false,
      reason: locked ? 'bad-password-locked' : 'bad-password',
      ip: ctx.ip,
    });
    if (locked) throw lockedError(after.lockedUntil!);
    throw new AppError(401, 'bad-credentials', { zh: '用户名或密码错误', en: 'Wrong username or password' }, [], {
      remainingAttempts: max - after.failedCount,
    });
  }
  // A right password that arrives while concurrent wrong ones lock the account is refused too.
  const ok = await accounts.recordLogin(db, account.id);
  if (ok.locked) {
    await logAttempt(s, { username, accountId: account.id, method: 'password', success: false, reason: 'locked', ip: ctx.ip });
    throw lockedError(ok.locked);
  }
  await logAttempt(s, { username, accountId: account.id, method: 'password', success: true, ip: ctx.ip });
  return { ...(await createSession(s, account.id, ctx.ip)), mustChangePassword: ok.mustChangePassword };
}

const OTP_TTL_MS = 10 * 60_000;
const OTP_RESEND_MS = 60_000;
const OTP_PER_DAY = 10;
const OTP_MAX_TRIES = 5;
const codeHash = (phoneHash: string, code: string) => crypto.createHash('sha256').update(`${phoneHash}:${code}`).digest('base64url');

function mobileOrThrow(raw: string) {
  const m = normalizeMobile(raw);
  if (!m)
    throw badRequest('invalid-input', { zh: '手机号格式不正确', en: 'Not a mainland mobile number' }, [
      { field: 'body.mobile', code: 'invalid-mobile', message: { zh: '应为11位手机号，以1开头', en: 'expected 11 digits starting with 1' } },
    ]);
  return m;
}

/** Find the member a phone belongs to: a person with an active membership. */
const memberByPhone = (s: Services, phoneHash: string) => memberOfPhone(s.database.db, phoneHash);

/**
 * Send a login code. A registered and an unknown number get the same answers in the same order
 * (200, then 429 within a minute, then the daily limit), because an unknown number gets a code
 * row too, one nobody receives. The per-number checks run under a lock on the number, so two
 * requests at once cannot both pass the resend check.
 */
export async function requestOtp(s: Services, ctx: RequestContext, rawMobile: string) {
  const mobile = mobileOrThrow(rawMobile);
  const phoneHash = s.vault.blindIndex(mobile);
  const member = await memberByPhone(s, phoneHash);
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
  await s.database.db.transaction().execute(async (trx) => {
    await repo.lockNumber(trx, phoneHash);
    const recent = await repo.codesOfLastDay(trx, phoneHash);
    if (recent[0] && Date.now() - new Date(recent[0].created_at).getTime() < OTP_RESEND_MS) {
      const wait = Math.ceil((OTP_RESEND_MS - (Date.now() - new Date(recent[0].created_at).getTime())) / 1000);
      throw new AppError(429, 'otp-too-soon', { zh: `请 ${wait} 秒后再获取验证码`, en: `Please wait ${wait} s before asking for another code` }, [], {
        retryAfterSeconds: wait,
      });
    }
    if (recent.length >= OTP_PER_DAY)
      throw new AppError(429, 'otp-daily-limit', { zh: '该号码今日获取验证码次数已达上限（10次）', en: 'This number has had 10 codes today; try tomorrow' });
    // An unknown number's row holds the hash of a code that is sent nowhere, so it can never verify.
    const stored = member ? code : crypto.randomBytes(16).toString('hex');
    await repo.insertCode(trx, phoneHash, codeHash(phoneHash, stored), new Date(Date.now() + OTP_TTL_MS));
    if (member) await notify(s, { channel: 'sms', personId: member.id, recipient: mobile, template: 'login-code', payload: { code, minutes: 10 } }, trx);
  });
  if (!member) await logAttempt(s, { username: maskMobile(mobile), accountId: null, method: 'otp', success: false, reason: 'unknown-mobile', ip: ctx.ip });
  else if (s.demoMode) s.log.info({ to: maskMobile(mobile), demoCode: code }, 'demo mode: one-time login code (SMS outbox)');
  return { sent: true, resendAfterSeconds: OTP_RESEND_MS / 1000 };
}

const badCode = (): Bilingual => ({ zh: '验证码错误或已过期', en: 'The code is wrong or has expired' });

export async function loginWithOtp(s: Services, ctx: RequestContext, rawMobile: string, code: string) {
  const mobile = mobileOrThrow(rawMobile);
  const phoneHash = s.vault.blindIndex(mobile);
  const { db } = s.database;
  const otp = await repo.liveCode(db, phoneHash);
  if (!otp || otp.attempts >= OTP_MAX_TRIES || otp.code_hash !== codeHash(phoneHash, code)) {
    if (otp) await repo.countAttempt(db, otp.id);
    await logAttempt(s, { username: maskMobile(mobile), accountId: null, method: 'otp', success: false, reason: 'bad-code', ip: ctx.ip });
    throw new AppError(401, 'bad-code', badCode());
  }
  // Used once: of two concurrent checks with the right code only one marks it used.
  if (!(await repo.markUsed(db, otp.id))) throw new AppError(401, 'bad-code', badCode());
  const member = await memberByPhone(s, phoneHash);
  if (!member) throw new AppError(401, 'bad-code', badCode());
  const account = await accounts.memberLoginAccount(db, ctx, member);
  if (account.status !== 'active') throw new AppError(401, 'bad-code', badCode());
  await accounts.recordMemberLogin(db, account.id);
  await logAttempt(s, { username: maskMobile(mobile), accountId: account.id, method: 'otp', success: true, ip: ctx.ip });
  return createSession(s, account.id, ctx.ip);
}

/**
 * Change my own password. Ends the account's other sessions (a password change is what a holder
 * does when they fear someone else has it) and clears the must-change flag of an initial or reset one.
 */
export async function changePassword(s: Services, ctx: RequestContext, current: string, next: string) {
  const actor = ctx.actor!;
  const { db } = s.database;
  const account = await accounts.passwordStateOf(db, actor.accountId);
  if (!account.password_hash || !(await verifyPassword(account.password_hash, current)))
    throw badRequest('invalid-input', { zh: '当前密码不正确', en: 'The current password is wrong' }, [
      { field: 'body.currentPassword', code: 'wrong-password', message: { zh: '当前密码不正确', en: 'wrong password' } },
    ]);
  const problem = passwordProblem(next, s.config.passwordPolicy);
  if (problem) throw badRequest('invalid-input', problem, [{ field: 'body.newPassword', code: 'weak-password', message: problem }]);
  if (next === current) {
    const same = { zh: '新密码不能与当前密码相同', en: 'the new password must differ from the current one' };
    throw badRequest('invalid-input', same, [{ field: 'body.newPassword', code: 'same-password', message: same }]);
  }
  const hash = await hashPassword(next);
  const ended = await db.transaction().execute(async (trx) => {
    await accounts.setOwnPassword(trx, account.id, hash);
    const n = await revokeAccountSessions(trx, account.id, { except: actor.sessionId });
    await writeAudit(trx, ctx, {
      action: 'account.change-password',
      entity: 'account',
      entityId: account.id,
      summary: `${n} other session(s) ended${account.must_change_password ? '; temporary password replaced' : ''}`,
    });
    return n;
  });
  forgetCachedSessions(account.id);
  return { ok: true as const, otherSessionsEnded: ended };
}

/** Who am I: account, role, org, permissions, and whether my password must be changed first. */
export async function whoAmI(s: Services, ctx: RequestContext) {
  const a = ctx.actor!;
  const hasPassword = await accounts.hasPassword(s.database.db, a.accountId);
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
    mustChangePassword: a.mustChangePassword === true,
    hasPassword,
    passwordPolicy: s.config.passwordPolicy,
  };
}
