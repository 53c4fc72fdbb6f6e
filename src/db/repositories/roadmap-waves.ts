import { toJson } from '../../domain/audit/record-changes';
import {
  roadmapModeSchema,
  waveDraftSchema,
  type WaveDraft,
} from '../../domain/roadmap/roadmap-inputs';
import { waveSchema, type Wave } from '../../domain/schema/roadmap';
import type { Workspace } from '../../domain/schema/workspace';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { listWaves } from './roadmap';
import {
  addRecorded,
  deleteIfFound,
  factsOf,
  factsOfWorkspace,
  mustGetWorkspace,
  putRecorded,
  withRecord,
} from './recorded-writes';

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
    await mustGetWorkspace(db, workspaceId);
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
      await addRecorded(db, ctx, now, db.waves, wave, {
        ...factsOf('wave', wave, wave.name),
        after: toJson(waveFacts(wave)),
      });
      ids.push(wave.id);
    }
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
  await withRecord(db, db.waves, waveId, 'Wave', [], async (current) => {
    const next = waveSchema.parse({ ...current, ...parsed });
    if (JSON.stringify(waveFacts(current)) === JSON.stringify(waveFacts(next))) return;
    await putRecorded(db, ctx, ctx.now(), db.waves, next, {
      ...factsOf('wave', next, next.name),
      action: 'updated',
      before: toJson(waveFacts(current)),
      after: toJson(waveFacts(next)),
    });
  });
}

/** Deletes a wave; its use cases go back to the backlog. */
export async function deleteWave(
  db: ClarteDatabase,
  ctx: ChangeContext,
  waveId: string,
): Promise<void> {
  await db.transaction('rw', [db.workspaces, db.waves, db.audit], async () => {
    const gone = await deleteIfFound(db, ctx, db.waves, waveId, (current) => ({
      ...factsOf('wave', current, current.name),
      before: toJson({ ...waveFacts(current), useCaseIds: current.useCaseIds }),
    }));
    if (!gone) return;
    const rest = await listWaves(db, gone.workspaceId);
    for (const [position, wave] of rest.entries()) {
      if (wave.position !== position) await db.waves.update(wave.id, { position });
    }
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
    const workspace = await mustGetWorkspace(db, workspaceId);
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
    const next = { ...workspace, roadmapMode: parsedMode, updatedAt: now };
    await putRecorded(db, ctx, now, db.workspaces, next, {
      ...factsOfWorkspace(workspace, workspace.name),
      action: 'updated',
      before: toJson({ roadmapMode: workspace.roadmapMode, waves: waves.map((w) => w.name) }),
      after: toJson({ roadmapMode: parsedMode, waves: parsed.map((w) => w.name) }),
    });
  });
}
