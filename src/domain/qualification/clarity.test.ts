import { describe, expect, it } from 'vitest';
import { aUseCase } from '../../../test/fixtures/builders';
import type { UseCase } from '../schema/use-case';
import { clarityOf } from './clarity';

const useCase = (fields: Partial<UseCase>) => aUseCase('u', { status: 'idea', ...fields });

const complete: Partial<UseCase> = {
  intention: 'Make supplier disputes visible',
  stepIds: ['s1'],
  owner: 'Claire',
  dataSignals: 'ERP invoices',
  successMeasure: { kpiId: 'k', baseline: 12, target: 4, reviewDate: null },
  humanLoop: {
    automationLevel: 'assist',
    exceptionOwner: 'AP lead',
    howToPause: 'Switch off the rule',
  },
  complianceNote: 'No personal data',
};

describe('clarityOf (SCORING.md section 12)', () => {
  it('counts 0 of 7 for an empty use case and names every missing item', () => {
    const c = clarityOf(useCase({}));
    expect(c).toMatchObject({ filled: 0, share: 0, clear: false });
    expect(c.missing).toEqual(
      'intention anchor owner dataSignals successMeasure humanLoop complianceNote'.split(' '),
    );
  });

  it('is clear with all seven', () => {
    expect(clarityOf(useCase(complete))).toEqual({ filled: 7, share: 1, clear: true, missing: [] });
  });

  it('needs a baseline and a target for the success measure, and the whole human loop', () => {
    const c = clarityOf(
      useCase({
        ...complete,
        successMeasure: { kpiId: 'k', baseline: 12, target: null, reviewDate: null },
        humanLoop: { automationLevel: 'assist', exceptionOwner: ' ', howToPause: 'x' },
      }),
    );
    // 7 - 2 = 5 items -> 5/7
    expect(c.filled).toBe(5);
    expect(c.share).toBeCloseTo(5 / 7, 12);
    expect(c.missing).toEqual(['successMeasure', 'humanLoop']);
  });
});
