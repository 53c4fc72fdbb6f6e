import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aUseCase } from '../../../test/fixtures/builders';
import { CLARITY_ITEMS, clarityOf } from './clarity';

/** A use case with each item filled or left empty (blank text counts as empty). */
const useCaseArb = fc
  .record({
    intention: fc.constantFrom('', '  ', 'Visible disputes'),
    stepIds: fc.constantFrom([], ['s1']),
    owner: fc.constantFrom('', 'Claire'),
    dataSignals: fc.constantFrom('', '\n', 'ERP'),
    kpiId: fc.constantFrom(null, 'k'),
    target: fc.constantFrom(null, 4),
    automationLevel: fc.constantFrom(null, 'assist' as const),
    howToPause: fc.constantFrom('', 'Switch off'),
    complianceNote: fc.constantFrom('', 'No personal data'),
  })
  .map((f) => ({
    f,
    useCase: aUseCase('u', {
      intention: f.intention,
      stepIds: [...f.stepIds],
      owner: f.owner,
      dataSignals: f.dataSignals,
      successMeasure: { kpiId: f.kpiId, baseline: 10, target: f.target, reviewDate: null },
      humanLoop: {
        automationLevel: f.automationLevel,
        exceptionOwner: 'Bruno',
        howToPause: f.howToPause,
      },
      complianceNote: f.complianceNote,
    }),
  }));

describe('clarityOf on random use cases (fast-check)', () => {
  it('names exactly the empty items, in order, and counts the others', () => {
    fc.assert(
      fc.property(useCaseArb, ({ f, useCase }) => {
        const has = {
          intention: f.intention.trim() !== '',
          anchor: f.stepIds.length > 0,
          owner: f.owner !== '',
          dataSignals: f.dataSignals.trim() !== '',
          successMeasure: f.kpiId !== null && f.target !== null,
          humanLoop: f.automationLevel !== null && f.howToPause !== '',
          complianceNote: f.complianceNote !== '',
        };
        const missing = CLARITY_ITEMS.filter((item) => !has[item]);
        const filled = 7 - missing.length;
        expect(JSON.stringify(clarityOf(useCase))).toBe(
          JSON.stringify({ filled, share: filled / 7, clear: filled === 7, missing }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
