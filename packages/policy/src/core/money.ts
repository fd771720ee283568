/**
 * Money: integer fen inside the engine, yuan (≤ 2 decimals) at the edges.
 * Conversions refuse values that are not whole fen instead of rounding them silently.
 */

const EPS = 1e-7;

export function isWholeFen(yuan: number): boolean {
  if (!Number.isFinite(yuan)) return false;
  const f = yuan * 100;
  return Math.abs(f - Math.round(f)) < EPS * Math.max(1, Math.abs(f));
}

/** Yuan (number with ≤ 2 decimals) → integer fen. Throws RangeError otherwise. */
export function yuanToFen(yuan: number): number {
  if (!isWholeFen(yuan)) throw new RangeError(`not an amount in whole fen: ${yuan}`);
  const fen = Math.round(yuan * 100);
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount too large: ${yuan}`);
  return fen;
}

/** Integer fen → yuan as a number; integer/100 always prints with ≤ 2 decimals. */
export function fenToYuan(fen: number): number {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`);
  return fen / 100;
}

export type Rounding = 'half-up' | 'down' | 'up';

/** fen × num / den in exact integer arithmetic; rounding applies to the magnitude (default half-up). */
export function mulDiv(fen: number, num: number, den: number, rounding: Rounding = 'half-up'): number {
  if (!Number.isSafeInteger(fen) || !Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) {
    throw new RangeError(`mulDiv needs integers (den > 0): ${fen} × ${num} / ${den}`);
  }
  const p = BigInt(fen) * BigInt(num);
  const d = BigInt(den);
  const neg = p < 0n;
  const a = neg ? -p : p;
  let q = a / d;
  const r = a % d;
  if (r !== 0n) {
    if (rounding === 'half-up' ? 2n * r >= d : rounding === 'up') q += 1n;
  }
  return Number(neg ? -q : q);
}
