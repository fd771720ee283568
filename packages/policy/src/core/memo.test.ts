// The batch memo (engine.ts `run`) is invisible: with it, every program answers every input — valid,
// near miss or junk — exactly as without it, errors included; a memoised result cannot be changed
// by a caller; and adding a calendar year voids results computed with the old working days.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addCalendarYears, calendarYears, evaluateMany, listPrograms } from '../index.ts';

const VALUES: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  1,
  -1,
  2.5,
  59,
  60,
  180,
  2025,
  2018,
  1e20,
  Number.NaN,
  '',
  'A',
  'B',
  'B+',
  'A+',
  'C',
  'collective',
  'new-card',
  'card-without-cover',
  'individual',
  'ordinary',
  'special',
  '2025-01-01',
  '2025-03-15',
  '2025-07-01',
  '2025-12-20',
  '2018-02-10',
  '2025-02-29',
  '2024-02-29',
  '2025-13-01',
  'critical-illness',
  'hospitalization',
  'instant',
  [],
  {},
  500,
  500.01,
];

function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** One evaluation's answer as data: the result, or the error's code, field and index. */
function answer(program: string, date: string, input: unknown, memo: boolean): unknown {
  try {
    return JSON.parse(JSON.stringify(evaluateMany(program, date, [input], { memo })[0]));
  } catch (e) {
    const x = e as { code?: string; field?: string; message?: string };
    return { error: x.code ?? x.message, field: x.field };
  }
}

test('with the memo every program answers exactly as without it, repeated inputs included', () => {
  const rand = rng(7);
  for (const info of listPrograms()) {
    const keys = Object.keys((info.inputSchema as { properties?: object }).properties ?? {});
    const inputs: Record<string, unknown>[] = [];
    for (let i = 0; i < 400; i++) {
      const input: Record<string, unknown> = {};
      for (const k of keys) if (rand() < 0.85) input[k] = VALUES[Math.floor(rand() * VALUES.length)];
      if (rand() < 0.03) input.extra = 1;
      inputs.push(input);
    }
    for (const date of ['2025-06-01', '2018-06-01']) {
      for (let round = 0; round < 2; round++) {
        for (const input of inputs) {
          const copy = { ...input };
          assert.deepEqual(answer(info.code, date, copy, true), answer(info.code, date, copy, false), `${info.code} ${date} ${JSON.stringify(input)}`);
        }
      }
    }
  }
});

test('an extra field is refused even when the same values were answered before', () => {
  const ok = { plan: 'B', mode: 'collective', unitCategory: 'ordinary' };
  assert.equal(evaluateMany('member-protection', '2025-06-01', [ok])[0]!.eligible, true);
  assert.throws(() => evaluateMany('member-protection', '2025-06-01', [{ ...ok, surprise: 1 }]), /surprise|unrecognized|未知|not allowed/i);
});

test('memoised results are frozen: a caller cannot change what the next caller gets', () => {
  const input = { plan: 'A', mode: 'collective', unitCategory: 'special' };
  const [a] = evaluateMany('member-protection', '2025-06-01', [input]);
  const premium = a!.output.premium;
  assert.throws(() => {
    (a!.output as Record<string, unknown>).premium = 0;
  }, TypeError);
  assert.equal(evaluateMany('member-protection', '2025-06-01', [{ ...input }])[0]!.output.premium, premium);
});

test('adding a calendar year voids results computed with the old working days', () => {
  // Only member protection counts working days today (individual enrollment's 15 working days,
  // 003 一(二)3), and its deadlines stay within bundled years; so this checks the mechanism: the
  // same input is answered from the memo (the same frozen object) until a year is added.
  const input = { plan: 'B', mode: 'individual', unitCategory: 'ordinary', eventDate: '2025-12-20', firstIndividualEnrollment: true };
  const first = evaluateMany('member-protection', '2025-12-20', [input])[0];
  assert.equal(evaluateMany('member-protection', '2025-12-20', [{ ...input }])[0], first, 'answered from the memo');
  const { last } = calendarYears();
  const next = last + 1;
  const notice = 'test notice 1';
  addCalendarYears([
    {
      year: next,
      text: [
        `year: ${next}`,
        'checked: true',
        'notices:',
        `  - { number: ${notice}, date: ${last}-11-01, title: test }`,
        `holidays:`,
        `  - { name: 元旦, en: "New Year's Day", from: ${next}-01-01, to: ${next}-01-01, notice: ${notice} }`,
        'makeUpDays: []',
        '',
      ].join('\n'),
    },
  ]);
  const after = evaluateMany('member-protection', '2025-12-20', [{ ...input }])[0];
  assert.notEqual(after, first, 'computed afresh after the calendar changed');
  assert.deepEqual(after, first);
});
