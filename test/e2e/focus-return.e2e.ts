import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/app';
import { openScreen } from './support/clarte';
import { openDemoWorkspace } from './support/every-screen';

/** The accessible name of what has the focus ('<body>' when the focus fell to the page). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return '<body>';
    return (active.getAttribute('aria-label') ?? active.textContent ?? '').trim();
  });
}

describe('where the focus goes after a dialog and a deletion (WCAG 2.4.3)', () => {
  const session = appPerTest();

  it('returns to the button that opened a saved dialog, then to a neighbour of a deleted row', async () => {
    const { page } = await session.open({ locale: 'en-US' });
    await openDemoWorkspace(page, 'en');
    await openScreen(page, 'Framing');

    // Saved: the dialog closes and the focus is back on "Add a department".
    const add = page.getByRole('button', { name: 'Add a department' });
    await add.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add a department' });
    await dialog.getByLabel('Department name').fill('Procurement');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Remove Procurement' }).waitFor();
    await expect.poll(() => focusedName(page)).toBe('Add a department');

    // Removed (the dialog says nothing depends on it; confirmed): the row goes, and the focus
    // goes to its neighbour's first control, not the body.
    await page.getByRole('button', { name: 'Remove Procurement' }).focus();
    await page.keyboard.press('Enter');
    const removal = page.getByRole('alertdialog', { name: 'Remove “Procurement”?' });
    await removal.getByRole('button', { name: 'Remove', exact: true }).click();
    await removal.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Remove Procurement' }).waitFor({ state: 'detached' });
    await expect.poll(() => focusedName(page)).toBe('Edit Operations and logistics');
  });
});
