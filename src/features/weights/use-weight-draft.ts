import { useEffect, useState } from 'react';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { updateWorkspaceWeights } from '../../db/repositories/workspaces';
import type { CriterionId, Weights } from '../../domain/schema/criterion';
import { checkWeights, type WeightsProblem } from '../../domain/scoring/weights';

/** Dragging a slider writes once the hand rests this long, not on every pixel. */
const WRITE_DELAY_MS = 400;

export interface WeightDraft {
  /** What the screen shows: the weights being edited, else the stored ones. */
  weights: Weights;
  problems: WeightsProblem[];
  setWeight: (id: CriterionId, value: number) => void;
  /** True while a change waits to be written. */
  pending: boolean;
}

/**
 * Weights edited on screen: shown (and ranked) at once, written to the workspace after a short
 * pause, and only when each axis keeps a positive weight (SCORING.md section 3).
 */
export function useWeightDraft(workspaceId: string, stored: Weights): WeightDraft {
  const newContext = useChangeContext();
  const [draft, setDraft] = useState<Weights | null>(null);
  const weights = draft ?? stored;
  const problems = checkWeights(weights);

  useEffect(() => {
    if (!draft || checkWeights(draft).length > 0) return;
    const timer = window.setTimeout(() => {
      void updateWorkspaceWeights(database(), newContext(), workspaceId, draft).then(() =>
        setDraft((current) => (current === draft ? null : current)),
      );
    }, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, newContext, workspaceId]);

  return {
    weights,
    problems,
    pending: draft !== null,
    setWeight: (id, value) => {
      if (!Number.isFinite(value) || value < 0 || value > 1000) return;
      setDraft((current) => ({ ...(current ?? stored), [id]: value }));
    },
  };
}
