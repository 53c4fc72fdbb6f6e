import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest, checkAccessibility, type A11yViolation } from './support/app';
import type { Lang } from './support/clarte';
import { everyScreen, openAddress, openDemoWorkspace, settle } from './support/every-screen';

/*
 * axe-core on every screen of router.tsx in both languages, with what opens over them (the
 * workspace "Actions" menu, a roadmap card's "Move to…" menu, an edit dialog): 0 critical,
 * 0 serious and 0 moderate, best-practice rules included (issue 16, "Quality").
 * Colour contrast depends on the styles, not the words: checked in English only.
 */
const WORDS = {
  en: { actions: /^Actions for /, newUseCase: 'New use case', moveTo: /^Move to… \(/ },
  fr: {
    actions: /^Actions pour /,
    newUseCase: 'Nouveau cas d’usage',
    moveTo: /^Déplacer vers… \(/,
  },
} as const;

function describeAll(where: string, violations: A11yViolation[]): string[] {
  return violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.targets.join(' ; ')}`);
}

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('axe-core on every screen in %s', (lang: Lang, locale) => {
  const session = appPerTest();

  it('finds no critical, serious or moderate violation', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    const workspaceId = await openDemoWorkspace(page, lang);
    await settle(page);
    const screens = await everyScreen(page, lang, workspaceId);
    const words = WORDS[lang];
    const check = (p: Page) => checkAccessibility(p, { strict: true, contrast: lang === 'en' });

    const found: string[] = [];
    for (const screen of screens) {
      await openAddress(page, screen);
      found.push(...describeAll(screen.name, await check(page)));

      if (screen.name === 'home') {
        await page.getByRole('button', { name: words.actions }).first().click();
        await page.getByRole('menu').waitFor();
        found.push(...describeAll('home, actions menu', await check(page)));
        await page.keyboard.press('Escape');
        await page.getByRole('menu').waitFor({ state: 'detached' });
      }
      if (screen.name === 'roadmap') {
        await page.getByRole('button', { name: words.moveTo }).first().click();
        await page.getByRole('menu').waitFor();
        found.push(...describeAll('roadmap, move menu', await check(page)));
        await page.keyboard.press('Escape');
        await page.getByRole('menu').waitFor({ state: 'detached' });
      }
      if (screen.name === 'use-cases') {
        await page.getByRole('button', { name: words.newUseCase }).click();
        await page.getByRole('dialog').waitFor();
        found.push(...describeAll('use cases, new dialog', await check(page)));
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      }
    }
    expect(found).toEqual([]);
  }, 600_000);
});
