/**
 * When moving a card on the roadmap needs a reason (SCORING.md sections 7 and 12):
 *
 * - a move to another wave (or out of every wave) that contradicts the suggestion computed at
 *   the time of the move: the suggestion puts the use case somewhere else;
 * - a move of a use case that is not clear into the first wave ("Now").
 *
 * Either way the move is recorded as an override: `forceIntoWave` when the card lands in a
 * wave, `forceOutOfWave` when it leaves every wave. Reordering a card within its wave never
 * needs a reason.
 */
import type { SuggestedLocation } from './suggest-roadmap';

export type OverrideGround = 'contradictsSuggestion' | 'unclearIntoFirstWave';

export interface CardMove {
  /** The wave the card is in now (null: in no wave). */
  fromWaveId: string | null;
  /** The wave it is moved to (null: out of every wave, to the backlog). */
  toWaveId: string | null;
  /** The first wave of the roadmap (null: there is none). */
  firstWaveId: string | null;
  /** What the current suggestion says for this use case. */
  suggested: SuggestedLocation;
  /** clarityOf(useCase).clear */
  clear: boolean;
}

/** Why this move is an override (empty: it is not one). */
export function overrideGroundsOf(move: CardMove): OverrideGround[] {
  if (move.fromWaveId === move.toWaveId) return [];
  const grounds: OverrideGround[] = [];
  const agrees =
    move.toWaveId === null
      ? move.suggested.kind !== 'wave'
      : move.suggested.kind === 'wave' && move.suggested.waveId === move.toWaveId;
  if (!agrees) grounds.push('contradictsSuggestion');
  if (!move.clear && move.toWaveId !== null && move.toWaveId === move.firstWaveId) {
    grounds.push('unclearIntoFirstWave');
  }
  return grounds;
}

/** The override action of a move that needs one. */
export function overrideActionOf(toWaveId: string | null): 'forceIntoWave' | 'forceOutOfWave' {
  return toWaveId === null ? 'forceOutOfWave' : 'forceIntoWave';
}

/** The ids of a list once `id` is taken out of it and put back at `position` (clamped). */
export function placeAt(ids: readonly string[], id: string, position: number): string[] {
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(Math.trunc(position), rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
