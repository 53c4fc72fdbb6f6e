import type { Override } from '../schema/decision';
import type { RankedUseCase } from './rank-use-cases';

export interface DecidedPosition {
  id: string;
  /** The model's rank, never changed by an override. */
  computedRank: number;
  /** The position people decided (1 = first). */
  decidedRank: number;
  /** An active ranking override concerns this use case. */
  overridden: boolean;
  /** Its active ranking overrides, oldest first (the last one is the one applied). */
  overrideIds: string[];
}

const RANKING_ACTIONS = new Set<Override['action']>([
  'forceIntoTop',
  'forceOutOfTop',
  'setPosition',
]);

function moveTo(order: string[], id: string, position: number): void {
  const from = order.indexOf(id);
  if (from < 0) return;
  order.splice(from, 1);
  const index = Math.min(Math.max(position, 1), order.length + 1) - 1;
  order.splice(index, 0, id);
}

/**
 * PRODUCT.md idea 5 / SCORING.md section 7: the decided order from the computed one and the
 * active overrides (withdrawnAt null; wave overrides and unranked use cases are ignored).
 * forceIntoTop moves a use case outside the top K to position K; forceOutOfTop moves one inside
 * it to position K + 1; setPosition moves it to that position (at most the last). Per use case only
 * its latest override (by `at`, then input order) applies; they apply oldest first, so later
 * overrides win. Returned in the decided order.
 */
export function applyOverrides(
  ranked: readonly RankedUseCase[],
  overrides: readonly Override[],
  k: number,
): DecidedPosition[] {
  const computed = new Map(ranked.map((r) => [r.id, r.rank]));
  const active = overrides
    .map((o, index) => ({ o, index }))
    .filter(
      ({ o }) =>
        o.withdrawnAt === null && RANKING_ACTIONS.has(o.action) && computed.has(o.useCaseId),
    )
    .sort((a, b) => (a.o.at < b.o.at ? -1 : a.o.at > b.o.at ? 1 : a.index - b.index))
    .map(({ o }) => o);
  const idsByUseCase = new Map<string, string[]>();
  const latest = new Map<string, Override>();
  for (const o of active) {
    idsByUseCase.set(o.useCaseId, [...(idsByUseCase.get(o.useCaseId) ?? []), o.id]);
    latest.set(o.useCaseId, o);
  }
  const order = ranked.map((r) => r.id);
  for (const o of active) {
    if (latest.get(o.useCaseId) !== o) continue;
    const position = order.indexOf(o.useCaseId) + 1;
    if (o.action === 'forceIntoTop' && position > k) moveTo(order, o.useCaseId, k);
    else if (o.action === 'forceOutOfTop' && position <= k) moveTo(order, o.useCaseId, k + 1);
    else if (o.action === 'setPosition' && o.position !== null)
      moveTo(order, o.useCaseId, o.position);
  }
  return order.map((id, i) => {
    const overrideIds = idsByUseCase.get(id) ?? [];
    return {
      id,
      computedRank: computed.get(id) as number,
      decidedRank: i + 1,
      overridden: overrideIds.length > 0,
      overrideIds,
    };
  });
}
