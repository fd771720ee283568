import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { evaluate, evaluateMany, getParameters, getParameterTimeline, getProgram, listPrograms, PolicyError } from '../index.ts';
import { loadParameterFile } from './params.ts';

const B_PLUS = { plan: 'B+', mode: 'collective', unitCategory: 'ordinary' };

function policyError(fn: () => unknown): PolicyError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  assert.fail('expected a PolicyError');
}

test('the trace names every parameter used, with its value, date, source and reading', () => {
  const r = evaluate({ program: 'member-protection', date: '2025-01-01', input: B_PLUS });
  assert.equal(r.policy, '2025');
  assert.equal(r.eligible, true);
  assert.deepEqual(r.output, {
    premium: 140,
    citySubsidy: 40,
    remainder: 100,
    coverageStart: '2025-01-01',
    coverageEnd: '2025-12-31',
    term: 'full-year',
    paymentDeadline: null,
  });
  const premium = r.trace.find((t) => t.kind === 'parameter' && t.name === 'premium');
  assert.ok(premium);
  assert.equal(premium.from, '2025-01-01');
  assert.match(premium.source!, /^003 附件2-1/);
  assert.equal((premium.value as Record<string, Record<string, number>>)['B+']!['full-year'], 140, 'trace shows yuan as in the file');
  const half = r.trace.find((t) => t.name === 'half-year-from');
  assert.ok(half?.reading && /July/.test(half.reading.en) && /7 月 1 日/.test(half.reading.zh));
  // Each parameter appears once even when read twice.
  const names = r.trace.filter((t) => t.kind === 'parameter').map((t) => t.name);
  assert.equal(new Set(names).size, names.length);
  assert.equal(r.trace[0]!.name, 'policy');
});

test('failed conditions give reasons with zh and en; passed ones are traced too', () => {
  const r = evaluate({
    program: 'member-protection',
    date: '2025-01-01',
    input: { ...B_PLUS, eventDate: '2025-01-01' },
  });
  assert.equal(r.eligible, false);
  assert.deepEqual(
    r.reasons.map((x) => x.code),
    ['outside-application-window'],
  );
  assert.match(r.reasons[0]!.message.zh, /2024-11-01/);
  assert.match(r.reasons[0]!.message.en, /2024-11-01/);
  const cond = r.trace.filter((t) => t.kind === 'condition');
  assert.ok(cond.some((t) => t.passed === false && t.name === 'outside-application-window'));
  assert.ok(cond.some((t) => t.passed === true && t.name === 'no-cover-left'));
});

test('the trace says what each entry is, for people: a parameter’s description, a condition’s reason, an input’s label', () => {
  const r = evaluate({ program: 'member-protection', date: '2025-01-01', input: { ...B_PLUS, eventDate: '2025-01-01' } });
  const by = (name: string) => r.trace.find((t) => t.name === name);
  assert.deepEqual(by('policy')?.label, { zh: '政策版本', en: 'Policy version' });
  const premium = by('premium');
  assert.equal(premium?.kind, 'parameter');
  assert.ok(premium?.label?.zh && premium.label.en, 'the parameter file’s description');
  // A condition is named by the refusal it rules out: the reason's default sentence.
  assert.deepEqual(by('outside-application-window')?.label, { zh: '不在规定的办理（申请）时间内', en: 'Outside the application window' });
  assert.deepEqual(by('no-cover-left')?.label?.en, 'The cover would start after the coverage year ends');
  // Without the trace nothing is added (the batch path stays as fast as before).
  const [fast] = evaluateMany('member-protection', '2025-01-01', [B_PLUS]);
  assert.deepEqual(fast!.trace, []);
  // Every entry of a claim's trace has a label in both languages except computed values the web names itself.
  const c = evaluate({
    program: 'member-protection-claim',
    date: '2025-06-01',
    input: {
      plan: 'B+',
      claimType: 'hospitalization',
      coverageStart: '2025-01-01',
      coverageEnd: '2025-12-31',
      eventDate: '2025-05-01',
      hospitalDays: 10,
      paidThisYear: 0,
      filedOn: '2025-05-20',
    },
  });
  for (const t of c.trace.filter((x) => x.kind !== 'value')) assert.ok(t.label?.zh && t.label.en, `${t.kind} ${t.name} has a label`);
  // Coded values inside an entry (enum values of the inputs) come with their labels.
  const s = evaluate({
    program: 'skill-promotion-award',
    date: '2018-03-20',
    input: {
      role: 'worker',
      newLevel: 'technician',
      isMember: true,
      certificateIssuedOn: '2017-11-20',
      certificateIssuer: 'shanghai-hrss',
      appliedOn: '2018-03-20',
    },
  });
  const issuers = s.trace.find((x) => x.name === 'recognised-issuers');
  assert.deepEqual(issuers?.valueLabels?.['shanghai-hrss'], { zh: '本市人社主管部门', en: 'Shanghai HRSS' });
  assert.ok(s.trace.find((x) => x.name === 'awards')?.valueLabels?.technician, 'table keys too');
});

test('unknown program, no policy in force and bad input are PolicyErrors naming the field', () => {
  let e = policyError(() => evaluate({ program: 'nope', date: '2025-01-01', input: {} }));
  assert.equal(e.code, 'unknown-program');
  assert.equal(e.field, 'program');
  assert.ok(e.allowed?.includes('member-protection'));

  e = policyError(() => evaluate({ program: 'member-protection', date: '2019-06-01', input: B_PLUS }));
  assert.equal(e.code, 'no-policy-in-force');
  assert.equal(e.allowed?.length, 2);
  assert.match(e.messages.zh, /没有生效的政策版本/);

  e = policyError(() => evaluate({ program: 'member-protection', date: '2025-01-01', input: { ...B_PLUS, plan: 'Z' } }));
  assert.equal(e.code, 'invalid-input');
  assert.equal(e.field, 'input.plan');
  assert.deepEqual(e.allowed, ['A', 'B', 'A+', 'B+']);
  assert.match(e.messages.zh, /input\.plan/);
  assert.match(e.messages.en, /input\.plan/);

  e = policyError(() => evaluate({ program: 'member-protection', date: '2025-01-01', input: { ...B_PLUS, unitCategory: undefined } }));
  assert.equal(e.field, 'input.unitCategory');
  assert.match(e.messages.en, /Missing field/);

  e = policyError(() => evaluate({ program: 'member-protection', date: '2025-01-01', input: { ...B_PLUS, plann: 'A' } }));
  assert.equal(e.field, 'input.plann');
  assert.ok(e.allowed?.includes('plan'));

  e = policyError(() => evaluate({ program: 'member-protection', date: '2025-01-01', input: 'B+' }));
  assert.equal(e.code, 'invalid-input');

  e = policyError(() => evaluate({ program: 'member-protection', date: '2025-13-01', input: B_PLUS }));
  assert.equal(e.field, 'date');

  e = policyError(() => evaluate({ program: 'member-protection', date: '2018-05-01', input: B_PLUS }));
  assert.equal(e.field, 'input.plan', '2018 has only A and B');
  assert.deepEqual(e.allowed, ['A', 'B']);

  assert.deepEqual(Object.keys(e.toJSON()).sort(), ['allowed', 'code', 'field', 'message']);
  assert.deepEqual(Object.keys(e.toJSON().message), ['zh', 'en']);
});

test('money outputs are yuan with at most two decimals', () => {
  const r = evaluate({
    program: 'member-protection',
    date: '2025-08-01',
    input: { plan: 'A', mode: 'new-card', unitCategory: 'ordinary', eventDate: '2025-08-01' },
  });
  assert.equal(r.output.citySubsidy, 6.5);
  assert.equal(r.output.remainder, 6.5);
  const claim = evaluate({
    program: 'gig-mutual-protection-claim',
    date: '2022-07-01',
    input: {
      claimType: 'hospital-allowance',
      enrollmentMode: 'centralized',
      coverageStart: '2022-04-01',
      coverageEnd: '2023-03-31',
      eventDate: '2022-06-01',
      hospitalDays: 3,
      paidThisYear: 53999.99,
      filedOn: '2022-07-01',
    },
  });
  assert.equal(claim.output.payout, 0.01);
});

test('evaluateMany equals evaluate without the trace, and names the bad item', () => {
  const inputs = ['A', 'B', 'A+', 'B+'].flatMap((plan) =>
    ['2025-02-01', '2025-07-01', '2025-12-30'].map((eventDate) => ({ plan, mode: 'new-card', unitCategory: 'special', eventDate })),
  );
  const many = evaluateMany('member-protection', '2025-06-01', inputs);
  assert.equal(many.length, inputs.length);
  many.forEach((r, i) => {
    const one = evaluate({ program: 'member-protection', date: '2025-06-01', input: inputs[i] });
    assert.deepEqual(r.output, one.output);
    assert.deepEqual(r.reasons, one.reasons);
    assert.deepEqual(r.trace, []);
  });
  assert.ok(evaluateMany('member-protection', '2025-06-01', inputs.slice(0, 1), { trace: true })[0]!.trace.length > 0);
  const e = policyError(() => evaluateMany('member-protection', '2025-06-01', [inputs[0], { ...inputs[0], plan: 'C' }]));
  assert.equal(e.index, 1);
  assert.equal(e.field, 'inputs[1].plan');
});

test('listPrograms and getProgram describe inputs (JSON Schema), outputs and versions', () => {
  const all = listPrograms();
  assert.ok(all.length >= 7);
  const mp = getProgram('member-protection');
  assert.ok(mp);
  assert.deepEqual(
    mp.versions.map((v) => v.policy),
    ['2018', '2025'],
  );
  const schema = mp.inputSchema as { properties: Record<string, { enum?: string[] }>; required: string[] };
  assert.deepEqual(schema.properties.plan!.enum, ['A', 'B', 'A+', 'B+']);
  assert.ok(schema.required.includes('plan'));
  const v2018 = mp.versions[0]!.inputSchema as { properties: Record<string, { enum?: string[] }> };
  assert.deepEqual(v2018.properties.plan!.enum, ['A', 'B']);
  assert.ok(mp.outputs.includes('premium'));
  assert.equal(getProgram('nope'), undefined);
  for (const p of all) assert.ok(p.inputSchema && p.title.zh && p.title.en, p.code);
});

test('getParameters gives the values in force; getParameterTimeline every dated value', () => {
  const ps = getParameters('member-protection', '2018-06-01');
  const premium = ps.find((p) => p.name === 'premium');
  assert.equal(premium?.unit, 'yuan');
  assert.equal(premium?.from, '2018-01-01');
  assert.deepEqual((premium!.value as Record<string, unknown>).A, { 'full-year': 24, 'half-year': 12 });
  assert.ok(!ps.some((p) => p.name === 'individual-payment-working-days'), 'not in force in 2018');
  const tl = getParameterTimeline('member-protection', 'premium');
  assert.deepEqual(
    tl.map((t) => t.from),
    ['2018-01-01', '2025-01-01'],
  );
  assert.match(tl[0]!.source, /^000/);
  assert.equal(policyError(() => getParameterTimeline('member-protection', 'premiums')).code, 'unknown-parameter');
  assert.equal(policyError(() => getParameters('member-protection', '2020-01-01')).code, 'no-policy-in-force');
});

test('parameter files are checked against the program on load', () => {
  const schemas = { rate: z.number().int() };
  const file = (body: string) => `program: p\nversions: [{ policy: "1", from: 2020-01-01, source: s }]\nparameters:\n${body}`;
  const ok = loadParameterFile('p', schemas, file('  rate: { unit: yuan, values: [{ from: 2020-01-01, value: 1.5, source: s }] }'));
  assert.equal(ok.parameters.get('rate')!.values[0]!.value, 150);
  assert.equal(ok.parameters.get('rate')!.values[0]!.display, 1.5);
  const bad = (body: string, re: RegExp) =>
    assert.throws(
      () => loadParameterFile('p', schemas, file(body)),
      (e: unknown) => e instanceof PolicyError && e.code === 'invalid-parameters' && re.test(e.message),
    );
  bad('  rate: { unit: yuan, values: [{ from: 2020-01-01, value: 1.505, source: s }] }', /whole number of fen/);
  bad(
    '  rate: { unit: yuan, values: [{ from: 2020-01-01, value: 1, source: s }] }\n  rat: { unit: yuan, values: [{ from: 2020-01-01, value: 1, source: s }] }',
    /not declared/,
  );
  bad('  rate: { unit: yuan, values: [{ from: 2020-01-01, value: 1 }] }', /source/);
  bad('  rate: { unit: yuan, values: [{ from: 2021-01-01, value: 1, source: s }, { from: 2020-01-01, value: 2, source: s }] }', /increasing/);
  bad('  rate: { unit: count, values: [{ from: 2020-01-01, value: 1.5, source: s }] }', /rate@2020-01-01/);
  bad('  other: { unit: count, values: [{ from: 2020-01-01, value: 1, source: s }] }', /not declared/);
});
