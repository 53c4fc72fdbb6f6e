import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest, screenshot } from './support/app';
import { enterDemoWorkspace, giveName, grouped, plain, type Lang } from './support/clarte';
import { goInside, settle } from './support/every-screen';
import { openLargeWorkspace } from './support/large-workspace';

// What a new user tripped on in the production build (explorer round of 2026-12-05): a search of
// the use cases that matched nothing showed an empty table and no word; the French placeholder of
// that search was cut; the business case printed "Nom (3): …" in French; and ranks and workshop
// counts of four digits and more were not grouped ("Rang 3221 sur 9 028").

/** The demo workspace holds 15 use cases (its card on the home page says so). */
const DEMO_USE_CASES = 15;
const USE_CASES = 1500;

/** What the user reads (kept here, not taken from the app). */
const T = {
  en: {
    rank: 'Rank',
    scored: (done: string, total: string) => `${done} of ${total} use cases scored`,
    rankOf: (rank: string, total: string) => `Rank ${rank} of ${total}`,
    ranked: /^([\d,]+) ranked/,
  },
  fr: {
    rank: 'Rang',
    scored: (done: string, total: string) => `${done} cas d’usage sur ${total} évalués`,
    rankOf: (rank: string, total: string) => `Rang ${rank} sur ${total}`,
    ranked: /^([\d\u202f]+) classés/,
  },
} as const;

/** The text of the main region, spaces kept as they are (a grouping space is part of a number). */
const mainText = (page: Page) => page.locator('main').innerText();

describe('explorer: searching the use cases, in French', () => {
  const session = appPerTest();
  /** A new person, Ada Lovelace, in the French demo workspace. */
  const openDemoInFrench = async () => {
    const { page } = await session.open({ locale: 'fr-FR' });
    await page.goto('/');
    await enterDemoWorkspace(page, 'fr', 'Ada Lovelace');
    return page;
  };

  it('says when nothing matches, clears the search back into the field, and counts the matches', async () => {
    const page = await openDemoInFrench();
    const search = page.getByRole('searchbox');
    const rows = page.locator('main table tbody tr');
    await expect.poll(() => rows.count()).toBe(DEMO_USE_CASES);

    // The placeholder, "Rechercher par titre ou étiquette", shows whole in its field: the same
    // text typed in does not scroll (the field keeps the room of its clear button either way).
    const room = await search.evaluate((input: HTMLInputElement) => {
      const typed = input.value;
      input.value = input.placeholder;
      const measured = { text: input.value, needs: input.scrollWidth, has: input.clientWidth };
      input.value = typed;
      return measured;
    });
    expect(room.text).toBe('Rechercher par titre ou étiquette');
    expect(room.needs).toBeLessThanOrEqual(room.has);

    await search.fill('zzzqqq');
    const status = page.locator('main [role="status"]');
    await expect
      .poll(async () => plain(await status.textContent()))
      .toBe('Aucun cas d’usage ne correspond à « zzzqqq ».');
    expect(await rows.count()).toBe(0);
    await screenshot(page, 'explorer-search-none-fr');

    await page.getByRole('button', { name: 'Effacer la recherche' }).click();
    await expect.poll(() => rows.count()).toBe(DEMO_USE_CASES);
    expect(await search.inputValue()).toBe('');
    expect(await search.evaluate((input) => input === document.activeElement)).toBe(true);

    await search.fill('agent conversationnel');
    await expect.poll(async () => plain(await status.textContent())).toBe('1 cas d’usage trouvé.');
    expect(await rows.count()).toBe(1);
  }, 120_000);

  it('says on the ranking when its filters leave nothing, instead of an empty table', async () => {
    const page = await openDemoInFrench();
    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Classement', exact: true })
      .click();
    const table = page.getByRole('table', { name: 'Cas d’usage classés' });
    await table.waitFor();
    // The one idea of the demo is not scored yet: no ranked use case is an idea.
    await page.getByRole('combobox', { name: /^Statut/ }).selectOption({ label: 'Idée' });
    await expect
      .poll(() => page.getByText('Aucun cas d’usage classé ne correspond à ces filtres.').count())
      .toBe(1);
    expect(await table.count()).toBe(0);
    await page.getByRole('combobox', { name: /^Statut/ }).selectOption({ label: 'Tous' });
    await table.waitFor();
  }, 120_000);

  it('replaces the demo by its backup: reading first (no "0 of 1"), then the focus in the panel', async () => {
    const page = await openDemoInFrench();
    await page.getByRole('navigation').getByRole('link', { name: 'Exporter', exact: true }).click();
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Sauvegarde de cet espace (JSON)' }).click();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clarte-explorer-')), 'demo.json.gz');
    await (await downloaded).saveAs(file);

    await goInside(page, '/');
    await page.locator('input[type="file"]').first().setInputFiles(file);
    const target = page.getByRole('combobox', { name: 'Espace à remplacer (facultatif)' });
    await target.selectOption({ label: 'Démo – Maison Delorme Distribution' });
    // Every text the import's progress says, in order, as the page shows them.
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      const listen = () => {
        for (const status of document.querySelectorAll('main [role="status"]')) {
          const text = status.textContent ?? '';
          if (!text.startsWith('Sauvegarde du') && said.at(-1) !== text) said.push(text);
        }
      };
      new MutationObserver(listen).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await page.getByRole('button', { name: 'Remplacer l’espace choisi' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByRole('button', { name: 'Remplacer', exact: true }).click();
    await page.getByText('L’espace a été remplacé par la sauvegarde.').waitFor();

    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said[0]).toBe('Lecture du fichier…');
    const counts = said.filter((text) => text.includes('enregistrements écrits'));
    expect(counts.some((text) => /sur 1$/.test(text))).toBe(false);
    // The buttons pressed are gone: the focus stays in the import's panel, not lost to the page.
    const panel = page.locator('section').filter({
      has: page.getByRole('heading', { name: 'Importer une sauvegarde' }),
    });
    await expect
      .poll(() =>
        panel.evaluate((section) => {
          const focused = document.activeElement;
          return focused !== null && focused !== document.body && section.contains(focused);
        }),
      )
      .toBe(true);
  }, 120_000);

  it('prints each rater’s rationale on the business case with the French colon', async () => {
    const page = await openDemoInFrench();
    await page
      .getByRole('link', { name: 'Agent conversationnel du service client' })
      .first()
      .click();
    await page.getByRole('tab', { name: 'Fiche business case' }).click();
    const sheet = page.locator('main');
    await expect
      .poll(async () => plain(await sheet.textContent()))
      .toContain('Camille Durand (3) : Absorbe une part des 95 000 demandes annuelles.');
    expect(plain(await sheet.textContent())).not.toMatch(/\(\d\): /);
  }, 120_000);
});

describe(`explorer: ranks and counts of ${grouped(USE_CASES, 'en')} use cases are grouped`, () => {
  const session = appPerTest();

  for (const lang of ['en', 'fr'] as const satisfies readonly Lang[]) {
    it(`${lang}: on the ranking, a use case's page, the workshop and the participants`, async () => {
      const { page } = await session.open({ locale: lang === 'en' ? 'en-US' : 'fr-FR' });
      await page.goto('/');
      await giveName(page, lang, 'Ada Lovelace');
      const { workspaceId, bundle } = await openLargeWorkspace(page, 'ranking', {
        useCases: USE_CASES,
        steps: 20,
        seed: 5,
        language: lang,
      });
      await settle(page);
      const lead = page.locator('main h1 + p').first();
      const ranked = T[lang].ranked.exec((await lead.textContent()) ?? '');
      expect(ranked).not.toBeNull();
      const rankedCount = Number(ranked![1]!.replace(/\D/g, ''));
      expect(rankedCount).toBeGreaterThan(999);
      expect(ranked![1]).toBe(grouped(rankedCount, lang));

      // The last ranked first: its rank is the number of ranked use cases.
      await page
        .getByRole('columnheader', { name: new RegExp(`^${T[lang].rank}`) })
        .getByRole('button')
        .click();
      const firstRow = page.locator('main table tbody tr').first();
      await expect
        .poll(async () => (await firstRow.locator('td').first().innerText()).trim())
        .toBe(grouped(rankedCount, lang));
      await screenshot(page, `explorer-ranking-grouped-${lang}`);

      await firstRow.getByRole('link').first().click();
      await page.waitForURL(/\/use-cases\/[^/]+/);
      await settle(page);
      await expect
        .poll(() => mainText(page))
        .toContain(T[lang].rankOf(grouped(rankedCount, lang), grouped(rankedCount, lang)));

      await goInside(page, `/w/${workspaceId}/workshop`);
      await settle(page);
      await expect
        .poll(() => mainText(page))
        .toContain(T[lang].scored(grouped(rankedCount, lang), grouped(USE_CASES, lang)));

      await goInside(page, `/w/${workspaceId}/participants`);
      await settle(page);
      const participant = bundle.participants[0]!;
      const cards = bundle.scorecards.filter((c) => c.participantId === participant.id).length;
      expect(cards).toBeGreaterThan(999);
      const row = page.locator('main table tbody tr').filter({ hasText: participant.name });
      await expect.poll(() => row.innerText()).toContain(grouped(cards, lang));
    }, 180_000);
  }
});
