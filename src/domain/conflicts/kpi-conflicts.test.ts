import { describe, expect, it } from 'vitest';
import type { Kpi } from '../schema/workspace';
import { detectKpiConflicts, openConflicts, remapConflictKey } from './kpi-conflicts';

const kpis: Kpi[] = [
  // Sales wants revenue up; Operations wants handling time down; Care wants complaints down.
  {
    id: 'revenue',
    name: 'Revenue',
    departmentId: 'sales',
    unit: '€',
    direction: 'up',
    baseline: null,
  },
  {
    id: 'handling',
    name: 'Handling time',
    departmentId: 'ops',
    unit: 'min',
    direction: 'down',
    baseline: null,
  },
  {
    id: 'complaints',
    name: 'Complaints',
    departmentId: 'care',
    unit: '',
    direction: 'down',
    baseline: null,
  },
  {
    id: 'orphan',
    name: 'No department',
    departmentId: null,
    unit: '',
    direction: 'up',
    baseline: null,
  },
];

describe('detectKpiConflicts: one use case across departments', () => {
  it('pairs an improved KPI of one department with a degraded KPI of another', () => {
    // u1 raises revenue (up: improves, sales) and raises handling time (down: degrades, ops).
    const conflicts = detectKpiConflicts({
      kpis,
      useCases: [
        {
          id: 'u1',
          kpiEffects: [
            { kpiId: 'revenue', effect: 'increase' },
            { kpiId: 'handling', effect: 'increase' },
          ],
        },
      ],
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
      kpis: [
        ...kpis,
        {
          id: 'margin',
          name: 'Margin',
          departmentId: 'sales',
          unit: '',
          direction: 'up',
          baseline: null,
        },
      ],
      useCases: [
        // revenue up + handling down: both improve.
        {
          id: 'good',
          kpiEffects: [
            { kpiId: 'revenue', effect: 'increase' },
            { kpiId: 'handling', effect: 'decrease' },
          ],
        },
        // revenue down + complaints up: both degrade.
        {
          id: 'bad',
          kpiEffects: [
            { kpiId: 'revenue', effect: 'decrease' },
            { kpiId: 'complaints', effect: 'increase' },
          ],
        },
        // revenue up, margin down: same department (sales) -> not a cross-department conflict.
        {
          id: 'same',
          kpiEffects: [
            { kpiId: 'revenue', effect: 'increase' },
            { kpiId: 'margin', effect: 'decrease' },
          ],
        },
        // a KPI without department, or unknown, is no department's.
        {
          id: 'none',
          kpiEffects: [
            { kpiId: 'orphan', effect: 'decrease' },
            { kpiId: 'revenue', effect: 'increase' },
            { kpiId: 'ghost', effect: 'increase' },
          ],
        },
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
        {
          id: 'u1',
          kpiEffects: [
            { kpiId: 'revenue', effect: 'increase' },
            { kpiId: 'handling', effect: 'increase' },
            { kpiId: 'complaints', effect: 'increase' },
            { kpiId: 'complaints', effect: 'increase' },
          ],
        },
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
    { id: 'a', kpiEffects: [{ kpiId: 'handling', effect: 'decrease' as const }] },
    { id: 'b', kpiEffects: [{ kpiId: 'handling', effect: 'increase' as const }] },
    { id: 'c', kpiEffects: [{ kpiId: 'handling', effect: 'increase' as const }] },
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
        { id: 'a', kpiEffects: [{ kpiId: 'handling', effect: 'decrease' }] },
        { id: 'b', kpiEffects: [{ kpiId: 'handling', effect: 'increase' }] },
        { id: 'c', kpiEffects: [{ kpiId: 'handling', effect: 'increase' }] },
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
      kpis: [
        {
          id: 'h:2',
          name: 'Handling',
          departmentId: null,
          unit: '',
          direction: 'down',
          baseline: null,
        },
      ],
      useCases: [
        { id: 'z', kpiEffects: [{ kpiId: 'h:2', effect: 'decrease' }] },
        { id: 'c2', kpiEffects: [{ kpiId: 'h:2', effect: 'increase' }] },
      ],
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
