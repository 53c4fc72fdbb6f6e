/**
 * At 10,000 and 50,000 use cases, the workspace open: what a person does on its screens (type in a
 * filter, change a weight, open a business case, move a roadmap card, change the book's part),
 * each timed from the input to the next paint and to the painted result, with the longest
 * main-thread task until the page settled (issue 15 point 1: at most 200 ms at 10,000, 500 ms
 * at 50,000).
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { WorkspaceBundle } from '../../src/domain/schema/workspace-bundle';
import { freshPage } from './bench-browser';
import {
  INPUT_WATCHER,
  measureInteraction,
  quiet,
  type InteractionRun,
  type Stage,
} from './interaction-probes';
import { ourImport } from './page-probes';
import { MUTATION_WATCHER, openInApp } from './screens-bench';
import { stat, target, type Target } from './stats';

/** What is typed in the filters: it narrows 10,000 titles at each key (`Summarise contracts #12`). */
const WORD = 'contracts';
/** A person's pace when typing a word. */
const KEY_DELAY_MS = 120;
const RUNS = 3;
const ROWS = 'main table tbody tr[aria-rowindex] td:first-child';
const OPTIONS = '[role="listbox"] [role="option"]';
const BOOK_PART = '[data-testid="book-summary"]';
const BOOK_READY: Stage = { selector: '[data-testid="book-preparing"]', absent: true };

/** What a step waits for, and the person's input. */
interface Prepared {
  stages: Stage[];
  act: () => Promise<void>;
}

/** One measured step: prepares the page (untimed), then says what to wait for and what to do. */
interface Step {
  name: string;
  run: (page: Page, i: number) => Prepared | Promise<Prepared>;
}

interface Interaction {
  id: string;
  /** The screen it starts on (opened from inside the app, untimed). */
  screen: string;
  /** How many times its steps are measured (RUNS unless said). */
  runs?: number;
  steps: Step[];
}

const typeWord = (page: Page) => () => page.keyboard.type(WORD, { delay: KEY_DELAY_MS });
const eraseWord = (page: Page) => async () => {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
};
/**
 * The word typed in a filter (`field`), key by key, until every result (`results`) holds it;
 * then erased (select all, delete) until the results change.
 */
function wordInFilter(
  id: string,
  screen: string,
  what: string,
  { field, results }: { field: string; results: string },
): Interaction {
  return {
    id,
    screen,
    steps: [
      {
        name: `${what}: type "${WORD}"`,
        run: async (page) => {
          await page.locator(field).first().focus();
          const typed = { selector: field, value: WORD };
          return { stages: [typed, { selector: results, every: WORD }], act: typeWord(page) };
        },
      },
      {
        name: `${what}: erase it (select all, delete)`,
        run: (page) => ({ stages: [{ selector: results, changed: true }], act: eraseWord(page) }),
      },
    ],
  };
}

/** The exceptions inbox's owner filter set to its option at `index` (0: everyone). */
function ownerStep(name: string, index: number): Step {
  return {
    name,
    run: (page) => ({
      stages: [{ selector: 'main', changed: true }],
      act: async () => {
        await page
          .getByRole('combobox', { name: 'Owner', exact: true })
          .first()
          .selectOption({ index });
      },
    }),
  };
}
const RANKED_LINK = 'main table tbody tr[aria-rowindex] a[href$="/explanation"]';

/** The interactions, in the order they run (one page, one workspace). */
export const INTERACTIONS: readonly Interaction[] = [
  wordInFilter('use-cases-filter', 'use-cases', 'use cases: the filter', {
    field: 'main input[type="search"]',
    results: ROWS,
  }),
  wordInFilter('audit-filter', 'audit', 'audit trail: the use case filter', {
    field: 'main [role="combobox"]',
    results: OPTIONS,
  }),
  {
    id: 'exceptions-filter',
    screen: 'exceptions',
    steps: [
      ownerStep('exceptions: filter by an owner', 1),
      ownerStep('exceptions: back to everyone', 0),
    ],
  },
  {
    id: 'weight',
    screen: 'weights',
    steps: [
      {
        name: 'weights: move a weight one step (keyboard), until saved',
        run: async (page, i) => {
          await page.getByRole('slider', { name: /Strategic business value/ }).focus();
          const hint = 'main p[aria-live="polite"]';
          return {
            stages: [
              { selector: hint, includes: 'Saving' },
              { selector: hint, includes: 'Saved.' },
            ],
            act: () => page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft'),
          };
        },
      },
    ],
  },
  {
    id: 'business-case',
    screen: 'ranking',
    steps: [
      {
        name: 'ranking: open a use case (click to its page painted)',
        run: async (page, i) => {
          const ws = new URL(page.url()).pathname.split('/')[2] ?? '';
          if (!page.url().endsWith('/ranking')) {
            await page.locator(`a[href="/w/${ws}/ranking"]`).first().click();
            await page.locator(RANKED_LINK).first().waitFor();
            await quiet(page);
          }
          const link = page.locator(RANKED_LINK).nth(i);
          const title = (await link.textContent()) ?? '';
          return {
            stages: [{ selector: 'main h1', includes: title }],
            act: () => link.click(),
          };
        },
      },
      {
        name: 'use case: open its business case tab (sheet and charts painted)',
        run: (page) => ({
          stages: [{ selector: '[data-testid="business-case-page"] .recharts-polar-grid' }],
          act: () => page.getByRole('tab', { name: 'Business case' }).click(),
        }),
      },
    ],
  },
  {
    id: 'roadmap-suggest',
    screen: 'roadmap',
    runs: 1,
    steps: [
      {
        name: 'roadmap: apply the suggested roadmap',
        run: (page) => ({
          stages: [{ selector: 'section[data-column] [data-card]', changed: true }],
          act: () => applySuggestion(page),
        }),
      },
    ],
  },
  {
    id: 'roadmap-move',
    screen: 'roadmap',
    steps: [
      {
        name: 'roadmap: move a card down one place (its "Move to…" menu)',
        run: async (page) => {
          let column = await fullestWave(page);
          if (!column) {
            await applySuggestion(page);
            await page.locator('section[data-column] [data-card]').first().waitFor();
            await quiet(page, 750, 120_000);
            column = await fullestWave(page);
          }
          if (!column) throw new Error('no wave holds two cards to reorder');
          const cards = `section[data-column="${column}"] [data-card]`;
          await page.locator(`${cards} [data-move]`).first().click();
          const item = page.getByRole('menuitem', { name: 'Down one place' });
          await item.waitFor();
          return { stages: [{ selector: cards, changed: true }], act: () => item.click() };
        },
      },
    ],
  },
  {
    id: 'book',
    screen: 'book',
    steps: [
      {
        name: 'book: next or previous part of 50 (part painted)',
        run: async (page) => {
          const pager = page.getByRole('navigation', { name: /^Pages of/ }).first();
          const next = pager.getByRole('button', { name: 'Next' });
          const button = (await next.isEnabled())
            ? next
            : pager.getByRole('button', { name: 'Previous' });
          return {
            stages: [{ selector: BOOK_PART, changed: true }, BOOK_READY],
            act: () => button.click(),
          };
        },
      },
      {
        name: 'book: change the quadrant filter (part painted)',
        run: (page, i) => ({
          stages: [{ selector: BOOK_PART, changed: true }, BOOK_READY],
          act: async () => {
            const quadrant = page.getByLabel('Quadrant', { exact: true }).first();
            await quadrant.selectOption({ index: i % 2 === 0 ? 1 : 0 });
          },
        }),
      },
    ],
  },
];

async function applySuggestion(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Suggest a roadmap' }).click();
  await page.getByRole('button', { name: 'Replace with the suggestion' }).click();
}

/** The key of the wave with the most cards shown, if two or more (moves within need no reason). */
async function fullestWave(page: Page): Promise<string | null> {
  const key = await page.evaluate(() => {
    const columns = [...document.querySelectorAll<HTMLElement>('section[data-column]')];
    const waves = columns.filter((c) => !['backlog', 'out'].includes(c.dataset.column ?? ''));
    const count = (c: HTMLElement) => c.querySelectorAll('[data-card]').length;
    const fullest = waves.sort((a, b) => count(b) - count(a))[0];
    return fullest && count(fullest) >= 2 ? (fullest.dataset.column ?? null) : null;
  });
  return key;
}

export interface StepFigure {
  name: string;
  /** Medians over the runs (null: not measured, see `error`). */
  toNextPaintMs: number | null;
  toNextPaintMaxMs: number | null;
  resultMs: number | null;
  longestTaskMs: number | null;
  longestTaskMaxMs: number | null;
  runs: number;
  error?: string;
}

const median = (xs: number[]) => (xs.length ? stat(xs).median : null);
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : null);
const round = (x: number) => Math.round(x);

/** The figures of a step from its runs. */
function figuresOf(name: string, runs: readonly InteractionRun[], error?: string): StepFigure {
  const m = (xs: number[]) => (xs.length ? round(median(xs) ?? 0) : null);
  const top = (xs: number[]) => (xs.length ? round(Math.max(...xs)) : null);
  return {
    name,
    toNextPaintMs: m(runs.map((r) => median(r.toNextPaintMs) ?? 0)),
    toNextPaintMaxMs: top(runs.map((r) => max(r.toNextPaintMs) ?? 0)),
    // A run whose result was not painted before the timeout leaves the result unmeasured.
    resultMs: runs.some((r) => r.resultMs === null) ? null : m(runs.map((r) => r.resultMs ?? 0)),
    longestTaskMs: m(runs.map((r) => r.longestTaskMs)),
    longestTaskMaxMs: top(runs.map((r) => r.longestTaskMs)),
    runs: runs.length,
    ...(error
      ? { error }
      : runs.some((r) => r.resultMs === null)
        ? { error: 'result not painted before the timeout in some runs' }
        : {}),
  };
}

/**
 * An interaction's steps one after the other, `runs` times (a word typed then erased, typed
 * again…); a failing step ends the interaction, its page saved in bench-results/.
 */
async function measureSteps(
  page: Page,
  interaction: Interaction,
  timeoutMs: number,
): Promise<StepFigure[]> {
  const runs: InteractionRun[][] = interaction.steps.map(() => []);
  let error: { step: number; message: string } | null = null;
  for (let i = 0; i < (interaction.runs ?? RUNS) && !error; i++) {
    for (const [k, step] of interaction.steps.entries()) {
      try {
        const { stages, act } = await step.run(page, i);
        runs[k]?.push(await measureInteraction(page, stages, act, timeoutMs));
      } catch (e) {
        error = {
          step: k,
          message: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e),
        };
        mkdirSync('bench-results', { recursive: true });
        await page.screenshot({ path: `bench-results/interaction-${interaction.id}.png` });
        // A menu or a dialog may be left open: closed before the next interaction.
        await page.keyboard.press('Escape');
        break;
      }
    }
  }
  return interaction.steps.map((step, k) =>
    figuresOf(
      step.name,
      runs[k] ?? [],
      error && k >= error.step ? (k === error.step ? error.message : 'not reached') : undefined,
    ),
  );
}

/**
 * Every interaction (or those named in `only`) in one page where the workspace of n use cases is
 * open; returns the figures and one target per step (its longest task, median of the runs).
 */
export async function measureInteractions(
  browser: Browser,
  base: string,
  data: WorkspaceBundle,
  n: number,
  only?: readonly string[],
): Promise<{ report: { insertMs: number; steps: StepFigure[] }; targets: Target[] }> {
  const chosen = only ? INTERACTIONS.filter((x) => only.includes(x.id)) : INTERACTIONS;
  if (only && chosen.length < only.length)
    throw new Error(
      `--interact: interactions are among ${INTERACTIONS.map((x) => x.id).join(', ')}`,
    );
  const page = await freshPage(browser, base);
  await page.context().addInitScript({ content: MUTATION_WATCHER });
  await page.context().addInitScript({ content: INPUT_WATCHER });
  const insertMs = await ourImport(page, JSON.stringify(data));
  const ws = data.workspace.id;
  await page.goto(`/w/${ws}/ranking`);
  await page.locator('#main h1').first().waitFor({ timeout: 120_000 });
  await quiet(page, 750, 120_000);
  const label = n.toLocaleString('en');
  const taskLimit = n <= 10_000 ? 200 : 500;
  const timeoutMs = n <= 10_000 ? 120_000 : 300_000;
  const steps: StepFigure[] = [];
  const targets: Target[] = [];
  for (const interaction of chosen) {
    await openInApp(page, ws, interaction.screen);
    for (const figure of await measureSteps(page, interaction, timeoutMs)) {
      steps.push(figure);
      console.log(
        `   ${figure.name}: next paint ${figure.toNextPaintMs ?? 'n/a'} ms, result ${figure.resultMs ?? 'n/a'} ms, longest task ${figure.longestTaskMs ?? 'n/a'} ms${figure.error ? ` (${figure.error})` : ''}`,
      );
      targets.push(
        target(`longest task, ${figure.name}, N=${label}`, figure.longestTaskMs, 'ms', taskLimit),
      );
    }
  }
  await page.context().close();
  return { report: { insertMs, steps }, targets };
}

/** The steps as a Markdown table: per key and per result, the longest task against its target. */
export function formatInteractions(n: number, steps: readonly StepFigure[]): string {
  const limit = n <= 10_000 ? 200 : 500;
  const ms = (x: number | null) => (x === null ? 'n/a' : `${x.toLocaleString('en')} ms`);
  const rows = steps.map((s) => {
    const verdict =
      s.longestTaskMs === null ? 'not measured' : s.longestTaskMs <= limit ? 'PASS' : 'FAIL';
    return `| ${s.name} | ${ms(s.toNextPaintMs)} (max ${ms(s.toNextPaintMaxMs)}) | ${ms(s.resultMs)} | ${ms(s.longestTaskMs)} (max ${ms(s.longestTaskMaxMs)}) | ${limit} ms | ${verdict}${s.error ? ` (${s.error})` : ''} |`;
  });
  return [
    `| interaction, N=${n.toLocaleString('en')} | input to next paint, median (max) | to the painted result | longest task, median (max) | target | result |`,
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
