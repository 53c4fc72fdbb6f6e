/**
 * Each weight's share of their total, in tenths of a percent, rounded so that the shares shown
 * add up to exactly 100 % (largest remainder: the tenths lost by rounding down go to the shares
 * that lost most, ties to the first). Rounding each share alone showed, say, 99.7 % in all.
 * Returns percentages (e.g. 12.5); all zero when the total is zero.
 */
export function roundedShares<K extends string>(
  weights: Readonly<Record<K, number>>,
): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const total = keys.reduce((sum, key) => sum + Math.max(0, weights[key]), 0);
  const shares = {} as Record<K, number>;
  if (total <= 0) {
    for (const key of keys) shares[key] = 0;
    return shares;
  }
  const exact = keys.map((key) => (Math.max(0, weights[key]) / total) * 1000);
  const floors = exact.map(Math.floor);
  let left = 1000 - floors.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - (floors[index] ?? 0) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    left--;
  }
  keys.forEach((key, index) => (shares[key] = (floors[index] ?? 0) / 10));
  return shares;
}
