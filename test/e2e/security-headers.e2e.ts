import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest, screenshot } from './support/app';
import { giveName, UI, type Lang } from './support/clarte';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

declare global {
  interface Window {
    __cspViolations: Violation[];
  }
}

/** Records every CSP violation of the page from its first script on (init scripts run first). */
function recordViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      source: `${event.sourceFile}:${event.lineNumber}`,
    });
  });
}

function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => window.__cspViolations);
}

const DEMO = /Maison Delorme/;

async function openDemo(page: Page, lang: Lang): Promise<void> {
  await page.goto('/');
  await giveName(page, lang, 'Grace Hopper');
  await page.getByRole('link', { name: DEMO }).first().click();
  await page.getByRole('heading', { name: UI[lang].useCases, level: 1 }).waitFor();
}

describe('the production headers', () => {
  const session = appPerTest();

  it('sends the security headers with the page', async () => {
    const { page } = await session.open({ locale: 'en-US', path: null });
    const response = await page.goto('/');
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
  });

  it("lets the page open a WebSocket to its own host (connect-src 'self'), and no other", async () => {
    const app = await session.open({ locale: 'en-US', path: null });
    const { page } = app;
    await app.context.addInitScript(recordViolations);
    await page.goto('/');
    // The same host's WebSocket (the live sessions' endpoint) is let out: it opens, or fails on
    // its own, but the policy does not block it; the other host's is blocked.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const ws = new WebSocket(`ws://${location.host}/live`);
          ws.onopen = () => {
            ws.close();
            resolve();
          };
          ws.onerror = () => resolve();
          try {
            new WebSocket('ws://example.invalid/live').onerror = () => undefined;
          } catch {
            // refused by the policy: reported below as a violation
          }
        }),
    );
    await expect
      .poll(async () => (await violations(page)).map((v) => [v.directive, v.blocked]))
      .toEqual([['connect-src', 'ws://example.invalid/live']]);
    // Chromium also reports the blocked connection in the console, which this test expects.
    await expect.poll(() => app.problems.some((p) => p.includes('example.invalid'))).toBe(true);
    const unrelated = /WebSocket connection to '.*' failed|example\.invalid/;
    const others = app.problems.filter((problem) => !unrelated.test(problem));
    app.problems.length = 0;
    expect(others).toEqual([]);
  });

  it.each([
    ['en-US', 'en'],
    ['fr-FR', 'fr'],
  ] as const)(
    'opens every screen of the demo workspace (%s) with no CSP violation and no console error',
    async (locale, lang) => {
      const app = await session.open({ locale, path: null });
      const { page } = app;
      await app.context.addInitScript(recordViolations);
      await openDemo(page, lang);
      const navigation = page.getByRole('navigation').getByRole('link');
      const names = (await navigation.allTextContents()).map((name) => name.trim());
      expect(names).toContain(UI[lang].ranking);
      expect(names.length).toBeGreaterThanOrEqual(14);
      for (const name of names) {
        const link = page.getByRole('navigation').getByRole('link', { name, exact: true });
        await link.click();
        await link.and(page.locator('[aria-current="page"]')).waitFor();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        // Let the screen's lazy parts, charts and workers run.
        await page.waitForLoadState('networkidle');
      }
      await screenshot(page, `security-headers-last-screen-${lang}`);
      expect(await violations(page)).toEqual([]);
      expect(app.problems).toEqual([]);
    },
    150_000,
  );
});
