import { describe, expect, it } from 'vitest';
import { plainLowerCase } from './plain-lower-case';

describe('plainLowerCase', () => {
  it('drops accents, lowers the case and turns every other run of characters into the separator', () => {
    expect(plainLowerCase('Périmètre — Data & Co', '-')).toBe('perimetre-data-co');
    // the ends are the caller's: a leading or trailing run is kept as one separator
    expect(plainLowerCase(' Étiquettes ', ' ')).toBe(' etiquettes ');
  });
});
