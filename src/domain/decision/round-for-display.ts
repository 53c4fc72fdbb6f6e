/**
 * SCORING.md section 4: the one rounding of a number meant for reading (screen, CSV, Markdown,
 * PDF/print). Rounded once, from full precision, half away from zero, to one decimal. XLSX and
 * JSON carry full precision and never go through here.
 *
 * A score that is mathematically on a half (68.75) can come out of the arithmetic a hair below
 * it (68.74999999999999): like the thresholds and the ties (SCORE_TOLERANCE), anything within
 * 1e-9 of a half counts as the half, so the shown figure is the one a person gets by hand.
 */
const HALF_TOLERANCE = 1e-9;

export function roundForDisplay(n: number): number {
  if (!Number.isFinite(n)) return n;
  const magnitude = Math.floor(Math.abs(n) * 10 + 0.5 + HALF_TOLERANCE * 10) / 10;
  // No "-0.0": a negative figure that rounds to zero is shown as 0.
  return magnitude === 0 ? 0 : Math.sign(n) * magnitude;
}
