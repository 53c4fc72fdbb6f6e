import type { UseCase } from '../schema/use-case';

/** The seven items of "clarity before automation" (SCORING.md section 12), in order. */
export const CLARITY_ITEMS = [
  'intention',
  'anchor',
  'owner',
  'dataSignals',
  'successMeasure',
  'humanLoop',
  'complianceNote',
] as const;
export type ClarityItem = (typeof CLARITY_ITEMS)[number];

export interface Clarity {
  /** How many of the seven items are filled (0..7). */
  filled: number;
  /** filled / 7 */
  share: number;
  /** Clear = all seven filled. */
  clear: boolean;
  missing: ClarityItem[];
}

const filled = (text: string) => text.trim().length > 0;

function has(useCase: UseCase, item: ClarityItem): boolean {
  switch (item) {
    case 'intention':
      return filled(useCase.intention);
    case 'anchor':
      return useCase.stepIds.length > 0;
    case 'owner':
      return filled(useCase.owner);
    case 'dataSignals':
      return filled(useCase.dataSignals);
    case 'successMeasure': {
      const m = useCase.successMeasure;
      return m.kpiId !== null && m.baseline !== null && m.target !== null;
    }
    case 'humanLoop': {
      const h = useCase.humanLoop;
      return h.automationLevel !== null && filled(h.exceptionOwner) && filled(h.howToPause);
    }
    case 'complianceNote':
      return filled(useCase.complianceNote);
  }
}

/**
 * A clarity is read, never changed: one frozen object per set of missing items (2^7 at most)
 * serves every use case with that set (a large workspace decides 50,000 at once).
 */
const BY_MISSING: Clarity[] = [];

function clarityMissing(mask: number): Clarity {
  const missing = CLARITY_ITEMS.filter((_, i) => (mask & (1 << i)) !== 0);
  const count = CLARITY_ITEMS.length - missing.length;
  return Object.freeze({
    filled: count,
    share: count / CLARITY_ITEMS.length,
    clear: missing.length === 0,
    missing: Object.freeze(missing) as ClarityItem[],
  });
}

/** SCORING.md section 12: the share of the seven clarity items a use case has filled. */
export function clarityOf(useCase: UseCase): Clarity {
  let mask = 0;
  for (let i = 0; i < CLARITY_ITEMS.length; i++) {
    if (!has(useCase, CLARITY_ITEMS[i] as ClarityItem)) mask |= 1 << i;
  }
  return (BY_MISSING[mask] ??= clarityMissing(mask));
}
