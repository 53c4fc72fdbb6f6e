import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest, screenshot } from './support/app';
import { enterDemoWorkspace, plain, UI, type Lang } from './support/clarte';

declare global {
  interface Window {
    __persistCalls: number;
  }
}

/** Counts the app's requests for persistent storage (the browser's answer is kept). */
function countPersistCalls(): void {
  window.__persistCalls = 0;
  const persist = navigator.storage.persist.bind(navigator.storage);
  navigator.storage.persist = () => {
    window.__persistCalls += 1;
    return persist();
  };
}

const TEXT = {
  en: {
    exportScreen: 'Export',
    title: 'Storage on this computer',
    space: /^Used here: [\d.,]+\s(kB|MB|GB)\. Left: about [\d.,]+\s(MB|GB) of [\d.,]+\s(MB|GB)\.$/,
    answer: /persistent storage (granted|not granted)/,
    advice: 'What to do',
  },
  fr: {
    exportScreen: 'Exporter',
    title: 'Stockage sur cet ordinateur',
    space:
      /^Utilisé ici : [\d,\s]+\s?(ko|Mo|Go)\. Reste : environ [\d,\s]+\s?(Mo|Go) sur [\d,\s]+\s?(Mo|Go)\.$/,
    answer: /stockage persistant (accordé|non accordé)/,
    advice: 'Que faire',
  },
} as const;

async function openDemo(page: Page, lang: Lang): Promise<void> {
  await enterDemoWorkspace(page, lang, 'Katherine Johnson');
}

describe('storage that lasts', () => {
  const session = appPerTest();

  it.each([
    ['en-US', 'en'],
    ['fr-FR', 'fr'],
  ] as const)(
    'asks for persistent storage only once there is real data, and shows the answer and the space (%s)',
    async (locale, lang) => {
      const app = await session.open({ locale, path: null });
      const { page } = app;
      await app.context.addInitScript(countPersistCalls);
      await page.goto('/');
      await openDemo(page, lang);
      const text = TEXT[lang];
      await page.getByRole('navigation').getByRole('link', { name: text.exportScreen }).click();
      const panel = page.locator('section, div').filter({
        has: page.getByRole('heading', { name: text.title, level: 2 }),
      });
      await page.getByRole('heading', { name: text.title, level: 2 }).waitFor();
      await expect
        .poll(async () => plain(await page.getByTestId('storage-space').textContent()))
        .toMatch(text.space);
      await page.getByRole('heading', { name: text.advice, level: 3 }).waitFor();
      // The demo as it came: nothing of one's own yet, nothing asked.
      expect(await page.evaluate(() => window.__persistCalls)).toBe(0);

      // Real data: a use case of one's own.
      await page.getByRole('navigation').getByRole('link', { name: UI[lang].useCases }).click();
      await page.getByRole('button', { name: UI[lang].newUseCase }).click();
      const dialog = page.getByRole('dialog', { name: UI[lang].newUseCase });
      await dialog.getByLabel(UI[lang].title).fill('Ours');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('navigation').getByRole('link', { name: text.exportScreen }).click();
      await page.getByRole('heading', { name: text.title, level: 2 }).waitFor();
      await expect.poll(() => page.evaluate(() => window.__persistCalls)).toBe(1);
      await expect
        .poll(async () =>
          plain(
            await page.getByRole('status').filter({ hasText: text.answer }).first().textContent(),
          ),
        )
        .toMatch(text.answer);
      expect(await panel.count()).toBeGreaterThan(0);
      await page.getByRole('heading', { name: text.title, level: 2 }).scrollIntoViewIfNeeded();
      await screenshot(page, `storage-panel-${lang}`);
    },
  );
});
