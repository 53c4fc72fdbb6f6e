import { describe, expect, it } from 'vitest';
import { buildLargeWorkspace } from '../../src/domain/demo/large-workspace';
import { makeBackup } from '../../src/domain/exchange/backup-format';
import { giveName, plain } from './support/clarte';
import { appPerTest, screenshot } from './support/app';

// Issue 15 point 6: a backup's records are checked in the import worker while the page writes
// them; the choice is asked from the file's frame. A file refused by a record far into it is
// refused with its place, and nothing is imported.

const USE_CASES = 2000;
const NOW = '2026-11-01T09:00:00.000Z';

const TEXT = {
  en: {
    locale: 'en-US',
    name: 'Grace Hopper',
    choose: 'Choose a backup file (.json.gz or .json)',
    summary: 'Backup of',
    importAsNew: 'Import as a new workspace',
    imported: /^Large EN/,
    count: '2,000 use cases',
    refused: 'This file was refused:',
    where: 'Where: workspaces[0].useCases[1500].title',
  },
  fr: {
    locale: 'fr-FR',
    name: 'Marie Curie',
    choose: 'Choisir une sauvegarde (.json.gz ou .json)',
    summary: 'Sauvegarde du',
    importAsNew: 'Importer comme nouvel espace',
    imported: /^Large FR/,
    count: '2 000 cas d’usage',
    refused: 'Ce fichier a été refusé :',
    where: 'Où : workspaces[0].useCases[1500].title',
  },
} as const;

function backupText(lang: 'en' | 'fr', broken: boolean): Buffer {
  const bundle = buildLargeWorkspace({
    useCases: USE_CASES,
    steps: 50,
    seed: 5,
    now: NOW,
    language: lang,
  });
  bundle.workspace.name = `Large ${lang.toUpperCase()}`;
  if (broken) (bundle.useCases[1500] as { title: string }).title = '';
  return Buffer.from(JSON.stringify(makeBackup([bundle], NOW, '0.1.0')));
}

describe(`a backup of ${USE_CASES.toLocaleString('en')} use cases imported as it is checked`, () => {
  const session = appPerTest();

  for (const lang of ['en', 'fr'] as const) {
    const text = TEXT[lang];

    it(`imports a good file as a new workspace (${lang})`, async () => {
      const { page } = await session.open({ locale: text.locale });
      await giveName(page, lang, text.name);
      await page.getByLabel(text.choose).setInputFiles({
        name: 'large.json',
        mimeType: 'application/json',
        buffer: backupText(lang, false),
      });
      await page.getByRole('status').filter({ hasText: text.summary }).waitFor();
      await page.getByRole('button', { name: text.importAsNew }).click();
      const card = page.getByRole('listitem').filter({ hasText: text.imported });
      await card.waitFor({ timeout: 60_000 });
      await expect.poll(async () => plain(await card.textContent())).toContain(text.count);
      await screenshot(page, `${lang}-backup-import-parts-imported`);
      // Longer than its waits of 60 s: else the test's default 60 s ends it before they do.
    }, 150_000);

    it(`refuses a file whose use case 1,501 is wrong, with its place, importing nothing (${lang})`, async () => {
      const { page } = await session.open({ locale: text.locale });
      await giveName(page, lang, text.name);
      const cards = page.getByRole('listitem');
      await cards.first().waitFor();
      const before = await cards.count();
      await page.getByLabel(text.choose).setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: backupText(lang, true),
      });
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 60_000 });
      expect(plain(await alert.textContent())).toContain(text.refused);
      expect(plain(await alert.textContent())).toContain(text.where);
      // The choice is gone with the refusal, and no workspace came in.
      expect(await page.getByRole('button', { name: text.importAsNew }).count()).toBe(0);
      expect(await cards.count()).toBe(before);
      expect(await page.getByRole('listitem').filter({ hasText: text.imported }).count()).toBe(0);
      await screenshot(page, `${lang}-backup-import-parts-refused`);
    }, 150_000);
  }
});
