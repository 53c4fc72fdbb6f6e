import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { CHROMIUM_FLAGS } from './chromium-flags';

export type AppLocale = 'fr-FR' | 'en-US';

export interface OpenAppOptions {
  locale: AppLocale;
  /** Path (relative to the app) to navigate to; `null` leaves the page on about:blank. Default '/'. */
  path?: string | null;
  /** Extra Playwright context options (e.g. colorScheme, reducedMotion, timezoneId). */
  contextOptions?: BrowserContextOptions;
}

export interface OpenedApp {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught page errors and blocked third-party requests, in order. */
  problems: string[];
  close: () => Promise<void>;
}

export interface A11yViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));

export function appBaseURL(): string {
  return inject('baseURL');
}

/** The Chromium of this test worker, kept on globalThis so that every spec file it runs shares it. */
const SHARED_BROWSER = Symbol.for('clarte.e2e.sharedBrowser');
type BrowserHolder = typeof globalThis & { [SHARED_BROWSER]?: Promise<Browser> };

async function sharedBrowser(): Promise<Browser> {
  const holder = globalThis as BrowserHolder;
  const existing = await holder[SHARED_BROWSER]?.catch(() => undefined);
  if (existing?.isConnected()) return existing;
  const launching = chromium.launch({
    executablePath: inject('chromiumPath'),
    args: [...CHROMIUM_FLAGS],
  });
  holder[SHARED_BROWSER] = launching;
  // Playwright closes it when the worker process exits.
  return launching;
}

/**
 * The browser for a spec file: call in beforeAll, close it in afterAll. Launching Chromium costs
 * seconds on the shared machines, so one Chromium serves every spec file run by the same worker;
 * what a spec gets is that browser, whose `close()` closes only the contexts (and so the pages,
 * IndexedDB and localStorage) that this spec opened. Every context is isolated as before.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await sharedBrowser();
  const opened = new Set<BrowserContext>();
  const track = (context: BrowserContext): BrowserContext => {
    opened.add(context);
    context.once('close', () => opened.delete(context));
    return context;
  };
  const borrowed: Partial<Browser> = {
    newContext: async (options?: BrowserContextOptions) => track(await browser.newContext(options)),
    newPage: async (options?: BrowserContextOptions) => {
      const page = await browser.newPage(options);
      track(page.context());
      return page;
    },
    contexts: () => [...opened],
    close: async () => {
      await Promise.all([...opened].map((context) => context.close().catch(() => undefined)));
    },
  };
  return new Proxy(browser, {
    get(target, property) {
      if (Object.hasOwn(borrowed, property)) return borrowed[property as keyof Browser];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

/**
 * Fresh, isolated context (own IndexedDB/localStorage) + page on the built app.
 * Every request leaving the app origin is recorded in `problems` and aborted:
 * the app is local-first and must work offline.
 */
export async function openApp(browser: Browser, options: OpenAppOptions): Promise<OpenedApp> {
  const baseURL = appBaseURL();
  const appOrigin = new URL(baseURL).origin;
  const problems: string[] = [];

  const context = await browser.newContext({
    baseURL,
    locale: options.locale,
    viewport: { width: 1366, height: 900 },
    serviceWorkers: 'block',
    acceptDownloads: true,
    ...options.contextOptions,
  });

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === appOrigin) {
      await route.continue();
      return;
    }
    problems.push(`external request blocked: ${route.request().method()} ${url}`);
    await route.abort('blockedbyclient');
  });

  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    const where = url ? ` (${url}:${lineNumber})` : '';
    problems.push(`console.error: ${message.text()}${where}`);
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    problems.push(`pageerror: ${error.stack ?? error.message}`);
  });

  const page = await context.newPage();
  const target = options.path === undefined ? '/' : options.path;
  if (target !== null) await page.goto(target);

  return {
    page,
    context,
    problems,
    close: () => context.close(),
  };
}

/**
 * Throws with every collected problem when there is any. The array is emptied
 * first, so one failing test does not make the following ones fail too.
 */
export function expectNoProblems(problems: string[]): void {
  if (problems.length === 0) return;
  const list = problems.splice(0, problems.length);
  throw new Error(
    `${list.length} problem(s) in the page:\n${list.map((p) => `  - ${p}`).join('\n')}`,
  );
}

/**
 * Pictures (screenshots, printed pages turned into PNGs) are for a person to look at. CI runs in a
 * fresh clone that nobody opens, so with CI=true they are not written; E2E_SCREENSHOTS=1 writes
 * them anyway and E2E_SCREENSHOTS=0 skips them anywhere. No assertion depends on them.
 */
export function picturesWanted(): boolean {
  const flag = process.env.E2E_SCREENSHOTS;
  if (flag === '1') return true;
  if (flag === '0') return false;
  return process.env.CI !== 'true';
}

/** Folder of the pictures: test/e2e/screenshots/ (git-ignored). */
export function screenshotDir(): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return SCREENSHOT_DIR;
}

/**
 * Full-page PNG in test/e2e/screenshots/<name>.png (git-ignored); returns the path. Nothing is
 * written when pictures are not wanted (see picturesWanted).
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const safeName = name.replace(/[^\w.-]+/g, '-');
  const file = path.join(SCREENSHOT_DIR, `${safeName}.png`);
  if (!picturesWanted()) return file;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Pages of a PDF as PNGs (pdftoppm, 60 dpi: enough to judge a layout) named <prefix>-<n>.png
 * beside the screenshots; skipped when pictures are not wanted.
 */
export function pdfPagesToPng(pdfFile: string, prefix: string): void {
  if (!picturesWanted()) return;
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfFile, path.join(screenshotDir(), prefix)]);
}

/** Inserts a workspace bundle through the e2e build's test hook; returns the workspace id. */
export async function insertBundle(page: Page, bundle: unknown): Promise<string> {
  return page.evaluate(
    (json) =>
      (
        window as unknown as { __clarteTest: { insertBundle: (j: string) => Promise<string> } }
      ).__clarteTest.insertBundle(json),
    JSON.stringify(bundle),
  );
}

export interface AccessibilityOptions {
  /** CSS selectors of regions left out (e.g. another area's element checked by its own spec). */
  exclude?: string[];
  /**
   * Checks colour contrast too (default true). It is ~3/4 of axe's time and depends on the
   * styles, not on the words: a spec that walks the same screens in both languages can check it
   * in one (English) and every other rule (names, labels, roles, lang...) in both.
   */
  contrast?: boolean;
  /**
   * Also moderate violations, and axe's best-practice rules besides WCAG 2.0/2.1 A and AA (heading
   * order, landmarks, names of dialogs): issue 16 asks for 0 serious and 0 moderate.
   */
  strict?: boolean;
}

/**
 * Serious/critical WCAG 2 A/AA violations on the current page (empty array = pass); with `strict`,
 * moderate ones and best-practice rules too.
 * axe runs in the page itself (legacy mode): the app has no frames, and the default mode opens
 * and closes an extra blank page on every call to merge frame results, seconds each time.
 * Only violations are detailed (the passes are not serialised back), the rules are the same.
 */
export async function checkAccessibility(
  page: Page,
  options: AccessibilityOptions = {},
): Promise<A11yViolation[]> {
  // options() replaces the options object: it comes before withTags(), which adds runOnly to it.
  const strict = options.strict === true;
  let builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(
      strict
        ? ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
        : ['wcag2a', 'wcag2aa'],
    )
    .setLegacyMode();
  if (options.contrast === false) builder = builder.disableRules(['color-contrast']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations
    .filter(
      (v) =>
        v.impact === 'serious' || v.impact === 'critical' || (strict && v.impact === 'moderate'),
    )
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((node) =>
        node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' | '),
      ),
    }));
}

/**
 * The usual frame of a spec: one browser for the describe block, one app per test, and each test
 * failed by the console errors or external requests its app saw. Call it inside `describe`.
 */
export function appPerTest(): { open: (options: OpenAppOptions) => Promise<OpenedApp> } {
  let browser: Browser | undefined;
  let app: OpenedApp | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    const problems = app?.problems ?? [];
    await app?.close();
    app = undefined;
    expectNoProblems(problems);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    open: async (options) => {
      if (!browser) throw new Error('appPerTest: the browser is not launched yet');
      app = await openApp(browser, options);
      return app;
    },
  };
}
