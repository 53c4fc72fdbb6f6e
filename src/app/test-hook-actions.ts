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

/** Re-ranks and bare sorts run first and not timed: the JIT compiles both before they count. */
const WARM_UP_RUNS = 20;
/**
 * A timed sample lasts at least this long: in a page that is not cross-origin isolated,
 * performance.now() is rounded to 0.1 ms, the order of one bare sort of 1,000 use cases.
 */
const SAMPLE_MS = 5;

/**
 * The whole decision (decideWorkspace: effective scores, ranking, overrides, finance, clarity)
 * vs a bare weighted sum and sort of the same single-rater scores (benchmark). After a warm-up,
 * `samples` pairs: a batch of re-ranks timed, then a batch of bare sorts, each batch long enough
 * for the timer; a sample's time is its batch's time divided by its length. Returns the medians
 * and the median of the pairs' ratios (a pair is timed under the same load).
 */
export function benchRanking(
  json: string,
  samples: number,
): {
  ours: number;
  bare: number;
  ratio: number;
  count: number;
  batch: { ours: number; bare: number };
} {
  const bundle = JSON.parse(json) as WorkspaceBundle;
  // Each run as after a change of weights (a slightly different weight, the same lists): the
  // effective scores are kept per snapshot of the lists, and the decision per settings too
  // (decision-memo.ts), so every run after the first re-ranks, as the weights screen does.
  let run = 0;
  const nextInput = () => {
    run += 1;
    return {
      workspace: {
        ...bundle.workspace,
        weights: {
          ...bundle.workspace.weights,
          strategicValue: bundle.workspace.weights.strategicValue + 1e-6 * run,
        },
      },
      useCases: bundle.useCases,
      scorecards: bundle.scorecards,
      decisions: bundle.decisions,
      participantCount: bundle.participants.length,
    };
  };
  const weights = bundle.workspace.weights;
  const bareSort = () => {
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
    return sums.length;
  };
  /** Milliseconds per call of `batch` calls of `f`, each given its own prepared argument. */
  const timed = <T>(batch: number, prepare: () => T, f: (x: T) => unknown) => {
    const args = Array.from({ length: batch }, prepare);
    const t = performance.now();
    for (const x of args) f(x);
    return (performance.now() - t) / batch;
  };
  let count = 0;
  const decide = (input: ReturnType<typeof nextInput>) =>
    (count = decideWorkspace(input).ranked.length);
  const warmOurs: number[] = [];
  const warmBare: number[] = [];
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    warmOurs.push(timed(1, nextInput, decide));
    warmBare.push(timed(1, () => null, bareSort));
  }
  // Batches sized from the second half of the warm-up (at least one timer step per call).
  const batchOf = (warm: number[]) =>
    Math.max(1, Math.ceil(SAMPLE_MS / Math.max(median(warm.slice(warm.length / 2)), 0.1)));
  const batch = { ours: batchOf(warmOurs), bare: batchOf(warmBare) };
  const ours: number[] = [];
  const bare: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < samples; r++) {
    const o = timed(batch.ours, nextInput, decide);
    const b = timed(batch.bare, () => null, bareSort);
    ours.push(o);
    bare.push(b);
    ratios.push(o / Math.max(b, 1e-3));
  }
  return { ours: median(ours), bare: median(bare), ratio: median(ratios), count, batch };
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
