import { describe, expect, it } from 'vitest';
import { overrideActionOf, overrideGroundsOf, placeAt, type CardMove } from './move-card';

const base: CardMove = {
  fromWaveId: null,
  toWaveId: 'next',
  firstWaveId: 'now',
  suggested: { kind: 'wave', waveId: 'next', reason: 'externalQuickWin' },
  clear: true,
};

describe('overrideGroundsOf', () => {
  it('a move to the suggested wave needs no reason', () => {
    expect(overrideGroundsOf(base)).toEqual([]);
  });

  it('a move to another wave than the suggested one contradicts the suggestion', () => {
    expect(overrideGroundsOf({ ...base, toWaveId: 'later' })).toEqual(['contradictsSuggestion']);
  });

  it('taking a card out of every wave contradicts a suggestion that puts it in a wave', () => {
    expect(overrideGroundsOf({ ...base, fromWaveId: 'next', toWaveId: null })).toEqual([
      'contradictsSuggestion',
    ]);
    expect(overrideActionOf(null)).toBe('forceOutOfWave');
  });

  it('putting a backlog or out card in a wave contradicts the suggestion; back to no wave agrees', () => {
    const backlog: CardMove = { ...base, suggested: { kind: 'backlog', reason: 'fillIn' } };
    expect(overrideGroundsOf(backlog)).toEqual(['contradictsSuggestion']);
    expect(overrideActionOf('next')).toBe('forceIntoWave');
    expect(overrideGroundsOf({ ...backlog, fromWaveId: 'next', toWaveId: null })).toEqual([]);
    const out: CardMove = { ...base, suggested: { kind: 'out', reason: 'deprioritised' } };
    expect(overrideGroundsOf({ ...out, fromWaveId: 'later', toWaveId: null })).toEqual([]);
  });

  it('an unclear use case moved into the first wave needs a reason on both grounds', () => {
    const unclear: CardMove = {
      ...base,
      toWaveId: 'now',
      clear: false,
      suggested: { kind: 'wave', waveId: 'next', reason: 'unclearNotNow' },
    };
    expect(overrideGroundsOf(unclear)).toEqual(['contradictsSuggestion', 'unclearIntoFirstWave']);
  });

  it('reordering within a wave never needs a reason', () => {
    expect(
      overrideGroundsOf({ ...base, fromWaveId: 'now', toWaveId: 'now', clear: false }),
    ).toEqual([]);
  });
});

describe('placeAt', () => {
  it('moves an id to a position, clamped to the list', () => {
    expect(placeAt(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(placeAt(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(placeAt(['a', 'b'], 'x', 99)).toEqual(['a', 'b', 'x']);
    expect(placeAt(['a', 'b'], 'x', -3)).toEqual(['x', 'a', 'b']);
  });
});
