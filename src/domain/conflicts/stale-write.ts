/**
 * A write refused because the record changed since the person opened it (another tab saved it):
 * `current` is the record as it is now (null: deleted since), `seen` as it was when the dialog
 * opened (the whole record, or only the fields the dialog edits).
 */
export class StaleWriteError<T = unknown> extends Error {
  override readonly name = 'StaleWriteError';
  constructor(
    readonly current: T | null,
    readonly seen: unknown,
  ) {
    super('The record changed since it was opened (another tab saved it).');
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether a record is still as the person saw it: every field of `seen` (the whole record, or the
 * fields a dialog edits) has the same value in `current`. A record deleted since is not.
 */
export function isAsSeen(current: unknown, seen: unknown): boolean {
  if (current === null || current === undefined) return seen === null || seen === undefined;
  if (typeof seen !== 'object' || seen === null || typeof current !== 'object') {
    return same(current, seen);
  }
  const now = current as Record<string, unknown>;
  return Object.entries(seen).every(([key, value]) => same(now[key], value));
}

/** Refuses (StaleWriteError) a write over a record that is no longer as the person saw it. */
export function refuseIfChanged<T>(current: T | null | undefined, seen: unknown): void {
  if (seen !== undefined && !isAsSeen(current, seen)) {
    throw new StaleWriteError<T>(current ?? null, seen);
  }
}
