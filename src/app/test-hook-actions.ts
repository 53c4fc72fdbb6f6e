// What the e2e test hooks do (see test-hooks.ts): loaded on first use, not at start.
import { database } from '../db/database';
import { insertWorkspaceBundle } from '../db/repositories/workspace-bundles';
import { openFileOffThread, prepareImportWorker } from '../features/exchange/off-thread';
import { updateWorkspaceWeights } from '../db/repositories/workspaces';
import { changeContext } from '../db/change-context';
import { decideWorkspace } from '../domain/decision/decide-workspace';
import { orientScore } from '../domain/scoring/score-use-case';
import { CRITERION_IDS, type Weights } from '../domain/schema/criterion';
import type { WorkspaceBundle } from '../domain/schema/workspace-bundle';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/**
 * The whole decision (decideWorkspace: effective scores, ranking, overrides, finance, clarity)
 * vs a bare weighted sum and sort of the same single-rater scores (benchmark).
 */
export function benchRanking(
  json: string,
  runs: number,
): { ours: number; bare: number; count: number } {
  const bundle = JSON.parse(json) as WorkspaceBundle;
  // Each run as after a change of weights (a slightly different weight, the same lists): the
  // effective scores are kept per snapshot of the lists, and the decision per settings too
  // (decision-memo.ts), so the runs after the first re-rank, as the weights screen does.
  const inputOf = (run: number) => ({
    workspace: {
      ...bundle.workspace,
      weights: {
        ...bundle.workspace.weights,
        strategicValue: bundle.workspace.weights.strategicValue + 1e-6 * (run + 1),
      },
    },
    useCases: bundle.useCases,
    scorecards: bundle.scorecards,
    decisions: bundle.decisions,
    participantCount: bundle.participants.length,
  });
  const weights = bundle.workspace.weights;
  const ours: number[] = [];
  const bare: number[] = [];
  let count = 0;
  for (let r = 0; r < runs; r++) {
    const input = inputOf(r);
    let t = performance.now();
    count = decideWorkspace(input).ranked.length;
    ours.push(performance.now() - t);
    t = performance.now();
    const sums: { id: string; s: number }[] = [];
    for (const card of bundle.scorecards) {
      let s = 0;
      let complete = true;
      for (const id of CRITERION_IDS) {
        const v = card.scores[id].score;
        if (v === null) {
          complete = false;
          break;
        }
        s += weights[id] * orientScore(id, v);
      }
      if (complete) sums.push({ id: card.useCaseId, s });
    }
    sums.sort((a, b) => b.s - a.s);
    bare.push(performance.now() - t);
  }
  return { ours: median(ours), bare: median(bare), count };
}

// insertWorkspaceBundle parses the bundle with its schema: once, not twice.
export const insertBundle = (json: string) =>
  insertWorkspaceBundle(database(), JSON.parse(json) as WorkspaceBundle);

/**
 * A backup file imported as the Import panel does it: the chosen File handed to the import worker
 * unread (the worker reads it; the panel shows the choice from the file's frame), then imported as
 * a new workspace at once, its records written as the worker checks them. Times both phases (the
 * benchmark's "our import"): until the frame, then until the workspace is stored. A text is
 * first made into the file's bytes, inside the timed part.
 */
export async function importBackupFile(
  file: string | Blob,
): Promise<{ readMs: number; writeMs: number; workspaceId: string }> {
  const t0 = performance.now();
  const chosen = typeof file === 'string' ? new TextEncoder().encode(file).buffer : file;
  const opened = await openFileOffThread('backup.json', chosen);
  if (!opened.ok || opened.value.kind !== 'backup')
    throw new Error(
      `Not imported: ${JSON.stringify(opened.ok ? opened.value.kind : opened.problem)}`,
    );
  const t1 = performance.now();
  const [workspaceId] = await opened.value.stream.importAs(
    { kind: 'asNew' },
    changeContext('Benchmark'),
  );
  return { readMs: t1 - t0, writeMs: performance.now() - t1, workspaceId: workspaceId ?? '' };
}

/** What opening the Import panel does before a file is chosen: the import worker starts. */
export function prepareImport(): void {
  prepareImportWorker();
}

export const setWeights = (workspaceId: string, weights: Weights) =>
  updateWorkspaceWeights(database(), changeContext('Benchmark'), workspaceId, weights);
