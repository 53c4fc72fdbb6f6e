import { toJson } from '../../domain/audit/record-changes';
import {
  overrideActionOf,
  overrideGroundsOf,
  placeAt,
  type OverrideGround,
} from '../../domain/roadmap/move-card';
import { cardMoveSchema, type CardMoveInput } from '../../domain/roadmap/roadmap-inputs';
import {
  suggestedLocationOf,
  type PlacementReason,
  type RoadmapSuggestion,
} from '../../domain/roadmap/suggest-roadmap';
import { decisionSchema, type Decision } from '../../domain/schema/decision';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import {
  listWaves,
  mustReadRoadmap as mustRead,
  roadmapTables,
  type RoadmapState,
} from './roadmap';
import type { Wave } from '../../domain/schema/roadmap';
import { newDecision, withdrawal } from './decision-writes';
import { recordChange } from '../write';
import { mustGet } from './recorded-writes';
import { ofWorkspace } from './workspace-reads';

export interface SuggestionTexts {
  /** The reason written on each placement decision, in the workspace's words. */
  reasons: Record<PlacementReason, string>;
  /** Why the previous placements and roadmap overrides are withdrawn. */
  superseded: string;
  /** The label of the audit entry that summarises the new roadmap. */
  summary: string;
  backlog: string;
  out: string;
}

/**
 * Decisions checked and handed to IndexedDB per part: each part is built in the task that saw the
 * previous one written, so 10,000 placements are twenty short tasks, not one long one (the page
 * stays responsive during the write; the transaction is still one).
 */
export const DECISIONS_PER_PART = 500;

async function inParts<T>(
  items: readonly T[],
  write: (part: readonly T[]) => Promise<unknown>,
  written: (count: number) => void = () => {},
) {
  for (let i = 0; i < items.length; i += DECISIONS_PER_PART) {
    const part = items.slice(i, i + DECISIONS_PER_PART);
    await write(part);
    written(part.length);
  }
}

/** How far a suggestion's write is: decisions handed to IndexedDB and written, of all. */
export interface ApplyProgress {
  done: number;
  total: number;
}

const isRoadmapDecision = (d: Decision) =>
  d.withdrawnAt === null &&
  (d.kind === 'roadmapPlacement' ||
    (d.kind === 'override' && (d.action === 'forceIntoWave' || d.action === 'forceOutOfWave')));

/**
 * Replaces every wave's use cases by the suggestion computed now, in one transaction: a
 * roadmapPlacement decision per use case placed in a wave, the previous placements and
 * roadmap overrides withdrawn, and one audit entry that summarises the new roadmap. `seen`,
 * the roadmap on screen, is the suggestion applied while its waves are still the stored ones
 * (as for a card move); otherwise the roadmap is read and decided again in the transaction.
 */
export async function applyRoadmapSuggestion(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  texts: SuggestionTexts,
  seen?: SeenRoadmap,
  onProgress: (progress: ApplyProgress) => void = () => {},
): Promise<RoadmapSuggestion> {
  return db.transaction('rw', roadmapTables(db), async () => {
    const { waves, suggestion, useCases } = await roadmapSeenOrRead(db, workspaceId, seen);
    const now = ctx.now();
    const title = new Map(useCases.map((u) => [u.id, u.title]));
    const withdrawn = (await ofWorkspace(db.decisions, workspaceId)).filter(isRoadmapDecision);
    const inWaves = suggestion.waves.slice(0, waves.length);
    const progress = { done: 0, total: withdrawn.length };
    for (const wave of inWaves) progress.total += wave.placements.length;
    const written = (count: number) => {
      progress.done += count;
      onProgress({ ...progress });
    };
    onProgress({ ...progress });
    await inParts(
      withdrawn,
      (part) =>
        db.decisions.bulkPut(
          part.map((d) =>
            decisionSchema.parse({ ...d, ...withdrawal(ctx, now, texts.superseded) }),
          ),
        ),
      written,
    );
    const summary: Record<string, string[]> = {};
    for (const [i, placed] of suggestion.waves.entries()) {
      const wave = waves[i];
      if (!wave) continue;
      await db.waves.put({ ...wave, useCaseIds: placed.placements.map((p) => p.useCaseId) });
      summary[wave.name] = placed.placements.map((p) => title.get(p.useCaseId) ?? p.useCaseId);
      await inParts(
        placed.placements,
        (part) =>
          db.decisions.bulkAdd(
            part.map((p) =>
              decisionSchema.parse({
                ...newDecision(ctx, now, workspaceId),
                kind: 'roadmapPlacement',
                reason: texts.reasons[p.reason],
                useCaseId: p.useCaseId,
                waveId: wave.id,
                suggestedWaveId: wave.id,
              }),
            ),
          ),
        written,
      );
    }
    summary[texts.backlog] = suggestion.backlog.map((p) => title.get(p.useCaseId) ?? '');
    summary[texts.out] = suggestion.out.map((p) => title.get(p.useCaseId) ?? '');
    await recordChange(db, ctx, now, {
      workspaceId,
      action: 'decided',
      entityType: 'wave',
      entityId: workspaceId,
      label: texts.summary,
      before: toJson(Object.fromEntries(waves.map((w) => [w.name, w.useCaseIds.length]))),
      after: toJson(summary),
    });
    return suggestion;
  });
}

/** The roadmap the person acted on (the screen's, from the workspace's one decision). */
export type SeenRoadmap = Pick<RoadmapState, 'waves' | 'suggestion' | 'facts' | 'useCases'>;

/**
 * The waves, suggestion and facts a move is checked against: those the person saw when their
 * waves are still the stored ones (only the small waves are read), otherwise the whole roadmap
 * read and decided again in the transaction (10,000 use cases and their scorecards).
 */
async function roadmapSeenOrRead(
  db: ClarteDatabase,
  workspaceId: string,
  seen: SeenRoadmap | undefined,
): Promise<SeenRoadmap> {
  if (seen) {
    const stored = await listWaves(db, workspaceId);
    const key = (waves: readonly Wave[]) =>
      JSON.stringify(waves.map((w) => [w.id, w.capacity, w.useCaseIds]));
    if (key(stored) === key(seen.waves)) return { ...seen, waves: stored };
  }
  return mustRead(db, workspaceId);
}

export interface MoveOutcome {
  /** Why the move was recorded as an override (empty: a plain move). */
  grounds: OverrideGround[];
}

/**
 * Moves a card to a wave (or out of every wave) at a position. A move that contradicts the
 * suggestion computed now, or that puts a use case that is not clear in the first wave, needs
 * a reason: it is recorded as an override decision (forceIntoWave / forceOutOfWave) with its
 * audit entry, in the same transaction as the move. Without a reason, nothing changes.
 */
export async function moveCard(
  db: ClarteDatabase,
  ctx: ChangeContext,
  input: CardMoveInput,
  backlogLabel: string,
  seen?: SeenRoadmap,
): Promise<MoveOutcome> {
  const move = cardMoveSchema.parse(input);
  return db.transaction('rw', roadmapTables(db), async () => {
    const useCase = await mustGet(db.useCases, move.useCaseId, 'Use case');
    const workspaceId = useCase.workspaceId;
    const { waves, suggestion, facts } = await roadmapSeenOrRead(db, workspaceId, seen);
    const from = waves.find((w) => w.useCaseIds.includes(useCase.id)) ?? null;
    const to = move.toWaveId === null ? null : (waves.find((w) => w.id === move.toWaveId) ?? null);
    if (move.toWaveId !== null && !to) throw new Error(`Wave ${move.toWaveId} not found`);
    const oldPosition = from ? from.useCaseIds.indexOf(useCase.id) : -1;
    const targetIds = to ? placeAt(to.useCaseIds, useCase.id, move.position) : [];
    const newPosition = targetIds.indexOf(useCase.id);
    if (from?.id === to?.id && oldPosition === newPosition) return { grounds: [] };
    const suggested = suggestedLocationOf(suggestion, useCase.id);
    const grounds = overrideGroundsOf({
      fromWaveId: from?.id ?? null,
      toWaveId: to?.id ?? null,
      firstWaveId: waves[0]?.id ?? null,
      suggested,
      clear: facts.clarity.get(useCase.id)?.clear ?? false,
    });
    const now = ctx.now();
    // Built (and checked: a reason is required) before anything is written.
    const decision =
      grounds.length === 0
        ? null
        : decisionSchema.parse({
            ...newDecision(ctx, now, workspaceId),
            kind: 'override',
            reason: move.reason,
            owner: move.owner,
            useCaseId: useCase.id,
            action: overrideActionOf(to?.id ?? null),
            waveId: to?.id ?? (suggested.kind === 'wave' ? suggested.waveId : (from?.id ?? null)),
            computedRank: facts.ranked.get(useCase.id)?.rank ?? null,
          });
    if (from && from.id !== to?.id) {
      await db.waves.put({ ...from, useCaseIds: from.useCaseIds.filter((x) => x !== useCase.id) });
    }
    if (to) await db.waves.put({ ...to, useCaseIds: targetIds });
    if (decision) await db.decisions.add(decision);
    const fromName = from?.name ?? backlogLabel;
    const toName = to?.name ?? backlogLabel;
    await recordChange(db, ctx, now, {
      workspaceId,
      action: decision ? 'decided' : 'updated',
      entityType: decision ? 'decision' : 'wave',
      entityId: useCase.id,
      label: useCase.title,
      before: toJson(
        decision || !from ? { wave: fromName } : { wave: fromName, position: oldPosition + 1 },
      ),
      after: decision
        ? toJson({ wave: toName, reason: decision.reason, owner: decision.owner })
        : toJson(to ? { wave: toName, position: newPosition + 1 } : { wave: toName }),
    });
    return { grounds };
  });
}
