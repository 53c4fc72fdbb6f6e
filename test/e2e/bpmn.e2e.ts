import { readFileSync } from 'node:fs';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest, screenshot } from './support/app';
import { enterDemoWorkspace, openScreen, plain, type Lang } from './support/clarte';
import { storedFingerprint } from './support/stored';

/**
 * Issue 20, BPMN: a real process map (bpmn.io's pizza collaboration, re-saved by Camunda Modeler;
 * see test/fixtures/bpmn/README.md) imported through the internal workflows screen, hostile files
 * refused precisely with nothing written, and a workflow exported back to a file bpmn-moddle reads.
 */
const TEXT = {
  en: {
    locale: 'en-US' as const,
    nav: 'Internal workflows',
    import: 'Import a BPMN file',
    preview: (file: string) => `Import from a BPMN file — ${file}`,
    workflowHeading: (name: string, steps: number) => `${name} (${steps} steps)`,
    departments: 'Departments: clerk, pizza chef, delivery boy',
    inLane: (step: string, lane: string) => `${step} — Department: ${lane}`,
    confirm: 'Import',
    imported: '2 workflows imported.',
    stepsOf: (name: string) => `Steps of ${name}`,
    export: 'Export as BPMN',
    exported: '“pizza-vendor.bpmn” is in your downloads.',
    refused: 'This file was not imported. Nothing was changed.',
    declaration:
      'The file declares a document type or entities (line 2); BPMN files never need them.',
    tooManyTasks: '2,001 tasks: at most 2,000.',
    cancel: 'Cancel',
  },
  fr: {
    locale: 'fr-FR' as const,
    nav: 'Processus internes',
    import: 'Importer un fichier BPMN',
    preview: (file: string) => `Importer depuis un fichier BPMN — ${file}`,
    workflowHeading: (name: string, steps: number) => `${name} (${steps} étapes)`,
    departments: 'Directions : clerk, pizza chef, delivery boy',
    inLane: (step: string, lane: string) => `${step} — Service : ${lane}`,
    confirm: 'Importer',
    imported: '2 processus importés.',
    stepsOf: (name: string) => `Étapes de ${name}`,
    export: 'Exporter en BPMN',
    exported: '« pizza-vendor.bpmn » est dans vos téléchargements.',
    refused: 'Ce fichier n’a pas été importé. Rien n’a été modifié.',
    declaration:
      'Le fichier déclare un type de document ou des entités (ligne 2) ; un fichier BPMN n’en a jamais besoin.',
    tooManyTasks: '2 001 tâches : au plus 2 000.',
    cancel: 'Annuler',
  },
};

/** The vendor's pool of the pizza collaboration: its tasks in flow order and their lanes. */
const VENDOR_STEPS = [
  ['Calm customer', 'clerk'],
  ['Bake the pizza', 'pizza chef'],
  ['Deliver the pizza', 'delivery boy'],
  ['Receive payment', 'delivery boy'],
] as const;

function fixture(name: string): { name: string; mimeType: string; buffer: Buffer } {
  const buffer = readFileSync(new URL(`../fixtures/bpmn/${name}`, import.meta.url));
  return { name, mimeType: 'application/xml', buffer };
}

/** A process of 2,001 tasks in a row: one over the limit of 2,000. */
function tooManyTasks(): { name: string; mimeType: string; buffer: Buffer } {
  const tasks = Array.from({ length: 2001 }, (_, i) => `<task id="T${i}" name="Task ${i}"/>`);
  const flows = tasks.map(
    (_, i) => `<sequenceFlow id="F${i}" sourceRef="${i ? `T${i - 1}` : 'S'}" targetRef="T${i}"/>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x"><process id="P"><startEvent id="S"/>${tasks.join('')}${flows.join('')}</process></definitions>`;
  return { name: 'too-many-tasks.bpmn', mimeType: 'application/xml', buffer: Buffer.from(xml) };
}

async function openWorkflows(page: Page, lang: Lang): Promise<void> {
  await enterDemoWorkspace(page, lang, 'Ada Lovelace');
  await openScreen(page, TEXT[lang].nav);
  await page.getByRole('heading', { name: TEXT[lang].nav, level: 1 }).waitFor();
}

/** A toast shows this message (the toasts' live region also holds their buttons). */
async function toastSays(page: Page, message: string): Promise<void> {
  await page.getByRole('status').getByText(message, { exact: true }).waitFor();
}

async function texts(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map(plain);
}

const elementsOf = (element: ModdleElement | undefined, property: string) =>
  (element?.get(property) ?? []) as ModdleElement[];

/** What a modelling tool would read in the downloaded file (parsed here with bpmn-moddle). */
async function readExport(xml: string) {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  const roots = elementsOf(rootElement, 'rootElements');
  const process = roots.find((r) => r.$instanceOf('bpmn:Process'));
  const pool = elementsOf(
    roots.find((r) => r.$instanceOf('bpmn:Collaboration')),
    'participants',
  )[0];
  const lanes = elementsOf(elementsOf(process, 'laneSets')[0], 'lanes');
  const taskLane = (task: ModdleElement) =>
    lanes.find((lane) => elementsOf(lane, 'flowNodeRef').includes(task))?.name;
  const diagram = elementsOf(rootElement, 'diagrams')[0];
  const plane = diagram?.get('plane') as ModdleElement | undefined;
  return {
    warnings: warnings.map((w) => w.message),
    pool: pool?.name,
    steps: elementsOf(process, 'flowElements')
      .filter((e) => e.$instanceOf('bpmn:Task'))
      .map((task) => [task.name, taskLane(task)]),
    drawn: elementsOf(plane, 'planeElement').length,
  };
}

describe('BPMN files on the internal workflows screen', () => {
  const session = appPerTest();

  for (const lang of ['en', 'fr'] as Lang[]) {
    const text = TEXT[lang];

    it(`${lang}: imports a real file after a preview, shows its steps, exports a workflow back`, async () => {
      const { page } = await session.open({ locale: text.locale });
      await openWorkflows(page, lang);

      await page.getByTestId('bpmn-file').setInputFiles(fixture('pizza-collaboration.bpmn'));
      const preview = page.getByRole('dialog', { name: text.preview('pizza-collaboration.bpmn') });
      await preview.waitFor();
      expect(await texts(page, '[role=dialog] h3')).toEqual([
        text.workflowHeading('Pizza vendor', 4),
        text.workflowHeading('Pizza Customer', 5),
      ]);
      expect(plain(await preview.getByText(text.departments).textContent())).toBe(text.departments);
      expect((await texts(page, '[role=dialog] section:first-of-type li')).slice(0, 2)).toEqual([
        text.inLane('Calm customer', 'clerk'),
        text.inLane('Bake the pizza', 'pizza chef'),
      ]);
      await screenshot(page, `${lang}-bpmn-preview`);
      await preview.getByRole('button', { name: text.confirm, exact: true }).click();
      await preview.waitFor({ state: 'detached' });
      await toastSays(page, text.imported);

      const workflows = page.getByRole('navigation', { name: text.nav });
      await workflows.getByRole('button', { name: /^Pizza vendor/ }).click();
      const steps = page.getByRole('grid', { name: text.stepsOf('Pizza vendor') });
      await steps.waitFor();
      await expect
        .poll(async () => (await steps.locator('strong').allTextContents()).map(plain))
        .toEqual(VENDOR_STEPS.map(([name]) => name));
      // Each row shows its step's department, the lane it was drawn in.
      const rows = (await steps.getByRole('row').allTextContents()).map(plain);
      expect(rows.map((row, i) => row.includes(` · ${VENDOR_STEPS[i]?.[1]}`))).toEqual(
        VENDOR_STEPS.map(() => true),
      );
      await screenshot(page, `${lang}-bpmn-imported`);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: text.export }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('pizza-vendor.bpmn');
      const exported = await readExport(readFileSync(await download.path(), 'utf8'));
      // 1 pool + 3 lanes + start, 4 tasks, end + 5 flows = 15 diagram elements.
      expect(exported).toEqual({
        warnings: [],
        pool: 'Pizza vendor',
        steps: VENDOR_STEPS.map(([name, lane]) => [name, lane]),
        drawn: 15,
      });
      await toastSays(page, text.exported);
    });

    it(`${lang}: refuses a hostile file and one over a limit precisely, writing nothing`, async () => {
      const { page } = await session.open({ locale: text.locale });
      await openWorkflows(page, lang);
      const before = await storedFingerprint(page);

      const refusals = [
        ['billion-laughs.bpmn', fixture('billion-laughs.bpmn'), text.declaration],
        ['too-many-tasks.bpmn', tooManyTasks(), text.tooManyTasks],
      ] as const;
      for (const [name, file, problem] of refusals) {
        await page.getByTestId('bpmn-file').setInputFiles(file);
        const dialog = page.getByRole('dialog', { name: text.preview(name) });
        await dialog.waitFor();
        expect(plain(await dialog.getByRole('alert').textContent())).toBe(text.refused);
        expect(await texts(page, '[role=dialog] li')).toEqual([problem]);
        expect(await dialog.getByRole('button', { name: text.confirm, exact: true }).count()).toBe(
          0,
        );
        await screenshot(page, `${lang}-bpmn-refused-${name.replace('.bpmn', '')}`);
        await dialog.getByRole('button', { name: text.cancel }).click();
        await dialog.waitFor({ state: 'detached' });
      }
      expect(await storedFingerprint(page)).toBe(before);
    });
  }
});
