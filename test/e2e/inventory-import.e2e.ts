import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import {
  INVENTORY_EXPECTED as E,
  INVENTORY_HEADERS,
  inventoryCsv,
  inventoryRows,
} from '../fixtures/inventory-fixture';
import { checkAccessibility, screenshot, appPerTest } from './support/app';
import { giveName, plain, UI, type Lang } from './support/clarte';

/** What the person reads, in each language (kept here, not taken from the app). */
const TEXT = {
  en: {
    locale: 'en-US' as const,
    demo: /^Demo/,
    export: 'Export',
    chooseList: 'Choose a list (.csv, .xlsx)',
    field: 'Field',
    becomes: 'Becomes',
    inProgress: 'In progress',
    refused: (rows: string, errors: string) =>
      `${rows} rows will not be imported (${errors} errors listed below). Download them, correct them and import them again.`,
    errorsTable: 'Errors of the refused rows',
    longTitle: '230 characters; 200 at most.',
    columnError: (column: string, error: string) => `${column}: ${error}`,
    download: 'Download the refused rows (CSV)',
    errorsColumn: 'Errors',
    delimiter: ',',
    inFile: (n: string) => `Rows repeating the title of an earlier row: ${n}.`,
    importRows: (n: string) => `Import ${n} use cases`,
    done: (created: string, refused: string) =>
      `Import done: ${created} created, 0 updated, ${E.duplicatesInFile} skipped, ${refused} refused.`,
    remembered: 'A file with these headers was imported before',
    inWorkspace: (n: string) => `Rows whose title is already a use case of this workspace: ${n}.`,
    cancel: 'Cancel',
    cancelled: 'Import cancelled: nothing was written.',
  },
  fr: {
    locale: 'fr-FR' as const,
    demo: /^Démo/,
    export: 'Exporter',
    chooseList: 'Choisir une liste (.csv, .xlsx)',
    field: 'Champ',
    becomes: 'Devient',
    inProgress: 'En cours',
    refused: (rows: string, errors: string) =>
      `${rows} lignes ne seront pas importées (${errors} erreurs listées ci-dessous). Téléchargez-les, corrigez-les et importez-les à nouveau.`,
    errorsTable: 'Erreurs des lignes refusées',
    longTitle: '230 caractères ; 200 au plus.',
    columnError: (column: string, error: string) => `${column} : ${error}`,
    download: 'Télécharger les lignes refusées (CSV)',
    errorsColumn: 'Erreurs',
    delimiter: ';',
    inFile: (n: string) => `Lignes qui répètent le titre d’une ligne précédente : ${n}.`,
    importRows: (n: string) => `Importer ${n} cas d’usage`,
    done: (created: string, refused: string) =>
      `Import terminé : ${created} créés, 0 mis à jour, ${E.duplicatesInFile} ignorés, ${refused} refusés.`,
    remembered: 'Un fichier avec ces en-têtes a déjà été importé',
    inWorkspace: (n: string) =>
      `Lignes dont le titre est déjà un cas d’usage de cet espace : ${n}.`,
    cancel: 'Annuler',
    cancelled: 'Import annulé : rien n’a été écrit.',
  },
};

/** The inventory as the person brings it: CSV in English, XLSX in French. */
async function inventoryFile(
  lang: Lang,
): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  if (lang === 'en')
    return { name: 'inventory.csv', mimeType: 'text/csv', buffer: Buffer.from(inventoryCsv(',')) };
  const rows = [INVENTORY_HEADERS as readonly string[], ...inventoryRows()].map((row) =>
    row.map((value) => ({ value })),
  );
  return {
    name: 'inventaire.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await writeXlsxFile(rows).toBuffer(),
  };
}

async function statusText(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => (await page.getByRole('status').allTextContents()).map(plain), {
      timeout: 60_000,
    })
    .toContain(plain(text));
}

describe('a real inventory imported through the UI', () => {
  const session = appPerTest();

  for (const lang of ['en', 'fr'] as Lang[]) {
    it(`${lang}: 3,000 rows, own headers and words, refused rows listed and downloaded, mapping remembered`, async () => {
      const text = TEXT[lang];
      const n = (x: number) => plain(new Intl.NumberFormat(text.locale).format(x));
      const app = await session.open({ locale: text.locale });
      const { page } = app;
      await giveName(page, lang, 'Grace Hopper');
      await page.getByRole('link', { name: text.demo }).click();
      await page.getByRole('link', { name: text.export, exact: true }).click();
      await page.getByRole('heading', { name: text.export, level: 1 }).waitFor();

      const file = await inventoryFile(lang);
      await page.getByLabel(text.chooseList).setInputFiles(file);
      // Before "Scaling" is given a meaning, its 300 rows are refused too.
      await statusText(page, text.refused(n(E.refusedWithoutMapping), n(E.errorsWithoutMapping)));

      // Map the column nobody recognises, and the file's own word for a stage.
      await page
        .getByLabel(`${text.field}: Strategic Importance`)
        .selectOption({ label: UI[lang].criteria.strategicValue });
      await page.getByLabel(`${text.becomes}: Scaling`).selectOption({ label: text.inProgress });
      await statusText(
        page,
        text.refused(n(E.refusedWithScalingMapped), n(E.errorsWithScalingMapped)),
      );

      // Every error listed: the first is the long title of row 9 (header = row 1), limit named.
      const errors = page.getByRole('table', { name: text.errorsTable });
      expect(plain(await errors.getByRole('row').nth(1).textContent())).toBe(
        `${E.firstLongTitleRow}Use Case Name${text.longTitle}`,
      );
      await errors.evaluate((table) => table.parentElement?.scrollBy(0, 100_000));
      await expect
        .poll(
          async () => (await errors.getByRole('row').last().getAttribute('aria-rowindex')) ?? '',
        )
        .toBe(String(E.errorsWithScalingMapped + 1));
      await screenshot(page, `${lang}-inventory-refused`);
      expect(await checkAccessibility(page)).toEqual([]);

      // The refused rows as CSV: the file's cells, an error column, formulas neutralised.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: text.download }).click(),
      ]);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const rows = Papa.parse<string[]>(csv.slice(1), {
        delimiter: text.delimiter,
        skipEmptyLines: true,
      }).data;
      expect(rows[0]).toEqual([...INVENTORY_HEADERS, text.errorsColumn]);
      expect(rows).toHaveLength(E.refusedWithScalingMapped + 1);
      expect(rows[1]?.[4]).toBe("'=SUM(A1:A2)");
      expect(rows[1]?.at(-1)).toBe(text.columnError('Use Case Name', text.longTitle));

      // Duplicates in the file are skipped (the default); the valid rows are imported.
      await page.getByText(text.inFile(n(E.duplicatesInFile))).waitFor();
      await page.getByRole('button', { name: text.importRows(n(E.createdWithSkip)) }).click();
      await page
        .getByText(plain(text.done(n(E.createdWithSkip), n(E.refusedWithScalingMapped))))
        .waitFor({ timeout: 60_000 });

      // The same file again: the mapping is remembered, every valid title is now a duplicate.
      await page.getByLabel(text.chooseList).setInputFiles(file);
      await page.getByText(text.remembered).waitFor({ timeout: 60_000 });
      await statusText(
        page,
        text.refused(n(E.refusedWithScalingMapped), n(E.errorsWithScalingMapped)),
      );
      expect(await page.getByLabel(`${text.field}: Strategic Importance`).inputValue()).toBe(
        'strategicValue',
      );
      expect(await page.getByLabel(`${text.becomes}: Scaling`).inputValue()).toBe('inProgress');
      await page.getByText(text.inWorkspace(n(E.valid))).waitFor();
      await screenshot(page, `${lang}-inventory-remembered`);
      await page.getByRole('button', { name: text.cancel, exact: true }).click();
      await page.getByText(text.cancelled).waitFor();
    }, 240_000);
  }
});
