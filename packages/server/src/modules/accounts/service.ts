// Officer accounts, run by the security administrator alone (accounts.write): create, search,
// change role or org, disable and enable, reset a password, end sessions, unlock (issue 12).
// Every change is audited in its transaction; a change of who or what an account may do ends its
// sessions, so a disabled or moved account keeps no open door. An account records the person who
// holds it (the ID number, sealed and found by keyed hash), so the two-person rule can compare
// people (see `accountHolders`, used by payouts).
import crypto from 'node:crypto';
import { can, roleNames, roleOrgKinds, type Actor, type Role } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, badRequest, conflict, invalidField, notFound } from '../../platform/errors.ts';
import { idNumberProblemText, maskIdNumber, parseIdNumber } from '../../platform/identifiers.ts';
import { hashPassword, passwordProblem } from '../../platform/passwords.ts';
import { forgetCachedSessions, liveSessionCounts, revokeAccountSessions } from '../../platform/sessions.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { beijingTime, listDownload, readAllPages } from '../../platform/list-export.ts';
import * as repo from './repository.ts';
import type { AccountSearch } from './schema.ts';

type Officer = Exclude<Role, 'member'>;

function present(actor: Actor, r: repo.AccountRow, sessions: number) {
  const own = r.id === actor.accountId;
  const write = can(actor, 'accounts.write');
  const locked = !!r.locked_until && r.locked_until > new Date();
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    roleName: roleNames[r.role as Role],
    status: r.status,
    disabledAt: r.disabled_at,
    lockedUntil: locked ? r.locked_until : null,
    lastLoginAt: r.last_login_at,
    passwordChangedAt: r.password_changed_at,
    mustChangePassword: r.must_change_password,
    holderIdMasked: r.holder_id_masked,
    orgId: r.org_id,
    orgName: r.org_name,
    orgKind: r.org_kind,
    liveSessions: sessions,
    createdAt: r.created_at,
    // One's own account is changed by another security administrator, never by oneself.
    abilities: {
      update: write && !own,
      disable: write && !own && r.status === 'active',
      enable: write && r.status === 'disabled',
      resetPassword: write && !own && r.status === 'active',
      endSessions: write && !own && sessions > 0,
      unlock: write && locked,
      setHolder: write && !own && !r.holder_id_hash,
    },
  };
}
export type AccountView = ReturnType<typeof present>;

async function presentOne(db: Executor, actor: Actor, r: repo.AccountRow) {
  const n = await liveSessionCounts(db, [r.id]);
  return present(actor, r, n.get(r.id) ?? 0);
}

const ownAccount = () =>
  conflict('own-account', {
    zh: '不能对自己的账号执行此操作，请由另一位安全管理员办理',
    en: 'You cannot do this to your own account: another security administrator must',
  });

function holderOrThrow(s: Services, raw: string) {
  const parsed = parseIdNumber(raw);
  if (!parsed.ok) throw invalidField('body.idNumber', parsed.problem, idNumberProblemText[parsed.problem]);
  const id = parsed.value.idNumber;
  return { hash: s.vault.blindIndex(id), cipher: s.vault.seal(id), masked: maskIdNumber(id) };
}

/** Nobody creates or takes over an account for themself: the holder may not be the acting person. */
async function assertNotSelf(db: Executor, actor: Actor, holderHash: string) {
  if ((await repo.holderOf(db, actor.accountId)) === holderHash)
    throw new AppError(403, 'own-person', {
      zh: '不能为本人开设或登记账号，请由另一位安全管理员办理',
      en: 'You cannot open or register an account for yourself: another security administrator must',
    });
}

function assertRoleFitsOrg(role: Officer, org: { kind: string }) {
  const kinds = roleOrgKinds[role] as readonly string[];
  if (!kinds.includes(org.kind))
    throw invalidField('body.orgId', 'role-org-kind', { zh: `该角色只能绑定到：${kinds.join('、')}`, en: `this role binds to: ${kinds.join(', ')}` });
}

/** A temporary password that meets either policy: four groups of four from an unambiguous alphabet. */
export function temporaryPassword() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => alphabet[crypto.randomInt(alphabet.length)]).join(''));
    const p = groups.join('-');
    if (/[a-z]/.test(p) && /[A-Z]/.test(p) && /\d/.test(p)) return p;
  }
}

export async function searchAccounts(s: Services, ctx: RequestContext, f: AccountSearch) {
  const actor = ctx.actor!;
  const db = s.database.db;
  // An 18-character query that is a valid ID number finds the accounts that person holds.
  const asId = f.q && f.q.length === 18 ? parseIdNumber(f.q) : null;
  const holderHash = asId?.ok ? s.vault.blindIndex(asId.value.idNumber) : null;
  const org = f.orgId ? await repo.orgInScope(db, actor, f.orgId) : null;
  if (f.orgId && !org) throw notFound('org', f.orgId);
  const { total, rows } = await repo.searchAccounts(db, actor, { ...f, holderHash, orgPath: org?.path ?? null });
  const sessions = await liveSessionCounts(
    db,
    rows.map((r) => r.id),
  );
  // A search (not the plain first page) is a look into who holds which rights: audited, ID masked.
  const filters = { q: holderHash && asId?.ok ? maskIdNumber(asId.value.idNumber) : f.q, role: f.role, orgId: f.orgId, status: f.status };
  if (Object.values(filters).some((v) => v !== undefined && v !== ''))
    await writeAudit(db, ctx, { action: 'account.search', entity: 'account', summary: `${total} found`, after: filters });
  return { total, page: f.page, pageSize: f.pageSize, items: rows.map((r) => present(actor, r, sessions.get(r.id) ?? 0)) };
}

const accountStatusZh: Record<string, string> = { active: '正常', disabled: '已停用', locked: '已锁定', 'password-change': '待修改密码' };

/** The account list as .xlsx (issue 12 §3): the same filters and scope as the search, holders masked, the page's columns. */
export async function exportAccounts(s: Services, ctx: RequestContext, f: Omit<AccountSearch, 'page' | 'pageSize'>) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const asId = f.q && f.q.length === 18 ? parseIdNumber(f.q) : null;
  const holderHash = asId?.ok ? s.vault.blindIndex(asId.value.idNumber) : null;
  const org = f.orgId ? await repo.orgInScope(db, actor, f.orgId) : null;
  if (f.orgId && !org) throw notFound('org', f.orgId);
  const rows = await readAllPages(s, async (p) => {
    const r = await repo.searchAccounts(db, actor, { ...f, ...p, holderHash, orgPath: org?.path ?? null });
    return { total: r.total, items: r.rows };
  });
  const sessions = await liveSessionCounts(
    db,
    rows.map((r) => r.id),
  );
  const items = rows.map((r) => present(actor, r, sessions.get(r.id) ?? 0));
  return listDownload(s, ctx, {
    title: '账号管理',
    entity: 'account',
    filters: [
      ['关键字', holderHash && asId?.ok ? maskIdNumber(asId.value.idNumber) : f.q],
      ['角色', f.role && roleNames[f.role as Role].zh],
      ['组织', org?.name],
      ['状态', f.status && accountStatusZh[f.status]],
    ],
    columns: [
      { header: '用户名', key: 'username', width: 16 },
      { header: '姓名', key: 'displayName', width: 14 },
      { header: '角色', key: 'role', width: 22 },
      { header: '所属组织', key: 'org', width: 28 },
      { header: '持有人', key: 'holder', width: 22 },
      { header: '状态', key: 'status', width: 20 },
      { header: '在线会话', key: 'sessions', width: 10 },
      { header: '最近登录', key: 'lastLogin', width: 18 },
    ],
    rows: items.map((a) => ({
      username: a.username,
      displayName: a.displayName,
      role: a.roleName.zh,
      org: a.orgName,
      holder: a.holderIdMasked ?? '未登记',
      status: [
        a.status === 'disabled' ? '已停用' : '正常',
        a.lockedUntil ? `已锁定至 ${beijingTime(a.lockedUntil)}` : '',
        a.mustChangePassword ? '待修改密码' : '',
      ]
        .filter(Boolean)
        .join('、'),
      sessions: a.liveSessions,
      lastLogin: beijingTime(a.lastLoginAt) || '无',
    })),
  });
}

export async function getAccount(s: Services, ctx: RequestContext, id: number) {
  const r = await repo.findAccount(s.database.db, ctx.actor!, id);
  if (!r) throw notFound('account', id);
  return presentOne(s.database.db, ctx.actor!, r);
}

export async function createAccount(
  s: Services,
  ctx: RequestContext,
  b: { username: string; displayName: string; role: Officer; orgId: number; idNumber: string; password?: string | undefined },
) {
  const actor = ctx.actor!;
  const db = s.database.db;
  if (b.password !== undefined) {
    const problem = passwordProblem(b.password, s.config.passwordPolicy);
    if (problem) throw badRequest('invalid-input', problem, [{ field: 'body.password', code: 'weak-password', message: problem }]);
  }
  const holder = holderOrThrow(s, b.idNumber);
  const org = await repo.orgInScope(db, actor, b.orgId);
  if (!org) throw notFound('org', b.orgId);
  assertRoleFitsOrg(b.role, org);
  await assertNotSelf(db, actor, holder.hash);
  const password = b.password ?? temporaryPassword();
  const hash = await hashPassword(password);
  const created = await db.transaction().execute(async (trx) => {
    if (await repo.usernameTaken(trx, b.username)) throw conflict('duplicate-username', { zh: '用户名已存在', en: 'Username taken' });
    const a = await repo.insertOfficer(trx, { username: b.username, displayName: b.displayName, role: b.role, orgId: b.orgId, passwordHash: hash, holder });
    await writeAudit(trx, ctx, {
      action: 'account.create',
      entity: 'account',
      entityId: a.id,
      orgPath: org.path,
      after: { username: b.username, role: b.role, orgId: b.orgId, holder: holder.masked },
    });
    return a;
  });
  return { id: created.id, ...(b.password === undefined ? { temporaryPassword: password } : {}) };
}

/** Load an account in scope for a change, locked for the transaction; one's own is refused unless allowed. */
async function forChange(trx: Executor, actor: Actor, id: number, opts: { allowOwn?: boolean } = {}) {
  const r = await repo.findAccount(trx, actor, id, { lock: true });
  if (!r) throw notFound('account', id);
  if (!opts.allowOwn && r.id === actor.accountId) throw ownAccount();
  return r;
}

export async function updateAccount(
  s: Services,
  ctx: RequestContext,
  id: number,
  patch: { displayName?: string | undefined; role?: Officer | undefined; orgId?: number | undefined; idNumber?: string | undefined },
) {
  const actor = ctx.actor!;
  const holder = patch.idNumber !== undefined ? holderOrThrow(s, patch.idNumber) : null;
  const out = await s.database.db.transaction().execute(async (trx) => {
    const r = await forChange(trx, actor, id);
    const role = (patch.role ?? r.role) as Officer;
    const org =
      patch.orgId !== undefined && patch.orgId !== r.org_id
        ? await repo.orgInScope(trx, actor, patch.orgId)
        : { id: r.org_id, kind: r.org_kind, path: r.org_path };
    if (!org) throw notFound('org', patch.orgId);
    if (patch.role !== undefined || patch.orgId !== undefined) assertRoleFitsOrg(role, org);
    const set: Record<string, unknown> = {};
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (patch.displayName !== undefined && patch.displayName !== r.display_name)
      Object.assign(set, { display_name: patch.displayName }), (before.displayName = r.display_name), (after.displayName = patch.displayName);
    if (role !== r.role) Object.assign(set, { role }), (before.role = r.role), (after.role = role);
    if (org.id !== r.org_id) Object.assign(set, { org_id: org.id }), (before.orgId = r.org_id), (after.orgId = org.id);
    if (holder && holder.hash !== r.holder_id_hash) {
      // A holder, once recorded, stays: sign-offs already given were checked against that person.
      if (r.holder_id_hash)
        throw conflict('holder-recorded', {
          zh: '账号持有人已登记，不能更改；换人请另开账号',
          en: 'The holder of this account is recorded and cannot change: open a new account for another person',
        });
      await assertNotSelf(trx, actor, holder.hash);
      Object.assign(set, { holder_id_hash: holder.hash, holder_id_cipher: holder.cipher, holder_id_masked: holder.masked });
      after.holder = holder.masked;
    }
    if (!Object.keys(set).length) return { row: r, ended: 0 };
    await repo.updateColumns(trx, r.id, set);
    // What the account may do or where it acts has changed: its sessions (and their cached rights) end.
    const ended = 'role' in set || 'org_id' in set ? await revokeAccountSessions(trx, r.id) : 0;
    await writeAudit(trx, ctx, {
      action: 'account.update',
      entity: 'account',
      entityId: r.id,
      orgPath: org.path,
      summary: ended ? `${ended} session(s) ended` : undefined,
      before,
      after,
    });
    return { row: (await repo.findAccount(trx, actor, r.id))!, ended };
  });
  forgetCachedSessions(id);
  return { ...(await presentOne(s.database.db, actor, out.row)), sessionsEnded: out.ended };
}

export async function disableAccount(s: Services, ctx: RequestContext, id: number, reason: string) {
  const actor = ctx.actor!;
  const out = await s.database.db.transaction().execute(async (trx) => {
    const r = await forChange(trx, actor, id);
    if (r.status === 'disabled') throw conflict('already-disabled', { zh: '账号已停用', en: 'The account is already disabled' });
    await repo.markDisabled(trx, r.id);
    const ended = await revokeAccountSessions(trx, r.id);
    await writeAudit(trx, ctx, {
      action: 'account.disable',
      entity: 'account',
      entityId: r.id,
      orgPath: r.org_path,
      summary: `${reason} (${ended} session(s) ended)`,
      before: { status: r.status },
      after: { status: 'disabled', reason },
    });
    return { row: (await repo.findAccount(trx, actor, r.id))!, ended };
  });
  forgetCachedSessions(id);
  return { ...(await presentOne(s.database.db, actor, out.row)), sessionsEnded: out.ended };
}

export async function enableAccount(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const row = await s.database.db.transaction().execute(async (trx) => {
    const r = await forChange(trx, actor, id);
    if (r.status === 'active') throw conflict('already-active', { zh: '账号已是启用状态', en: 'The account is already active' });
    await repo.markEnabled(trx, r.id);
    await writeAudit(trx, ctx, {
      action: 'account.enable',
      entity: 'account',
      entityId: r.id,
      orgPath: r.org_path,
      before: { status: r.status },
      after: { status: 'active' },
    });
    return (await repo.findAccount(trx, actor, r.id))!;
  });
  return presentOne(s.database.db, actor, row);
}

/**
 * A new temporary password, shown once to the security administrator: it must be changed at the
 * next login, and every session of the account ends now (a reset is what one does when a password
 * is forgotten or may be known to someone else). A lock from failed logins is lifted too.
 */
export async function resetPassword(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  const ended = await s.database.db.transaction().execute(async (trx) => {
    const r = await forChange(trx, actor, id);
    if (r.status !== 'active') throw conflict('account-disabled', { zh: '账号已停用，请先启用', en: 'The account is disabled: enable it first' });
    await repo.setTemporaryPassword(trx, r.id, hash);
    const n = await revokeAccountSessions(trx, r.id);
    await writeAudit(trx, ctx, {
      action: 'account.reset-password',
      entity: 'account',
      entityId: r.id,
      orgPath: r.org_path,
      summary: `temporary password issued, must be changed at next login; ${n} session(s) ended`,
    });
    return n;
  });
  forgetCachedSessions(id);
  return { temporaryPassword: password, mustChangePassword: true as const, sessionsEnded: ended };
}

export async function endSessions(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const ended = await s.database.db.transaction().execute(async (trx) => {
    const r = await forChange(trx, actor, id);
    const n = await revokeAccountSessions(trx, r.id);
    await writeAudit(trx, ctx, { action: 'account.end-sessions', entity: 'account', entityId: r.id, orgPath: r.org_path, summary: `${n} session(s) ended` });
    return n;
  });
  forgetCachedSessions(id);
  return { sessionsEnded: ended };
}

export async function unlockAccount(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  await s.database.db.transaction().execute(async (trx) => {
    const r = await forChange(trx, actor, id, { allowOwn: true });
    await repo.unlock(trx, r.id);
    await writeAudit(trx, ctx, { action: 'account.unlock', entity: 'account', entityId: r.id, orgPath: r.org_path });
  });
  return { ok: true as const };
}

/**
 * Who holds each account and where it sits, for the two-person rule (payouts): the holder's keyed
 * hash compares people without revealing them; an account without a recorded holder has null.
 */
export async function accountHolders(db: Executor, ids: (number | null)[]) {
  const list = [...new Set(ids.filter((x): x is number => x != null))];
  if (!list.length) return new Map<number, { holderHash: string | null; orgId: number | null; displayName: string }>();
  const rows = await repo.holdersOf(db, list);
  return new Map(rows.map((r) => [r.id, { holderHash: r.holder_id_hash, orgId: r.org_id, displayName: r.display_name }]));
}

// ---------------------------------------------------------------------------------------------
// Logins, for the auth module: the accounts module keeps the failure count, the lock, the last
// login and the member login accounts; auth decides what a login attempt means.

/** The account a username names, with what a password login needs. */
export const accountForLogin = (db: Executor, username: string) => repo.accountByUsername(db, username);

/** A wrong password: counted, and the account locked when it reaches `max`. Returns the lock (null when not locked) and the count. */
export async function recordFailedLogin(db: Executor, accountId: number, max: number, lockMinutes: number) {
  const r = await repo.countFailure(db, accountId, max, lockMinutes);
  return { failedCount: r.failed_count, lockedUntil: r.locked_until === null ? null : new Date(r.locked_until) };
}

/**
 * A right password: failures cleared and the login recorded, unless the account is locked meanwhile
 * (concurrent wrong ones). Returns `{ locked }` with the lock's end then, else the must-change flag.
 */
export async function recordLogin(db: Executor, accountId: number): Promise<{ locked: Date } | { locked: null; mustChangePassword: boolean }> {
  const ok = await repo.clearFailuresUnlessLocked(db, accountId);
  if (ok) return { locked: null, mustChangePassword: ok.must_change_password };
  return { locked: new Date((await repo.lockedUntilOf(db, accountId)) ?? Date.now()) };
}

/** A member's own login account, created (and audited) at their first login. */
export async function memberLoginAccount(db: Executor, ctx: RequestContext, member: { id: number; name: string }) {
  let account = await repo.memberLogin(db, member.id);
  if (!account) {
    account = await repo.insertMemberLogin(db, member.id, member.name);
    await writeAudit(db, ctx, {
      action: 'account.create',
      entity: 'account',
      entityId: account.id,
      summary: 'member account created at first login',
      after: { role: 'member', personId: member.id },
    });
  }
  return account;
}

/** A login that needs no failure count (a member's one-time code). */
export const recordMemberLogin = (db: Executor, accountId: number) => repo.touchLastLogin(db, accountId);

/** One's own password hash and must-change flag, to check the current password. */
export const passwordStateOf = (db: Executor, accountId: number) => repo.passwordOf(db, accountId);

/** Set one's own new password (already hashed); clears the must-change flag. In the caller's transaction. */
export const setOwnPassword = (trx: Executor, accountId: number, hash: string) => repo.setOwnPassword(trx, accountId, hash);

/** Active officer accounts bound to these orgs (optionally of one role): whom to tell about work at that union. */
export const activeOfficerIds = (db: Executor, orgIds: readonly number[], role?: string) => repo.activeOfficerIds(db, orgIds, role);

/** Whether an account has a password (a member's login has none until they set one). */
export const hasPassword = (db: Executor, accountId: number) => repo.hasPassword(db, accountId);
