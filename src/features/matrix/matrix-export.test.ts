// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ChartMark } from './matrix-geometry';
import { matrixSvg, type MatrixExport } from './matrix-export';

const texts = {
  value: 'Value',
  feasibility: 'Feasibility',
  quadrant: {
    quickWin: 'Quick win',
    strategicBet: 'Strategic bet',
    fillIn: 'Fill-in',
    deprioritise: 'Deprioritise',
  },
  tick: (n: number) => String(n),
};

function marksOf(count: number): ChartMark[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `u${i}`,
    id: `u${i}`,
    x: (i * 37) % 100,
    y: (i * 53) % 100,
    z: i,
    scope: i % 3 === 0 ? ('external' as const) : ('internal' as const),
    count: 1,
  }));
}

function exported(marks: ChartMark[], extra: Partial<MatrixExport> = {}): Document {
  const text = matrixSvg({
    marks,
    labels: marks.map((m) => ({
      id: m.id ?? '',
      title: `R&D <${m.key}>`,
      value: m.y,
      feasibility: m.x,
    })),
    cellSize: null,
    thresholds: { value: 50, feasibility: 50 },
    sized: false,
    texts,
    legend: {
      title: 'Value vs feasibility — Dupont & fils',
      items: [
        { label: 'Internal', colour: '#2446a6', shape: 'circle' },
        { label: 'External', colour: '#c2410c', shape: 'diamond' },
      ],
    },
    ...extra,
  });
  return new DOMParser().parseFromString(text, 'image/svg+xml');
}

describe('matrixSvg', () => {
  it('writes a well-formed SVG with the title, the quadrant names and the legend', () => {
    const doc = exported(marksOf(12));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.nodeName).toBe('svg');
    const words = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(words).toContain('Value vs feasibility — Dupont & fils');
    for (const name of ['Quick win', 'Strategic bet', 'Fill-in', 'Deprioritise'])
      expect(words).toContain(name);
    expect(words).toContain('Internal');
    expect(words).toContain('External');
    // Names with markup characters stay text.
    expect(words.filter((w) => w?.startsWith('R&D <u'))).not.toHaveLength(0);
  });

  it('draws every mark even when the screen draws them on a canvas (1,000 marks)', () => {
    const doc = exported(marksOf(1000));
    // Marks: 4 out of 12 are diamonds (path); +1 circle and +1 path for the legend.
    const circles = doc.getElementsByTagName('circle').length;
    const paths = doc.getElementsByTagName('path').length;
    expect(circles).toBe(666 + 1);
    expect(paths).toBe(334 + 1);
  });

  it('writes the count inside the cells of an aggregated matrix', () => {
    const cells: ChartMark[] = [
      { key: 'c1', id: null, x: 52.5, y: 52.5, z: 300, scope: 'internal', count: 300 },
      { key: 'c2', id: null, x: 52.5, y: 52.5, z: 120, scope: 'external', count: 120 },
    ];
    const doc = exported(cells, { labels: [], cellSize: 5, sized: true });
    const words = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(words).toContain('300');
    expect(words).toContain('120');
  });
});
