// The HTTP application: plugins, the actor hook, the permission gate, OpenAPI, and the modules.
// A request flows one way: route → validate (zod) → authorize → service (transaction) → repository → presenter.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyBaseLogger, type FastifyContextConfig, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { installRequestCancel } from './db/query-guard.ts';
import { can, permissionDenied, type PermissionRequirement } from './platform/access.ts';
import { AppError, forbidden, pickLang, unauthenticated } from './platform/errors.ts';
import { installErrorHandler } from './platform/http.ts';
import { checkNulBytes, checkOrigin, contentSecurityPolicy, setTransportHeaders } from './platform/request-guards.ts';
import { SESSION_COOKIE, resolveSession } from './platform/sessions.ts';
import type { RequestContext } from './platform/context.ts';
import type { Services } from './platform/services.ts';
import { modules } from './modules/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its declared access, for the start-up check and the access-matrix test. */
    declaredRoutes: { method: string | string[]; url: string; config: FastifyContextConfig }[];
  }
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyContextConfig {
    /** The permission a route needs; checked before the handler and published in OpenAPI. */
    permission?: PermissionRequirement;
    /** A route anyone may call without logging in. */
    public?: boolean;
    /** Callable while the account must still change an initial or reset password (who am I, change it). */
    beforePasswordChange?: boolean;
    /** A file of the built web UI (cacheable; everything else answers Cache-Control: no-store). */
    uiFile?: boolean;
  }
}

export type App = FastifyInstance;
export type Api = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;

/** TRUST_PROXY=n: the nearest n proxies are trusted (Fastify's number form, typed as a function). */
const hopsOf = (n: number) => (_address: string, hop: number) => hop < n;

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export async function buildApp(s: Services, opts: { serveWeb?: boolean } = {}) {
  const app = Fastify({
    loggerInstance: s.log as FastifyBaseLogger,
    // Believe X-Forwarded-* only from a configured proxy (TRUST_PROXY); otherwise anyone could
    // choose their client IP (rate limits, login log) and claim TLS.
    trustProxy: typeof s.config.trustProxy === 'number' ? hopsOf(s.config.trustProxy) : s.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, opts.serveWeb !== false ? webDist : null);

  await app.register(cookie);
  // Security headers on every answer, API and web files alike (CSP, X-Frame-Options DENY, nosniff, …).
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy,
    frameguard: { action: 'deny' },
    hsts: false, // sent only over TLS, below
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  // Per-client limits, applied by the auth routes (login, one-time codes) through createRateLimit.
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: s.config.uploadMaxBytes, files: 1, fields: 10 }, throwFileSizeLimit: true });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Shishi API',
        version: '0.1.0',
        description:
          'Shishi (实事): trade-union service projects for workers. All routes need a session cookie from `POST /api/v1/auth/login` unless marked public. Errors are application/problem+json in zh-CN or en (Accept-Language).',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input as any) as any;
      const cfg = (input.route as any).config ?? {};
      if (!cfg.public) out.schema = { ...out.schema, security: [{ session: [] }] };
      if (cfg.permission) {
        const names = [cfg.permission]
          .flat()
          .map((p: string) => `\`${p}\``)
          .join(' or ');
        out.schema = { ...out.schema, 'x-permission': cfg.permission, description: `${out.schema?.description ?? ''}\n\nPermission: ${names}`.trim() };
      }
      return out;
    },
  });
  // The documentation pages and the built web UI are public files: their routes say so.
  const publicFiles = async (scope: FastifyInstance, register: (scope: FastifyInstance) => PromiseLike<unknown>) => {
    scope.addHook('onRoute', (r) => {
      r.config ??= {} as FastifyContextConfig;
      (r.config as FastifyContextConfig).public = true;
    });
    await register(scope);
  };
  const uiFiles = async (scope: FastifyInstance) => {
    scope.addHook('onRoute', (r) => {
      (r.config as FastifyContextConfig).uiFile = true;
    });
    await scope.register(fastifyStatic, { root: webDist, index: ['index.html'] });
  };
  await app.register((scope) => publicFiles(scope, (x) => x.register(swaggerUi, { routePrefix: '/api/docs' })));

  // PostgreSQL: a request whose client goes away has its statements cancelled (db/query-guard.ts).
  installRequestCancel(app, s.database.cancel, s.log);
  app.decorateRequest('ctx', null as unknown as RequestContext);
  // The gate decides from the matched route's own options, never from the URL text (the router
  // matches the decoded path, so `/api/v%31/audit` is the route `/api/v1/audit`): a route is public
  // only when it says so, otherwise it needs a session and the permission it declares. Every route
  // must declare one or the other (checked when the app is ready). It runs before the body is even
  // parsed, so a caller without the right learns nothing from 400s and costs no parsing.
  app.addHook('onRequest', async (req) => {
    checkOrigin(req, s.config.allowedOrigins);
    const actor = await resolveSession(s, req.cookies[SESSION_COOKIE]);
    req.ctx = { actor, ip: req.ip ?? null, requestId: req.id, lang: pickLang(req.headers['accept-language']) };
    if (req.is404) return; // nothing matched: the not-found handler serves the web shell or a 404
    const cfg = req.routeOptions.config ?? {};
    if (cfg.public === true) return;
    if (!actor) throw unauthenticated();
    if (!cfg.permission) throw forbidden({ zh: '此接口未声明权限，已拒绝', en: 'This route declares no permission: denied' });
    if (!can(actor, cfg.permission)) throw permissionDenied(actor, cfg.permission);
    // An initial or reset password is the security administrator's, not the holder's: until the
    // holder sets their own, the account can only say who it is, change it, or log out.
    if (actor.mustChangePassword && cfg.beforePasswordChange !== true)
      throw new AppError(403, 'password-change-required', { zh: '请先修改初始密码或重置后的密码', en: 'Change your initial or reset password first' });
  });
  // One place for NUL bytes in any text of any route, after parsing and before the schemas.
  app.addHook('preValidation', async (req) => checkNulBytes(req));
  const routes: { method: string | string[]; url: string; config: FastifyContextConfig }[] = [];
  app.addHook('onRoute', (r) => {
    r.config ??= {} as FastifyContextConfig;
    routes.push({ method: r.method, url: r.url, config: r.config as FastifyContextConfig });
  });
  app.decorate('declaredRoutes', routes);
  app.addHook('onReady', async () => {
    const undeclared = routes.filter((r) => r.config.public !== true && !r.config.permission);
    if (undeclared.length)
      throw new Error(`routes without a declared permission or public: true / 路由未声明权限: ${undeclared.map((r) => `${r.method} ${r.url}`).join(', ')}`);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    setTransportHeaders(req, reply, req.routeOptions.config?.uiFile === true);
    return payload;
  });

  await app.register(
    async (api) => {
      for (const m of modules) await m.routes?.(api, s);
      api.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api/v1' },
  );

  if (opts.serveWeb !== false) {
    fs.mkdirSync(webDist, { recursive: true });
    // Files are looked up on disk per request, so a UI built after the server started is served
    // without a restart; unknown non-API paths fall back to index.html (see installErrorHandler).
    await app.register((scope) => publicFiles(scope, uiFiles));
  }
  return app;
}
