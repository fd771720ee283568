// Issue 8 §4: schema-valid inputs overflowed money (a 500), a year below 1000 made a malformed date,
// and the same request answered 500 or 200 depending on how many evaluations came before it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, evaluateMany, listPrograms, PolicyError } from '../index.ts';
import { addMonths, fromDayNumber, toDayNumber } from './dates.ts';

type Schema = {
  type?: string | string[];
  maximum?: number;
  exclusiveMaximum?: number;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
};

function unbounded(s: Schema | boolean | undefined, at: string, out: string[]) {
  if (!s || typeof s !== 'object') return;
  const types = [s.type].flat();
  // zod's int() alone publishes maximum 2^53 - 1, and the old money default was 1e12: neither is a bound.
  const max = s.maximum ?? s.exclusiveMaximum ?? Infinity;
  if ((types.includes('number') || types.includes('integer')) && max >= 1e12 && !s.enum) out.push(at);
  for (const [k, v] of Object.entries(s.properties ?? {})) unbounded(v, `${at}.${k}`, out);
  unbounded(s.additionalProperties, `${at}.*`, out);
  unbounded(s.items, `${at}[]`, out);
  for (const x of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) unbounded(x, at, out);
}

test('every count and amount in every program input has a maximum', () => {
  const out: string[] = [];
  for (const p of listPrograms()) {
    unbounded(p.inputSchema as Schema, `${p.code}:input`, out);
    for (const v of p.versions) unbounded((v as { inputSchema?: Schema }).inputSchema, `${p.code}@${v.policy}:input`, out);
  }
  assert.deepEqual(out, []);
});

const claim = {
  claimType: 'accidental-disability',
  enrollmentMode: 'centralized',
  coverageStart: '2022-04-01',
  coverageEnd: '2023-03-31',
  eventDate: '0999-06-01',
  disabilityGrade: 1,
  paidThisAccident: 0,
  paidThisYear: 0,
  filedOn: '2022-07-01',
};

function code(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof PolicyError ? `${e.code} ${e.field}` : `crash ${(e as Error).message}`;
  }
}

test('a year outside 1900–2100 is a 400 naming the field, the same on the first and the 2,000th evaluation', () => {
  const req = { program: 'gig-mutual-protection-claim', date: '2022-07-01', input: claim };
  const answers = new Set<string>();
  for (let i = 0; i < 2000; i++) answers.add(code(() => evaluate(req)));
  assert.deepEqual([...answers], ['invalid-input input.eventDate']);
  assert.equal(
    code(() => evaluate({ ...req, input: { ...claim, eventDate: '2101-01-01' } })),
    'invalid-input input.eventDate',
  );
  // The batch fast path checks the same bounds.
  const mp = { plan: 'B', mode: 'new-card', unitCategory: 'ordinary', eventDate: '0999-03-01' };
  assert.equal(
    code(() => evaluateMany('member-protection', '2025-03-01', new Array(3000).fill({ ...mp, eventDate: '2025-03-01' }).concat([mp]))),
    'invalid-input inputs[3000].eventDate',
  );
  assert.equal(
    code(() => evaluate({ program: 'member-protection', date: '2025-03-01', input: { ...mp, eventDate: '1900-01-01' } })),
    'ok',
  );
});

test('the counts that overflowed money are bounded and exact at their maximum', () => {
  for (const [program, date, field, input] of [
    ['labour-relations-guidance-subsidy', '2022-06-30', 'personDays', {}],
    ['two-disease-screening', '2025-05-01', 'screened', {}],
    ['gig-mobile-checkup', '2022-05-01', 'persons', { package: 'morning' }],
    ['group-sanatorium', '2018-05-01', 'persons', { planCode: 'A' }],
    ['health-checkup', '2018-06-15', 'persons', { planCode: 'A', examDate: '2018-06-15' }],
  ] as const) {
    assert.equal(
      code(() => evaluate({ program, date, input: { ...input, [field]: 600_479_950_317 } })),
      `invalid-input input.${field}`,
      program,
    );
    assert.equal(
      code(() => evaluate({ program, date, input: { ...input, [field]: 1_000_000 } })),
      'ok',
      program,
    );
  }
  assert.equal(evaluate({ program: 'labour-relations-guidance-subsidy', date: '2022-06-30', input: { personDays: 1_000_000 } }).output.amount, 150_000_000);
});

test('dates keep four-digit years below 1000', () => {
  assert.equal(fromDayNumber(toDayNumber('0999-12-31')), '0999-12-31');
  assert.equal(addMonths('0999-11-30', 1), '0999-12-30');
});
