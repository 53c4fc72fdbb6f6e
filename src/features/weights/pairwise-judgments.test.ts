import { describe, expect, it } from 'vitest';
import {
  CRITERION_PAIRS,
  answersOf,
  choiceToValue,
  judgmentsOf,
  scaleToMeanOne,
  valueToChoice,
} from './pairwise-judgments';

describe('the pairwise questionnaire', () => {
  it('asks the 28 pairs of 8 criteria (8 * 7 / 2 = 28), each once', () => {
    expect(CRITERION_PAIRS).toHaveLength(28);
    expect(new Set(CRITERION_PAIRS.map(([a, b]) => `${a}|${b}`)).size).toBe(28);
    expect(CRITERION_PAIRS[0]).toEqual(['strategicValue', 'customerImpact']);
  });

  it('turns a choice into a_ij and back: "a5" = 5, "b3" = 1/3, "1" = 1', () => {
    expect(choiceToValue('a5')).toBe(5);
    expect(choiceToValue('b3')).toBeCloseTo(1 / 3, 12);
    expect(choiceToValue('1')).toBe(1);
    expect(valueToChoice(5)).toBe('a5');
    expect(valueToChoice(1 / 3)).toBe('b3');
    expect(valueToChoice(1)).toBe('1');
  });

  it('gives every pair a judgment, unanswered pairs equal, and reads them back', () => {
    const judgments = judgmentsOf({ 'strategicValue|customerImpact': 'a9' });
    expect(judgments).toHaveLength(28);
    expect(judgments[0]).toEqual({ a: 'strategicValue', b: 'customerImpact', value: 9 });
    expect(judgments[1]?.value).toBe(1);
    expect(answersOf(judgments)['strategicValue|customerImpact']).toBe('a9');
  });

  it('scales weights summing to 1 to a mean of 1 (times 8), to 4 decimals', () => {
    // 0.5 * 8 = 4; 0.125 * 8 = 1; 1/24 * 8 = 0.33333 -> 0.3333
    const scaled = scaleToMeanOne({
      strategicValue: 0.5,
      customerImpact: 0.125,
      financialPotential: 1 / 24,
      dataMaturity: 1 / 24,
      technicalComplexity: 1 / 24,
      brandImpact: 0.125,
      complianceRisk: 0,
      strategicAlignment: 0.125,
    });
    expect(scaled.strategicValue).toBe(4);
    expect(scaled.customerImpact).toBe(1);
    expect(scaled.financialPotential).toBe(0.3333);
    expect(scaled.complianceRisk).toBe(0);
  });
});
