import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, addMonths, daysBetween, firstOfNextMonth, isIsoDate, isoWeekday } from './dates.ts';

test('isIsoDate accepts real dates only', () => {
  assert.ok(isIsoDate('2024-02-29'));
  assert.ok(!isIsoDate('2025-02-29'));
  assert.ok(!isIsoDate('2025-13-01'));
  assert.ok(!isIsoDate('2025-1-01'));
  assert.ok(!isIsoDate(20250101));
});

test('addMonths ends on the corresponding day or the month end (Civil Code art. 202)', () => {
  assert.equal(addMonths('2025-12-31', 6), '2026-06-30');
  assert.equal(addMonths('2023-03-31', 6), '2023-09-30');
  assert.equal(addMonths('2025-12-31', 24), '2027-12-31');
  assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
  assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
  assert.equal(addMonths('2025-03-15', -3), '2024-12-15');
});

test('day arithmetic', () => {
  assert.equal(addDays('2025-06-01', 180), '2025-11-28');
  assert.equal(addDays('2024-12-31', 1), '2025-01-01');
  assert.equal(daysBetween('2025-01-01', '2025-12-31'), 364);
  assert.equal(firstOfNextMonth('2022-12-05'), '2023-01-01');
  assert.equal(isoWeekday('2018-02-11'), 7);
  assert.equal(isoWeekday('2025-01-27'), 1);
});

test('day numbers round-trip over four centuries', async () => {
  const { toDayNumber, fromDayNumber } = await import('./dates.ts');
  for (let n = -100_000; n < 60_000; n += 1) {
    const ref = new Date(n * 86_400_000).toISOString().slice(0, 10);
    assert.equal(fromDayNumber(n), ref);
    assert.equal(toDayNumber(ref), n);
  }
});

test('years, months and month-day comparisons read in place agree with slicing', async () => {
  const { yearOf, monthOf, monthDayOnOrAfter } = await import('./dates.ts');
  for (const d of ['2025-07-01', '1999-12-31', '2100-01-09', '0999-06-01', 'x025-07-01']) {
    assert.equal(Object.is(yearOf(d), +d.slice(0, 4)), true, d);
    assert.equal(monthOf(d), +d.slice(5, 7), d);
  }
  for (const [d, md] of [
    ['2025-07-01', '07-01'],
    ['2025-06-30', '07-01'],
    ['2025-12-31', '07-01'],
    ['2025-01-01', '01-01'],
    ['2025-07-10', '07-09'],
  ] as const)
    assert.equal(monthDayOnOrAfter(d, md), d.slice(5) >= md, `${d} ${md}`);
});
