import path from 'node:path';
import { z } from 'zod';

// Configuration is read once, validated at start-up, and passed down; nothing else reads process.env.
const ZConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  SHISHI_DATA_DIR: z.string().default('./data'),
  SHISHI_SECRET: z.string().min(32).optional(),
  SHISHI_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  SHISHI_DEMO_MEMBERS: z.coerce.number().int().min(0).max(10_000_000).default(20_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(10),
  PASSWORD_POLICY: z.enum(['asvs', 'mlps']).default('mlps'),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(10_000_000).default(1_000_000),
  // PostgreSQL: the longest one statement of a request or job may run (0: no limit); migrations and bulk loads lift it.
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(86_400_000).default(30_000),
  LIST_COUNT_CAP: z.coerce.number().int().min(10).max(1_000_000).default(10_000),
  LIST_COUNT_BUDGET_MS: z.coerce.number().int().min(0).max(60_000).default(150),
  // The most rows a list's .xlsx export writes; past it the export is refused with a message to narrow the filters.
  EXPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
  // Pin "today" (Shanghai's day) for demos and trials, e.g. 2018-03-20 to run the 2018 programs inside their windows.
  SHISHI_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'YYYY-MM-DD' })
    .optional(),
  SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  SHISHI_DURABILITY: z.enum(['full', 'relaxed']).default('full'),
  // Cybersecurity Law Art. 21: network and operation logs are kept at least six months (checks-and-safeguards.md).
  AUDIT_RETENTION_MONTHS: z.coerce
    .number()
    .int()
    .min(6, 'at least 6 months (Cybersecurity Law Art. 21) / 至少 6 个月（网络安全法第二十一条）')
    .max(1200)
    .default(12),
  // Behind a reverse proxy: 'true' (trust any), a hop count, or a comma list of proxy addresses/CIDRs.
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(true|false|\d+|[0-9A-Za-z.:/]+(\s*,\s*[0-9A-Za-z.:/]+)*)$/, {
      message: 'true, false, a hop count, or a comma list of proxy addresses (or loopback, uniquelocal)',
    })
    .default('false'),
  // Origins besides the server's own that may send state-changing requests (comma list of scheme://host[:port]).
  ALLOWED_ORIGINS: z.string().default(''),
  // Per-minute caps per client: login per IP and username, login per IP, one-time code requests and checks per IP.
  RATE_LIMIT_LOGIN: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_LOGIN_IP: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_OTP: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_OTP_VERIFY: z.coerce.number().int().min(1).default(20),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  secret?: string;
  demo: 'auto' | 'on' | 'off';
  demoMembers: number;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** 'mlps': ≥ 8 chars with three character classes (assessors' expectation); 'asvs': ≥ 12, no composition rules. */
  passwordPolicy: 'asvs' | 'mlps';
  uploadMaxBytes: number;
  /** Most data rows in one member file (checked in an xlsx before it is parsed). */
  importMaxRows: number;
  /** PostgreSQL: statement timeout in ms (0: none). */
  statementTimeoutMs: number;
  /** The most rows a member list counts and pages through; past it the total reads "10,000+" (issue 14 §2). */
  listCountCap: number;
  /** PostgreSQL: the longest a member list's count may run (ms, 0: no limit); past it the total is the rows seen, as a lower bound. */
  listCountBudgetMs: number;
  /** The most rows one list export (GET …/export.xlsx) writes; more: refused, narrow the filters (issue 12 §3). */
  exportMaxRows: number;
  secureCookies: boolean;
  /** A pinned day (SHISHI_TODAY), or undefined for the real one. */
  today?: string;
  /** Embedded database: 'full' fsyncs every commit before acknowledging it; 'relaxed' survives a crashed process only. */
  durability: 'full' | 'relaxed';
  /** Months the login log is kept before it is archived and pruned (≥ 6); the audit trail is never pruned. */
  auditRetentionMonths: number;
  /** Fastify's trustProxy: off unless configured (then X-Forwarded-For/-Proto/-Host are believed). */
  trustProxy: boolean | number | string;
  allowedOrigins: string[];
  /** Requests per minute per client (see RATE_LIMIT_*). */
  rateLimits: { login: number; loginPerIp: number; otp: number; otpVerify: number };
}

function parseTrustProxy(v: string): boolean | number | string {
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v
    .split(',')
    .map((x) => x.trim())
    .join(',');
}

function parseOrigins(v: string): string[] {
  return v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => {
      try {
        return new URL(x).origin;
      } catch {
        throw new Error(`Invalid configuration / 配置无效:\n  ALLOWED_ORIGINS: not an origin: ${x}`);
      }
    });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration / 配置无效:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    dataDir: path.resolve(e.SHISHI_DATA_DIR),
    ...(e.SHISHI_SECRET ? { secret: e.SHISHI_SECRET } : {}),
    demo: e.SHISHI_DEMO,
    demoMembers: e.SHISHI_DEMO_MEMBERS,
    logLevel: e.LOG_LEVEL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    passwordPolicy: e.PASSWORD_POLICY,
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    importMaxRows: e.IMPORT_MAX_ROWS,
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    listCountCap: e.LIST_COUNT_CAP,
    listCountBudgetMs: e.LIST_COUNT_BUDGET_MS,
    exportMaxRows: e.EXPORT_MAX_ROWS,
    secureCookies: e.SECURE_COOKIES === 'true',
    ...(e.SHISHI_TODAY ? { today: e.SHISHI_TODAY } : {}),
    durability: e.SHISHI_DURABILITY,
    auditRetentionMonths: e.AUDIT_RETENTION_MONTHS,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    allowedOrigins: parseOrigins(e.ALLOWED_ORIGINS),
    rateLimits: { login: e.RATE_LIMIT_LOGIN, loginPerIp: e.RATE_LIMIT_LOGIN_IP, otp: e.RATE_LIMIT_OTP, otpVerify: e.RATE_LIMIT_OTP_VERIFY },
    ...overrides,
  };
}
