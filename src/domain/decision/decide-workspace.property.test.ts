import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aScorecard, aUseCase, anAgreement } from '../../../test/fixtures/builders';
import { CRITERIA, CRITERION_IDS, type CriterionId, type Weights } from '../schema/criterion';
import type { Decision } from '../schema/decision';
import { contributionsOfDecision } from './contributions';
import { decideWorkspace, type DecisionInput } from './decide-workspace';

const AT = '2026-01-01T00:00:00.000Z';
const score = fc.option(fc.integer({ min: 1, max: 5 }), { freq: 8 });
const card = fc.record(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, score])) as Record<CriterionId, typeof score>,
);
const useCaseArb = fc.record({
  title: fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta'),
  cards: fc.array(card, { maxLength: 3 }),
  revealed: fc.boolean(),
  agreed: fc.option(
    fc.record({
      criterion: fc.constantFrom(...CRITERION_IDS),
      score: fc.integer({ min: 1, max: 5 }),
    }),
  ),
});
const weight = fc.constantFrom(0, 0.15, 0.35, 1, 2.5);
const workspaceArb = fc.record({
  useCases: fc.array(useCaseArb, { maxLength: 12 }),
  weights: fc.record(
    Object.fromEntries(CRITERION_IDS.map((id) => [id, weight])) as Record<
      CriterionId,
      typeof weight
    >,
  ),
  aggregation: fc.constantFrom('mean' as const, 'median' as const),
  blind: fc.boolean(),
  thresholds: fc.record({
    value: fc.constantFrom(40, 50, 60),
    feasibility: fc.constantFrom(50, 55),
  }),
});

type Generated = typeof workspaceArb extends fc.Arbitrary<infer T> ? T : never;

function inputOf(w: Generated): DecisionInput {
  // Each axis keeps one positive weight (SCORING.md section 3: the UI refuses otherwise).
  const weights: Weights = { ...w.weights, strategicValue: w.weights.strategicValue || 1 };
  weights.dataMaturity = weights.dataMaturity || 1;
  const useCases = w.useCases.map((u, i) =>
    aUseCase(`u${i}`, { title: u.title, scoresRevealedAt: u.revealed ? AT : null }),
  );
  const scorecards = w.useCases.flatMap((u, i) =>
    u.cards.map((c, k) => aScorecard(`u${i}`, `p${k}`, c)),
  );
  const decisions = w.useCases.flatMap((u, i): Decision[] =>
    u.agreed ? [anAgreement(`u${i}`, u.agreed.criterion, u.agreed.score)] : [],
  );
  return {
    workspace: {
      weights,
      thresholds: w.thresholds,
      aggregation: w.aggregation,
      blindScoring: w.blind,
      language: 'en',
      topK: 3,
    },
    useCases,
    scorecards,
    decisions,
  };
}

describe('decideWorkspace on random workspaces (fast-check)', () => {
  it('holds the model: scores, contributions, quadrants, order, blind rounds', () => {
    fc.assert(
      fc.property(workspaceArb, (w) => {
        const input = inputOf(w);
        const d = decideWorkspace(input);
        const { weights, thresholds } = input.workspace;
        const W = CRITERION_IDS.reduce((s, id) => s + weights[id], 0);
        // Every use case is in exactly one list.
        expect(d.ranked.length + d.toScore.length + d.awaitingReveal.length).toBe(
          input.useCases.length,
        );
        for (const r of d.ranked) {
          // Section 4 by its own formula, from the effective scores.
          let sum = 0;
          for (const c of CRITERIA) {
            const s = r.values[c.id] as number;
            sum += weights[c.id] * (c.direction === 'higherIsWorse' ? 6 - s : s);
          }
          expect(r.overall).toBeCloseTo(25 * (sum / W - 1), 9);
          // Section 5: 50 + sum of contributions = overall.
          const points = contributionsOfDecision(r).reduce((s, c) => s + c.points, 0);
          expect(50 + points).toBeCloseTo(r.overall, 9);
          // Section 6 with the 1e-9 tolerance.
          const valuable = r.value >= thresholds.value - 1e-9;
          const feasible = r.feasibility >= thresholds.feasibility - 1e-9;
          expect(r.quadrant).toBe(
            valuable
              ? feasible
                ? 'quickWin'
                : 'strategicBet'
              : feasible
                ? 'fillIn'
                : 'deprioritise',
          );
          // Section 9: an agreement in force is the score.
          const agreed = w.useCases[Number(r.id.slice(1))]?.agreed;
          if (agreed) expect(r.values[agreed.criterion]).toBe(agreed.score);
        }
        // Section 7: overall never increases down the list (beyond the tolerance).
        d.ranked.forEach((r, i) => {
          expect(r.rank).toBe(i + 1);
          const next = d.ranked[i + 1];
          if (next) expect(next.overall).toBeLessThanOrEqual(r.overall + 1e-9);
        });
        // Section 9: a blind round shows nothing but the count of raters.
        for (const h of d.awaitingReveal) {
          expect(CRITERION_IDS.every((id) => h.scores[id].value === null)).toBe(true);
          expect(h.rank).toBeNull();
        }
        // The order depends on the data, not on the order of the lists.
        const reversed = decideWorkspace({
          ...input,
          useCases: [...input.useCases].reverse(),
          scorecards: [...input.scorecards].reverse(),
        });
        expect(reversed.ranked.map((r) => r.id)).toEqual(d.ranked.map((r) => r.id));
      }),
      { numRuns: 200 },
    );
  });
});
