// Per-client limits on the doors a guesser knocks on (login, one-time codes), with the counting of
// @fastify/rate-limit (a bounded in-process store: per process, like the session cache).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

export interface Limit {
  /** Counted apart from other limits. */
  name: string;
  /** Requests per minute per key. */
  max: number;
  /** Who is counted: the client IP, or the IP and the username tried. */
  key: (req: FastifyRequest) => string;
}

/**
 * A preHandler (the body is parsed, so a key may use it) that applies every limit, each counted
 * on its own; the plugin's own route option runs one limit per request only.
 */
export function limitPerClient(app: FastifyInstance, limits: Limit[]) {
  const limiters = limits.map((l) => app.createRateLimit({ max: l.max, timeWindow: 60_000, keyGenerator: (req) => `${l.name}|${l.key(req)}` }));
  return async (req: FastifyRequest, reply: FastifyReply) => {
    // Every limit counts every attempt (one refused by the per-user limit still counts for the IP).
    const results = [];
    for (const limiter of limiters) results.push(await limiter(req));
    for (const r of results) {
      if (r.isAllowed || !r.isExceeded) continue;
      reply.header('retry-after', String(r.ttlInSeconds));
      throw new AppError(
        429,
        'rate-limited',
        { zh: `请求过于频繁，请 ${r.ttlInSeconds} 秒后再试`, en: `Too many requests: try again in ${r.ttlInSeconds} s` },
        [],
        { retryAfterSeconds: r.ttlInSeconds },
      );
    }
  };
}
