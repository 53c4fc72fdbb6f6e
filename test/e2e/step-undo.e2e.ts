import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, appPerTest } from './support/app';
import { openScreen, plain } from './support/clarte';
import { openDemoWorkspace, settle } from './support/every-screen';
import { storedTables } from './support/stored';

// Deleting a step with its frictions, then Undo from the notice: the dialog says what depends on
// the step, every record comes back and the step list shows the step where it was. The step is
// the demo's third step of supplier invoices (src/domain/demo: `resolveDiscrepancies`), which
// has one friction (`discrepancyMailboxes`) in both languages.

const WORDS = {
  en: {
    workflows: 'Internal workflows',
    step: 'Resolve price and quantity discrepancies',
    frictions: '1 friction: Discrepancies sit for 12 days on average in shared mailboxes',
    deleteStep: (s: string) => `Delete ${s}`,
    removeToo: 'Delete the frictions too; the use cases stay, without this anchor',
    remove: 'Delete',
    undo: 'Undo',
    undone: (s: string) => `“${s}” is back, as it was.`,
  },
  fr: {
    workflows: 'Processus internes',
    step: 'Traitement des écarts de prix et de quantités',
    frictions:
      '1 irritant : Les écarts attendent en moyenne 12 jours dans des boîtes mail partagées',
    deleteStep: (s: string) => `Supprimer ${s}`,
    removeToo: 'Supprimer aussi les irritants ; les cas d’usage restent, sans cet ancrage',
    remove: 'Supprimer',
    undo: 'Annuler',
    undone: (s: string) => `« ${s} » est de retour, tel quel.`,
  },
} as const;

async function stepOrder(page: Page): Promise<string[]> {
  return page.getByRole('grid').first().getByRole('row').locator('strong').allTextContents();
}

interface Stored {
  steps: { id: string; name: string }[];
  frictions: { stepId: string }[];
  useCases: unknown[];
}

/** Every step, friction and use case as stored (IndexedDB, read in the page). */
async function stored(page: Page): Promise<Stored> {
  return (await storedTables(page, ['steps', 'frictions', 'useCases'])) as unknown as Stored;
}

/** How many frictions of the step named `name` are stored. */
function frictionsOf(records: Stored, name: string): number {
  const step = records.steps.find((s) => s.name === name);
  return step ? records.frictions.filter((f) => f.stepId === step.id).length : 0;
}

describe('deleting a step with frictions, then undo', () => {
  const session = appPerTest();

  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['fr', 'fr-FR'],
  ] as const) {
    it(`brings everything back, the step in its place (${lang})`, async () => {
      const w = WORDS[lang];
      const { page } = await session.open({ locale });
      await openDemoWorkspace(page, lang);
      await openScreen(page, w.workflows);
      await settle(page);
      const order = await stepOrder(page);
      const name = w.step;
      expect(order.indexOf(name)).toBe(2);
      const before = await stored(page);
      expect(frictionsOf(before, name)).toBe(1);

      await page.getByRole('button', { name: w.deleteStep(name), exact: true }).click();
      const dialog = page.getByRole('alertdialog');
      await expect.poll(async () => plain(await dialog.textContent())).toContain(w.frictions);
      await dialog.getByRole('radio', { name: w.removeToo }).check();
      await screenshot(page, `${lang}-step-undo-1-dialog`);
      await dialog.getByRole('button', { name: w.remove, exact: true }).click();
      await expect.poll(() => stepOrder(page)).toEqual(order.filter((s) => s !== name));
      const removed = await stored(page);
      expect(removed.frictions.length).toBe(before.frictions.length - 1);
      expect(frictionsOf(removed, name)).toBe(0);

      await page.getByRole('button', { name: w.undo, exact: true }).click();
      await page.getByText(w.undone(name)).waitFor();
      await expect.poll(() => stepOrder(page)).toEqual(order);
      expect(JSON.stringify(await stored(page))).toBe(JSON.stringify(before));
      await screenshot(page, `${lang}-step-undo-2-restored`);
      expect(
        plain(await page.getByRole('grid').first().getByRole('row').nth(2).textContent()),
      ).toContain(name);
    });
  }
});
