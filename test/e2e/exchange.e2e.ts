import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { giveName, plain, UI, type Lang } from './support/clarte';
import { checkAccessibility, screenshot, appPerTest } from './support/app';

const TEXT = {
  en: {
    locale: 'en-US' as const,
    demo: /^Demo/,
    export: 'Export',
    rankedCsv: 'Ranked list (CSV)',
    xlsx: 'Workbook (XLSX)',
    backupThis: 'Backup of this workspace (JSON)',
    chooseBackup: 'Choose a backup file (.json.gz or .json)',
    importAsNew: 'Import as a new workspace',
    chooseList: 'Choose a list (.csv, .xlsx)',
    never: 'No backup yet',
    last: 'Last backup',
    rankingSheet: 'Ranking',
    delimiter: ',',
    csvHeader: ['Rank', 'Title', 'Overall', 'Value', 'Feasibility'],
    clarityHeader: 'Clarity (out of 7)',
    badRow: 'A score goes from 1 to 5.',
    refusedTable: 'Errors of the refused rows',
    useCases15: '15 use cases',
    actions: /^Actions for Demo/,
    delete: 'Delete',
    backupOf: 'Backup of',
  },
  fr: {
    locale: 'fr-FR' as const,
    demo: /^Démo/,
    export: 'Exporter',
    rankedCsv: 'Classement (CSV)',
    xlsx: 'Classeur (XLSX)',
    backupThis: 'Sauvegarde de cet espace (JSON)',
    chooseBackup: 'Choisir une sauvegarde (.json.gz ou .json)',
    importAsNew: 'Importer comme nouvel espace',
    chooseList: 'Choisir une liste (.csv, .xlsx)',
    never: 'Aucune sauvegarde',
    last: 'Dernière sauvegarde',
    rankingSheet: 'Classement',
    delimiter: ';',
    csvHeader: ['Rang', 'Titre', 'Global', 'Valeur', 'Faisabilité'],
    clarityHeader: 'Clarté (sur 7)',
    badRow: 'Une note va de 1 à 5.',
    refusedTable: 'Erreurs des lignes refusées',
    useCases15: '15 cas d’usage',
    actions: /^Actions pour Démo/,
    delete: 'Supprimer',
    backupOf: 'Sauvegarde du',
  },
};

async function downloadOf(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await download.path();
  return path;
}

describe('export and import', () => {
  const session = appPerTest();

  for (const lang of ['en', 'fr'] as Lang[]) {
    it(`${lang}: exports CSV, XLSX and JSON that match the ranking, imports them back, refuses a bad row`, async () => {
      const text = TEXT[lang];
      const ui = UI[lang];
      const score = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      const app = await session.open({ locale: text.locale });
      const { page } = app;
      await giveName(page, lang, 'Grace Hopper');
      await page.getByRole('link', { name: text.demo }).click();

      // What the ranking screen shows.
      await page.getByRole('link', { name: ui.ranking }).click();
      const table = page.getByRole('table', { name: ui.rankedTable });
      await table.getByRole('row').nth(12).waitFor();
      const shown = new Map<string, string[]>();
      for (const row of await table.getByRole('row').all()) {
        const cells = (await row.getByRole('cell').allTextContents()).map(plain);
        if (cells.length >= 5) shown.set(cells[1]!, cells.slice(0, 5));
      }
      expect(shown.size).toBe(12);

      await page.getByRole('link', { name: text.export, exact: true }).click();
      await page.getByRole('heading', { name: text.export, level: 1 }).waitFor();
      expect(plain(await page.getByRole('banner').textContent())).toContain(text.never);
      await screenshot(page, `${lang}-exchange-screen`);
      expect(await checkAccessibility(page)).toEqual([]);

      // CSV: BOM, the locale's separator, the same numbers and texts as on screen.
      const csv = readFileSync(await downloadOf(page, text.rankedCsv), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: text.delimiter }).data;
      expect(rows.slice(1)).toHaveLength(12);
      // Every header is a translated word, never a message key.
      expect(rows[0]?.slice(0, 5)).toEqual(text.csvHeader);
      expect(rows[0]?.at(-1)).toBe(text.clarityHeader);
      expect(rows[0]?.filter((h) => /^[a-z]+\.[a-zA-Z.]+$/.test(h))).toEqual([]);
      for (const row of rows.slice(1)) {
        const onScreen = shown.get(row[1]!);
        expect(onScreen).toBeDefined();
        expect(onScreen![0]).toBe(row[0]);
        for (const k of [2, 3, 4]) {
          expect(score.format(Number(row[k]!.replace(',', '.')))).toBe(onScreen![k]);
        }
      }

      // XLSX: typed cells (numbers are numbers), one sheet per table.
      const sheets = await readXlsxFile(readFileSync(await downloadOf(page, text.xlsx)));
      expect(sheets).toHaveLength(3);
      const ranking = sheets.find((s) => s.sheet === text.rankingSheet);
      expect(ranking?.data.slice(1)).toHaveLength(12);
      for (const row of ranking!.data.slice(1)) {
        const onScreen = shown.get(String(row[1]));
        expect(typeof row[0]).toBe('number');
        expect(String(row[0])).toBe(onScreen![0]);
        for (const k of [2, 3, 4]) expect(score.format(row[k] as number)).toBe(onScreen![k]);
      }

      // A list with a bad row: the row and column are named; the good row could be imported.
      await page.getByLabel(text.chooseList).setInputFiles({
        name: 'list.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'Title,Scope,Brand impact\r\nGood one,internal,4\r\nBad one,external,7\r\n',
        ),
      });
      const errors = page.getByRole('table', { name: text.refusedTable });
      await errors.waitFor();
      expect(plain(await errors.getByRole('row').nth(1).textContent())).toBe(
        `3Brand impact${text.badRow}`,
      );
      await screenshot(page, `${lang}-exchange-row-errors`);
      expect(await checkAccessibility(page)).toEqual([]);

      // Compressed JSON backup of this workspace; the header then says so.
      const gzipped = readFileSync(await downloadOf(page, text.backupThis));
      expect([gzipped[0], gzipped[1]]).toEqual([0x1f, 0x8b]);
      const backup = JSON.parse(gunzipSync(gzipped).toString('utf8')) as {
        format: string;
        workspaces: { useCases: unknown[] }[];
      };
      expect(backup.format).toBe('clarte-workspace');
      expect(backup.workspaces[0]?.useCases).toHaveLength(15);
      await expect
        .poll(async () => plain(await page.getByRole('banner').textContent()))
        .toContain(text.last);

      // Delete the workspace, then restore the file FROM THE HOME PAGE: the same ranking is back.
      await page.getByRole('link', { name: 'Clarté' }).click();
      const cards = page.getByRole('listitem').filter({ hasText: text.demo });
      await cards.first().getByRole('button', { name: text.actions }).click();
      await page.getByRole('menuitem', { name: text.delete }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: text.delete }).click();
      await expect.poll(() => cards.count()).toBe(0);
      // The file as downloaded (.json.gz) in English, its plain JSON in French: both are read.
      await page.getByLabel(text.chooseBackup).setInputFiles(
        lang === 'en'
          ? { name: 'backup.json.gz', mimeType: 'application/gzip', buffer: gzipped }
          : {
              name: 'backup.json',
              mimeType: 'application/json',
              buffer: Buffer.from(JSON.stringify(backup)),
            },
      );
      await page.getByRole('status').filter({ hasText: text.backupOf }).waitFor();
      await screenshot(page, `${lang}-exchange-home-import`);
      expect(await checkAccessibility(page)).toEqual([]);
      await page.getByRole('button', { name: text.importAsNew }).click();
      await expect.poll(() => cards.count()).toBe(1);
      expect(plain(await cards.first().textContent())).toContain(text.useCases15);
      await cards.first().getByRole('link', { name: text.demo }).click();
      await page.getByRole('link', { name: ui.ranking }).click();
      await table.getByRole('row').nth(12).waitFor();
      const restored = new Map<string, string[]>();
      for (const row of await table.getByRole('row').all()) {
        const cells = (await row.getByRole('cell').allTextContents()).map(plain);
        if (cells.length >= 5) restored.set(cells[1]!, cells.slice(0, 5));
      }
      expect(restored).toEqual(shown);
      await page.getByRole('link', { name: 'Clarté' }).click();
      await cards.first().waitFor();
      await screenshot(page, `${lang}-exchange-imported`);
    });
  }
});
