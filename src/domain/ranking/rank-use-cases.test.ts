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

  it('treats overall scores within 1e-9 as equal, so that value decides a float-noise tie', () => {
    // Weights sv 0.1, ci 0.2, fp 0.3, dm 1, the others 0: W = 1.6, W_value = 0.6, W_feas = 1.
    // A oriented sv 1, ci 3, fp 4, dm 1: S = 0.1 + 0.6 + 1.2 + 1 = 2.9 -> overall 25 * (2.9/1.6 - 1)
    //   = 20.3125; value 25 * (1.9/0.6 - 1) = 54.17; feasibility 25 * (1 - 1) = 0.
    // B oriented sv 2, ci 2, fp 1, dm 2: S = 0.2 + 0.4 + 0.3 + 2 = 2.9 -> overall 20.3125 too;
    //   value 25 * (0.9/0.6 - 1) = 12.5; feasibility 25.
    // Mathematically tied on overall, so value decides: A first (its title would put it last).
    // In floating point, B's sum comes out a few 1e-15 above A's.
    const weights = {
      strategicValue: 0.1,
      customerImpact: 0.2,
      financialPotential: 0.3,
      dataMaturity: 1,
      technicalComplexity: 0,
      brandImpact: 0,
      complianceRisk: 0,
      strategicAlignment: 0,
    };
    const values = (sv: number, ci: number, fp: number, dm: number) =>
      fromOriented({
        ...oriented(3, [dm, 3, 3]),
        strategicValue: sv,
        customerImpact: ci,
        financialPotential: fp,
      });
    const r = rankUseCases(
      [
        { id: 'b', title: 'Alpha', values: values(2, 2, 1, 2) },
        { id: 'a', title: 'Zulu', values: values(1, 3, 4, 1) },
      ],
      { ...settings, weights },
    );
    const [first, second] = r.ranked;
    expect(first?.overall).toBeCloseTo(20.3125, 10);
    expect(second?.overall).toBeCloseTo(20.3125, 10);
    expect(first?.overall).not.toBe(second?.overall); // the float noise the tolerance absorbs
    expect(first?.value).toBeCloseTo(54.1666667, 6);
    expect(r.ranked.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('still orders by overall a difference well above the tolerance', () => {
    // Default weights but dataMaturity 1.000001: W = 8.000001.
    // A: sv 3, dm 4 (oriented), rest 3; B: sv 4, dm 3, rest 3.
    // S_A - S_B = (3 + 4.000004) - (4 + 3.000003) = 0.000001 -> overall gap 25e-6 / 8.000001
    // = 3.1e-6 > 1e-9: A first although B has the higher value.
    const weights = { ...settings.weights, dataMaturity: 1.000001 };
    const r = rankUseCases(
      [
        {
          id: 'b',
          title: 'B',
          values: fromOriented({ ...oriented(3, [3, 3, 3]), strategicValue: 4 }),
        },
        { id: 'a', title: 'A', values: fromOriented({ ...oriented(3, [4, 3, 3]) }) },
      ],
      { ...settings, weights },
    );
    expect(r.ranked.map((x) => x.id)).toEqual(['a', 'b']);
    expect((r.ranked[0]?.overall ?? 0) - (r.ranked[1]?.overall ?? 0)).toBeCloseTo(
      25e-6 / 8.000001,
      12,
    );
    expect(r.ranked[1]?.value).toBeGreaterThan(r.ranked[0]?.value ?? Infinity);
  });

  it('keeps the weights and the scores it ranked on, for the explanation', () => {
    const values = fromOriented(oriented(4, [4, 4, 4]));
    const r = rankUseCases([{ id: 'a', title: 'A', values }], settings);
    expect(r.ranked[0]?.values).toBe(values);
    expect(r.ranked[0]?.weights).toBe(settings.weights);
  });

  it('follows a title changed in place in the same list (the kept title order is checked)', () => {
    const same = fromOriented(oriented(4, [4, 4, 4]));
    const items = [
      { id: 'a', title: 'Alpha', values: same },
      { id: 'b', title: 'Beta', values: same },
    ];
    expect(rankUseCases(items, settings).ranked.map((x) => x.id)).toEqual(['a', 'b']);
    (items[0] as { title: string }).title = 'Zulu';
    expect(rankUseCases(items, settings).ranked.map((x) => x.id)).toEqual(['b', 'a']);
    expect(rankUseCases(items, { ...settings, locale: 'en' }).ranked.map((x) => x.id)).toEqual([
      'b',
      'a',
    ]);
  });
});
