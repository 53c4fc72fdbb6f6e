// What the e2e test hooks do (see test-hooks.ts): loaded on first use, not at start.
import { database } from '../db/database';
import { importBackup } from '../db/repositories/backup-import';
import { insertWorkspaceBundle } from '../db/repositories/workspace-bundles';
import { readFileOffThread } from '../features/exchange/off-thread';
import { updateWorkspaceWeights } from '../db/repositories/workspaces';
import { changeContext } from '../db/change-context';
import { rankUseCases } from '../domain/ranking/rank-use-cases';
import { aggregateScores } from '../domain/scoring/aggregate-scores';
import { orientScore } from '../domain/scoring/score-use-case';
import { CRITERION_IDS, type Weights } from '../domain/schema/criterion';
import type { Scorecard } from '../domain/schema/scorecard';
import type { WorkspaceBundle } from '../domain/schema/workspace-bundle';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** Ranking through the domain vs a bare weighted sum and sort of the same data (benchmark). */
export function benchRanking(
  json: string,
  runs: number,
): { ours: number; bare: number; count: number } {
  const bundle = JSON.parse(json) as WorkspaceBundle;
  const byUseCase = new Map<string, Scorecard[]>();
  for (const card of bundle.scorecards) {
    const list = byUseCase.get(card.useCaseId) ?? [];
    list.push(card);
    byUseCase.set(card.useCaseId, list);
  }
  const inputs = bundle.useCases.map((u) => ({
    id: u.id,
    title: u.title,
    values: aggregateScores(byUseCase.get(u.id) ?? [], 'mean'),
  }));
  const settings = {
    weights: bundle.workspace.weights,
    thresholds: bundle.workspace.thresholds,
    locale: bundle.workspace.language,
  };
  const ours: number[] = [];
  const bare: number[] = [];
  let count = 0;
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    count = rankUseCases(inputs, settings).ranked.length;
    ours.push(performance.now() - t);
    t = performance.now();
    const sums: { id: string; s: number }[] = [];
    for (const input of inputs) {
      let s = 0;
      let complete = true;
      for (const id of CRITERION_IDS) {
        const v = input.values[id];
        if (v === null) {
          complete = false;
          break;
        }
        s += settings.weights[id] * orientScore(id, v);
      }
      if (complete) sums.push({ id: input.id, s });
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
 * A backup file imported as the Import panel does it: read and checked off the page's thread
 * when the file is chosen, then imported as a new workspace once the person has chosen how.
 * Times both phases (the benchmark's "our import").
 */
export async function importBackupFile(
  text: string,
): Promise<{ readMs: number; writeMs: number; workspaceId: string }> {
  const t0 = performance.now();
  const bytes = new TextEncoder().encode(text);
  const file = await readFileOffThread('backup.json', bytes.buffer);
  if (!file.ok || file.value.kind !== 'backup')
    throw new Error(`Not imported: ${JSON.stringify(file.ok ? file.value.kind : file.problem)}`);
  const t1 = performance.now();
  const [workspaceId] = await importBackup(
    database(),
    changeContext('Benchmark'),
    file.value.backup,
    { kind: 'asNew' },
  );
  return { readMs: t1 - t0, writeMs: performance.now() - t1, workspaceId: workspaceId ?? '' };
}

export const setWeights = (workspaceId: string, weights: Weights) =>
  updateWorkspaceWeights(database(), changeContext('Benchmark'), workspaceId, weights);
