import { describe, expect, it } from 'vitest';
import { defaultWeights } from '../schema/criterion';
import { checkWeights } from './weights';

describe('checkWeights (SCORING.md section 3)', () => {
  it('accepts the default weights', () => {
    expect(checkWeights(defaultWeights())).toEqual([]);
  });

  it('refuses an axis whose weights are all zero', () => {
    const w = { ...defaultWeights(), dataMaturity: 0, technicalComplexity: 0, complianceRisk: 0 };
    expect(checkWeights(w)).toEqual([{ key: 'errors.axisWithoutWeight', axis: 'feasibility' }]);
  });
});
