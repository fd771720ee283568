import { hash, verify } from '@node-rs/argon2';
import type { Config } from './config.ts';
import type { Bilingual } from './errors.ts';

// argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane).
// algorithm 2 = Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const options = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (plain: string) => hash(plain, options);
export const verifyPassword = (stored: string, plain: string) => verify(stored, plain).catch(() => false);

/** A hash of a random string, verified against when the username is unknown, so timing does not tell. */
export const dummyHash = hashPassword('shishi-dummy-password-for-timing');

export function passwordProblem(plain: string, policy: Config['passwordPolicy']): Bilingual | null {
  if (policy === 'asvs') {
    if ([...plain].length < 12) return { zh: '密码至少12位', en: 'A password has at least 12 characters' };
    return null;
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(plain)).length;
  if (plain.length < 8 || classes < 3)
    return {
      zh: '密码至少8位，并包含大写字母、小写字母、数字、符号中的三类',
      en: 'A password has at least 8 characters from three of: upper case, lower case, digits, symbols',
    };
  return null;
}
