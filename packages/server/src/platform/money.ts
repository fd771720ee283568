// Money at the HTTP edge of the lifecycle modules: yuan in requests and answers, integer fen inside.
// Amounts are checked for two decimals where they are parsed (the schemas), so rounding here only
// absorbs binary floating-point noise (0.29 * 100 = 28.999…); see the policy package's
// yuanToFen/fenToYuan for the strict conversions.

/** Yuan → integer fen, rounded to the nearest fen. */
export const toFen = (yuan: number) => Math.round(yuan * 100);
/** Fen (a number, or a bigint column read as a string) → yuan; null stays null. */
export function toYuan(fen: number | string | bigint): number;
export function toYuan(fen: number | string | bigint | null | undefined): number | null;
export function toYuan(fen: number | string | bigint | null | undefined): number | null {
  return fen == null ? null : Number(fen) / 100;
}
