import { describe, expect, it } from 'vitest';
import type { Kpi } from '../schema/workspace';
import { detectKpiConflicts, openConflicts, remapConflictKey } from './kpi-conflicts';

/** A KPI without baseline: id, name, department (null: none), unit and the good direction. */
const kpi = (
  id: string,
  name: string,
  departmentId: string | null,
  unit: string,
  direction: Kpi['direction'],
): Kpi => ({ id, name, departmentId, unit, direction, baseline: null });

type Push = readonly [kpiId: string, effect: 'increase' | 'decrease'];

/** A use case and the KPIs it pushes, in the order given. */
const useCase = (id: string, ...pushes: Push[]) => ({
  id,
  kpiEffects: pushes.map(([kpiId, effect]) => ({ kpiId, effect })),
});

const kpis: Kpi[] = [
  // Sales wants revenue up; Operations wants handling time down; Care wants complaints down.
  kpi('revenue', 'Revenue', 'sales', '€', 'up'),
  kpi('handling', 'Handling time', 'ops', 'min', 'down'),
  kpi('complaints', 'Complaints', 'care', '', 'down'),
  kpi('orphan', 'No department', null, '', 'up'),
];

describe('detectKpiConflicts: one use case across departments', () => {
  it('pairs an improved KPI of one department with a degraded KPI of another', () => {
    // u1 raises revenue (up: improves, sales) and raises handling time (down: degrades, ops).
    const conflicts = detectKpiConflicts({
      kpis,
      useCases: [useCase('u1', ['revenue', 'increase'], ['handling', 'increase'])],
      groups: [],
    });
    expect(conflicts).toEqual([
      {
        key: 'crossDepartment|u1:handling:increase|u1:revenue:increase',
        kind: 'crossDepartment',
        sides: [
          {
            useCaseId: 'u1',
            kpiId: 'handling',
            departmentId: 'ops',
            effect: 'increase',
            improves: false,
          },
          {
            useCaseId: 'u1',
            kpiId: 'revenue',
            departmentId: 'sales',
            effect: 'increase',
            improves: true,
          },
        ],
      },
    ]);
  });

  it('is silent when every effect is good, all are bad, or the KPIs share a department', () => {
    const conflicts = detectKpiConflicts({
      kpis: [...kpis, kpi('margin', 'Margin', 'sales', '', 'up')],
      useCases: [
        // revenue up + handling down: both improve.
        useCase('good', ['revenue', 'increase'], ['handling', 'decrease']),
        // revenue down + complaints up: both degrade.
        useCase('bad', ['revenue', 'decrease'], ['complaints', 'increase']),
        // revenue up, margin down: same department (sales) -> not a cross-department conflict.
        useCase('same', ['revenue', 'increase'], ['margin', 'decrease']),
        // a KPI without department, or unknown, is no department's.
        useCase('none', ['orphan', 'decrease'], ['revenue', 'increase'], ['ghost', 'increase']),
      ],
      groups: [],
    });
    expect(conflicts).toEqual([]);
  });

  it('lists one conflict per improved/degraded pair', () => {
    // revenue up (good, sales), handling up (bad, ops), complaints up (bad, care): 2 conflicts.
    const conflicts = detectKpiConflicts({
      kpis,
      useCases: [
        useCase(
          'u1',
          ['revenue', 'increase'],
          ['handling', 'increase'],
          ['complaints', 'increase'],
          ['complaints', 'increase'],
        ),
      ],
      groups: [],
    });
    expect(conflicts.map((c) => c.key)).toEqual([
      'crossDepartment|u1:complaints:increase|u1:revenue:increase',
      'crossDepartment|u1:handling:increase|u1:revenue:increase',
    ]);
  });
});

describe('detectKpiConflicts: two use cases pushing one KPI both ways', () => {
  const useCases = [
    useCase('a', ['handling', 'decrease']),
    useCase('b', ['handling', 'increase']),
    useCase('c', ['handling', 'increase']),
  ];

  it('finds the opposite pushes inside a group, once per pair even if several groups hold it', () => {
    // Top K = a, b; wave 1 = b, a, c. Pairs: (a, b) in both groups -> once; (a, c) in the wave;
    // (b, c) push the same way -> nothing.
    const conflicts = detectKpiConflicts({
      kpis,
      useCases,
      groups: [
        ['a', 'b'],
        ['b', 'a', 'c'],
      ],
    });
    expect(conflicts.map((c) => c.key)).toEqual([
      'opposingPush|a:handling:decrease|b:handling:increase',
      'opposingPush|a:handling:decrease|c:handling:increase',
    ]);
    expect(conflicts[0]?.sides.map((s) => [s.useCaseId, s.improves])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('ignores use cases that never share a group', () => {
    const conflicts = detectKpiConflicts({
      kpis,
      useCases,
      groups: [['a'], ['b', 'c'], ['x', 'a']],
    });
    expect(conflicts).toEqual([]);
  });

  it('keeps the key whatever the order of the input', () => {
    const once = detectKpiConflicts({ kpis, useCases, groups: [['a', 'b']] });
    const reversed = detectKpiConflicts({
      kpis,
      useCases: [...useCases].reverse(),
      groups: [['b', 'a']],
    });
    expect(reversed).toEqual(once);
  });
});

describe('openConflicts', () => {
  it('drops the arbitrated ones', () => {
    const conflicts = detectKpiConflicts({
      kpis,
      useCases: [
        useCase('a', ['handling', 'decrease']),
        useCase('b', ['handling', 'increase']),
        useCase('c', ['handling', 'increase']),
      ],
      groups: [['a', 'b', 'c']],
    });
    const open = openConflicts(
      conflicts,
      new Set(['opposingPush|a:handling:decrease|b:handling:increase']),
    );
    expect(open.map((c) => c.key)).toEqual([
      'opposingPush|a:handling:decrease|c:handling:increase',
    ]);
  });
});

describe('remapConflictKey (a workspace copied with fresh ids)', () => {
  it("renames use case and KPI ids and re-sorts the sides as the copy's conflict is keyed", () => {
    // "a" becomes "z": the side of "c" now sorts first, as detectKpiConflicts keys it.
    const ids = new Map([
      ['a', 'z'],
      ['c', 'c2'],
      ['handling', 'h:2'],
    ]);
    expect(remapConflictKey('opposingPush|a:handling:decrease|c:handling:increase', ids)).toBe(
      'opposingPush|c2:h:2:increase|z:h:2:decrease',
    );
    const copied = detectKpiConflicts({
      kpis: [kpi('h:2', 'Handling', null, '', 'down')],
      useCases: [useCase('z', ['h:2', 'decrease']), useCase('c2', ['h:2', 'increase'])],
      groups: [['z', 'c2']],
    });
    expect(copied.map((c) => c.key)).toEqual(['opposingPush|c2:h:2:increase|z:h:2:decrease']);
  });

  it('keeps a key whose ids are not renamed', () => {
    expect(remapConflictKey('crossDepartment|a:revenue:increase', new Map([['b', 'y']]))).toBe(
      'crossDepartment|a:revenue:increase',
    );
  });
});
