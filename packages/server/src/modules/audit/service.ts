// The audit module's service: reading the audit trail and the login log (in Chinese, filtered, and as
// .xlsx), and the login log's one writer (`logLogin`, called by auth for every attempt).
import { scopePath } from '../../platform/access.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import { XLSX, type Download } from '../../platform/download.ts';
import { notFound } from '../../platform/errors.ts';
import { maskPersonalData } from '../../platform/personal-data.ts';
import type { Services } from '../../platform/services.ts';
import { writeXlsx } from '../../platform/spreadsheets.ts';
import { findOrg } from '../orgs/api.ts';
import { verifyAuditChain } from '../../platform/audit-chain.ts';
import { actionName, objectName, summaryZh } from './labels.ts';
import * as repo from './repository.ts';

export type { LoginAttempt } from './repository.ts';

/** Record one login attempt (password or one-time code, success or why not), apart from the audit trail. */
export const logLogin = (db: Executor, e: repo.LoginAttempt) => repo.insertLogin(db, e);

export type AuditQuery = Omit<repo.AuditFilter, 'orgPath'> & { orgId?: number | undefined };

/** An export holds at most this many rows (newest first); the filters narrow it. */
const EXPORT_MAX = 10_000;

async function filterOf(db: Executor, ctx: RequestContext, q: AuditQuery) {
  const root = scopePath(ctx.actor!) ?? '-';
  let orgPath: string | undefined;
  if (q.orgId) {
    const o = await findOrg(db, q.orgId);
    if (!o || !o.path.startsWith(root)) throw notFound('org', q.orgId);
    orgPath = o.path;
  }
  const { orgId: _, ...rest } = q;
  return { root, filter: { ...rest, orgPath } };
}

async function present(db: Executor, rows: Awaited<ReturnType<typeof repo.listAudit>>['rows']) {
  const ids = (entity: string) => [
    ...new Set(rows.filter((r) => r.entity === entity && r.entity_id && /^\d+$/.test(r.entity_id)).map((r) => Number(r.entity_id))),
  ];
  const names = await repo.objectLabels(db, { account: ids('account'), member: ids('member'), org: ids('org') });
  return rows.map((e) => {
    const masked = maskPersonalData({ summary: e.summary, before: e.before, after: e.after });
    const known = e.entity_id ? (names as Record<string, Map<string, string>>)[e.entity]?.get(e.entity_id) : undefined;
    const obj = objectName(e.entity);
    return {
      id: e.id,
      at: e.at,
      actor: e.actor_name,
      actorRole: e.actor_role,
      action: e.action,
      actionName: actionName(e.action),
      entity: e.entity,
      entityName: obj,
      entityId: e.entity_id,
      // The record named: the account's holder and username, the member's name and masked ID, the org's name; else its number.
      object: known ?? (e.entity_id ? `${obj.zh} ${e.entity_id}` : obj.zh),
      ...masked,
      summary: summaryZh(masked.summary),
      ip: e.ip,
      requestId: e.request_id,
    };
  });
}

export async function auditTrail(s: Services, ctx: RequestContext, q: AuditQuery) {
  const db = s.database.db;
  const { root, filter } = await filterOf(db, ctx, q);
  const { total, rows } = await repo.listAudit(db, root, filter);
  // writeAudit masks what it stores; entries written before it did are masked on the way out.
  return { total, page: q.page, pageSize: q.pageSize, items: await present(db, rows) };
}

export async function auditActions(s: Services, ctx: RequestContext) {
  const codes = await repo.auditActions(s.database.db, scopePath(ctx.actor!) ?? '-');
  return { items: codes.map((code) => ({ code, name: actionName(code) })) };
}

const summaryText = (x: { summary: unknown }) => (typeof x.summary === 'string' ? x.summary : x.summary == null ? '' : JSON.stringify(x.summary));

/** The audit trail as .xlsx with Chinese headers, with the page's filters (newest first, at most 10,000 rows). */
export async function exportAudit(s: Services, ctx: RequestContext, q: AuditQuery): Promise<Download> {
  const db = s.database.db;
  const { root, filter } = await filterOf(db, ctx, q);
  const { rows } = await repo.listAudit(db, root, { ...filter, page: 1, pageSize: EXPORT_MAX });
  const items = await present(db, rows);
  const body = await writeXlsx([
    {
      name: '操作日志',
      columns: [
        { header: '时间', key: 'at', width: 20 },
        { header: '操作人', key: 'actor', width: 16 },
        { header: '操作', key: 'action', width: 18 },
        { header: '对象', key: 'object', width: 28 },
        { header: '摘要', key: 'summary', width: 50 },
        { header: 'IP 地址', key: 'ip', width: 16 },
        { header: '操作代码', key: 'code', width: 22 },
      ],
      rows: items.map((i) => ({
        at: beijing(i.at),
        actor: i.actor,
        action: i.actionName.zh,
        object: i.object,
        summary: summaryText(i),
        ip: i.ip,
        code: i.action,
      })),
    },
  ]);
  return { fileName: `操作日志-${s.clock.today()}.xlsx`, type: XLSX, body };
}

/** A timestamp as Beijing time, YYYY-MM-DD HH:mm:ss, for the exported sheets. */
function beijing(at: Date | string) {
  return new Date(new Date(at).getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

const loginReasons: Record<string, string> = {
  locked: '账号已锁定',
  'bad-password': '密码错误',
  'bad-password-locked': '密码错误，账号已锁定',
  'unknown-user': '用户不存在',
  disabled: '账号已停用',
  'unknown-mobile': '手机号未登记',
  'bad-code': '验证码错误',
};

export async function loginLog(s: Services, q: repo.LoginFilter) {
  const { total, rows } = await repo.listLogins(s.database.db, q);
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    items: rows.map((e) => ({ id: e.id, at: e.at, username: e.username, method: e.method, success: e.success, reason: e.reason, ip: e.ip })),
  };
}

/** The login log as .xlsx with Chinese headers, with the page's filters. */
export async function exportLoginLog(s: Services, q: repo.LoginFilter): Promise<Download> {
  const { rows } = await repo.listLogins(s.database.db, { ...q, page: 1, pageSize: EXPORT_MAX });
  const body = await writeXlsx([
    {
      name: '登录日志',
      columns: [
        { header: '时间', key: 'at', width: 20 },
        { header: '用户名', key: 'username', width: 18 },
        { header: '方式', key: 'method', width: 10 },
        { header: '结果', key: 'result', width: 8 },
        { header: '原因', key: 'reason', width: 16 },
        { header: 'IP 地址', key: 'ip', width: 16 },
      ],
      rows: rows.map((e) => ({
        at: beijing(e.at),
        username: e.username,
        method: e.method === 'otp' ? '验证码' : '密码',
        result: e.success ? '成功' : '失败',
        reason: e.reason ? (loginReasons[e.reason] ?? e.reason) : '',
        ip: e.ip,
      })),
    },
  ]);
  return { fileName: `登录日志-${s.clock.today()}.xlsx`, type: XLSX, body };
}

/** Walk the whole audit hash chain (every entry recomputed). */
export const verifyChain = (s: Services) => verifyAuditChain(s.database.db);
