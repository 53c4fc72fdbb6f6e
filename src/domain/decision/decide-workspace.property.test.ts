import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputOfRandom, randomWorkspace } from '../../../test/fixtures/random-workspace';
import { CRITERIA, CRITERION_IDS } from '../schema/criterion';
import { contributionsOfDecision } from './contributions';
import { decideWorkspace } from './decide-workspace';

describe('decideWorkspace on random workspaces (fast-check)', () => {
  it('holds the model: scores, contributions, quadrants, order, blind rounds', () => {
    fc.assert(
      fc.property(randomWorkspace, (w) => {
        const input = inputOfRandom(w);
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
