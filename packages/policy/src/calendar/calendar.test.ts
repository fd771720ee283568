import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { PolicyError } from '../core/errors.ts';
import { addWorkingDays, addWorkingDaysProvisional, buildCalendar, calendarSource, calendarYears, isWorkingDay, workingDaysBetween } from './calendar.ts';

test('2018: Spring Festival 15–21 February off, make-up days 11 and 24 February', () => {
  for (let d = 15; d <= 21; d++) assert.equal(isWorkingDay(`2018-02-${d}`), false, `2018-02-${d}`);
  assert.equal(isWorkingDay('2018-02-11'), true, 'Sunday make-up day');
  assert.equal(isWorkingDay('2018-02-24'), true, 'Saturday make-up day');
  assert.equal(isWorkingDay('2018-02-14'), true);
  assert.equal(isWorkingDay('2018-02-22'), true);
  assert.equal(isWorkingDay('2018-02-10'), false, 'ordinary Saturday');
  assert.equal(calendarSource(2018).notices[0]!.number, '国办发明电〔2017〕12号');
  assert.equal(calendarSource(2018).notices[0]!.date, '2017-11-30');
});

test('2018 year end belongs to the 2019 New Year holiday (29 Dec make-up, 30–31 Dec off)', () => {
  assert.equal(isWorkingDay('2018-12-29'), true);
  assert.equal(isWorkingDay('2018-12-31'), false);
  assert.ok(calendarSource(2018).notices.some((n) => n.number === '国办发明电〔2018〕15号'));
});

test('2020: the Spring Festival extension to 2 February cancels the 1 February make-up day', () => {
  assert.equal(isWorkingDay('2020-01-19'), true);
  assert.equal(isWorkingDay('2020-01-31'), false);
  assert.equal(isWorkingDay('2020-02-01'), false);
  assert.equal(isWorkingDay('2020-02-03'), true);
  assert.ok(calendarSource(2020).notices.some((n) => n.number === '国办发明电〔2020〕1号'));
});

test('2025 (国办发明电〔2024〕12号) and 2026 (国办发明电〔2025〕7号)', () => {
  assert.equal(isWorkingDay('2025-01-26'), true);
  assert.equal(isWorkingDay('2025-01-28'), false);
  assert.equal(isWorkingDay('2025-02-04'), false);
  assert.equal(isWorkingDay('2025-02-08'), true);
  assert.equal(isWorkingDay('2025-04-27'), true);
  assert.equal(isWorkingDay('2025-10-08'), false);
  assert.equal(isWorkingDay('2025-10-11'), true);
  assert.equal(isWorkingDay('2026-01-04'), true);
  assert.equal(isWorkingDay('2026-02-23'), false);
  assert.equal(isWorkingDay('2026-02-28'), true);
  assert.equal(calendarSource(2025).notices[0]!.number, '国办发明电〔2024〕12号');
  assert.equal(calendarSource(2026).notices[0]!.date, '2025-11-04');
});

test('the calendar covers 2016–2026 and refuses other years', () => {
  assert.deepEqual(calendarYears(), { first: 2016, last: 2026 });
  assert.equal(isWorkingDay('2016-01-04'), true);
  assert.equal(isWorkingDay('2026-12-31'), true);
  for (const d of ['2015-12-31', '2027-01-01']) {
    assert.throws(
      () => isWorkingDay(d),
      (e: unknown) => e instanceof PolicyError && e.code === 'calendar-out-of-range' && /2016/.test(e.messages.zh),
    );
  }
  assert.throws(() => addWorkingDays('2026-12-30', 5), PolicyError);
  assert.throws(() => calendarSource(2030), PolicyError);
  assert.throws(
    () => isWorkingDay('2025-02-30'),
    (e: unknown) => e instanceof PolicyError && e.code === 'invalid-input',
  );
});

test('addWorkingDays and workingDaysBetween agree', () => {
  assert.equal(addWorkingDays('2025-01-24', 15), '2025-02-20');
  assert.equal(addWorkingDays('2025-03-03', 15), '2025-03-24');
  assert.equal(addWorkingDays('2018-02-09', 1), '2018-02-11');
  assert.equal(addWorkingDays('2018-02-26', -1), '2018-02-24');
  assert.equal(addWorkingDays('2025-06-01', 0), '2025-06-01');
  assert.equal(workingDaysBetween('2025-01-24', '2025-02-20'), 15);
  assert.equal(workingDaysBetween('2025-02-20', '2025-01-24'), -15);
  for (const start of ['2016-09-10', '2019-04-26', '2023-09-27', '2024-12-31']) {
    for (const n of [1, 3, 10, 40]) assert.equal(workingDaysBetween(start, addWorkingDays(start, n)), n, `${start} + ${n}`);
  }
  // A year has about 250 working days.
  for (let y = 2016; y <= 2025; y++) {
    const n = workingDaysBetween(`${y}-01-01`, `${y + 1}-01-01`);
    assert.ok(n >= 240 && n <= 252, `${y}: ${n}`);
  }
});

test('calendar files are checked on load', () => {
  const good =
    'year: 2030\nchecked: false\nnotices: [{ number: N1, date: 2029-11-01, title: T }]\nholidays: [{ name: 元旦, en: x, from: 2030-01-01, to: 2030-01-01, notice: N1 }]\nmakeUpDays: []\n';
  assert.equal(buildCalendar([{ name: '2030.yaml', text: good }]).first, 2030);
  assert.throws(() => buildCalendar([{ name: '2031.yaml', text: good }]), /does not match/);
  assert.throws(() => buildCalendar([{ name: '2030.yaml', text: good.replace('notice: N1 }', 'notice: N2 }') }]), /unknown notice/);
  assert.throws(
    () => buildCalendar([{ name: '2030.yaml', text: good.replace('makeUpDays: []', 'makeUpDays: [{ date: 2030-01-01, for: x, notice: N1 }]') }]),
    /both/,
  );
});

describe('deadlines past the calendar (addWorkingDaysProvisional)', () => {
  it('is addWorkingDays inside the calendar, and says it is exact', () => {
    assert.deepEqual(addWorkingDaysProvisional('2018-02-15', 3), { date: '2018-02-24', provisional: false, assumedFrom: null });
    assert.deepEqual(addWorkingDaysProvisional('2026-12-03', 20), { date: '2026-12-31', provisional: false, assumedFrom: null });
  });
  it('counts Monday to Friday after the last entered year, and says so', () => {
    // 2026-12-04 (Fri) + 20: 19 working days to 31 Dec (Thu), then Fri 1 Jan 2027 (assumed a working day).
    assert.deepEqual(addWorkingDaysProvisional('2026-12-04', 20), { date: '2027-01-01', provisional: true, assumedFrom: '2027-01-01' });
    assert.deepEqual(addWorkingDaysProvisional('2026-12-31', 1), { date: '2027-01-01', provisional: true, assumedFrom: '2027-01-01' });
    assert.deepEqual(addWorkingDaysProvisional('2026-12-31', 2), { date: '2027-01-04', provisional: true, assumedFrom: '2027-01-01' }, 'the weekend skipped');
    assert.deepEqual(
      addWorkingDaysProvisional('2027-03-05', 1),
      { date: '2027-03-08', provisional: true, assumedFrom: '2027-01-01' },
      'a start past the calendar',
    );
  });
  it('still refuses what it cannot count: before the calendar, a bad date', () => {
    assert.throws(() => addWorkingDaysProvisional('2015-06-01', 3), /calendar/);
    assert.throws(() => addWorkingDaysProvisional('2026-13-01', 3));
  });
});
