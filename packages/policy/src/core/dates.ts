/**
 * Calendar-date helpers on `YYYY-MM-DD` strings (no time zones: a date is a civil day in Shanghai).
 * Strings of this form compare correctly with < and >.
 */

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = digit(s, i);
    if (d < 0) return false;
    y = y * 10 + d;
  }
  const m1 = digit(s, 5),
    m2 = digit(s, 6),
    d1 = digit(s, 8),
    d2 = digit(s, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return false;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The number written by four (two) ASCII digits at `i`; NaN when one is not a digit, as `+s.slice` gave. */
function num4(s: string, i: number): number {
  const a = digit(s, i),
    b = digit(s, i + 1),
    c = digit(s, i + 2),
    d = digit(s, i + 3);
  return a < 0 || b < 0 || c < 0 || d < 0 ? +s.slice(i, i + 4) : a * 1000 + b * 100 + c * 10 + d;
}
function num2(s: string, i: number): number {
  const a = digit(s, i),
    b = digit(s, i + 1);
  return a < 0 || b < 0 ? +s.slice(i, i + 2) : a * 10 + b;
}

/** Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil, no Date objects). */
export function toDayNumber(date: string): number {
  // Digits read in place: three slices per call were a third of a batch's garbage (issue 14 §3).
  let y = num4(date, 0);
  const m = num2(date, 5);
  const d = num2(date, 8);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
/** Four digits for years 0–999 too (`999-12-31` is not a date any check accepts). */
const pad4 = (y: number) => (y >= 1000 || y < 0 ? `${y}` : String(y).padStart(4, '0'));

// Day numbers of 2000-01-01 … 2099-12-31 map to shared strings (no allocation in batches).
const CACHE_FROM = 10_957;
const CACHE_SIZE = 36_525;
const cache: (string | undefined)[] = new Array(CACHE_SIZE);

/** The date of a day number. */
export function fromDayNumber(n: number): string {
  const i = n - CACHE_FROM;
  if (i >= 0 && i < CACHE_SIZE) return (cache[i] ??= civilFromDays(n));
  return civilFromDays(n);
}

/** H. Hinnant's civil_from_days. */
function civilFromDays(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * The last day of a period of `months` months that starts the day after `date`
 * (Civil Code art. 201–202: the start day is not counted; the period ends on the corresponding
 * day of the final month, or on that month's last day when it has no corresponding day).
 * E.g. 2025-12-31 + 6 months → 2026-06-30; 2023-03-31 + 6 months → 2023-09-30.
 */
export function addMonths(date: string, months: number): string {
  const y = +date.slice(0, 4);
  const m = +date.slice(5, 7) - 1 + months;
  const d = +date.slice(8, 10);
  const ty = y + Math.floor(m / 12);
  const tm = (((m % 12) + 12) % 12) + 1;
  const td = Math.min(d, daysInMonth(ty, tm));
  return `${pad4(ty)}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`;
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

export function yearOf(date: string): number {
  return num4(date, 0);
}

export function monthOf(date: string): number {
  return num2(date, 5);
}

/** Whether the month-day part of `date` (`MM-DD`) is on or after `monthDay` (`MM-DD`), without slicing. */
export function monthDayOnOrAfter(date: string, monthDay: string): boolean {
  for (let i = 0; i < 5; i++) {
    const a = date.charCodeAt(5 + i),
      b = monthDay.charCodeAt(i);
    if (a !== b) return a > b;
  }
  return true;
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function firstOfNextMonth(date: string): string {
  return addMonths(`${date.slice(0, 7)}-01`, 1);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
