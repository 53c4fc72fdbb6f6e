import { describe, expect, it } from 'vitest';
import { aScorecard, aUseCase, anAgreement, anOverride } from '../../../test/fixtures/builders';
import { aDecisionInput, everyCriterion } from '../../../test/fixtures/decision-builders';
import { CRITERION_IDS, defaultWeights, type CriterionId, type Weights } from '../schema/criterion';
import { contributionsOfDecision } from './contributions';
import { decideWorkspace, type RankedDecision } from './decide-workspace';

const AT = '2026-01-01T00:00:00.000Z';
const all = everyCriterion;
const input = aDecisionInput;

const agreement = (u: string, c: CriterionId, score: number) => anAgreement(u, c, score);

describe('decideWorkspace (SCORING.md sections 4, 6, 7, 9, 11, 13)', () => {
  it('gives 50 everywhere for a use case scored 3 everywhere, a quick win at the line', () => {
    const d = decideWorkspace(input([aUseCase('a')], [aScorecard('a', 'p1', all(3))]));
    const [a] = d.ranked;
    expect(a).toMatchObject({ overall: 50, value: 50, feasibility: 50, quadrant: 'quickWin' });
    expect(a?.rank).toBe(1);
    expect(a?.decidedRank).toBe(1);
    expect(a?.scores.strategicValue).toMatchObject({ value: 3, source: 'single', raters: 1 });
  });

  it('replaces the mean by the agreed score, on the numbers and the source', () => {
    // SV: 2 and 5 -> mean 3.5; every other criterion 3 (oriented 3, also the "worse" ones).
    // mean: overall = 25 * ((7 * 3 + 3.5) / 8 - 1) = 25 * (24.5 / 8 - 1) = 25 * 2.0625 = 51.5625
    //       value   = 25 * ((4 * 3 + 3.5) / 5 - 1) = 25 * 2.1 = 52.5
    // agreed 4: overall = 25 * (25 / 8 - 1) = 53.125 ; value = 25 * (16 / 5 - 1) = 55
    const cards = [aScorecard('a', 'p1', { ...all(3), strategicValue: 2 })];
    cards.push(aScorecard('a', 'p2', { ...all(3), strategicValue: 5 }));
    const mean = decideWorkspace(input([aUseCase('a')], cards)).ranked[0];
    expect(mean?.overall).toBeCloseTo(51.5625, 12);
    expect(mean?.value).toBeCloseTo(52.5, 12);
    expect(mean?.scores.strategicValue).toMatchObject({ value: 3.5, source: 'mean', raters: 2 });

    const agreed = decideWorkspace(
      input([aUseCase('a')], cards, {}, [agreement('a', 'strategicValue', 4)]),
    ).ranked[0];
    expect(agreed?.overall).toBeCloseTo(53.125, 12);
    expect(agreed?.value).toBeCloseTo(55, 12);
    expect(agreed?.feasibility).toBe(50);
    expect(agreed?.scores.strategicValue.source).toBe('agreed');
    expect(agreed?.scores.strategicValue.agreement?.note).toBe('Discussed: the data exists');
  });

  it('takes the median when the workspace says so', () => {
    // SV 1, 2, 5: median 2 (mean 8/3). overall = 25 * ((21 + 2) / 8 - 1) = 25 * 1.875 = 46.875
    const cards = [1, 2, 5].map((sv, i) =>
      aScorecard('a', `p${i}`, { ...all(3), strategicValue: sv }),
    );
    const d = decideWorkspace(input([aUseCase('a')], cards, { aggregation: 'median' }));
    expect(d.ranked[0]?.scores.strategicValue).toMatchObject({ value: 2, source: 'median' });
    expect(d.ranked[0]?.overall).toBeCloseTo(46.875, 12);
    expect(d.ranked[0]?.quadrant).toBe('fillIn'); // value 25 * (14/5 - 1) = 45 < 50, feas. 50
  });

  it('keeps a use case exactly at 50 with weights 0.15/0.35 on the line (49.99999999999999)', () => {
    const weights: Weights = { ...defaultWeights() };
    for (const id of CRITERION_IDS) weights[id] = 0.15;
    weights.strategicValue = 0.35;
    weights.dataMaturity = 0.35;
    const d = decideWorkspace(input([aUseCase('a')], [aScorecard('a', 'p1', all(3))], { weights }));
    const a = d.ranked[0] as RankedDecision;
    // Mathematically 50 on both axes; in floating point a hair below.
    expect(a.value).toBeLessThan(50);
    expect(a.value).toBeCloseTo(50, 12);
    expect(a.quadrant).toBe('quickWin');
  });

  it('ranks by overall, then value, then feasibility, then title; scores within 1e-9 are tied', () => {
    // "b" and "c" have the same scores: the title decides ("Alpha" before "Beta").
    // "a": SV 5 -> 7 * 3 + 5 = 26 -> overall 25 * (26 / 8 - 1) = 56.25; "d" misses a score.
    const useCases = [
      aUseCase('a', { title: 'Zulu' }),
      aUseCase('b', { title: 'Beta' }),
      aUseCase('c', { title: 'Alpha' }),
      aUseCase('d', { title: 'Delta' }),
    ];
    const cards = [
      aScorecard('a', 'p1', { ...all(3), strategicValue: 5 }),
      aScorecard('b', 'p1', all(3)),
      aScorecard('c', 'p1', all(3)),
      aScorecard('d', 'p1', { ...all(3), brandImpact: null }),
    ];
    const d = decideWorkspace(input(useCases, cards));
    expect(d.ranked.map((r) => [r.id, r.rank])).toEqual([
      ['a', 1],
      ['c', 2],
      ['b', 3],
    ]);
    expect(d.ranked[0]?.overall).toBe(56.25);
    expect(d.toScore.map((u) => [u.id, u.standing, u.missing])).toEqual([
      ['d', 'toScore', ['brandImpact']],
    ]);
    expect(d.byId.get('d')?.rank).toBeNull();
  });

  it('explains the overall by its contributions: 50 + sum = overall (section 5)', () => {
    // SV 5 -> contribution 25 * (1/8) * (5 - 3) = 6.25; TC 5 (worse) -> oriented 1 -> -6.25
    const d = decideWorkspace(
      input(
        [aUseCase('a')],
        [aScorecard('a', 'p1', { ...all(3), strategicValue: 5, technicalComplexity: 5 })],
      ),
    );
    const a = d.ranked[0] as RankedDecision;
    const contributions = contributionsOfDecision(a);
    expect(contributions.slice(0, 2).map((c) => [c.criterion, c.points])).toEqual([
      ['strategicValue', 6.25],
      ['technicalComplexity', -6.25],
    ]);
    expect(50 + contributions.reduce((s, c) => s + c.points, 0)).toBe(a.overall);
  });

  it('keeps a blind round to itself: awaiting reveal, N of M scored, nothing leaks', () => {
    const hidden = aUseCase('h', { scoresRevealedAt: null });
    const shown = aUseCase('s', { scoresRevealedAt: AT });
    const cards = [
      aScorecard('h', 'p1', all(5)),
      aScorecard('h', 'p2', all(4)),
      aScorecard('s', 'p1', all(3)),
    ];
    const d = decideWorkspace({
      ...input([hidden, shown, aUseCase('n')], cards, { blindScoring: true }, [
        agreement('h', 'strategicValue', 1),
      ]),
      participantCount: 5,
    });
    expect(d.ranked.map((r) => r.id)).toEqual(['s']);
    expect(d.awaitingReveal.map((u) => [u.id, u.raters])).toEqual([['h', 2]]);
    expect(d.participantCount).toBe(5);
    const h = d.byId.get('h');
    expect(h?.standing).toBe('awaitingReveal');
    expect(h?.overall).toBeNull();
    expect(h?.quadrant).toBeNull();
    for (const id of CRITERION_IDS) {
      expect(h?.scores[id]).toEqual({
        value: null,
        source: 'none',
        raters: 0,
        agreement: null,
        aggregated: null,
      });
    }
    // Nobody scored "n" yet: it is to score, not hidden.
    expect(d.toScore.map((u) => u.id)).toEqual(['n']);
  });

  it('applies overrides to the decided position only', () => {
    const useCases = ['a', 'b', 'c'].map((id) => aUseCase(id, { title: id }));
    const cards = [
      aScorecard('a', 'p1', all(5)),
      aScorecard('b', 'p1', all(4)),
      aScorecard('c', 'p1', all(3)),
    ];
    const override = anOverride('o1', 'c', 'setPosition', 1);
    const d = decideWorkspace(input(useCases, cards, {}, [override]));
    expect(d.ranked.map((r) => [r.id, r.rank, r.decidedRank])).toEqual([
      ['a', 1, 2],
      ['b', 2, 3],
      ['c', 3, 1],
    ]);
    expect(d.decided.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(d.byId.get('c')?.overrideIds).toEqual(['o1']);
    expect(d.overrideCount).toBe(1);
  });

  it('says what an incomplete yearly benefit needs instead of counting it as 0', () => {
    const u = aUseCase('a', {
      financialEstimate: {
        yearlyVolume: 1000,
        minutesSavedPerItem: 6,
        hourlyCost: null,
        adoptionRate: 50,
        yearlyRevenueUplift: 2000,
        oneOffCost: 10000,
        yearlyRunningCost: 0,
        currency: 'EUR',
      },
    });
    const d = decideWorkspace(input([u], []));
    expect(d.byId.get('a')?.finance.yearlyBenefit).toEqual({
      value: null,
      reason: 'finance.unavailable.incomplete',
      needs: ['hourlyCost'],
    });
  });
});
