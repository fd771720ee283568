// The notification outbox: SMS and portal messages are written here in the same flow as the
// change that causes them; a sender (an SMS gateway, outside this repository) delivers pending rows.
import { maskMobile } from '../../platform/identifiers.ts';
import type { Executor } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import type { NoticeTemplate } from '../../platform/module.ts';
import { notFound } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import { activeOfficerIds } from '../accounts/service.ts';
import * as repo from './repository.ts';

export const notificationNotices = {
  'login-code': {
    zh: '【上海工会】您的登录验证码为{code}，{minutes}分钟内有效，请勿泄露。',
    en: '[Shanghai Unions] Your login code is {code}, valid for {minutes} minutes. Do not share it.',
  },
  'import-finished': {
    zh: '会员导入完成：成功 {imported} 条。',
    en: 'Member import finished: {imported} rows imported.',
  },
} satisfies Record<string, NoticeTemplate>;

/** Every module's notice templates, registered from the module list at start-up. */
const templates = new Map<string, NoticeTemplate>();

export function registerNotices(notices: Readonly<Record<string, NoticeTemplate>>, module: string) {
  for (const [key, t] of Object.entries(notices)) {
    if (templates.has(key) && templates.get(key) !== t) throw new Error(`notice template ${key} of ${module} is declared twice`);
    templates.set(key, t);
  }
}

export function renderTemplate(template: string, payload: Record<string, unknown>, lang: 'zh' | 'en' = 'zh') {
  const t = templates.get(template)?.[lang] ?? template;
  return t.replace(/\{(\w+)\}/g, (_, k) => String(payload[k] ?? ''));
}

/**
 * Tell every active officer of these unions (optionally of one role) in their portal: the one way a
 * module reaches "whoever works at union X". Returns how many notices were written.
 */
export async function notifyOfficers(
  s: Services,
  db: Executor,
  to: { orgIds: readonly number[]; role?: string },
  template: string,
  payload: Record<string, unknown>,
): Promise<number> {
  const ids = await activeOfficerIds(db, to.orgIds, to.role);
  for (const accountId of ids) await notify(s, { channel: 'portal', accountId, template, payload }, db);
  return ids.length;
}

export async function notify(
  s: Services,
  n: { channel: 'sms' | 'portal'; personId?: number; accountId?: number; recipient?: string; template: string; payload: Record<string, unknown> },
  db: Executor = s.database.db,
) {
  await repo.insertNotice(db, {
    channel: n.channel,
    person_id: n.personId ?? null,
    account_id: n.accountId ?? null,
    recipient_masked: n.recipient ? maskMobile(n.recipient) : null,
    recipient_cipher: n.recipient ? s.vault.seal(n.recipient) : null,
    template: n.template,
    payload: JSON.stringify(n.payload),
  });
}

/** My portal notices, newest first, each rendered in both languages; with the count of unread ones. */
export async function myNotices(s: Services, ctx: RequestContext, q: { unread: boolean; page: number; pageSize: number }) {
  const a = ctx.actor!;
  const { total, unread, rows } = await repo.listMine(s.database.db, a, q);
  return {
    total,
    unread,
    items: rows.map((r) => ({
      id: r.id,
      template: r.template,
      text: {
        zh: renderTemplate(r.template, r.payload as Record<string, unknown>, 'zh'),
        en: renderTemplate(r.template, r.payload as Record<string, unknown>, 'en'),
      },
      payload: r.payload,
      read: r.status === 'read',
      at: r.created_at,
    })),
  };
}

export async function markRead(s: Services, ctx: RequestContext, id: number) {
  if (!(await repo.markMineRead(s.database.db, ctx.actor!, id))) throw notFound('notification', id);
  return { ok: true as const };
}
