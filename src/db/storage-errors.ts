/**
 * Every storage failure is classified here, in one place: the browsers name a full disk
 * differently, and Dexie may wrap it (an AbortError whose `inner` is the QuotaExceededError).
 */
export type StorageProblem = 'quota' | 'failed';

const QUOTA_NAMES = new Set([
  'QuotaExceededError',
  // Firefox
  'NS_ERROR_DOM_QUOTA_REACHED',
  'NS_ERROR_FILE_NO_DEVICE_SPACE',
]);

const STORAGE_NAMES = new Set([
  'AbortError',
  'DatabaseClosedError',
  'InvalidStateError',
  'UnknownError',
  'OpenFailedError',
  'TransactionInactiveError',
  'ReadOnlyError',
  'VersionError',
  'DataError',
  'BulkError',
]);

function nameOf(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return '';
}

function innerOf(error: unknown): unknown {
  if (!error || typeof error !== 'object') return undefined;
  if ('inner' in error && error.inner) return error.inner;
  if ('cause' in error && error.cause) return error.cause;
  return undefined;
}

/** 'quota' when the storage is full (at any depth of wrapping), 'failed' for another storage error, else null. */
function classifyStorageError(error: unknown): StorageProblem | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const name = nameOf(current);
    if (QUOTA_NAMES.has(name)) return 'quota';
    if (name === 'DOMException' || name === 'Error') {
      const code = (current as { code?: unknown }).code;
      if (code === 22 || code === 1014) return 'quota'; // legacy QUOTA_EXCEEDED_ERR / Firefox
    }
    current = innerOf(current);
  }
  const name = nameOf(error);
  return STORAGE_NAMES.has(name) || (name.endsWith('Error') && name.startsWith('Dexie'))
    ? 'failed'
    : null;
}

type Listener = (problem: StorageProblem) => void;
const listeners = new Set<Listener>();

/** Tells whoever listens (the banner) that a write failed; returns the classification. */
export function reportStorageError(error: unknown): StorageProblem | null {
  const problem = classifyStorageError(error);
  if (problem) for (const listener of listeners) listener(problem);
  return problem;
}

export function onStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
