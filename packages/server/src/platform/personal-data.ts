// Sensitive personal information (PIPL Art. 28, 51): ID numbers and phones are stored encrypted
// (AES-256-GCM), found by a keyed hash (HMAC-SHA-256, a "blind index") and shown masked.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { maskIdNumber, maskMobile, normalizeMobile } from './identifiers.ts';
import { writeFileDurable } from './durable-file.ts';

export class PersonalDataVault {
  readonly #encKey: Buffer;
  readonly #macKey: Buffer;
  constructor(secret: string) {
    const master = crypto.createHash('sha256').update(secret).digest();
    this.#encKey = crypto.createHmac('sha256', master).update('shishi/encrypt').digest();
    this.#macKey = crypto.createHmac('sha256', master).update('shishi/blind-index').digest();
  }
  /** Deterministic lookup key for equality search; reveals nothing without the secret. */
  blindIndex(value: string): string {
    return crypto.createHmac('sha256', this.#macKey).update(value).digest('base64url');
  }
  /** Random IVs drawn 512 at a time: one call into the CSPRNG per 512 seals, not one each (an import seals two values a row). */
  #ivs = Buffer.alloc(0);
  #ivAt = 0;
  seal(value: string): string {
    if (this.#ivAt + 12 > this.#ivs.length) {
      this.#ivs = crypto.randomBytes(12 * 512);
      this.#ivAt = 0;
    }
    const iv = this.#ivs.subarray(this.#ivAt, (this.#ivAt += 12));
    const c = crypto.createCipheriv('aes-256-gcm', this.#encKey, iv);
    const body = Buffer.concat([c.update(value, 'utf8'), c.final()]);
    return `v1.${Buffer.concat([iv, c.getAuthTag(), body]).toString('base64url')}`;
  }
  open(sealed: string): string {
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    const d = crypto.createDecipheriv('aes-256-gcm', this.#encKey, raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
  }
}

/**
 * The secret comes from SHISHI_SECRET; an embedded install without one gets a random key written
 * once into its data directory (readable by the owner only), so `npm start` works out of the box.
 */
export function resolveSecret(secret: string | undefined, dataDir: string): string {
  if (secret) return secret;
  const file = path.join(dataDir, 'secret.key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const fresh = crypto.randomBytes(32).toString('base64url');
  // Synced to disk before any data is sealed with it: losing the key to a power cut would lose the data.
  writeFileDurable(file, fresh + '\n', 0o600);
  return fresh;
}

// ---------------------------------------------------------------------------------------------
// Personal data typed into free text (a proposal's introduction, a review comment, an audit summary).
// One set of patterns for every module: an 18-character resident ID number (GB 11643 shape, birth
// date in range) and a mainland mobile (optionally +86, optionally grouped 3-4-4 by a space or dash),
// never inside a longer run of digits.
const ID_IN_TEXT = /(?<![0-9])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9])/g;
const MOBILE_IN_TEXT = /(?<![0-9])(?:(?:\+|00)?86[- ]?)?(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?![0-9])/g;
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/**
 * Mask ID numbers and mobiles in free text the way the registry shows its own fields
 * (`310***********6515`, `138****8000`). With `anonymous` (survey answers, which must point at
 * nobody) they are replaced by a label instead, and e-mail addresses too.
 */
export function redactPersonalData(text: string, opts: { anonymous?: boolean } = {}): string {
  if (opts.anonymous) return text.replace(ID_IN_TEXT, '[身份证号已隐去]').replace(MOBILE_IN_TEXT, '[手机号已隐去]').replace(EMAIL_IN_TEXT, '[邮箱已隐去]');
  return text
    .replace(ID_IN_TEXT, (id) => maskIdNumber(id.toUpperCase()))
    .replace(MOBILE_IN_TEXT, (_m, a: string, b: string, c: string) => maskMobile(a + b + c));
}

/**
 * `redactPersonalData` over every string of a value (objects and arrays walked, keys kept), so a
 * whole audit entry or request body is masked in one call. A bare 11-digit number shaped like a
 * mobile becomes its masked string as well.
 */
export function maskPersonalData<T>(value: T): T {
  return maskDeep(value, 0) as T;
}

function maskDeep(v: unknown, depth: number): unknown {
  if (typeof v === 'string') return redactPersonalData(v);
  if (typeof v === 'number') return Number.isInteger(v) && /^1[3-9]\d{9}$/.test(String(v)) ? maskMobile(String(v)) : v;
  if (v === null || typeof v !== 'object' || depth > 32) return v;
  if (Array.isArray(v)) return v.map((x) => maskDeep(x, depth + 1));
  if (v instanceof Date || Buffer.isBuffer(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = maskDeep(x, depth + 1);
  return out;
}

/**
 * A contact phone as lists show it: a mobile as `138****8000`; any other number (an office line
 * with an extension) with all digits but the first 3 and the last 4 starred.
 */
export function maskPhone(raw: string): string {
  const mobile = normalizeMobile(raw);
  if (mobile) return maskMobile(mobile);
  const digits = raw.replace(/\D/g, '').length;
  if (digits < 8) return raw.replace(/\d/g, '*');
  let i = 0;
  return raw.replace(/\d/g, (d) => (i++ < 3 || i > digits - 4 ? d : '*'));
}
