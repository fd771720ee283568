// Identifier checks from checks-and-safeguards.md: resident ID number (GB 11643-1999),
// unified social credit code (GB 32100-2015), mainland mobile numbers.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export type IdNumberProblem = 'length' | 'characters' | 'birth-date' | 'future-birth-date' | 'check-digit';

export interface IdNumberInfo {
  idNumber: string;
  birthDate: string;
  sex: 'male' | 'female';
}

/** The GB 11643 check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/** Validate an 18-character resident ID number; lower-case x is accepted and stored upper-case. */
export function parseIdNumber(
  raw: string,
  today: string = new Date().toISOString().slice(0, 10),
): { ok: true; value: IdNumberInfo } | { ok: false; problem: IdNumberProblem } {
  const s = raw.trim().toUpperCase();
  if (s.length !== 18) return { ok: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, problem: 'characters' };
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { ok: false, problem: 'birth-date' };
  const birthDate = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (birthDate > today) return { ok: false, problem: 'future-birth-date' };
  if (idCheckCharacter(s.slice(0, 17)) !== s[17]) return { ok: false, problem: 'check-digit' };
  return { ok: true, value: { idNumber: s, birthDate, sex: Number(s[16]) % 2 === 1 ? 'male' : 'female' } };
}

export const idNumberProblemText: Record<IdNumberProblem, { zh: string; en: string }> = {
  length: { zh: '身份证号应为18位', en: 'an ID number has 18 characters' },
  characters: { zh: '身份证号前17位应为数字，末位为数字或X', en: 'the first 17 characters must be digits, the last a digit or X' },
  'birth-date': { zh: '身份证号中的出生日期不存在', en: 'the birth date in the ID number is not a real date' },
  'future-birth-date': { zh: '身份证号中的出生日期晚于今天', en: 'the birth date in the ID number is in the future' },
  'check-digit': { zh: '身份证号校验位错误', en: 'the check digit of the ID number is wrong' },
};

/** Mask an ID number for lists: first 3 and last 4 shown. */
export const maskIdNumber = (s: string) => `${s.slice(0, 3)}***********${s.slice(14)}`;

/** Normalise a mainland mobile number (spaces, dashes, +86/0086) and check its shape; null if invalid. */
export function normalizeMobile(raw: string): string | null {
  let s = raw.replace(/[\s-]/g, '');
  if (s.startsWith('+86')) s = s.slice(3);
  else if (s.startsWith('0086')) s = s.slice(4);
  return /^1[3-9]\d{9}$/.test(s) ? s : null;
}

export const maskMobile = (s: string) => `${s.slice(0, 3)}****${s.slice(7)}`;

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Unified social credit code check (GB 32100-2015). */
export function isValidCreditCode(raw: string): boolean {
  const s = raw.trim().toUpperCase();
  if (s.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(s[i]!);
    if (v < 0) return false;
    sum += v * USCC_WEIGHTS[i]!;
  }
  const check = USCC_ALPHABET[(31 - (sum % 31)) % 31];
  return s[17] === check;
}

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** A member number is the 10 digits printed on the back of the member card. */
export const isMemberNumber = (s: string) => /^\d{10}$/.test(s);
