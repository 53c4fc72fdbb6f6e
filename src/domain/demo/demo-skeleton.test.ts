import { describe, expect, it } from 'vitest';
import file from './data/skeleton.json';
import { DEMO_SKELETON, demoSkeletonSchema } from './demo-skeleton';

type Raw = typeof file;

/** The skeleton's file with one change, to see that the schema refuses it. */
function changed(change: (raw: Raw) => void): unknown {
  const raw = structuredClone(file);
  change(raw);
  return raw;
}

/** What the schema says is wrong with the input, and where. */
function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = demoSkeletonSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('the demo skeleton, one language-neutral data file', () => {
  it('reads data/skeleton.json: the demo’s records, counted by hand', () => {
    expect(DEMO_SKELETON.departments).toHaveLength(6);
    expect(DEMO_SKELETON.initiatives).toHaveLength(3);
    expect(DEMO_SKELETON.kpis).toHaveLength(8);
    expect(DEMO_SKELETON.workflows.map((w) => [w.kind, w.steps.length])).toEqual([
      ['internal', 5],
      ['internal', 5],
      ['internal', 5],
      ['journey', 7],
    ]);
    expect(DEMO_SKELETON.frictions).toHaveLength(14);
    expect(DEMO_SKELETON.participants.map((p) => p.name)).toEqual([
      null,
      'Claire Martin',
      'Karim Benali',
    ]);
    expect(DEMO_SKELETON.useCases).toHaveLength(15);
    expect(DEMO_SKELETON.scorecards).toHaveLength(20);
    expect(DEMO_SKELETON.scorecards[0]?.scores).toEqual({
      strategicValue: 4,
      customerImpact: 2,
      financialPotential: 5,
      dataMaturity: 4,
      technicalComplexity: 2,
      brandImpact: 2,
      complianceRisk: 2,
      strategicAlignment: 5,
    });
  });

  // Each row: the change to the file, where the schema points, and what it says (null: zod's
  // own wording, not checked here).
  it.each<[string, (raw: Raw) => void, string, string | null]>([
    [
      'a friction on a step that does not exist',
      (raw) => Object.assign(raw.frictions[0]!, { step: 'printInvoices' }),
      'frictions.0.step',
      '"printInvoices" is not one of the steps',
    ],
    [
      'a success measure on a KPI that does not exist',
      (raw) => Object.assign(raw.useCases[1]!.measure, { kpi: 'margin' }),
      'useCases.1.measure.kpi',
      '"margin" is not one of the kpis',
    ],
    [
      'a key used twice',
      (raw) => Object.assign(raw.departments, { 1: 'finance' }),
      'departments',
      '"finance" is used twice in departments',
    ],
    [
      'a journey step with a kind instead of a phase',
      (raw) => Object.assign(raw.workflows[3]!.steps[0]!, { kind: 'highVolume', phase: null }),
      'workflows.3.steps.0',
      'a journey step has a phase, an internal one a kind',
    ],
    [
      'a score outside 1..5',
      (raw) => Object.assign(raw.scorecards[0]!.scores, { strategicValue: 6 }),
      'scorecards.0.scores.strategicValue',
      'errors.scoreRange',
    ],
    [
      'a criterion left out',
      (raw) => Reflect.deleteProperty(raw.scorecards[0]!.scores, 'brandImpact'),
      'scorecards.0.scores.brandImpact',
      null,
    ],
    [
      'a field it does not know',
      (raw) => Object.assign(raw.kpis[0]!, { unit: '€' }),
      'kpis.0',
      null,
    ],
  ])('refuses %s, saying where', (_what, change, path, message) => {
    const issues = issuesOf(changed(change));
    expect(issues.map((issue) => issue.path)).toContain(path);
    if (message !== null) expect(issues).toContainEqual({ path, message });
  });
});
