import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCaseFiles, runCases, summaryLine } from '../index.ts';

const yaml = `
- name: contract example
  program: member-protection
  date: 2025-01-01
  input: { plan: B+, mode: collective, unitCategory: ordinary }
  output: { premium: 140, citySubsidy: 40, remainder: 100, coverageStart: 2025-01-01, coverageEnd: 2025-12-31, term: full-year }
- name: within the default margin
  program: member-protection
  date: 2025-01-01
  input: { plan: A, mode: collective, unitCategory: ordinary }
  output: { premium: 26.004 }
- name: outside the default margin
  program: member-protection
  date: 2025-01-01
  input: { plan: A, mode: collective, unitCategory: ordinary }
  output: { premium: 26.01 }
- name: within a wider margin
  program: member-protection
  date: 2025-01-01
  absolute_error_margin: 0.5
  input: { plan: A, mode: collective, unitCategory: ordinary }
  output: { premium: 26.4 }
- name: reasons compare as a set
  program: member-protection-claim
  date: 2019-07-01
  input: { plan: A, claimType: disease-death, coverageStart: 2018-01-01, coverageEnd: 2018-12-31, eventDate: 2018-11-01, filedOn: 2019-07-01 }
  eligible: false
  reasons: [filing-deadline-passed, benefit-not-in-plan]
- name: expected error
  program: member-protection
  date: 2025-01-01
  input: { plan: C, mode: collective, unitCategory: ordinary }
  error: invalid-input
  field: input.plan
- name: wrong error field
  program: member-protection
  date: 2025-01-01
  input: { plan: C, mode: collective, unitCategory: ordinary }
  error: invalid-input
  field: input.mode
- name: unknown key
  program: member-protection
  date: 2025-01-01
  input: { plan: A, mode: collective, unitCategory: ordinary }
  outputs: { premium: 26 }
- name: malformed eligible
  program: member-protection
  date: 2025-01-01
  input: { plan: A, mode: collective, unitCategory: ordinary }
  eligible: yes please
- name: not an output
  program: member-protection
  date: 2025-01-01
  input: { plan: A, mode: collective, unitCategory: ordinary }
  output: { price: 26 }
`;

test('runCases compares listed outputs, margins, reasons as sets and expected errors', () => {
  const run = runCases(yaml);
  const byName = Object.fromEntries(run.results.map((r) => [r.name, r]));
  assert.equal(byName['contract example']!.ok, true, byName['contract example']!.errors.join('; '));
  assert.equal(byName['within the default margin']!.ok, true);
  assert.equal(byName['outside the default margin']!.ok, false);
  assert.equal(byName['within a wider margin']!.ok, true);
  assert.equal(byName['reasons compare as a set']!.ok, true, byName['reasons compare as a set']!.errors.join('; '));
  assert.equal(byName['expected error']!.ok, true);
  assert.equal(byName['wrong error field']!.ok, false);
  assert.match(byName['unknown key']!.errors[0]!, /unknown key "outputs"/);
  assert.match(byName['malformed eligible']!.errors.join(' '), /"eligible" must be true or false/);
  assert.match(byName['not an output']!.errors[0]!, /output\.price: not an output/);
  assert.equal(run.passed, 5);
  assert.equal(run.failed, 5);
  assert.equal(summaryLine(run), '5 passed, 5 failed');
});

test('runCases takes parsed cases and rejects a non-list', () => {
  const run = runCases([{ name: 'x', program: 'two-disease-screening', date: '2025-03-01', input: { screened: 2 }, output: { amount: 436 } }]);
  assert.equal(run.passed, 1);
  assert.throws(() => runCases('name: not a list'), /list/);
});

test("the project's case files all pass", () => {
  const run = runCaseFiles([fileURLToPath(new URL('../../tests/', import.meta.url))]);
  const failures = run.results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.errors.join('; ')}`);
  assert.deepEqual(failures, []);
  assert.ok(run.passed > 200);
});

test('a missing file is a failed result, not a crash', () => {
  const run = runCaseFiles(['/nonexistent/cases.yaml']);
  assert.equal(run.failed, 1);
});
