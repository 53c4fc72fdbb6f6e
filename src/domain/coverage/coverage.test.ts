import { describe, expect, it } from 'vitest';
import { useCaseSchema, type UseCase } from '../schema/use-case';
import { frictionSchema, stepSchema, workflowSchema } from '../schema/workflow';
import { coverageOf, heatLevel } from './coverage';

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
