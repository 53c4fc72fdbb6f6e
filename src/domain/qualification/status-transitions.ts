import * as z from 'zod';
import { textSchema } from '../schema/common';
import { useCaseStatusSchema, type UseCaseStatus } from '../schema/use-case';

/**
 * The lifecycle of a use case (PRODUCT.md "Domain", issue 3 item 8): one step forward or one
 * step back along idea → qualified → scored → planned → inProgress → done; abandoned from any
 * status but done (with a reason); from abandoned, back to idea only.
 */
const ORDER = ['idea', 'qualified', 'scored', 'planned', 'inProgress', 'done'] as const;

/** The statuses a use case may take from `from`, itself included (no change), in lifecycle order. */
export function allowedStatuses(from: UseCaseStatus): UseCaseStatus[] {
  if (from === 'abandoned') return ['idea', 'abandoned'];
  const i = ORDER.indexOf(from);
  const next: UseCaseStatus[] = ORDER.filter((_, j) => Math.abs(j - i) <= 1);
  if (from !== 'done') next.push('abandoned');
  return next;
}

export function isStatusChangeAllowed(from: UseCaseStatus, to: UseCaseStatus): boolean {
  return allowedStatuses(from).includes(to);
}

/** Abandoning needs a reason; a status outside the lifecycle is refused. Messages are keys. */
export function statusChangeSchema(from: UseCaseStatus) {
  return z
    .strictObject({ status: useCaseStatusSchema, statusReason: textSchema })
    .superRefine((change, ctx) => {
      if (!isStatusChangeAllowed(from, change.status)) {
        ctx.addIssue({ code: 'custom', path: ['status'], message: 'errors.invalid' });
      }
      if (change.status === 'abandoned' && from !== 'abandoned' && !change.statusReason.trim()) {
        ctx.addIssue({ code: 'custom', path: ['statusReason'], message: 'errors.reasonRequired' });
      }
    });
}

/** Why a status is suggested (message key qualification.statusWhy.<reason>). */
export type StatusReason = 'inWave' | 'fullyScored' | 'clarityMet';

export interface StatusSuggestion {
  status: UseCaseStatus;
  reason: StatusReason;
}

/**
 * Issue 16 item 5: the next status of the lifecycle, when the work done supports it: qualified
 * once the clarity gate is met, scored once fully scored (or revealed: the decision function's
 * standing "ranked"), planned once placed in a roadmap wave. Always the very next status (one
 * step, as a person may set it; never a two-step jump: an idea already scored is first suggested
 * "qualified", if its clarity gate is met). Never suggests going back, nor anything from planned,
 * inProgress, done or abandoned: a person decides those (and may always set a status by hand).
 */
export function suggestStatus(input: {
  status: UseCaseStatus;
  /** The decision function's standing of the use case. */
  standing: 'ranked' | 'toScore' | 'awaitingReveal';
  clear: boolean;
  inWave: boolean;
}): StatusSuggestion | null {
  switch (input.status) {
    case 'idea':
      return input.clear ? { status: 'qualified', reason: 'clarityMet' } : null;
    case 'qualified':
      return input.standing === 'ranked' ? { status: 'scored', reason: 'fullyScored' } : null;
    case 'scored':
      return input.inWave ? { status: 'planned', reason: 'inWave' } : null;
    default:
      return null;
  }
}
