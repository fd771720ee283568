import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { addDays, fromDayNumber, isIsoDate, isoWeekday, toDayNumber, yearOf } from '../core/dates.ts';
import { PolicyError } from '../core/errors.ts';

/**
 * Working days per the State Council holiday notices: params/calendar/<year>.yaml lists the
 * statutory holidays (rest days) and the make-up working days (调休上班) of that calendar year,
 * with the notices they come from. Weekends are rest days unless they are make-up days.
 * A year without a file is an error, never a guess; add next year's file when the notice is out.
 */

const zDate = z.string().refine(isIsoDate, 'a YYYY-MM-DD date');
const zCalendarYear = z.strictObject({
  year: z.number().int(),
  checked: z.boolean(),
  notices: z.array(z.strictObject({ number: z.string().min(1), date: zDate, title: z.string().min(1) })).min(1),
  holidays: z.array(z.strictObject({ name: z.string(), en: z.string(), from: zDate, to: zDate, notice: z.string() })),
  makeUpDays: z.array(z.strictObject({ date: zDate, for: z.string(), notice: z.string() })),
});

export type CalendarYear = z.output<typeof zCalendarYear>;

export interface CalendarSource {
  year: number;
  notices: { number: string; date: string; title: string }[];
  /** Whether the file was compared with the text of the notices. */
  checked: boolean;
}

interface Loaded {
  years: Map<number, CalendarYear>;
  first: number;
  last: number;
  /** Day number of first-01-01. */
  base: number;
  /** Per day from base: 1 when a working day. */
  working: Uint8Array;
  /** Per day from base: working days in [base, day]. */
  cum: Int32Array;
  /** Day offsets of the working days, in order. */
  workDays: Int32Array;
}

const DIR = new URL('../../params/calendar/', import.meta.url);
let loaded: Loaded | undefined;

function bad(file: string, what: string): PolicyError {
  return new PolicyError('invalid-parameters', { zh: `日历文件 ${file} 有误：${what}`, en: `Calendar file ${file} is invalid: ${what}` }, { field: file });
}

/** Build a calendar from year files (exported for tests and for an administrator's preview). */
export function buildCalendar(files: { name: string; text: string }[]): Loaded {
  const years = new Map<number, CalendarYear>();
  const rest = new Set<string>();
  const makeUp = new Set<string>();
  for (const { name, text } of files) {
    const r = zCalendarYear.safeParse(parseYaml(text));
    if (!r.success) {
      const i = r.error.issues[0]!;
      throw bad(name, `${i.path.join('.')}: ${i.message}`);
    }
    const y = r.data;
    if (name !== `${y.year}.yaml`) throw bad(name, `year ${y.year} does not match the file name`);
    const numbers = new Set(y.notices.map((n) => n.number));
    for (const h of y.holidays) {
      if (yearOf(h.from) !== y.year || yearOf(h.to) !== y.year || h.to < h.from)
        throw bad(name, `holiday ${h.name} ${h.from}..${h.to} outside the year or reversed`);
      if (!numbers.has(h.notice)) throw bad(name, `holiday ${h.name} cites unknown notice ${h.notice}`);
      for (let d = h.from; d <= h.to; d = addDays(d, 1)) rest.add(d);
    }
    for (const m of y.makeUpDays) {
      if (yearOf(m.date) !== y.year) throw bad(name, `make-up day ${m.date} outside the year`);
      if (!numbers.has(m.notice)) throw bad(name, `make-up day ${m.date} cites unknown notice ${m.notice}`);
      if (rest.has(m.date)) throw bad(name, `${m.date} is both a holiday and a make-up day`);
      makeUp.add(m.date);
    }
    years.set(y.year, y);
  }
  const list = [...years.keys()].sort((a, b) => a - b);
  for (let i = 1; i < list.length; i++) {
    if (list[i] !== list[i - 1]! + 1) throw bad(`${list[i]}.yaml`, `calendar years must be contiguous (missing ${list[i - 1]! + 1})`);
  }
  const first = list[0] ?? 0;
  const last = list[list.length - 1] ?? -1;
  // Precompute per-day tables so lookups and working-day arithmetic are O(1).
  const base = toDayNumber(`${String(first).padStart(4, '0')}-01-01`);
  const size = list.length ? toDayNumber(`${last}-12-31`) - base + 1 : 0;
  const working = new Uint8Array(size);
  const cum = new Int32Array(size);
  const days: number[] = [];
  let count = 0;
  for (let i = 0; i < size; i++) {
    const d = fromDayNumber(base + i);
    const w = makeUp.has(d) || (!rest.has(d) && isoWeekday(d) <= 5);
    if (w) {
      working[i] = 1;
      days.push(i);
      count++;
    }
    cum[i] = count;
  }
  return { years, first, last, base, working, cum, workDays: Int32Array.from(days) };
}

/** Years an administrator added at run time (next year's notice), on top of the bundled files. */
let extra: { name: string; text: string }[] = [];

function bundled(): { name: string; text: string }[] {
  const names = readdirSync(DIR).filter((n) => /^\d{4}\.yaml$/.test(n));
  return names.map((name) => ({ name, text: readFileSync(new URL(name, DIR), 'utf8') }));
}

function cal(): Loaded {
  loaded ??= buildCalendar([...bundled(), ...extra]);
  return loaded;
}

/**
 * Add calendar years published after this release (e.g. next year's State Council notice), as
 * year files in the same format as params/calendar/<year>.yaml. A year already bundled cannot be
 * replaced; the whole set is validated (contiguous years, notices cited) before it takes effect,
 * so a bad file changes nothing. Returns the years now covered.
 */
export function addCalendarYears(files: { year: number; text: string }[]): { first: number; last: number } {
  const have = new Set(bundled().map((f) => f.name));
  const named = files.map((f) => ({ name: `${f.year}.yaml`, text: f.text }));
  for (const f of named) if (have.has(f.name)) throw bad(f.name, 'this year is part of the release and cannot be replaced');
  const merged = [...extra.filter((e) => !named.some((n) => n.name === e.name)), ...named];
  const next = buildCalendar([...bundled(), ...merged]);
  extra = merged;
  loaded = next;
  generation++;
  return { first: next.first, last: next.last };
}

let generation = 0;
/** Changes whenever years are added: results computed with working days before it may differ after. */
export const calendarGeneration = (): number => generation;

/** Validate a year file without adding it (the administrator's preview). */
export function checkCalendarYear(year: number, text: string): CalendarYear {
  if (bundled().some((f) => f.name === `${year}.yaml`)) throw bad(`${year}.yaml`, 'this year is part of the release and cannot be replaced');
  const built = buildCalendar([...bundled(), ...extra.filter((e) => e.name !== `${year}.yaml`), { name: `${year}.yaml`, text }]);
  return built.years.get(year)!;
}

function outOfRange(date: string, field: string): PolicyError {
  const c = cal();
  return new PolicyError(
    'calendar-out-of-range',
    {
      zh: `工作日历只包含 ${c.first}–${c.last} 年，${date} 不在其中（需先添加 ${yearOf(date)} 年的国务院放假通知）`,
      en: `The working-day calendar covers ${c.first}–${c.last}; ${date} is outside it (add the State Council notice for ${yearOf(date)})`,
    },
    { field, allowed: [`${c.first}-01-01`, `${c.last}-12-31`] },
  );
}

/** The date's offset in the tables, or a PolicyError when malformed or outside the calendar. */
function offset(date: string, field: string): number {
  if (!isIsoDate(date)) {
    throw new PolicyError(
      'invalid-input',
      { zh: `字段 ${field} 应为 YYYY-MM-DD 格式的有效日期`, en: `Field ${field} must be a valid YYYY-MM-DD date` },
      { field },
    );
  }
  const c = cal();
  const i = toDayNumber(date) - c.base;
  if (i < 0 || i >= c.working.length) throw outOfRange(date, field);
  return i;
}

export function calendarYears(): { first: number; last: number } {
  const c = cal();
  return { first: c.first, last: c.last };
}

export function isWorkingDay(date: string): boolean {
  return cal().working[offset(date, 'date')] === 1;
}

/**
 * The n-th working day after `date` (the start day itself is not counted); n = 0 returns `date`,
 * negative n counts backwards. "15 个工作日内" from an application on D ends on addWorkingDays(D, 15).
 */
export function addWorkingDays(date: string, n: number): string {
  const i = offset(date, 'date');
  if (!Number.isInteger(n))
    throw new PolicyError('invalid-input', { zh: '工作日数应为整数', en: 'The number of working days must be an integer' }, { field: 'n' });
  if (n === 0) return date;
  const c = cal();
  // k: the 1-based index of the target among all working days of the calendar.
  const k = n > 0 ? c.cum[i]! + n : c.cum[i]! - c.working[i]! + n + 1;
  if (k < 1 || k > c.workDays.length) throw outOfRange(n > 0 ? `${c.last + 1}-01-01` : `${c.first - 1}-12-31`, 'n');
  return fromDayNumber(c.base + c.workDays[k - 1]!);
}

/**
 * A deadline n ≥ 1 working days after `date` that does not stop at the calendar's end. Within the
 * calendar it is `addWorkingDays`. Days after the last year whose State Council notice is entered
 * count Monday to Friday, and the answer says so (`provisional`, and from which day the assumption
 * holds): an officer's review step filed on 4 December must still get a due date in January, and
 * the holidays of a year nobody has published yet cannot be known. Reading (issue 12 §1: "today the
 * calendar ends in 2026 and any deadline reaching 2027 fails"): a provisional date is shown as such
 * until the notice is entered (PUT /calendar/:year); questions about the calendar itself
 * (isWorkingDay, addWorkingDays, workingDaysBetween) keep refusing dates outside it.
 */
export function addWorkingDaysProvisional(date: string, n: number): { date: string; provisional: boolean; assumedFrom: string | null } {
  if (!Number.isInteger(n) || n < 1) return { date: addWorkingDays(date, n), provisional: false, assumedFrom: null };
  const c = cal();
  const end = `${c.last}-12-31`;
  let from = date;
  let left = n;
  if (isIsoDate(date) && date <= end) {
    const i = offset(date, 'date');
    const k = c.cum[i]! + n;
    if (k <= c.workDays.length) return { date: fromDayNumber(c.base + c.workDays[k - 1]!), provisional: false, assumedFrom: null };
    left = k - c.workDays.length;
    from = end;
  } else if (!isIsoDate(date)) offset(date, 'date');
  let day = toDayNumber(from);
  while (left > 0) {
    day++;
    const weekday = new Date(day * 86_400_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return { date: fromDayNumber(day), provisional: true, assumedFrom: `${c.last + 1}-01-01` };
}

/** Working days in (a, b]: the count n with addWorkingDays(a, n) ≤ b; negative when b < a. */
export function workingDaysBetween(a: string, b: string): number {
  const c = cal();
  return c.cum[offset(b, 'b')]! - c.cum[offset(a, 'a')]!;
}

/** The notices behind a year's calendar. */
export function calendarSource(year: number): CalendarSource {
  const c = cal();
  const y = c.years.get(year);
  if (!y) {
    throw new PolicyError(
      'calendar-out-of-range',
      { zh: `没有 ${year} 年的工作日历（已有 ${c.first}–${c.last}）`, en: `No working-day calendar for ${year} (have ${c.first}–${c.last})` },
      { field: 'year', allowed: [...c.years.keys()] },
    );
  }
  return { year, notices: y.notices.map((n) => ({ ...n })), checked: y.checked };
}
