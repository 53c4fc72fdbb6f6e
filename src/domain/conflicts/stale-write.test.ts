import { describe, expect, it } from 'vitest';
import { isAsSeen, refuseIfChanged, StaleWriteError } from './stale-write';

const step = { id: 's1', name: 'Check the invoice', owner: '', position: 2 };

describe('a record as the person saw it', () => {
  it('is unchanged when every field the dialog edits has the same value', () => {
    // Moved in the list meanwhile: the dialog does not edit the position.
    expect(isAsSeen({ ...step, position: 0 }, { name: step.name, owner: '' })).toBe(true);
  });

  it('is changed when another tab saved one of those fields', () => {
    expect(isAsSeen({ ...step, owner: 'Ana' }, { name: step.name, owner: '' })).toBe(false);
  });

  it('is changed when it was deleted since', () => {
    expect(isAsSeen(undefined, step)).toBe(false);
    expect(isAsSeen(null, step)).toBe(false);
  });

  it('refuses a write with the record as it is now and as it was seen', () => {
    const now = { ...step, name: 'Check the supplier invoice' };
    let refusal: unknown;
    try {
      refuseIfChanged(now, step);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(StaleWriteError);
    expect((refusal as StaleWriteError).current).toEqual(now);
    expect((refusal as StaleWriteError).seen).toEqual(step);
    // Without a record seen (a new record, a write not from a dialog), nothing is checked.
    expect(() => refuseIfChanged(now, undefined)).not.toThrow();
  });
});
