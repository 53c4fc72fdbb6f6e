import { useCallback, useSyncExternalStore } from 'react';
import { changeContext, type ChangeContext } from '../db/change-context';

/** The name of the person at this browser: it signs every change in the audit trail. */
const ACTOR_KEY = 'clarte.actor';
const listeners = new Set<() => void>();

function read(): string {
  try {
    return localStorage.getItem(ACTOR_KEY)?.trim() ?? '';
  } catch {
    return '';
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === ACTOR_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function saveActorName(name: string): void {
  localStorage.setItem(ACTOR_KEY, name.trim());
  for (const l of listeners) l();
}

export function useActorName(): string {
  return useSyncExternalStore(subscribe, read, () => '');
}

/** A change context signed by the current person (the app asks the name before any change). */
export function useChangeContext(): () => ChangeContext {
  const actor = useActorName();
  return useCallback(() => changeContext(actor || '?'), [actor]);
}
