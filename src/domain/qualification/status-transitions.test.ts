import { describe, expect, it } from 'vitest';
import { USE_CASE_STATUSES } from '../schema/use-case';
import {
  allowedStatuses,
  isStatusChangeAllowed,
  statusChangeSchema,
  suggestStatus,
} from './status-transitions';

describe('allowed statuses', () => {
  // The lifecycle by hand: one step forward, one step back, abandoned from all but done.
  it.each([
    ['idea', ['idea', 'qualified', 'abandoned']],
    ['qualified', ['idea', 'qualified', 'scored', 'abandoned']],
    ['scored', ['qualified', 'scored', 'planned', 'abandoned']],
    ['planned', ['scored', 'planned', 'inProgress', 'abandoned']],
    ['inProgress', ['planned', 'inProgress', 'done', 'abandoned']],
    ['done', ['inProgress', 'done']],
    ['abandoned', ['idea', 'abandoned']],
  ] as const)('from %s: %j', (from, expected) => {
    expect(allowedStatuses(from)).toEqual(expected);
  });

  it('always allows keeping the same status', () => {
    for (const s of USE_CASE_STATUSES) expect(isStatusChangeAllowed(s, s)).toBe(true);
  });

  it('refuses jumps', () => {
    expect(isStatusChangeAllowed('idea', 'done')).toBe(false);
    expect(isStatusChangeAllowed('done', 'abandoned')).toBe(false);
    expect(isStatusChangeAllowed('abandoned', 'qualified')).toBe(false);
  });
});

describe('a status change', () => {
  it('asks a reason to abandon', () => {
    const result = statusChangeSchema('scored').safeParse({
      status: 'abandoned',
      statusReason: '  ',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['errors.reasonRequired']);
  });

  it('accepts abandoning with a reason, and keeping an abandoned use case abandoned', () => {
    expect(
      statusChangeSchema('scored').safeParse({ status: 'abandoned', statusReason: 'No data' })
        .success,
    ).toBe(true);
    expect(
      statusChangeSchema('abandoned').safeParse({ status: 'abandoned', statusReason: '' }).success,
    ).toBe(true);
  });

  it('refuses a transition outside the lifecycle with a message key', () => {
    const result = statusChangeSchema('idea').safeParse({ status: 'planned', statusReason: '' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['status', 'errors.invalid'],
    ]);
  });
});

describe('the status the work suggests (issue 16)', () => {
  const base = {
    status: 'idea' as const,
    standing: 'toScore' as const,
    clear: false,
    inWave: false,
  };

  it('suggests qualified for an idea once the clarity gate is met, with why', () => {
    expect(suggestStatus({ ...base, clear: true })).toEqual({
      status: 'qualified',
      reason: 'clarityMet',
    });
    // An idea whose clarity gate is not met: nothing, whatever else was done.
    expect(suggestStatus(base)).toBeNull();
    expect(suggestStatus({ ...base, standing: 'ranked', inWave: true })).toBeNull();
  });

  it('suggests scored for a qualified use case once fully scored or revealed (standing ranked)', () => {
    expect(suggestStatus({ ...base, status: 'qualified', standing: 'ranked' })).toEqual({
      status: 'scored',
      reason: 'fullyScored',
    });
    // Scores not revealed yet, or missing: not scored.
    expect(suggestStatus({ ...base, status: 'qualified', standing: 'awaitingReveal' })).toBeNull();
    expect(suggestStatus({ ...base, status: 'qualified', clear: true })).toBeNull();
  });

  it('suggests planned for a scored use case once placed in a wave', () => {
    expect(suggestStatus({ ...base, status: 'scored', standing: 'ranked', inWave: true })).toEqual({
      status: 'planned',
      reason: 'inWave',
    });
    expect(suggestStatus({ ...base, status: 'scored', standing: 'ranked' })).toBeNull();
  });

  it('never jumps two steps: a clear, scored, planned idea is first suggested "qualified"', () => {
    const all = { status: 'idea' as const, standing: 'ranked' as const, clear: true, inWave: true };
    expect(suggestStatus(all)).toEqual({ status: 'qualified', reason: 'clarityMet' });
    expect(suggestStatus({ ...all, status: 'qualified' })).toEqual({
      status: 'scored',
      reason: 'fullyScored',
    });
    expect(suggestStatus({ ...all, status: 'scored' })).toEqual({
      status: 'planned',
      reason: 'inWave',
    });
    // Each suggestion is a change a person may make by hand (one step along the lifecycle).
    expect(isStatusChangeAllowed('idea', 'qualified')).toBe(true);
    expect(isStatusChangeAllowed('idea', 'scored')).toBe(false);
  });

  it('never suggests going back nor touches what a person decided', () => {
    expect(suggestStatus({ ...base, status: 'scored', clear: true })).toBeNull();
    for (const status of ['planned', 'inProgress', 'done', 'abandoned'] as const)
      expect(
        suggestStatus({ ...base, status, standing: 'ranked', clear: true, inWave: true }),
      ).toBeNull();
  });
});
