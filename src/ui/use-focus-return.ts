import { useEffect } from 'react';

/** What can take the focus: the first of these inside a neighbour is where the focus goes. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The element that had the focus outside any dialog most recently (the one that opened it). */
let lastOutside: HTMLElement | null = null;
let listening = false;

function listen(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('focusin', (event) => {
    const target = event.target;
    if (target instanceof HTMLElement && !target.closest('[role="dialog"], [role="alertdialog"]'))
      lastOutside = target;
  });
}

interface Opener {
  element: HTMLElement;
  /** Where to go if the opener is gone: its row's next and previous rows, then their container. */
  neighbours: Element[];
}

function openerOf(element: HTMLElement | null): Opener | null {
  if (!element?.isConnected) return null;
  const row = element.closest('li, tr, [role="row"], article') ?? element;
  const neighbours = [row.nextElementSibling, row.previousElementSibling].filter(
    (x): x is Element => x !== null,
  );
  const container = row.parentElement?.closest('section, [role="region"], main');
  if (container) neighbours.push(container);
  return { element, neighbours };
}

function focusable(element: Element): HTMLElement | null {
  if (!element.isConnected) return null;
  if (element.matches(FOCUSABLE)) return element as HTMLElement;
  const inside = element.querySelector<HTMLElement>(FOCUSABLE);
  if (inside) return inside;
  const heading = element.querySelector<HTMLElement>('h1, h2, h3');
  if (heading) heading.tabIndex = -1;
  return heading;
}

/**
 * After a dialog closed: the focus is somewhere meaningful, never on the page's body. Returns
 * true once there is nothing more to watch.
 */
function rescue(opener: Opener): boolean {
  const active = document.activeElement;
  if (active === opener.element && active.isConnected) return false; // its row may still go
  if (active && active !== document.body && active.isConnected) return true;
  if (opener.element.isConnected) {
    opener.element.focus();
    return false;
  }
  for (const neighbour of opener.neighbours) {
    const target = focusable(neighbour);
    if (target) {
      target.focus();
      return true;
    }
  }
  const title = document.querySelector<HTMLElement>('#main h1');
  if (title) {
    title.tabIndex = -1;
    title.focus();
  }
  return true;
}

/** Watches for 3 s after closing: React Aria restores the focus, then a live query may remove the row. */
const WATCH_TICKS = 30;
const TICK_MS = 100;

/**
 * A dialog gives the focus back to the element that opened it (React Aria does it). When that
 * element went with the dialog's action (a row deleted), the focus goes to a neighbour of it (the
 * next row's first control, else the previous row's, else the section), else to the screen's title.
 */
export function useFocusReturn(isOpen: boolean): void {
  listen();
  useEffect(() => {
    if (!isOpen) return;
    const from = openerOf(lastOutside);
    if (!from) return;
    // On closing, or when the dialog goes away with what it was shown over: watch a while,
    // beyond this component's life.
    return () => {
      let ticks = 0;
      const timer = window.setInterval(() => {
        if (rescue(from) || ++ticks >= WATCH_TICKS) window.clearInterval(timer);
      }, TICK_MS);
    };
  }, [isOpen]);
}

/** Focused elements inside these are the business of the dialog or menu that holds them. */
const LAYERED = '[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]';

let kept: Opener | null = null;

/**
 * The whole app: when the focused control disappears (its row deleted, its list redrawn), the
 * focus goes to a neighbour of it instead of falling to the page's body (WCAG 2.4.3, 2.4.11).
 * Controls inside dialogs and menus are left to them (React Aria gives the focus back).
 */
export function useFocusKeeper(): void {
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || target === document.body) return;
      kept = target.closest(LAYERED) ? null : openerOf(target);
    };
    const observer = new MutationObserver(() => {
      if (!kept || kept.element.isConnected) return;
      const active = document.activeElement;
      const from = kept;
      kept = null;
      if (active && active !== document.body) return;
      rescue(from);
    });
    document.addEventListener('focusin', onFocus);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocus);
      observer.disconnect();
    };
  }, []);
}
