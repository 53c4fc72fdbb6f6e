import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';

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

/** One browser per spec file: call in beforeAll, close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
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

/** Full-page PNG in test/e2e/screenshots/<name>.png (git-ignored); returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const safeName = name.replace(/[^\w.-]+/g, '-');
  const file = path.join(SCREENSHOT_DIR, `${safeName}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Serious/critical WCAG 2 A/AA violations on the current page (empty array = pass). */
export async function checkAccessibility(page: Page): Promise<A11yViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((node) =>
        node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' | '),
      ),
    }));
}
