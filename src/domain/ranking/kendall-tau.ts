/**
 * Kendall's tau-a between two orders of ids, over the ids present in both:
 * (concordant pairs - discordant pairs) / (n (n - 1) / 2). 1 = same order, -1 = reversed.
 * With fewer than two common ids there is nothing to disagree on: 1.
 */
export function kendallTau(orderA: readonly string[], orderB: readonly string[]): number {
  const positionInB = new Map<string, number>();
  orderB.forEach((id, i) => {
    if (!positionInB.has(id)) positionInB.set(id, i);
  });
  const seen = new Set<string>();
  const positions: number[] = [];
  for (const id of orderA) {
    const p = positionInB.get(id);
    if (p === undefined || seen.has(id)) continue;
    seen.add(id);
    positions.push(p);
  }
  const n = positions.length;
  if (n < 2) return 1;
  let balance = 0;
  for (let i = 0; i < n; i++) {
    const pi = positions[i] as number;
    for (let j = i + 1; j < n; j++) balance += pi < (positions[j] as number) ? 1 : -1;
  }
  return balance / ((n * (n - 1)) / 2);
}
