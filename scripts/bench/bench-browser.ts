import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { buildLargeWorkspace } from '../../src/domain/demo/large-workspace';
import { CHROMIUM_FLAGS } from '../../test/e2e/support/chromium-flags';
import { paintWatcher } from './page-probes';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const NOW = '2026-11-01T09:00:00.000Z';
/** The matrix's plot: its marks are drawn (SVG or canvas) in the commit that inserts it. */
export const MATRIX_PLOT = 'main [data-testid="matrix-plot"]';

/** The seeded workspace of n use cases every measure uses. */
export function benchWorkspace(n: number) {
  return buildLargeWorkspace({ useCases: n, steps: 200, seed: 42, now: NOW, language: 'en' });
}

/** A build (`vite build --mode e2e`) served on 127.0.0.1, at a free port. */
export async function serveBuild(
  outDir: string,
  root?: string,
): Promise<{ base: string; close: () => Promise<void> }> {
  const server = await preview({
    ...(root === undefined ? {} : { root }),
    mode: 'e2e',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  return { base: server.resolvedUrls?.local[0] ?? '', close: () => server.close() };
}

/**
 * Runs a probe script's body against a served build in a fresh browser, then closes both; a
 * failure is printed and sets the exit code.
 */
export function runProbe(
  outDir: string,
  body: (browser: Browser, base: string) => Promise<void>,
): void {
  const run = async () => {
    const server = await serveBuild(outDir);
    const browser = await launch();
    try {
      await body(browser, server.base);
    } finally {
      await browser.close();
      await server.close();
    }
  };
  run().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    // The e2e tests' flags, and the precise heap size with gc() for the heap measure.
    args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
}

/** A fresh browser context on the app with a name already given and the first run settled. */
export async function freshPage(browser: Browser, base: string, settle = true): Promise<Page> {
  const context = await browser.newContext({
    baseURL: base,
    locale: 'en-US',
    viewport: { width: 1366, height: 900 },
  });
  // tsx (esbuild, keepNames) wraps functions with __name(); give the page a no-op of it.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript({ content: paintWatcher([MATRIX_PLOT]) });
  await context.addInitScript(() => {
    localStorage.setItem('clarte.actor', 'Benchmark');
    const tasks: number[] = [];
    (window as unknown as { __longtasks: number[] }).__longtasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await page.goto('/');
  if (settle) await page.getByRole('link', { name: /Maison Delorme/ }).waitFor();
  return page;
}
