import { toJson } from '../../domain/audit/record-changes';
import {
  overrideActionOf,
  overrideGroundsOf,
  placeAt,
  type OverrideGround,
} from '../../domain/roadmap/move-card';
import {
  cardMoveSchema,
  roadmapModeSchema,
  waveDraftSchema,
  type CardMoveInput,
  type WaveDraft,
} from '../../domain/roadmap/roadmap-inputs';
import { roadmapFactsOf, type RoadmapFacts } from '../../domain/roadmap/roadmap-candidates';
import {
  suggestRoadmap,
  suggestedLocationOf,
  type PlacementReason,
  type RoadmapSuggestion,
} from '../../domain/roadmap/suggest-roadmap';
import { decisionSchema, type Decision } from '../../domain/schema/decision';
import { waveSchema, type Wave } from '../../domain/schema/roadmap';
import type { UseCase } from '../../domain/schema/use-case';
import type { Workspace } from '../../domain/schema/workspace';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { auditEntry } from './audit-trail';

export async function listWaves(db: ClarteDatabase, workspaceId: string): Promise<Wave[]> {
  const waves = await db.waves.where('workspaceId').equals(workspaceId).toArray();
  return waves.sort((a, b) => a.position - b.position);
}

export interface RoadmapState {
  workspace: Workspace;
  waves: Wave[];
  useCases: UseCase[];
  facts: RoadmapFacts;
  suggestion: RoadmapSuggestion;
}

/** Everything the roadmap is computed from, and the suggestion for it now. */
export async function readRoadmap(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<RoadmapState | null> {
  const workspace = await db.workspaces.get(workspaceId);
  if (!workspace) return null;
  const [waves, useCases, scorecards] = await Promise.all([
    listWaves(db, workspaceId),
    db.useCases.where('workspaceId').equals(workspaceId).toArray(),
    db.scorecards.where('workspaceId').equals(workspaceId).toArray(),
  ]);
  const facts = roadmapFactsOf(workspace, useCases, scorecards);
  const suggestion = suggestRoadmap(
    facts.candidates,
    waves.map((w) => ({ id: w.id, capacity: w.capacity })),
  );
  return { workspace, waves, useCases, facts, suggestion };
}

async function mustRead(db: ClarteDatabase, workspaceId: string): Promise<RoadmapState> {
  const state = await readRoadmap(db, workspaceId);
  if (!state) throw new Error(`Workspace ${workspaceId} not found`);
  return state;
}

async function touch(db: ClarteDatabase, workspaceId: string, now: string): Promise<void> {
  await db.workspaces.update(workspaceId, { updatedAt: now });
}

function waveFacts(wave: Wave) {
  const { name, capacity, startDate, endDate } = wave;
  return { name, capacity, startDate, endDate };
}

/** Adds waves at the end of the roadmap (e.g. the default ones, named by the UI). */
export async function createWaves(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  drafts: readonly WaveDraft[],
): Promise<string[]> {
  const parsed = drafts.map((d) => waveDraftSchema.parse(d));
  return db.transaction('rw', [db.workspaces, db.waves, db.audit], async () => {
    const existing = await listWaves(db, workspaceId);
    if (!(await db.workspaces.get(workspaceId)))
      throw new Error(`Workspace ${workspaceId} not found`);
    const now = ctx.now();
    const start = existing.reduce((m, w) => Math.max(m, w.position + 1), 0);
    const ids: string[] = [];
    for (const [i, draft] of parsed.entries()) {
      const wave = waveSchema.parse({
        ...draft,
        id: ctx.newId(),
        workspaceId,
        position: start + i,
      });
      await db.waves.add(wave);
      ids.push(wave.id);
      await db.audit.add(
        auditEntry(ctx, now, {
          workspaceId,
          action: 'created',
          entityType: 'wave',
          entityId: wave.id,
          label: wave.name,
          after: toJson(waveFacts(wave)),
        }),
      );
    }
    await touch(db, workspaceId, now);
    return ids;
  });
}

/** Renames a wave, sets its capacity and its dates. */
export async function updateWave(
  db: ClarteDatabase,
  ctx: ChangeContext,
  waveId: string,
  draft: WaveDraft,
): Promise<void> {
  const parsed = waveDraftSchema.parse(draft);
  await db.transaction('rw', [db.workspaces, db.waves, db.audit], async () => {
    const current = await db.waves.get(waveId);
    if (!current) throw new Error(`Wave ${waveId} not found`);
    const next = waveSchema.parse({ ...current, ...parsed });
    if (JSON.stringify(waveFacts(current)) === JSON.stringify(waveFacts(next))) return;
    const now = ctx.now();
    await db.waves.put(next);
    await touch(db, current.workspaceId, now);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId: current.workspaceId,
        action: 'updated',
        entityType: 'wave',
        entityId: waveId,
        label: next.name,
        before: toJson(waveFacts(current)),
        after: toJson(waveFacts(next)),
      }),
    );
  });
}

/** Deletes a wave; its use cases go back to the backlog. */
export async function deleteWave(
  db: ClarteDatabase,
  ctx: ChangeContext,
  waveId: string,
): Promise<void> {
  await db.transaction('rw', [db.workspaces, db.waves, db.audit], async () => {
    const current = await db.waves.get(waveId);
    if (!current) return;
    const now = ctx.now();
    await db.waves.delete(waveId);
    const rest = await listWaves(db, current.workspaceId);
    for (const [position, wave] of rest.entries()) {
      if (wave.position !== position) await db.waves.update(wave.id, { position });
    }
    await touch(db, current.workspaceId, now);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId: current.workspaceId,
        action: 'deleted',
        entityType: 'wave',
        entityId: waveId,
        label: current.name,
        before: toJson({ ...waveFacts(current), useCaseIds: current.useCaseIds }),
      }),
    );
  });
}

/**
 * Switches the workspace between Now/Next/Later and quarters: the waves take the drafts' names
 * and dates in order (keeping their use cases and capacities), missing ones are created, extra
 * ones deleted (their use cases go back to the backlog).
 */
export async function setRoadmapMode(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  mode: Workspace['roadmapMode'],
  drafts: readonly Omit<WaveDraft, 'capacity'>[],
): Promise<void> {
  const parsedMode = roadmapModeSchema.parse(mode);
  const parsed = drafts.map((d) => waveDraftSchema.parse({ ...d, capacity: null }));
  await db.transaction('rw', [db.workspaces, db.waves, db.audit], async () => {
    const workspace = await db.workspaces.get(workspaceId);
    if (!workspace) throw new Error(`Workspace ${workspaceId} not found`);
    const now = ctx.now();
    const waves = await listWaves(db, workspaceId);
    for (const [position, draft] of parsed.entries()) {
      const old = waves[position];
      const next = waveSchema.parse({
        id: old?.id ?? ctx.newId(),
        workspaceId,
        useCaseIds: old?.useCaseIds ?? [],
        ...draft,
        capacity: old?.capacity ?? null,
        position,
      });
      await db.waves.put(next);
    }
    for (const extra of waves.slice(parsed.length)) await db.waves.delete(extra.id);
    await db.workspaces.put({ ...workspace, roadmapMode: parsedMode, updatedAt: now });
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId,
        action: 'updated',
        entityType: 'workspace',
        entityId: workspaceId,
        label: workspace.name,
        before: toJson({ roadmapMode: workspace.roadmapMode, waves: waves.map((w) => w.name) }),
        after: toJson({ roadmapMode: parsedMode, waves: parsed.map((w) => w.name) }),
      }),
    );
  });
}

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

const isRoadmapDecision = (d: Decision) =>
  d.withdrawnAt === null &&
  (d.kind === 'roadmapPlacement' ||
    (d.kind === 'override' && (d.action === 'forceIntoWave' || d.action === 'forceOutOfWave')));

/**
 * Replaces every wave's use cases by the suggestion computed now, in one transaction: a
 * roadmapPlacement decision per use case placed in a wave, the previous placements and
 * roadmap overrides withdrawn, and one audit entry that summarises the new roadmap.
 */
export async function applyRoadmapSuggestion(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  texts: SuggestionTexts,
): Promise<RoadmapSuggestion> {
  const tables = [db.workspaces, db.waves, db.useCases, db.scorecards, db.decisions, db.audit];
  return db.transaction('rw', tables, async () => {
    const { waves, suggestion, useCases } = await mustRead(db, workspaceId);
    const now = ctx.now();
    const title = new Map(useCases.map((u) => [u.id, u.title]));
    const previous = await db.decisions.where('workspaceId').equals(workspaceId).toArray();
    for (const d of previous.filter(isRoadmapDecision)) {
      await db.decisions.put(
        decisionSchema.parse({
          ...d,
          withdrawnAt: now,
          withdrawnBy: ctx.actor,
          withdrawReason: texts.superseded,
        }),
      );
    }
    const summary: Record<string, string[]> = {};
    for (const [i, placed] of suggestion.waves.entries()) {
      const wave = waves[i];
      if (!wave) continue;
      await db.waves.put({ ...wave, useCaseIds: placed.placements.map((p) => p.useCaseId) });
      summary[wave.name] = placed.placements.map((p) => title.get(p.useCaseId) ?? p.useCaseId);
      for (const p of placed.placements) {
        const decision = decisionSchema.parse({
          id: ctx.newId(),
          workspaceId,
          kind: 'roadmapPlacement',
          author: ctx.actor,
          at: now,
          reason: texts.reasons[p.reason],
          useCaseId: p.useCaseId,
          waveId: wave.id,
          suggestedWaveId: wave.id,
        });
        await db.decisions.add(decision);
      }
    }
    summary[texts.backlog] = suggestion.backlog.map((p) => title.get(p.useCaseId) ?? '');
    summary[texts.out] = suggestion.out.map((p) => title.get(p.useCaseId) ?? '');
    await touch(db, workspaceId, now);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId,
        action: 'decided',
        entityType: 'wave',
        entityId: workspaceId,
        label: texts.summary,
        before: toJson(Object.fromEntries(waves.map((w) => [w.name, w.useCaseIds.length]))),
        after: toJson(summary),
      }),
    );
    return suggestion;
  });
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
): Promise<MoveOutcome> {
  const move = cardMoveSchema.parse(input);
  const tables = [db.workspaces, db.waves, db.useCases, db.scorecards, db.decisions, db.audit];
  return db.transaction('rw', tables, async () => {
    const useCase = await db.useCases.get(move.useCaseId);
    if (!useCase) throw new Error(`Use case ${move.useCaseId} not found`);
    const workspaceId = useCase.workspaceId;
    const { waves, suggestion, facts } = await mustRead(db, workspaceId);
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
            id: ctx.newId(),
            workspaceId,
            kind: 'override',
            author: ctx.actor,
            at: now,
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
    await touch(db, workspaceId, now);
    const fromName = from?.name ?? backlogLabel;
    const toName = to?.name ?? backlogLabel;
    await db.audit.add(
      auditEntry(ctx, now, {
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
      }),
    );
    return { grounds };
  });
}
