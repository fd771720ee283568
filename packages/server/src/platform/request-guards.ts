// Checks every request passes at the edge, before any module sees it (issue 8 §3): the Origin of a
// state-changing request, NUL bytes in text (PostgreSQL text and jsonb cannot hold them), and the
// security headers of the answer.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, invalidField } from './errors.ts';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A browser names the page that sent a request in `Origin`; a state-changing request from another
 * site's page is refused (CSRF defence beside the SameSite cookie). Compared by host (and port) with
 * the request's own Host (X-Forwarded-Host only when TRUST_PROXY is set), so a TLS-terminating proxy
 * that keeps the Host works; other sites that may post here are listed in ALLOWED_ORIGINS.
 */
export function checkOrigin(req: FastifyRequest, allowed: readonly string[]) {
  if (!stateChanging.has(req.method)) return;
  const origin = req.headers.origin;
  if (origin === undefined) return; // not sent by a browser page (curl, server-to-server, same-origin GET forms)
  let url: URL | null = null;
  try {
    url = origin === 'null' ? null : new URL(origin);
  } catch {
    url = null;
  }
  if (url && (url.host === ownHost(url.protocol, req.host) || allowed.includes(url.origin))) return;
  throw new AppError(403, 'bad-origin', {
    zh: `拒绝来自其他站点（${origin.slice(0, 80)}）的修改请求`,
    en: `A state-changing request from another site (${origin.slice(0, 80)}) is refused`,
  });
}

/** The request's Host as the Origin's scheme would write it (`localhost:80` is `localhost` for http). */
function ownHost(protocol: string, host: string) {
  try {
    return new URL(`${protocol}//${host}`).host;
  } catch {
    return null;
  }
}

/** The JSON path of the first string (or key) holding a NUL byte, or null. */
export function findNulByte(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNulByte(value[i], `${path}.${i}`, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  if (Buffer.isBuffer(value)) return null;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const name = `${path}.${k.replaceAll('\u0000', '\\u0000')}`;
    if (k.includes('\u0000')) return name;
    const hit = findNulByte(v, name, depth + 1);
    if (hit) return hit;
  }
  return null;
}

/** 400 naming the field when any text in the body, query or path parameters holds a NUL byte. */
export function checkNulBytes(req: FastifyRequest) {
  for (const [part, value] of [
    ['body', req.body],
    ['query', req.query],
    ['params', req.params],
  ] as const) {
    const field = findNulByte(value, part);
    if (field) throw invalidField(field, 'nul-byte', { zh: '文本中不能含有 NUL 字符（\\u0000）', en: 'text may not contain a NUL character (\\u0000)' });
  }
}

/**
 * The page's Content-Security-Policy. The built UI loads only its own scripts; Ant Design writes its
 * styles at run time (CSS-in-JS) and React sets style attributes, so styles need 'unsafe-inline'.
 */
export const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameSrc: ["'self'", 'blob:'],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
};

/**
 * Headers helmet does not decide per request: HSTS only over TLS, and no caching of anything but
 * the built UI's files (API answers carry names, masked IDs and amounts). Decided from the matched
 * route, so `/%61pi/v1/...` is treated as the API it reaches.
 */
export function setTransportHeaders(req: FastifyRequest, reply: FastifyReply, isUiFile: boolean) {
  if (req.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  if (!isUiFile) {
    reply.header('cache-control', 'no-store');
    reply.header('pragma', 'no-cache');
  }
}
