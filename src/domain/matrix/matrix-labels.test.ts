import { describe, expect, it } from 'vitest';
import { placeMatrixLabels, shortenLabel, type LabelLayout } from './matrix-labels';

// A 1000 x 500 px plot, 10 px font: a character is 5.5 px wide, a label 12 px high.
const layout: LabelLayout = { width: 1000, height: 500, fontSize: 10, maxLabels: 10, maxChars: 20 };

describe('placeMatrixLabels', () => {
  it('puts a label right of its point, else left, else leaves the point unlabelled', () => {
    const labels = placeMatrixLabels(
      [
        // (50, 50) -> pixel (500, 250); "Alpha" = 5 chars = 27.5 px:
        // right box x 508..535.5, y 244..256.
        { id: 'a', title: 'Alpha', value: 50, feasibility: 50 },
        // (51, 50) -> (510, 250); right box x 518..545.5 overlaps a's; left box x 474.5..502 is free.
        { id: 'b', title: 'Bravo', value: 50, feasibility: 51 },
        // (50.5, 50.5) -> (505, 247.5); right x 513..540.5 overlaps a's; left x 469.5..497 overlaps b's.
        { id: 'c', title: 'Cobra', value: 50.5, feasibility: 50.5 },
        // (90, 10) -> (900, 450): far from the others, goes right.
        { id: 'd', title: 'Delta', value: 10, feasibility: 90 },
      ],
      layout,
    );
    expect(labels).toEqual([
      { id: 'a', text: 'Alpha', side: 'right' },
      { id: 'b', text: 'Bravo', side: 'left' },
      { id: 'd', text: 'Delta', side: 'right' },
    ]);
  });

  it('keeps labels inside the plot: a point on the right edge is labelled on its left', () => {
    // (100, 50) -> (1000, 250): the right box would end at 1035.5 > 1000.
    expect(
      placeMatrixLabels([{ id: 'e', title: 'Edge', value: 50, feasibility: 100 }], layout),
    ).toEqual([{ id: 'e', text: 'Edge', side: 'left' }]);
  });

  it('labels at most maxLabels points, the first ones', () => {
    const points = [0, 1, 2].map((i) => ({
      id: `p${i}`,
      title: 'P',
      value: 10 + 30 * i,
      feasibility: 20,
    }));
    expect(placeMatrixLabels(points, { ...layout, maxLabels: 2 }).map((l) => l.id)).toEqual([
      'p0',
      'p1',
    ]);
  });
});

describe('shortenLabel', () => {
  it('cuts long titles with an ellipsis and keeps short ones', () => {
    expect(shortenLabel('Invoice capture', 20)).toBe('Invoice capture');
    expect(shortenLabel('Supplier invoice matching', 10)).toBe('Supplier …');
  });
});
