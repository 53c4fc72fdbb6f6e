/**
 * "Suggest a roadmap" (PRODUCT.md idea 3: start internal). The rule, applied in this order:
 *
 * 1. Done and abandoned use cases are left out of the suggestion altogether.
 * 2. A use case still to score (no quadrant) goes to the backlog (reason `toScore`).
 * 3. Deprioritise -> out (`deprioritised`); fill-in -> backlog (`fillIn`).
 * 4. Internal quick win -> the first wave (Now, `internalQuickWin`); external quick win -> the
 *    second (Next, `externalQuickWin`); strategic bet -> the third (Later, `strategicBet`).
 *    With fewer waves, the target is the last wave there is.
 * 5. A use case that is not clear (SCORING.md section 12) is never put in the first wave: it
 *    goes to the second one instead (`unclearNotNow`); with a single wave, to the backlog.
 * 6. Waves are filled in order. A wave's candidates (its own and those that overflowed from the
 *    wave before) are sorted by rank; the first `capacity` stay (no capacity: all stay), the
 *    others move to the next wave (`overflow`); after the last wave, to the backlog
 *    (`overCapacity`). With no wave at all, everything that would go to a wave is in the
 *    backlog (`noWave`).
 * 7. Within a wave, in the backlog and in the out list, use cases are ordered by rank (those
 *    to score last, in the order given).
 * 8. Recorded overrides come first (issue 16): a use case forced into a wave is put there
 *    (`override`, whatever its quadrant, clarity or the wave's capacity, and it takes a place
 *    of that capacity); one forced out of a wave is never put in it: it goes to the next
 *    wave the rule allows, else the backlog (`override`).
 * 9. With a chosen portfolio used as the roadmap (issue 20), its waves replace rules 2 to 5: a
 *    use case of the portfolio goes to the wave the portfolio gave it (`portfolio`; the last wave
 *    there is when the portfolio has more), any other active one to the backlog
 *    (`notInPortfolio`). Overrides (rule 8) and capacities (rule 6) still apply.
 */
import type { Quadrant } from '../scoring/quadrant';
import type { Scope, UseCaseStatus } from '../schema/use-case';

export interface RoadmapCandidate {
  id: string;
  scope: Scope;
  status: UseCaseStatus;
  /** clarityOf(useCase).clear */
  clear: boolean;
  /** From the ranking; null when the use case is still to score. */
  rank: number | null;
  quadrant: Quadrant | null;
  /** A recorded override forcing it into this wave (forceIntoWave in force). */
  forcedWaveId?: string | null;
  /** Waves a recorded override keeps it out of (forceOutOfWave in force). */
  excludedWaveIds?: readonly string[];
}

/** A wave as the suggestion sees it, in position order. */
export interface WaveSlot {
  id: string;
  /** null: no limit. */
  capacity: number | null;
}

export const PLACEMENT_REASONS = [
  'internalQuickWin',
  'externalQuickWin',
  'strategicBet',
  'unclearNotNow',
  'overflow',
  'overCapacity',
  'noWave',
  'fillIn',
  'toScore',
  'deprioritised',
  'override',
  'portfolio',
  'notInPortfolio',
] as const;
export type PlacementReason = (typeof PLACEMENT_REASONS)[number];

export interface Placement {
  useCaseId: string;
  reason: PlacementReason;
}

export interface SuggestedWave {
  waveId: string;
  placements: Placement[];
}

export interface RoadmapSuggestion {
  waves: SuggestedWave[];
  backlog: Placement[];
  out: Placement[];
}

export type SuggestedLocation =
  | { kind: 'wave'; waveId: string; reason: PlacementReason }
  | { kind: 'backlog'; reason: PlacementReason }
  | { kind: 'out'; reason: PlacementReason }
  /** Done or abandoned: the suggestion does not place it. */
  | { kind: 'none' };

const INACTIVE: ReadonlySet<UseCaseStatus> = new Set(['done', 'abandoned']);

/** Ranked first, by rank; then those to score, in the order given (a stable sort). */
function byRank(a: RoadmapCandidate, b: RoadmapCandidate): number {
  return (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) || 0;
}

interface Pending {
  candidate: RoadmapCandidate;
  reason: PlacementReason;
}

/** Which wave (index) the quadrant and scope call for, before clarity and capacity. */
function target(c: RoadmapCandidate): { index: number; reason: PlacementReason } | null {
  if (c.quadrant !== 'quickWin' && c.quadrant !== 'strategicBet') return null;
  if (c.quadrant === 'strategicBet') return { index: 2, reason: 'strategicBet' };
  return c.scope === 'internal'
    ? { index: 0, reason: 'internalQuickWin' }
    : { index: 1, reason: 'externalQuickWin' };
}

export function suggestRoadmap(
  candidates: readonly RoadmapCandidate[],
  waves: readonly WaveSlot[],
  /** The chosen portfolio used as the roadmap: use case id -> its wave (0 = first). */
  portfolio?: ReadonlyMap<string, number>,
): RoadmapSuggestion {
  const active = candidates.filter((c) => !INACTIVE.has(c.status));
  const sorted = [...active].sort(byRank);
  const backlog: Pending[] = [];
  const out: Pending[] = [];
  const perWave: Pending[][] = waves.map(() => []);
  const last = waves.length - 1;

  const forced = new Map<number, Pending[]>();
  for (const c of sorted) {
    const forcedIndex = waves.findIndex((w) => w.id === c.forcedWaveId);
    if (forcedIndex >= 0) {
      const pinned = forced.get(forcedIndex) ?? [];
      pinned.push({ candidate: c, reason: 'override' });
      forced.set(forcedIndex, pinned);
      continue;
    }
    if (portfolio) {
      const wave = portfolio.get(c.id);
      if (wave === undefined) backlog.push({ candidate: c, reason: 'notInPortfolio' });
      else if (waves.length === 0) backlog.push({ candidate: c, reason: 'noWave' });
      else perWave[Math.min(wave, last)]?.push({ candidate: c, reason: 'portfolio' });
      continue;
    }
    if (c.quadrant === null) backlog.push({ candidate: c, reason: 'toScore' });
    else if (c.quadrant === 'deprioritise') out.push({ candidate: c, reason: 'deprioritised' });
    else if (c.quadrant === 'fillIn') backlog.push({ candidate: c, reason: 'fillIn' });
    else {
      const aim = target(c);
      if (!aim) continue;
      if (waves.length === 0) {
        backlog.push({ candidate: c, reason: 'noWave' });
        continue;
      }
      let index = Math.min(aim.index, last);
      let reason = aim.reason;
      if (index === 0 && !c.clear) {
        index = 1;
        reason = 'unclearNotNow';
      }
      const excluded = new Set(c.excludedWaveIds ?? []);
      if (index <= last && excluded.has(waves[index]?.id ?? '')) {
        while (index <= last && excluded.has(waves[index]?.id ?? '')) index++;
        reason = 'override';
      }
      if (index > last) backlog.push({ candidate: c, reason });
      else perWave[index]?.push({ candidate: c, reason });
    }
  }

  const result: SuggestedWave[] = [];
  let overflow: Pending[] = [];
  waves.forEach((wave, i) => {
    const here = [...(perWave[i] ?? []), ...overflow].sort((a, b) =>
      byRank(a.candidate, b.candidate),
    );
    const pinned = forced.get(i) ?? [];
    const room = wave.capacity === null ? here.length : Math.max(0, wave.capacity - pinned.length);
    const excluded = (p: Pending) => (p.candidate.excludedWaveIds ?? []).includes(wave.id);
    const fits = here.filter((p) => !excluded(p));
    overflow = [
      ...here.filter(excluded),
      ...fits.slice(room).map((p) => ({ candidate: p.candidate, reason: 'overflow' as const })),
    ];
    result.push({
      waveId: wave.id,
      placements: [...pinned, ...fits.slice(0, room)]
        .sort((a, b) => byRank(a.candidate, b.candidate))
        .map((p) => ({ useCaseId: p.candidate.id, reason: p.reason })),
    });
  });
  for (const p of overflow) backlog.push({ candidate: p.candidate, reason: 'overCapacity' });

  const toPlacements = (list: Pending[]) =>
    [...list]
      .sort((a, b) => byRank(a.candidate, b.candidate))
      .map((p) => ({ useCaseId: p.candidate.id, reason: p.reason }));
  return { waves: result, backlog: toPlacements(backlog), out: toPlacements(out) };
}

/** Each suggestion's locations by use case id, built once (the board asks for every card). */
const LOCATIONS = new WeakMap<RoadmapSuggestion, Map<string, SuggestedLocation>>();

function locationsOf(suggestion: RoadmapSuggestion): Map<string, SuggestedLocation> {
  const known = LOCATIONS.get(suggestion);
  if (known) return known;
  const index = new Map<string, SuggestedLocation>();
  const put = (id: string, where: SuggestedLocation) => {
    if (!index.has(id)) index.set(id, where);
  };
  for (const wave of suggestion.waves)
    for (const p of wave.placements)
      put(p.useCaseId, { kind: 'wave', waveId: wave.waveId, reason: p.reason });
  for (const p of suggestion.backlog) put(p.useCaseId, { kind: 'backlog', reason: p.reason });
  for (const p of suggestion.out) put(p.useCaseId, { kind: 'out', reason: p.reason });
  LOCATIONS.set(suggestion, index);
  return index;
}

/**
 * Where the suggestion puts one use case. Constant time: the suggestion's index is built on the
 * first call (asking it for each of n use cases used to scan every placement: n² at 10,000).
 */
export function suggestedLocationOf(
  suggestion: RoadmapSuggestion,
  useCaseId: string,
): SuggestedLocation {
  return locationsOf(suggestion).get(useCaseId) ?? { kind: 'none' };
}
