import type { AuditEntry } from '../schema/audit-entry';

export type JsonValue = AuditEntry['before'];

/** A deep copy as plain JSON (drops undefined), so that it can be stored in an audit entry. */
export function toJson(value: unknown): JsonValue {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

const IGNORED = new Set(['updatedAt']);

/**
 * The fields that differ between two versions of a record, each side keeping only those
 * fields: what an audit entry shows as "before" and "after". Null when nothing changed.
 */
export function recordChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: JsonValue; after: JsonValue } | null {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      was[key] = before[key] ?? null;
      now[key] = after[key] ?? null;
    }
  }
  if (Object.keys(now).length === 0) return null;
  return { before: toJson(was), after: toJson(now) };
}
