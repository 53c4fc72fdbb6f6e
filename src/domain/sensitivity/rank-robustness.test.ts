import { describe, expect, it } from 'vitest';
import { CRITERION_IDS, defaultWeights, type Weights } from '../schema/criterion';
import { decisionInputOf, type ScoredItem } from '../../../test/fixtures/builders';
import { decideWithWeights } from '../decision/what-if';
import type { CriterionValues } from '../scoring/score-use-case';
import { seededRandom } from '../random/seeded-random';
import { rankRobustness } from './rank-robustness';

/** The workspace of these use cases, default weights unless given (six raters, mean). */
function workspaceOf(items: readonly ScoredItem[], weights: Weights = defaultWeights()) {
  return decisionInputOf(items, weights);
}

/** Raw scores (not oriented): all `fill`, with some criteria overridden. */
function scores(fill: number, overrides: Partial<CriterionValues> = {}): CriterionValues {
  return {
    ...(Object.fromEntries(CRITERION_IDS.map((id) => [id, fill])) as CriterionValues),
    ...overrides,
  };
}

/** Many close use cases: random means of raters, so that weights matter. */
function closeUseCases(count: number, seed: number): ScoredItem[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `u${i}`,
    title: `Use case ${i}`,
    values: Object.fromEntries(
      CRITERION_IDS.map((id) => [id, 1 + Math.round(random() * 12) / 3]),
    ) as CriterionValues,
  }));
}

describe('rankRobustness (SCORING.md section 10)', () => {
  it('gives the same figures for the same seed, and others for another seed', () => {
    const inputs = closeUseCases(30, 3);
    const first = rankRobustness(workspaceOf(inputs), { k: 5, seed: 42 });
    const again = rankRobustness(workspaceOf(inputs), { k: 5, seed: 42 });
    const other = rankRobustness(workspaceOf(inputs), { k: 5, seed: 43 });
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(first.map((r) => r.currentRank)).toEqual(first.map((_, i) => i + 1));
  });

  it('keeps a use case far ahead in the top K in 100 % of the draws', () => {
    // "lead" has the best score on every criterion (5, or 1 on the two "higher is worse" ones):
    // overall 100 whatever the positive weights; the others have oriented 3 at best -> <= 50.
    const inputs: ScoredItem[] = [
      { id: 'x', title: 'X', values: scores(3) },
      {
        id: 'lead',
        title: 'Lead',
        values: scores(5, { technicalComplexity: 1, complianceRisk: 1 }),
      },
      { id: 'y', title: 'Y', values: scores(2) },
    ];
    const [lead] = rankRobustness(workspaceOf(inputs), { k: 1, seed: 1 });
    expect(lead).toEqual({
      id: 'lead',
      title: 'Lead',
      topKShare: 1,
      p5Rank: 1,
      p95Rank: 1,
      currentRank: 1,
    });
  });

  it('splits two mirror-image use cases about half and half', () => {
    // A: strategicValue 5, customerImpact 1; B the reverse; the rest 3. With equal weights they tie
    // on overall, value and feasibility, and A leads by title. In a draw A is first exactly when
    // the strategicValue factor beats the customerImpact one: probability 1/2 by symmetry.
    // 1000 draws: share 0.5 give or take 3 * sqrt(0.25 / 1000) = 0.047.
    const inputs: ScoredItem[] = [
      { id: 'b', title: 'B', values: scores(3, { strategicValue: 1, customerImpact: 5 }) },
      { id: 'a', title: 'A', values: scores(3, { strategicValue: 5, customerImpact: 1 }) },
    ];
    const [a, b] = rankRobustness(workspaceOf(inputs), { k: 1, seed: 2026 });
    expect(a?.id).toBe('a');
    expect(Math.abs((a?.topKShare ?? 0) - 0.5)).toBeLessThan(0.047);
    expect((a?.topKShare ?? 0) + (b?.topKShare ?? 0)).toBeCloseTo(1, 12);
    // Nearest rank over 1000 sorted ranks: p5 = 50th value, p95 = 950th value.
    expect(a).toMatchObject({ p5Rank: 1, p95Rank: 2 });
    expect(b).toMatchObject({ p5Rank: 1, p95Rank: 2 });
  });

  it('breaks exact ties like the ranking: title, then id', () => {
    // Same scores: every draw ties on the three scores, so the title decides: "Alpha" first.
    const inputs: ScoredItem[] = [
      { id: 'z', title: 'Beta', values: scores(4) },
      { id: 'y', title: 'Alpha', values: scores(4) },
    ];
    const result = rankRobustness(workspaceOf(inputs), { k: 1, seed: 9, draws: 50 });
    expect(result.map((r) => [r.id, r.topKShare, r.p5Rank, r.p95Rank])).toEqual([
      ['y', 1, 1, 1],
      ['z', 0, 2, 2],
    ]);
  });

  it('ignores use cases to score and returns nothing for an empty workspace', () => {
    const inputs: ScoredItem[] = [
      { id: 'a', title: 'A', values: scores(4) },
      { id: 'b', title: 'B', values: scores(4, { brandImpact: null }) },
    ];
    expect(rankRobustness(workspaceOf(inputs), { k: 5, seed: 1 }).map((r) => r.id)).toEqual(['a']);
    expect(rankRobustness(workspaceOf([]), { k: 5, seed: 1 })).toEqual([]);
  });

  it('ranks each draw exactly like the decision with the drawn weights (ties included)', () => {
    // Integer scores give many exact ties, so the tie-breaks are exercised. One draw: the
    // weights are w_c * (0.8 + 0.4 * r_c) with r_1..r_8 the first numbers of seededRandom(seed).
    const random = seededRandom(5);
    const inputs: ScoredItem[] = Array.from({ length: 200 }, (_, i) => ({
      id: `u${String(i).padStart(3, '0')}`,
      title: `Case ${i % 7}`,
      values: Object.fromEntries(
        CRITERION_IDS.map((id) => [id, 1 + Math.floor(random() * 5)]),
      ) as CriterionValues,
    }));
    const weights: Weights = { ...defaultWeights(), strategicValue: 3, complianceRisk: 2 };
    const own = workspaceOf(inputs, weights);
    for (const seed of [1, 2, 3]) {
      const r = seededRandom(seed);
      const drawn = Object.fromEntries(
        CRITERION_IDS.map((id) => [id, weights[id] * (0.8 + 0.4 * r())]),
      ) as Weights;
      const expected = new Map(decideWithWeights(own, drawn).ranked.map((x) => [x.id, x.rank]));
      for (const x of rankRobustness(own, { k: 5, seed, draws: 1 })) {
        expect(x.p5Rank).toBe(expected.get(x.id));
        expect(x.p95Rank).toBe(expected.get(x.id));
      }
    }
  });

  // How fast is for `npm run bench`; here, only that 1,000 draws over 1,000 use cases complete.
  it('runs 1,000 draws over 1,000 use cases', () => {
    const inputs = closeUseCases(1000, 11);
    const result = rankRobustness(workspaceOf(inputs), { k: 5, seed: 7 });
    expect(result).toHaveLength(1000);
  }, 60_000);
});
