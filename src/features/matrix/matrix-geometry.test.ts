import { describe, expect, it } from 'vitest';
import { markAt, placeMarks, plotGeometry, type ChartMark } from './matrix-geometry';

const mark = (key: string, x: number, y: number, extra: Partial<ChartMark> = {}): ChartMark => ({
  key,
  id: key,
  x,
  y,
  z: 0,
  scope: 'internal',
  count: 1,
  ...extra,
});

describe('plotGeometry and placeMarks', () => {
  // 1000 px wide: margins 68 left, 24 right -> a plot of 908 px; 500 high: 16 top, 58 bottom -> 426.
  const g = plotGeometry(1000, 500);

  it('maps feasibility rightwards and value upwards onto the plot area', () => {
    expect(g).toMatchObject({ left: 68, top: 16, plotWidth: 908, plotHeight: 426 });
    const [origin, centre, corner] = placeMarks(
      [mark('a', 0, 0), mark('b', 50, 50), mark('c', 100, 100)],
      g,
      false,
      null,
    );
    expect([origin?.px, origin?.py]).toEqual([68, 442]);
    expect([centre?.px, centre?.py]).toEqual([68 + 454, 16 + 213]);
    expect([corner?.px, corner?.py]).toEqual([976, 16]);
  });

  it('gives every mark the same size unless sized, then an area growing with z', () => {
    const marks = [mark('a', 10, 10, { z: 0 }), mark('b', 20, 20, { z: 500 })];
    const fixed = placeMarks(marks, g, false, null).map((p) => p.r);
    // 110 px² of area: r = sqrt(110 / pi) = 5.917 for both.
    expect(fixed[0]).toBeCloseTo(5.917, 3);
    expect(fixed[1]).toBeCloseTo(5.917, 3);
    const sized = placeMarks(marks, g, true, null).map((p) => p.r);
    // z = 0: 80 px² (r = 5.046); the largest z: 1400 px² (r = 21.110).
    expect(sized[0]).toBeCloseTo(5.046, 3);
    expect(sized[1]).toBeCloseTo(21.11, 2);
  });

  it('puts the two scopes of an aggregation cell side by side, within the cell', () => {
    const cellMarks = [
      mark('i', 52.5, 52.5, { id: null, scope: 'internal', z: 40, count: 40 }),
      mark('e', 52.5, 52.5, { id: null, scope: 'external', z: 10, count: 10 }),
    ];
    const [internal, external] = placeMarks(cellMarks, g, true, 5);
    // A cell is 5 % of the plot: 45.4 px wide (a quarter: 11.35), 21.3 px high (half: 10.65).
    expect(internal?.px).toBeCloseTo(68 + 0.525 * 908 - 11.35, 6);
    expect(external?.px).toBeCloseTo(68 + 0.525 * 908 + 11.35, 6);
    expect(internal?.r).toBeCloseTo(9.65, 6);
    expect(external?.r ?? 0).toBeLessThan(internal?.r ?? 0);
  });

  it('spreads marks of the same scores apart, each by less than its radius, the same way each time', () => {
    const twins = [mark('a', 40, 60), mark('b', 40, 60), mark('c', 40, 60)];
    const once = placeMarks(twins, g, false, null, true);
    const again = placeMarks(twins, g, false, null, true);
    expect(again).toEqual(once);
    const x = 68 + 0.4 * 908;
    const y = 16 + 0.4 * 426;
    for (const p of once) expect(Math.hypot(p.px - x, p.py - y)).toBeLessThan(p.r);
    expect(new Set(once.map((p) => `${p.px},${p.py}`)).size).toBe(3);
  });
});

describe('markAt', () => {
  const g = plotGeometry(1000, 500);
  const placed = placeMarks(
    [mark('under', 50, 50), mark('over', 50.5, 50), mark('far', 10, 90)],
    g,
    false,
    null,
  );
  const centre = { x: 68 + 454, y: 16 + 213 };

  it('finds the mark drawn last (on top) where marks overlap', () => {
    expect(markAt(placed, centre.x + 3, centre.y)?.mark.key).toBe('over');
  });

  it('forgives a few pixels off a mark, not more', () => {
    const far = placed[2];
    if (!far) throw new Error('no mark');
    expect(markAt(placed, far.px + far.r + 3, far.py)?.mark.key).toBe('far');
    expect(markAt(placed, far.px + far.r + 6, far.py)).toBeNull();
  });
});
