import { describe, expect, it } from 'vitest';
import { useCaseSchema, type UseCase } from '../schema/use-case';
import { frictionSchema, stepSchema, workflowSchema } from '../schema/workflow';
import { FIXED_HEAT_SCALE, coverageOf, heatLevel, heatScaleOf } from './coverage';

const at = '2026-01-01T00:00:00.000Z';
const workflow = (id: string, kind: 'internal' | 'journey', position: number) =>
  workflowSchema.parse({ id, workspaceId: 'w', kind, name: id, position });
const step = (id: string, workflowId: string, position: number, phase: string | null = null) =>
  stepSchema.parse({ id, workspaceId: 'w', workflowId, name: id, position, phase });
const friction = (id: string, stepId: string) =>
  frictionSchema.parse({ id, workspaceId: 'w', stepId, description: id, severity: 2 });
const anchoredUseCase = (id: string, stepIds: string[], status: UseCase['status'] = 'idea') =>
  useCaseSchema.parse({
    id,
    workspaceId: 'w',
    title: id,
    scope: 'internal',
    status,
    stepIds,
    createdAt: at,
    updatedAt: at,
  });

// Two workflows: internal "ap" (steps a1, a2) and journey "j" (steps j1, j2 in discovery, j3 in support).
// Use cases: u1 on a1; u2 on a1 and j1; u3 on j1 and j2 (one use case, counted once in discovery);
// u4 abandoned on a2 (does not count); u5 on nothing; u6 on a deleted step "gone".
const input = {
  workflows: [workflow('j', 'journey', 1), workflow('ap', 'internal', 0)],
  steps: [
    step('a2', 'ap', 1),
    step('a1', 'ap', 0),
    step('j1', 'j', 0, 'discovery'),
    step('j2', 'j', 1, 'discovery'),
    step('j3', 'j', 2, 'support'),
  ],
  frictions: [
    friction('f1', 'a1'),
    friction('f2', 'a2'),
    friction('f3', 'j3'),
    friction('f4', 'j2'),
  ],
  useCases: [
    anchoredUseCase('u1', ['a1']),
    anchoredUseCase('u2', ['a1', 'j1']),
    anchoredUseCase('u3', ['j1', 'j2']),
    anchoredUseCase('u4', ['a2'], 'abandoned'),
    anchoredUseCase('u5', []),
    anchoredUseCase('u6', ['gone']),
  ],
};

describe('heat level', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [40, 3],
  ])('%i use cases -> level %i', (count, level) => {
    expect(heatLevel(count)).toBe(level);
  });

  it('keeps the fixed steps while no cell holds more than 4 use cases', () => {
    expect(heatScaleOf([0, 1, 4, 2])).toEqual({ low: 1, high: 3 });
    expect(heatScaleOf([])).toEqual(FIXED_HEAT_SCALE);
  });

  it('follows the fullest cell above 4: a quarter and a half of it', () => {
    // Fullest 40: level 1 up to 10, level 2 from 11 to 20, level 3 from 21.
    const scale = heatScaleOf([3, 40, 12]);
    expect(scale).toEqual({ low: 10, high: 20 });
    expect([1, 10, 11, 20, 21, 40].map((n) => heatLevel(n, scale))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(heatLevel(0, scale)).toBe(0);
    // Fullest 5: ceil(5/4) = 2, ceil(5/2) = 3: 1-2, 3, 4-5.
    expect(heatScaleOf([5])).toEqual({ low: 2, high: 3 });
    // Fullest 6: ceil(6/4) = 2, ceil(6/2) = 3 (high stays above low).
    expect(heatScaleOf([6])).toEqual({ low: 2, high: 3 });
  });
});

describe('coverage of a workspace', () => {
  const coverage = coverageOf(input);

  it('counts the use cases anchored on each step, abandoned ones left out', () => {
    // a1: u1, u2 = 2 ; a2: u4 abandoned = 0 ; j1: u2, u3 = 2 ; j2: u3 = 1 ; j3: none.
    expect(Object.fromEntries(coverage.countByStep)).toEqual({ a1: 2, j1: 2, j2: 1 });
  });

  it('lays internal steps out in their order, with their heat and uncovered frictions', () => {
    expect(coverage.internal).toHaveLength(1);
    expect(coverage.internal[0]?.cells).toEqual([
      { stepId: 'a1', name: 'a1', count: 2, level: 2, frictionCount: 1, uncoveredFrictionCount: 0 },
      { stepId: 'a2', name: 'a2', count: 0, level: 0, frictionCount: 1, uncoveredFrictionCount: 1 },
    ]);
  });

  it('uses the fixed heat steps in a small workspace', () => {
    expect(coverage.internalScale).toEqual(FIXED_HEAT_SCALE);
    expect(coverage.journeyScale).toEqual(FIXED_HEAT_SCALE);
  });

  it('counts distinct use cases per journey phase', () => {
    const phases = coverage.journeys[0]?.phases ?? [];
    // discovery: u2 and u3 (u3 on two of its steps counts once) = 2; support: 0 with f3 uncovered.
    expect(phases.map((p) => [p.phase, p.count, p.stepCount, p.uncoveredFrictionCount])).toEqual([
      ['discovery', 2, 2, 0],
      ['onboarding', 0, 0, 0],
      ['engagement', 0, 0, 0],
      ['support', 0, 1, 1],
      ['retention', 0, 0, 0],
      ['afterJourney', 0, 0, 0],
    ]);
  });

  it('marks frictions on steps without a use case as uncovered', () => {
    expect([...coverage.uncoveredFrictionIds].sort()).toEqual(['f2', 'f3']);
  });

  it('lists use cases anchored on no existing step', () => {
    expect(coverage.unanchored.map((u) => u.id)).toEqual(['u5', 'u6']);
  });
});

describe('coverage of a crowded workspace', () => {
  it('grades the steps against the fullest one', () => {
    // a1 holds 8 use cases, a2 holds 3, a3 holds 1: fullest 8, steps 1-2, 3-4, 5+.
    const many = (prefix: string, n: number, stepId: string) =>
      Array.from({ length: n }, (_, i) => anchoredUseCase(`${prefix}${i}`, [stepId]));
    const coverage = coverageOf({
      workflows: [workflow('ap', 'internal', 0)],
      steps: [step('a1', 'ap', 0), step('a2', 'ap', 1), step('a3', 'ap', 2)],
      frictions: [],
      useCases: [...many('x', 8, 'a1'), ...many('y', 3, 'a2'), ...many('z', 1, 'a3')],
    });
    expect(coverage.internalScale).toEqual({ low: 2, high: 4 });
    expect(coverage.internal[0]?.cells.map((c) => [c.count, c.level])).toEqual([
      [8, 3],
      [3, 2],
      [1, 1],
    ]);
  });
});
