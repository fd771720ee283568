import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  creditCodeCheckCharacter,
  idCheckCharacter,
  isMemberNumber,
  isValidCreditCode,
  maskIdNumber,
  maskMobile,
  normalizeMobile,
  parseIdNumber,
} from './identifiers.ts';

describe('resident ID number (GB 11643-1999)', () => {
  it('accepts a valid number and derives birth date and sex', () => {
    const r = parseIdNumber('11010519491231002X', '2025-01-01');
    assert.deepEqual(r, { ok: true, value: { idNumber: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' } });
    const m = parseIdNumber('310115199003076515', '2025-01-01');
    assert.ok(m.ok && m.value.sex === 'male' && m.value.birthDate === '1990-03-07');
  });
  it('accepts a lower-case x and stores it upper-case', () => {
    const r = parseIdNumber(' 11010519491231002x ', '2025-01-01');
    assert.ok(r.ok && r.value.idNumber === '11010519491231002X');
  });
  it('computes the check character, including X and 0 (sum mod 11 = 2 and 1)', () => {
    assert.equal(idCheckCharacter('11010519491231002'), 'X');
    // Each remainder 0..10 maps through "10X98765432".
    const seen = new Set<string>();
    for (let n = 0; n < 2000 && seen.size < 11; n++) seen.add(idCheckCharacter(`3101011990010${String(n).padStart(4, '0')}`));
    assert.deepEqual([...seen].sort(), ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });
  it('refuses a wrong check digit, a wrong length, letters, impossible and future dates', () => {
    const problem = (s: string) => {
      const r = parseIdNumber(s, '2025-01-01');
      return r.ok ? 'ok' : r.problem;
    };
    assert.equal(problem('110105194912310021'), 'check-digit');
    assert.equal(problem('11010519491231002'), 'length');
    assert.equal(problem('1101051949123100XX'), 'characters');
    const feb30 = '31010119900230001';
    assert.equal(problem(feb30 + idCheckCharacter(feb30)), 'birth-date');
    const leap = '31010120000229001';
    assert.equal(problem(leap + idCheckCharacter(leap)), 'ok', '29 February 2000 exists');
    const noLeap = '31010119000229001';
    assert.equal(problem(noLeap + idCheckCharacter(noLeap)), 'birth-date', '1900 was not a leap year');
    const future = '31010120300101001';
    assert.equal(problem(future + idCheckCharacter(future)), 'future-birth-date');
  });
  it('accepts Hong Kong/Macao/Taiwan residence permits and the 2023 foreigner permanent-residence ID', () => {
    for (const first17 of ['81000019900101001', '82000019900101001', '83000019900101001', '93310019900101001'])
      assert.ok(parseIdNumber(first17 + idCheckCharacter(first17), '2025-01-01').ok, first17);
  });
  it('masks all but the first 3 and last 4 characters', () => {
    assert.equal(maskIdNumber('11010519491231002X'), '110***********002X');
  });
});

describe('mobile numbers', () => {
  it('normalises spaces, dashes and +86 and checks the shape without whitelisting segments', () => {
    assert.equal(normalizeMobile('+86 138-0013-8000'), '13800138000');
    assert.equal(normalizeMobile('008613800138000'), '13800138000');
    assert.equal(normalizeMobile('19200000000'), '19200000000');
    assert.equal(normalizeMobile('12800138000'), null);
    assert.equal(normalizeMobile('1380013800'), null);
    assert.equal(normalizeMobile('138001380001'), null);
    assert.equal(maskMobile('13800138000'), '138****8000');
  });
});

describe('unified social credit code (GB 32100-2015)', () => {
  it('checks the check character over the 31-character alphabet', () => {
    const first17 = '81310115MC0000001';
    const code = first17 + creditCodeCheckCharacter(first17);
    assert.ok(isValidCreditCode(code));
    assert.ok(isValidCreditCode(code.toLowerCase()));
    const wrong = first17 + (code.endsWith('0') ? '1' : '0');
    assert.equal(isValidCreditCode(wrong), false);
    assert.equal(isValidCreditCode('81310115IC00000010'), false, 'I is not in the alphabet');
    assert.equal(isValidCreditCode('913101'), false);
    // A well-known public code.
    assert.ok(isValidCreditCode('91350100M000100Y43'));
  });
  it('member numbers are 10 digits', () => {
    assert.ok(isMemberNumber('3100000001'));
    assert.equal(isMemberNumber('310000000'), false);
  });
});
