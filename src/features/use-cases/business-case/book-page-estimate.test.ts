import { describe, expect, it } from 'vitest';
import { pageHeights } from './book-page-estimate';

describe('the height of a book page never drawn', () => {
  it('is unknown before any page is drawn', () => {
    expect(pageHeights().average()).toBeNull();
  });

  it('is the average of the drawn pages, each counted once at its latest height', () => {
    const heights = pageHeights();
    heights.set(1, 1000);
    heights.set(2, 1400);
    expect(heights.average()).toBe(1200);
    // Page 2 drawn again, its charts lower: (1000 + 1100 + 1300) / 3.
    heights.set(2, 1100);
    heights.set(3, 1300);
    expect(heights.average()).toBeCloseTo(3400 / 3, 9);
  });
});
