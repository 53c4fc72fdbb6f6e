import { describe, expect, it } from 'vitest';
import { CRITERION_IDS, defaultWeights, type CriterionId } from '../schema/criterion';
import type { CriterionValues } from '../scoring/score-use-case';
import { rankUseCases } from './rank-use-cases';

/** Oriented scores are given; raw = oriented on better criteria, 6 - oriented on worse ones. */
function fromOriented(o: Record<CriterionId, number>): CriterionValues {
  const v = {} as CriterionValues;
  for (const id of CRITERION_IDS) {
    const worse = id === 'technicalComplexity' || id === 'complianceRisk';
    v[id] = worse ? 6 - o[id] : o[id];
  }
  return v;
}

function oriented(
  valueScores: number,
  feasibility: [number, number, number],
): Record<CriterionId, number> {
  return {
    strategicValue: valueScores,
    customerImpact: valueScores,
    financialPotential: valueScores,
    brandImpact: valueScores,
    strategicAlignment: valueScores,
    dataMaturity: feasibility[0],
    technicalComplexity: feasibility[1],
    complianceRisk: feasibility[2],
  };
}

const settings = {
  weights: defaultWeights(),
  thresholds: { value: 50, feasibility: 50 },
  locale: 'fr',
};

describe('rankUseCases (SCORING.md section 7)', () => {
  it('sorts by overall descending and numbers ranks from 1', () => {
    const r = rankUseCases(
      [
        { id: 'a', title: 'A', values: fromOriented(oriented(3, [3, 3, 3])) }, // 50
        { id: 'b', title: 'B', values: fromOriented(oriented(5, [5, 5, 5])) }, // 100
        { id: 'c', title: 'C', values: fromOriented(oriented(1, [1, 1, 1])) }, // 0
      ],
      settings,
    );
    expect(r.ranked.map((x) => [x.id, x.rank, x.overall])).toEqual([
      ['b', 1, 100],
      ['a', 2, 50],
      ['c', 3, 0],
    ]);
  });

  it('breaks an overall tie by value descending', () => {
    // C: value criteria 4 each (20), feasibility 2,2,2 (6) -> 26/8 = 3.25 -> overall 56.25, value 75
    // D: value criteria 3 each (15), feasibility 4,4,3 (11) -> 26/8 -> overall 56.25, value 50
    const r = rankUseCases(
      [
        { id: 'd', title: 'D', values: fromOriented(oriented(3, [4, 4, 3])) },
        { id: 'c', title: 'C', values: fromOriented(oriented(4, [2, 2, 2])) },
      ],
      settings,
    );
    expect(r.ranked.map((x) => x.id)).toEqual(['c', 'd']);
    expect(r.ranked[0]?.overall).toBeCloseTo(56.25, 10);
    expect(r.ranked[1]?.overall).toBeCloseTo(56.25, 10);
    expect(r.ranked[0]?.value).toBeCloseTo(75, 10);
    expect(r.ranked[1]?.value).toBeCloseTo(50, 10);
    expect(r.ranked[0]?.quadrant).toBe('strategicBet'); // feasibility 25
    expect(r.ranked[1]?.quadrant).toBe('quickWin'); // value 50, feasibility 25 * (11/3 - 1) = 66.7
  });

  it('breaks a full tie by title in the workspace locale, then by id', () => {
    // French collation puts "eau" < "Élan" < "Zèbre" (code points would put "Zèbre" first)
    const same = fromOriented(oriented(4, [4, 4, 4]));
    const r = rankUseCases(
      [
        { id: 'z', title: 'Zèbre', values: same },
        { id: 'x2', title: 'Élan', values: same },
        { id: 'e', title: 'eau', values: same },
        { id: 'x1', title: 'Élan', values: same },
      ],
      settings,
    );
    expect(r.ranked.map((x) => x.id)).toEqual(['e', 'x1', 'x2', 'z']);
  });

  it('lists use cases with an unset criterion apart, never ranked', () => {
    const partial = { ...fromOriented(oriented(5, [5, 5, 5])), customerImpact: null };
    const r = rankUseCases(
      [
        { id: 'p', title: 'Partial', values: partial },
        { id: 'a', title: 'A', values: fromOriented(oriented(3, [3, 3, 3])) },
      ],
      settings,
    );
    expect(r.ranked.map((x) => x.id)).toEqual(['a']);
    expect(r.toScore).toEqual([{ id: 'p', title: 'Partial', missing: ['customerImpact'] }]);
  });

  it('gives the same result whatever the input order', () => {
    const items = [1, 2, 3, 4, 5].map((k) => ({
      id: `u${k}`,
      title: `U${k % 2}`,
      values: fromOriented(oriented(1 + (k % 3), [k % 5 || 1, 3, 2])),
    }));
    const forward = rankUseCases(items, settings).ranked.map((x) => x.id);
    const backward = rankUseCases([...items].reverse(), settings).ranked.map((x) => x.id);
    expect(backward).toEqual(forward);
  });
});
