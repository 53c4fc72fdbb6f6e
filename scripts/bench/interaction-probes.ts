/**
 * Measuring one interaction in the page: from the person's input (keys, clicks, a select's
 * change) to the next paint, to the painted result, and the longest main-thread task meanwhile.
 * Everything is timed in the page, so Playwright's round trips are not counted.
 */
import type { Page } from 'playwright-core';

/** A state of the page an interaction waits for; with no condition, something matches. */
export interface Stage {
  selector: string;
  /** The matches' text differs from what it was when the watch began. */
  changed?: boolean;
  /** Their joined text includes this (case-insensitive). */
  includes?: string;
  /** Every match's text includes this (case-insensitive). */
  every?: string;
  /** Every match's value (an input) is this. */
  value?: string;
  /** Nothing matches. */
  absent?: boolean;
}

/**
 * An init script: each input event (key, pointer, input, change) with the time of the next paint
 * after it (the first task after the next animation frame), in `__inputs`; the long tasks with
 * their start, in `__tasks`.
 */
export const INPUT_WATCHER = `(() => {
  const inputs = (window.__inputs = []);
  const record = (e) => {
    const entry = { type: e.type, at: e.timeStamp, paint: null };
    inputs.push(entry);
    requestAnimationFrame(() => setTimeout(() => (entry.paint = performance.now()), 0));
  };
  for (const type of ['keydown', 'keyup', 'pointerdown', 'pointerup', 'input', 'change'])
    window.addEventListener(type, record, { capture: true });
  const tasks = (window.__tasks = []);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

interface InputRecord {
  type: string;
  at: number;
  paint: number | null;
}
interface Watch {
  startedAt: number;
  inputsFrom: number;
  doneAt: number | null;
}
type Probed = Window & {
  __inputs: InputRecord[];
  __tasks: { start: number; duration: number }[];
  __watch: Watch;
  __lastMutation: number;
};

/** Starts watching, before the action, for the stages to be reached one after the other. */
async function watch(page: Page, stages: readonly Stage[]): Promise<void> {
  await page.evaluate((wanted) => {
    const w = window as unknown as Probed;
    const matches = (s: string) => [...document.querySelectorAll(s)];
    const text = (s: string) => matches(s).map((e) => e.textContent ?? '');
    const before = wanted.map((s) => text(s.selector).join('\u0001'));
    const state: Watch = {
      startedAt: performance.now(),
      inputsFrom: w.__inputs.length,
      doneAt: null,
    };
    w.__watch = state;
    const holds = (s: (typeof wanted)[number], i: number) => {
      const found = matches(s.selector);
      if (s.absent) return found.length === 0;
      if (found.length === 0) return false;
      const texts = found.map((e) => (e.textContent ?? '').toLowerCase());
      if (s.changed && texts.join('\u0001') === before[i]?.toLowerCase()) return false;
      if (s.includes && !texts.join(' ').includes(s.includes.toLowerCase())) return false;
      if (s.every && !texts.every((x) => x.includes(s.every?.toLowerCase() ?? ''))) return false;
      if (s.value !== undefined)
        return found.every((e) => (e as HTMLInputElement).value === s.value);
      return true;
    };
    let stage = 0;
    const look = () => {
      while (stage < wanted.length && holds(wanted[stage] ?? { selector: '' }, stage)) stage++;
      if (stage < wanted.length) requestAnimationFrame(look);
      // The frame that shows the result paints before the next animation frame starts.
      else requestAnimationFrame(() => (state.doneAt = performance.now()));
    };
    requestAnimationFrame(look);
  }, stages);
}

/** Waits until the page has not changed for `quietMs` (its content settled), at most `maxMs`. */
export async function quiet(page: Page, quietMs = 500, maxMs = 60_000): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    const calm = await page.evaluate(
      () => performance.now() - (window as unknown as Probed).__lastMutation,
    );
    if (calm >= quietMs || Date.now() - t0 > maxMs) return;
    await page.waitForTimeout(100);
  }
}

export interface InteractionRun {
  /** Per key pressed (or the one click/change): its input to the next paint, in ms. */
  toNextPaintMs: number[];
  /** From the first input to the painted result (null: not painted before the timeout). */
  resultMs: number | null;
  /** The longest main-thread task from the first input until the page settled. */
  longestTaskMs: number;
}

/**
 * One interaction: watch for `stages`, `act` (the person's input), wait for the result and for
 * the page to settle, and read the times in the page.
 */
export async function measureInteraction(
  page: Page,
  stages: readonly Stage[],
  act: () => Promise<void>,
  timeoutMs: number,
): Promise<InteractionRun> {
  await watch(page, stages);
  await act();
  // A result not painted in time is reported as such (null), with the tasks seen until then.
  const painted = await page
    .waitForFunction(() => (window as unknown as Probed).__watch.doneAt !== null, null, {
      timeout: timeoutMs,
      polling: 100,
    })
    .then(() => true)
    .catch(() => false);
  if (painted) await quiet(page);
  const { inputs, tasks, doneAt, startedAt } = await page.evaluate(() => {
    const w = window as unknown as Probed;
    return {
      inputs: w.__inputs.slice(w.__watch.inputsFrom),
      tasks: w.__tasks,
      doneAt: w.__watch.doneAt,
      startedAt: w.__watch.startedAt,
    };
  });
  const firstInput = inputs[0]?.at ?? startedAt;
  // One group per key pressed (from its keydown), else one for the whole click or change.
  const groups: InputRecord[][] = [];
  for (const input of inputs) {
    if (input.type === 'keydown' || groups.length === 0) groups.push([]);
    groups[groups.length - 1]?.push(input);
  }
  const toNextPaintMs = groups.map((g) =>
    Math.max(0, ...g.map((x) => (x.paint === null ? 0 : x.paint - x.at))),
  );
  const longestTaskMs = Math.max(
    0,
    ...tasks.filter((t) => t.start + t.duration >= firstInput).map((t) => t.duration),
  );
  return {
    toNextPaintMs,
    resultMs: doneAt === null ? null : Math.max(0, doneAt - firstInput),
    longestTaskMs,
  };
}
