// What the e2e test hooks do (see test-hooks.ts): loaded on first use, not at start.
import { database } from '../db/database';
import { insertWorkspaceBundle } from '../db/repositories/workspace-bundles';
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

export const setWeights = (workspaceId: string, weights: Weights) =>
  updateWorkspaceWeights(database(), changeContext('Benchmark'), workspaceId, weights);
