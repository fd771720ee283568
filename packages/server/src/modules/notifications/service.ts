// The notification outbox: SMS and portal messages are written here in the same flow as the
// change that causes them; a sender (an SMS gateway, outside this repository) delivers pending rows.
import { maskMobile } from '../../platform/identifiers.ts';
import type { Executor } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';

export const templates: Record<string, { zh: string; en: string }> = {
  'login-code': {
    zh: '【上海工会】您的登录验证码为{code}，{minutes}分钟内有效，请勿泄露。',
    en: '[Shanghai Unions] Your login code is {code}, valid for {minutes} minutes. Do not share it.',
  },
  'import-finished': {
    zh: '会员导入完成：成功 {imported} 条。',
    en: 'Member import finished: {imported} rows imported.',
  },
};

export function renderTemplate(template: string, payload: Record<string, unknown>, lang: 'zh' | 'en' = 'zh') {
  const t = templates[template]?.[lang] ?? template;
  return t.replace(/\{(\w+)\}/g, (_, k) => String(payload[k] ?? ''));
}

export async function notify(
  s: Services,
  n: { channel: 'sms' | 'portal'; personId?: number; accountId?: number; recipient?: string; template: string; payload: Record<string, unknown> },
  db: Executor = s.database.db,
) {
  await db
    .insertInto('notifications')
    .values({
      channel: n.channel,
      person_id: n.personId ?? null,
      account_id: n.accountId ?? null,
      recipient_masked: n.recipient ? maskMobile(n.recipient) : null,
      recipient_cipher: n.recipient ? s.vault.seal(n.recipient) : null,
      template: n.template,
      payload: JSON.stringify(n.payload),
    })
    .execute();
}
