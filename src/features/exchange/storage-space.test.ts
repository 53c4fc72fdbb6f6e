import { describe, expect, it } from 'vitest';
import { formatBytes } from './storage-space';

describe('space used and left, as a person reads it', () => {
  it('uses the largest unit reached, one decimal at most, in the UI language', () => {
    const mb = (n: number, locale: string) =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'megabyte',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }).format(n);
    // 3,250,000 bytes = 3.25 MB, shown with one decimal: 3.3 (half away from zero) / 3,3.
    expect(formatBytes(3_250_000, 'en-GB')).toBe(mb(3.3, 'en-GB'));
    expect(formatBytes(3_250_000, 'fr-FR')).toBe(mb(3.3, 'fr-FR'));
    expect(formatBytes(3_250_000, 'en-GB')).toMatch(/^3\.3\sMB$/);
    expect(formatBytes(3_250_000, 'fr-FR')).toMatch(/^3,3\sMo$/);
    expect(formatBytes(12_000_000_000, 'en-GB')).toMatch(/^12\sGB$/);
    expect(formatBytes(999, 'en-GB')).toMatch(/^999\s?(B|byte)$/);
  });
});
