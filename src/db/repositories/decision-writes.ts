import { toJson, type JsonValue } from '../../domain/audit/record-changes';
import { decisionSchema, type Decision } from '../../domain/schema/decision';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { recordChange } from '../write';
import { factsOf } from './recorded-writes';

/**
 * The decisions' common writes inside a writing transaction (one that includes `decisions`,
 * `workspaces` and `audit`): a decision taken, and a decision withdrawn, each with its audit entry.
 */

/** How a decision reads in the audit trail: what it is about, and what it said. */
export interface DecisionFacts {
  label: string;
  facts: JsonValue;
}

/** The fields that end a decision now, signed by the person at the keyboard (ctx.actor). */
export function withdrawal(ctx: ChangeContext, now: string, reason: string) {
  return { withdrawnAt: now, withdrawnBy: ctx.actor, withdrawReason: reason };
}

/** Adds a decision with its 'decided' audit entry (`facts` as its after). */
export async function addDecision(
  db: ClarteDatabase,
  ctx: ChangeContext,
  now: string,
  decision: Decision,
  { label, facts }: DecisionFacts,
): Promise<void> {
  await db.decisions.add(decision);
  await recordChange(db, ctx, now, {
    ...factsOf('decision', decision, label),
    action: 'decided',
    after: facts,
  });
}

/**
 * Withdraws a decision (it stays stored, marked withdrawn with the reason) with its 'withdrawn'
 * audit entry: `facts` (what the decision said) as its before, the reason as its after.
 */
export async function withdrawDecision(
  db: ClarteDatabase,
  ctx: ChangeContext,
  now: string,
  current: Decision,
  reason: string,
  { label, facts }: DecisionFacts,
): Promise<void> {
  await db.decisions.put(decisionSchema.parse({ ...current, ...withdrawal(ctx, now, reason) }));
  await recordChange(db, ctx, now, {
    ...factsOf('decision', current, label),
    action: 'withdrawn',
    before: facts,
    after: toJson({ withdrawReason: reason }),
  });
}

/** The fields every new decision of a workspace starts with: its id, who took it and when. */
export function newDecision(
  ctx: ChangeContext,
  now: string,
  workspaceId: string,
  id: string = ctx.newId(),
) {
  return { id, workspaceId, author: ctx.actor, at: now };
}
