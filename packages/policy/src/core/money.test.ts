import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fenToYuan, isWholeFen, mulDiv, yuanToFen } from './money.ts';

test('yuan ↔ fen is exact for amounts with up to two decimals', () => {
  assert.equal(yuanToFen(6.5), 650);
  assert.equal(yuanToFen(22.5), 2250);
  assert.equal(yuanToFen(0.07), 7);
  assert.equal(yuanToFen(19999.99), 1999999);
  assert.equal(fenToYuan(1999999), 19999.99);
  assert.equal(fenToYuan(650), 6.5);
});

test('amounts with fractions of a fen are refused, not rounded', () => {
  assert.equal(isWholeFen(1.005), false);
  assert.throws(() => yuanToFen(1.005), RangeError);
  assert.throws(() => yuanToFen(Number.NaN), RangeError);
  assert.throws(() => fenToYuan(1.5), RangeError);
});

test('sums in fen do not drift the way floats do', () => {
  assert.notEqual(0.1 + 0.2, 0.3);
  assert.equal(fenToYuan(yuanToFen(0.1) + yuanToFen(0.2)), 0.3);
  let fen = 0;
  for (let i = 0; i < 1_000_000; i++) fen += yuanToFen(6.5);
  assert.equal(fenToYuan(fen), 6_500_000);
});

test('every integer number of fen prints with at most two decimals', () => {
  for (let f = 0; f < 100_000; f += 7) {
    const s = String(fenToYuan(f));
    assert.ok(!s.includes('.') || s.split('.')[1]!.length <= 2, s);
  }
});

test('mulDiv divides exactly with explicit rounding', () => {
  assert.equal(mulDiv(100, 1, 3), 33);
  assert.equal(mulDiv(200, 1, 3), 67);
  assert.equal(mulDiv(200, 1, 3, 'down'), 66);
  assert.equal(mulDiv(100, 1, 3, 'up'), 34);
  assert.equal(mulDiv(15_000_000, 30, 100), 4_500_000);
  assert.equal(mulDiv(Number.MAX_SAFE_INTEGER, 3, 3), Number.MAX_SAFE_INTEGER);
  assert.throws(() => mulDiv(1.5, 1, 2), RangeError);
});
