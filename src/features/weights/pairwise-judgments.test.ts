import { describe, expect, it } from 'vitest';
import {
  CRITERION_PAIRS,
  answersOf,
  choiceToValue,
  judgmentsOf,
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
});
