import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aScorecard, aUseCase, anAgreement } from '../../../test/fixtures/builders';
import { aDecisionInput, everyCriterion } from '../../../test/fixtures/decision-builders';
import { defaultWeights } from '../schema/criterion';
import { decideWorkspace } from './decide-workspace';
import { roundForDisplay } from './round-for-display';

const all = everyCriterion;

/** The rows of the table after the "figures" marker of docs/decision-model.md. */
function documentedFigures(): string[][] {
  const text = readFileSync(new URL('../../../docs/decision-model.md', import.meta.url), 'utf8');
  const after = text.slice(text.indexOf('<!-- figures:'));
  return after
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe('docs/decision-model.md worked example', () => {
  it('gives, through decideWorkspace, every figure of the document table', () => {
    const alpha = { ...all(4), technicalComplexity: 2, complianceRisk: 2 };
    const useCases = ['Alpha', 'Bravo', 'Charlie'].map((title) =>
      aUseCase(title.toLowerCase(), { title }),
    );
    const decision = decideWorkspace(
      aDecisionInput(
        useCases,
        [
          aScorecard('alpha', 'ada', alpha),
          aScorecard('alpha', 'ben', alpha),
          aScorecard('bravo', 'ada', { ...all(3), strategicValue: 5 }),
          aScorecard('bravo', 'ben', { ...all(3), strategicValue: 1 }),
          aScorecard('charlie', 'ada', { ...all(3), strategicValue: 4, dataMaturity: 2 }),
        ],
        { weights: { ...defaultWeights(), strategicValue: 2 } },
        [anAgreement('bravo', 'strategicValue', 2)],
      ),
    );
    const rows = documentedFigures();
    expect(rows).toHaveLength(3);
    expect(
      decision.ranked.map((r) => [
        r.title,
        String(r.rank),
        roundForDisplay(r.overall).toFixed(1),
        roundForDisplay(r.value).toFixed(1),
        roundForDisplay(r.feasibility).toFixed(1),
        r.quadrant,
      ]),
    ).toEqual(rows);
    expect(decision.byId.get('bravo')?.scores.strategicValue.source).toBe('agreed');
    expect(decision.byId.get('charlie')?.scores.strategicValue.source).toBe('single');
  });
});
