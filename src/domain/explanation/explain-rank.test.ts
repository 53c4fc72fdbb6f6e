import { describe, expect, it } from 'vitest';
import { decisionSettingsOf, orientedUseCases } from '../../../test/fixtures/decision-builders';
import { rankUseCases, type RankingInput } from '../ranking/rank-use-cases';
import { explainRank } from './explain-rank';

const { weights, thresholds } = decisionSettingsOf();
const settings = { weights, thresholds, locale: 'en' };

/** The explanation of `id`'s rank among these use cases (weights 1, thresholds 50/50, English). */
function explainAmong(inputs: RankingInput[], id: string) {
  const ranking = rankUseCases(inputs, settings);
  const values = new Map(inputs.map((i) => [i.id, i.values]));
  return explainRank(ranking, values, settings.weights, id, 'en');
}

function withChange(inputs: RankingInput[], id: string, criterion: string, to: number) {
  return inputs.map((i) => (i.id === id ? { ...i, values: { ...i.values, [criterion]: to } } : i));
}

describe('explainRank (SCORING.md section 7)', () => {
  // Weights all 1. Oriented sums: A 30, B 28, C 25 -> A, B, C.
  // Value criteria (sv, ci, fp, bi, sa): A 4+4+4+4+3 = 19, B 5+3+4+3+3 = 18, C 3+3+3+3+4 = 16.
  const inputs: RankingInput[] = orientedUseCases({
    c: [3, 3, 3, 3, 3, 3, 3, 4],
    a: [4, 4, 4, 4, 4, 4, 3, 3],
    b: [5, 3, 4, 4, 3, 3, 3, 3],
  });

  it('names the neighbours and sorts the separating criteria by |gap|', () => {
    const e = explainAmong(inputs, 'b');
    expect(e?.rank).toBe(2);
    expect(e?.above?.id).toBe('a');
    expect(e?.below?.id).toBe('c');
    // B - A, weight 1: sv +1, ci -1, fp 0, dm 0, tc -1, bi -1, cr 0, sa 0 (ties: canonical order).
    expect(e?.separatesFromAbove).toEqual([
      { criterion: 'strategicValue', gap: 1 },
      { criterion: 'customerImpact', gap: -1 },
      { criterion: 'technicalComplexity', gap: -1 },
      { criterion: 'brandImpact', gap: -1 },
      { criterion: 'financialPotential', gap: 0 },
      { criterion: 'dataMaturity', gap: 0 },
      { criterion: 'complianceRisk', gap: 0 },
      { criterion: 'strategicAlignment', gap: 0 },
    ]);
    // B - C: sv +2, then fp +1, dm +1, sa -1, the rest 0.
    expect(e?.separatesFromBelow.slice(0, 4)).toEqual([
      { criterion: 'strategicValue', gap: 2 },
      { criterion: 'financialPotential', gap: 1 },
      { criterion: 'dataMaturity', gap: 1 },
      { criterion: 'strategicAlignment', gap: -1 },
    ]);
  });

  it.each([
    {
      // B needs +2 oriented to tie A at 30 (+1 is not enough), and wins the tie on value if the +2
      // is on a value criterion (20 > 19). sv is already 5, so the first is customerImpact 3 -> 5.
      neighbour: 'above',
      swap: 'swapWithAbove',
      change: { criterion: 'customerImpact', from: 3, to: 5 },
      after: ['b', 'a', 'c'],
    },
    {
      // C passes B if B drops 3 oriented points (tie at 25) on a value criterion (B value 15 < 16):
      // strategicValue 5 -> 2 is the first in canonical order. A drop of 1 or 2 is not enough.
      neighbour: 'below',
      swap: 'swapWithBelow',
      change: { criterion: 'strategicValue', from: 5, to: 2 },
      after: ['a', 'c', 'b'],
    },
  ] as const)('finds the smallest change that swaps B with the one $neighbour', (c) => {
    const e = explainAmong(inputs, 'b');
    expect(e?.[c.swap]).toEqual(c.change);
    const after = rankUseCases(withChange(inputs, 'b', c.change.criterion, c.change.to), settings);
    expect(after.ranked.map((r) => r.id)).toEqual(c.after);
  });

  it('lowers the raw score of a "higher is worse" criterion to climb', () => {
    // X: every criterion at its best except technicalComplexity (oriented 3, raw 3): sum 38.
    // Y: all best except strategicAlignment 4: sum 39, value 24. X with technicalComplexity raw 2
    // (oriented 4) ties at 39 and wins on value (25 > 24). Every other X score is already best.
    const pair = orientedUseCases({ x: [5, 5, 5, 5, 3, 5, 5, 5], y: [5, 5, 5, 5, 5, 5, 5, 4] });
    const e = explainAmong(pair, 'x');
    expect(e?.rank).toBe(2);
    expect(e?.swapWithAbove).toEqual({ criterion: 'technicalComplexity', from: 3, to: 2 });
    expect(e?.below).toBeNull();
    expect(e?.separatesFromBelow).toEqual([]);
    expect(e?.swapWithBelow).toBeNull();
  });

  it('says null when no single change is enough, and for the first place above', () => {
    // Oriented 5 everywhere (100) vs 1 everywhere (0): one change moves at most 4 of 40 points.
    const pair = orientedUseCases({
      top: [5, 5, 5, 5, 5, 5, 5, 5],
      low: [1, 1, 1, 1, 1, 1, 1, 1],
    });
    expect(explainAmong(pair, 'low')?.swapWithAbove).toBeNull();
    const top = explainAmong(pair, 'top');
    expect(top?.above).toBeNull();
    expect(top?.swapWithAbove).toBeNull();
    expect(top?.swapWithBelow).toBeNull();
  });

  it('is null for a use case that is not ranked', () => {
    expect(explainAmong(inputs, 'unknown')).toBeNull();
  });
});
