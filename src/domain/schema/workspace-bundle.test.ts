import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../demo/demo-workspace';
import {
  BUNDLE_RECORD_LISTS,
  bundleRecordSchemas,
  workspaceBundleFrameSchema,
  workspaceBundleSchema,
} from './workspace-bundle';

let n = 0;
const demo = buildDemoWorkspace({
  language: 'en',
  actor: 'Ada',
  newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  now: '2026-11-23T00:00:00.000Z',
});

/** What a writer checking chunk by chunk accepts: the frame, then every record by its schema. */
function acceptedInParts(input: unknown): boolean {
  const frame = workspaceBundleFrameSchema.safeParse(input);
  if (!frame.success) return false;
  return BUNDLE_RECORD_LISTS.every((list) =>
    frame.data[list].every((r) => bundleRecordSchemas[list].safeParse(r).success),
  );
}

describe('the bundle checked in parts', () => {
  const cases: [string, unknown][] = [
    ['the demo workspace', demo],
    ['an unknown top-level key', { ...demo, extra: [] }],
    ['a missing list', { ...demo, waves: undefined }],
    [
      'a use case whose title is a number',
      {
        ...demo,
        useCases: demo.useCases.map((u, i) => (i === 3 ? { ...u, title: 42 } : u)),
      },
    ],
    [
      'a scorecard with an unknown key',
      {
        ...demo,
        scorecards: demo.scorecards.map((c, i) => (i === 0 ? { ...c, __proto__x: 1 } : c)),
      },
    ],
    ['an audit entry that is not an object', { ...demo, audit: [...demo.audit, 'nope'] }],
  ];

  it.each(cases)('agrees with the whole-bundle schema on %s', (_name, input) => {
    expect(acceptedInParts(input)).toBe(workspaceBundleSchema.safeParse(input).success);
  });

  it('accepts the demo and refuses each broken copy', () => {
    expect(cases.map(([, input]) => acceptedInParts(input))).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
