import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidCreditCode, normalizeMobile, parseIdNumber } from '../platform/identifiers.ts';
import { ALLOCATION_2022_ROWS_SUM, ALLOCATION_2022_TOTAL, demoOrgKeys, demoOrgs, FEDERATION_KEY } from './org-data.ts';
import { createPermutation, syntheticPeople } from './synthetic-people.ts';

test('2022 allocation table: counts as printed, numbers 1..N once each', () => {
  const allocated = demoOrgs.filter((o) => o.allocation2022);
  const total = allocated.reduce((s, o) => s + o.allocation2022!.enterprises, 0);
  // 001 附件1 prints 合计 10000 but its rows add up to 10001 (see org-data.ts): both are pinned.
  assert.equal(ALLOCATION_2022_TOTAL, 10000);
  assert.equal(total, ALLOCATION_2022_ROWS_SUM);
  assert.equal(total - ALLOCATION_2022_TOTAL, 1);
  const districtTotal = allocated.filter((o) => o.kind === 'district').reduce((s, o) => s + o.allocation2022!.enterprises, 0);
  assert.equal(districtTotal, 9150);
  const nos = allocated.map((o) => o.allocation2022!.no).sort((a, b) => a - b);
  assert.deepEqual(
    nos,
    Array.from({ length: allocated.length }, (_, i) => i + 1),
  );
  assert.equal(allocated.length, 118);
  // Every regional union is in the table, and only they are.
  for (const o of demoOrgs) assert.equal(!!o.allocation2022, o.kind === 'district' || o.kind === 'industry', o.key);
  const byNo = new Map(allocated.map((o) => [o.allocation2022!.no, o.shortName]));
  assert.equal(byNo.get(1), '浦东新区');
  assert.equal(byNo.get(17), '机电');
  assert.equal(byNo.get(33), '上汽');
  assert.equal(byNo.get(49), '航道局');
  assert.equal(byNo.get(73), '新华社');
  assert.equal(byNo.get(96), '电力股份');
  assert.equal(byNo.get(118), '著名外企');
  const pudong = demoOrgs.find((o) => o.shortName === '浦东新区')!;
  assert.equal(pudong.allocation2022!.enterprises, 1500);
});

test('16 district unions and the special units', () => {
  assert.equal(demoOrgs.filter((o) => o.kind === 'district').length, 16);
  const special = demoOrgs.filter((o) => o.kind === 'industry' && o.unitCategory === 'special').map((o) => o.shortName);
  assert.deepEqual(special.sort(), ['东航', '中国金融', '华东空管局', '民航华东', '铁路'].sort());
  assert.equal(demoOrgs.find((o) => o.shortName === '上海金融')!.unitCategory, 'ordinary');
});

test('tree: unique keys, one root, every parent exists and comes first', () => {
  const seen = new Map<string, (typeof demoOrgs)[number]>();
  for (const o of demoOrgs) {
    assert.ok(!seen.has(o.key), `duplicate key ${o.key}`);
    if (o.parentKey === null) assert.equal(o.key, FEDERATION_KEY);
    else {
      const parent = seen.get(o.parentKey);
      assert.ok(parent, `${o.key}: parent ${o.parentKey} missing or after the child`);
      if (o.kind === 'grassroots') assert.ok(['street', 'park', 'industry'].includes(parent.kind), o.key);
      if (o.kind === 'street' || o.kind === 'park') assert.equal(parent.kind, 'district');
      // Units below a special unit are special too.
      if (parent.unitCategory === 'special') assert.equal(o.unitCategory, 'special', o.key);
    }
    seen.set(o.key, o);
  }
  assert.equal(demoOrgs.filter((o) => o.parentKey === null).length, 1);
  for (const k of Object.values(demoOrgKeys)) assert.ok(seen.has(k), k);
  assert.equal(seen.get(demoOrgKeys.grassroots)!.kind, 'grassroots');
  assert.match(seen.get(demoOrgKeys.grassroots)!.name, /张江/);
  // Every district has three streets, each street or park two or three grassroots unions.
  for (const d of demoOrgs.filter((o) => o.kind === 'district')) {
    const kids = demoOrgs.filter((o) => o.parentKey === d.key);
    assert.equal(kids.filter((k) => k.kind === 'street').length, 3, d.key);
    for (const k of kids) {
      const n = demoOrgs.filter((o) => o.parentKey === k.key && o.kind === 'grassroots').length;
      assert.ok(n >= 2 && n <= 3, `${k.key} has ${n} grassroots unions`);
    }
  }
  const functionCodes = demoOrgs.filter((o) => o.functionCode).map((o) => o.functionCode);
  assert.equal(new Set(functionCodes).size, functionCodes.length);
  for (const f of [
    'rights',
    'grassroots-work',
    'labour-relations',
    'publicity',
    'finance',
    'women',
    'service-centre',
    'mutual-aid-centre',
    'tech-assoc-centre',
    'culture-palace',
    'hardship-fund',
    'seagull',
    'workers-sanatorium',
  ])
    assert.ok(functionCodes.includes(f), f);
});

test("credit codes are valid, unique, and unions' codes begin with 8", () => {
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const o of demoOrgs) {
    assert.ok(!names.has(o.name), `duplicate name ${o.name}`);
    names.add(o.name);
    if (o.kind === 'department') continue;
    assert.ok(o.code, `${o.key} has no code`);
    assert.ok(isValidCreditCode(o.code), `${o.key}: ${o.code}`);
    assert.ok(!codes.has(o.code), `duplicate code ${o.code}`);
    codes.add(o.code);
    // Agencies and platforms (companies, code 91) are not unions.
    if (o.kind !== 'agency' && o.kind !== 'platform') assert.equal(o.code[0], '8', o.key);
    if (o.kind === 'grassroots') assert.equal(o.code.slice(0, 2), '81', o.key);
  }
});

test('synthetic people: valid, unique over 100k, deterministic', () => {
  const referenceDate = '2025-03-01';
  const ids = new Set<string>();
  const mobiles = new Set<string>();
  let males = 0;
  for (const p of syntheticPeople({ seed: 7, count: 100_000, referenceDate })) {
    const r = parseIdNumber(p.idNumber, referenceDate);
    assert.ok(r.ok, p.idNumber);
    assert.equal(r.value.birthDate, p.birthDate);
    assert.equal(r.value.sex, p.sex);
    const [y, m, d] = p.birthDate.split('-').map(Number) as [number, number, number];
    const age = 2025 - y - (m > 3 || (m === 3 && d > 1) ? 1 : 0);
    assert.ok(age >= 18 && age <= 65, `${p.birthDate} gives age ${age}`);
    assert.equal(normalizeMobile(p.mobile), p.mobile);
    assert.ok(p.joinedOn <= referenceDate && p.joinedOn > p.birthDate);
    assert.ok(p.name.length >= 2 && p.name.length <= 4);
    ids.add(p.idNumber);
    mobiles.add(p.mobile);
    if (p.sex === 'male') males++;
  }
  assert.equal(ids.size, 100_000);
  assert.equal(mobiles.size, 100_000);
  assert.ok(males > 48_000 && males < 52_000);
  const a = [...syntheticPeople({ seed: 7, count: 50, referenceDate })];
  const b = [...syntheticPeople({ seed: 7, count: 50, referenceDate })];
  const c = [...syntheticPeople({ seed: 8, count: 50, referenceDate })];
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
});

test('permutation is a bijection', () => {
  for (const n of [1, 2, 3, 10, 1000, 4097]) {
    const p = createPermutation(n, 99);
    const seen = new Set<number>();
    for (let i = 0; i < n; i++) {
      const x = p(i);
      assert.ok(x >= 0 && x < n);
      seen.add(x);
    }
    assert.equal(seen.size, n);
  }
});
