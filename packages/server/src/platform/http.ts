// The HTTP edge: problem+json errors (RFC 9457) in the caller's language, zod issues named by field.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, isUniqueViolation, pickLang, type Bilingual, type FieldIssue } from './errors.ts';

const zhLocale = z.locales.zhCN();
const enLocale = z.locales.en();

function localise(issue: any): Bilingual {
  const zh = (zhLocale.localeError as any)(issue);
  const en = (enLocale.localeError as any)(issue);
  const text = (x: unknown) => (typeof x === 'string' ? x : (x as { message?: string } | undefined)?.message);
  return { zh: text(zh) ?? issue.message, en: text(en) ?? issue.message };
}

/** Turn zod issues into field issues; `prefix` is body/query/params. */
export function zodIssues(issues: readonly any[], prefix?: string): FieldIssue[] {
  return issues.map((i) => {
    const p = (i.path ?? i.instancePath?.split('/').filter(Boolean) ?? []) as (string | number)[];
    const field =
      [prefix, ...p]
        .filter((x) => x !== undefined && x !== '')
        .map(String)
        .join('.') ||
      (prefix ?? 'input');
    const custom = i.params?.messages as Bilingual | undefined;
    return { field, code: i.code ?? 'invalid', message: custom ?? localise(i) };
  });
}

/** Problems listed in one error body; the rest are counted (`errorCount`). 100,000 bad rows once made a 30 MiB answer. */
export const MAX_LISTED_ISSUES = 100;

export function sendProblem(req: FastifyRequest, reply: FastifyReply, err: AppError) {
  const lang = pickLang(req.headers['accept-language']);
  const issues = err.issues.length > MAX_LISTED_ISSUES ? err.issues.slice(0, MAX_LISTED_ISSUES) : err.issues;
  const total = Math.max(err.issues.length, Number(err.extra.errorCount ?? 0));
  const body = {
    type: `https://shishi.dev/problems/${err.code}`,
    title: err.messages[lang],
    status: err.status,
    code: err.code,
    detail: issues.length ? issues.map((i) => `${i.field}: ${i.message[lang]}`).join('; ') : err.messages[lang],
    messages: err.messages,
    errors: issues.map((i) => ({
      field: i.field,
      code: i.code,
      message: i.message[lang],
      messages: i.message,
      ...(i.index !== undefined ? { index: i.index } : {}),
    })),
    instance: req.url.split('?')[0],
    requestId: req.id,
    ...err.extra,
    ...(total > issues.length ? { errorCount: total } : {}),
  };
  return reply.status(err.status).type('application/problem+json; charset=utf-8').send(body);
}

export function installErrorHandler(app: FastifyInstance, webDist: string | null = null) {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) return sendProblem(req, reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const ctx = (error as any).validationContext as string | undefined;
      // Only the listed ones are translated: localising 100,000 issues froze the server.
      const issues = zodIssues(
        error.validation.slice(0, MAX_LISTED_ISSUES).map((v: any) => ({
          ...v.params,
          code: v.keyword,
          message: v.message,
          path: String(v.instancePath ?? '')
            .split('/')
            .filter(Boolean),
        })),
        ctx,
      );
      return sendProblem(
        req,
        reply,
        new AppError(
          400,
          'invalid-input',
          { zh: '请求内容有误', en: 'The request is not valid' },
          issues,
          error.validation.length > issues.length ? { errorCount: error.validation.length } : {},
        ),
      );
    }
    // A unique violation no service anticipated (two identical requests at once): a conflict, not a crash.
    // Services that a user meets map their own constraints to a specific code first.
    if (isUniqueViolation(error)) {
      req.log.warn({ constraint: (error as any).constraint, err: error.message }, 'unique violation');
      return sendProblem(
        req,
        reply,
        new AppError(409, 'duplicate', {
          zh: '与已有记录重复（可能同时提交了两次），请刷新后重试',
          en: 'This duplicates an existing record (perhaps sent twice at once); reload and retry',
        }),
      );
    }
    // A statement past STATEMENT_TIMEOUT_MS (or cancelled because the client left: then nobody reads this).
    if ((error as any).code === '57014') {
      req.log.warn({ err: error.message }, 'statement cancelled');
      return sendProblem(
        req,
        reply,
        new AppError(503, 'query-timeout', {
          zh: '查询用时过长，已中止；请缩小范围（如选择单位或加筛选条件）后重试',
          en: 'The query took too long and was stopped; narrow it (choose a union or add a filter) and retry',
        }),
      );
    }
    if ((error as any).code === 'FST_REQ_FILE_TOO_LARGE' || error.statusCode === 413)
      return sendProblem(req, reply, new AppError(413, 'file-too-large', { zh: '上传文件过大', en: 'The uploaded file is too large' }));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
      return sendProblem(req, reply, new AppError(error.statusCode, 'bad-request', { zh: '请求无法处理', en: error.message }));
    req.log.error({ err: error }, 'unhandled error');
    return sendProblem(req, reply, new AppError(500, 'internal', { zh: '服务器内部错误', en: 'Internal server error' }));
  });
  app.setNotFoundHandler((req, reply) => {
    // The single-page app owns every other GET path (client-side routes such as /members/12).
    if (webDist && req.method === 'GET' && !req.url.startsWith('/api/')) {
      const index = path.join(webDist, 'index.html');
      if (fs.existsSync(index)) return reply.type('text/html; charset=utf-8').send(fs.createReadStream(index));
      return reply
        .status(503)
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><meta charset="utf-8"><title>Shishi</title><p>网页界面尚未构建：请运行 <code>npm run build</code>。<br>The web UI is not built yet: run <code>npm run build</code>. The API is at <a href="/api/docs">/api/docs</a>.</p>',
        );
    }
    return sendProblem(req, reply, new AppError(404, 'not-found', { zh: '没有这个地址', en: `No route ${req.method} ${req.url.split('?')[0]}` }));
  });
}
