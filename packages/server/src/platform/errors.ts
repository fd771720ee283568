// One error type for the whole server. Each error has a stable code, an HTTP status, the field it
// concerns (a JSON path such as `rows[3].idNumber` or `body.username`) and a message in zh-CN and en.
// The HTTP layer renders it as application/problem+json (RFC 9457).

export interface Bilingual {
  zh: string;
  en: string;
}

export interface FieldIssue {
  field: string;
  code: string;
  message: Bilingual;
  /** The position of the item concerned, in a request carrying a list (evaluate-batch). */
  index?: number;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Bilingual,
    readonly issues: FieldIssue[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(messages.en);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, messages: Bilingual, issues: FieldIssue[] = [], extra = {}) => new AppError(400, code, messages, issues, extra);

export const invalidField = (field: string, code: string, message: Bilingual) =>
  new AppError(400, 'invalid-input', { zh: `字段 ${field}：${message.zh}`, en: `Field ${field}: ${message.en}` }, [{ field, code, message }]);

/** A day the caller reports (an event, a payment, a delivery) cannot be after today: 400 naming the field and the day. */
export function assertNotAfterToday(field: string, day: string | null | undefined, today: string, what: Bilingual) {
  if (day && day > today)
    throw new AppError(400, 'invalid-input', { zh: `${what.zh}（${day}）不能晚于今天`, en: `${what.en} (${day}) cannot be after today (${today})` }, [
      { field, code: 'in-future', message: { zh: '不能晚于今天', en: 'after today' } },
    ]);
}

export const unauthenticated = () => new AppError(401, 'unauthenticated', { zh: '请先登录', en: 'Please log in first' });

export const forbidden = (what: Bilingual = { zh: '无权执行此操作', en: 'You are not allowed to do this' }, extra: Record<string, unknown> = {}) =>
  new AppError(403, 'forbidden', what, [], extra);

export const notFound = (entity: string, id?: unknown) =>
  new AppError(404, 'not-found', {
    zh: `找不到${entityZh[entity] ?? entity}${id !== undefined ? ` ${String(id)}` : ''}`,
    en: `No ${entity}${id !== undefined ? ` ${String(id)}` : ''} found`,
  });

export const conflict = (code: string, messages: Bilingual, extra = {}) => new AppError(409, code, messages, [], extra);

/** A PostgreSQL unique violation (SQLSTATE 23505, both engines), optionally of one named constraint. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  if (!e || e.code !== '23505') return false;
  if (!constraint) return true;
  // pg names the constraint; PGlite may only have it in the message.
  return e.constraint === constraint || (typeof e.message === 'string' && e.message.includes(`"${constraint}"`));
}

const entityZh: Record<string, string> = {
  org: '组织',
  member: '会员',
  person: '人员',
  account: '账号',
  import: '导入批次',
  job: '任务',
  // The lifecycle (calls, projects, progress, surveys).
  call: '征集活动',
  proposal: '项目建议',
  candidate: '候选实事项目',
  comment: '评论',
  support: '支持记录',
  slate: '项目清单',
  project: '实事项目',
  target: '目标',
  allocation: '目标分配',
  milestone: '时间节点',
  report: '进度报表',
  pool: '名额池',
  grant: '名额分配',
};

export type Lang = 'zh' | 'en';

/** zh-CN first: English only when the client prefers it. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  const prefs = acceptLanguage
    .split(',')
    .map((p) => {
      const [tag, ...params] = p.trim().split(';');
      const q = params.find((x) => x.trim().startsWith('q='));
      return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q.split('=')[1]) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const p of prefs) {
    if (p.tag.startsWith('zh')) return 'zh';
    if (p.tag.startsWith('en')) return 'en';
  }
  return 'zh';
}
