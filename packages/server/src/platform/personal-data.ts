// Sensitive personal information (PIPL Art. 28, 51): ID numbers and phones are stored encrypted
// (AES-256-GCM), found by a keyed hash (HMAC-SHA-256, a "blind index") and shown masked.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
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
  seal(value: string): string {
    const iv = crypto.randomBytes(12);
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
