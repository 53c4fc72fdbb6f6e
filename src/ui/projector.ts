import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let on = false;

function apply(): void {
  if (on) document.documentElement.dataset.projector = 'on';
  else delete document.documentElement.dataset.projector;
  for (const l of listeners) l();
}

/** Switches the projector view on or off (large type, high contrast, no editing chrome). */
function setProjector(value: boolean): void {
  on = value;
  apply();
}

export function toggleProjector(): void {
  setProjector(!on);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the projector view is on. */
export function useProjector(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => on,
    () => false,
  );
}

/** Whether a key press is meant for a field (typing), not for a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
}

/** A plain key press (no modifier), not while typing nor inside a dialog. */
export function isShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
  if (isTyping(event.target)) return false;
  if (
    event.target instanceof Element &&
    event.target.closest('[role="dialog"],[role="alertdialog"]')
  )
    return false;
  return true;
}
