import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money';

// French groups thousands with a narrow no-break space and puts a no-break space before "€".
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatMoney', () => {
  it.each([
    ['en-GB', 38200, 'EUR', '€38,200'],
    ['fr-FR', 38200, 'EUR', `38${NNBSP}200${NBSP}€`],
    // Whole units: half a euro rounds away from zero, cents are never shown.
    ['en-GB', 1450.5, 'EUR', '€1,451'],
    ['fr-FR', 1450.49, 'EUR', `1${NNBSP}450${NBSP}€`],
    ['en-GB', -1200, 'GBP', '-£1,200'],
  ])('writes %s %d %s as %s', (locale, amount, currency, expected) => {
    expect(formatMoney(locale, amount, currency)).toBe(expected);
  });

  it('keeps each locale and currency apart', () => {
    expect(formatMoney('en-GB', 100, 'EUR')).toBe('€100');
    expect(formatMoney('en-GB', 100, 'GBP')).toBe('£100');
    expect(formatMoney('fr-FR', 100, 'EUR')).toBe(`100${NBSP}€`);
  });
});
