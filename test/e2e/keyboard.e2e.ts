import { describe, expect, it } from 'vitest';
import { plain } from './support/clarte';
import { appPerTest } from './support/app';

describe('the slice with the keyboard alone', () => {
  const session = appPerTest();

  it('creates and scores a use case without a mouse; dialogs trap focus and close on Escape', async () => {
    const app = await session.open({ locale: 'en-US' });
    const { page } = app;
    // The name dialog has the focus in its field: type and press Enter.
    await page.getByRole('heading', { name: 'Welcome to Clarté' }).waitFor();
    // Typed once the field has the focus (given as the dialog opens), not before.
    await page.getByLabel('Your name').and(page.locator(':focus')).waitFor();
    await page.keyboard.type('Alan Turing');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Welcome to Clarté' }).waitFor({ state: 'detached' });

    await page.getByRole('link', { name: /Maison Delorme/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Use cases', level: 1 }).waitFor();

    // Escape closes a dialog and gives the focus back to the button that opened it.
    const open = page.getByRole('button', { name: 'New use case' });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New use case' });
    await dialog.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('title');
    // Focus stays inside the dialog however far one tabs.
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Focus goes back to the button that opened it (React Aria restores it just after closing).
    await expect.poll(() => open.evaluate((b) => b === document.activeElement)).toBe(true);

    // Create with Enter.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.locator('[name="title"]:focus').waitFor();
    await page.keyboard.type('Keyboard-only case');
    await page.keyboard.press('Enter');

    // Score every criterion with the arrow keys: from "Unset", ArrowRight n times gives n.
    const groups = page.getByRole('main').getByRole('radiogroup');
    await groups.first().waitFor();
    await expect.poll(() => groups.count()).toBe(8);
    for (let i = 0; i < 8; i++) {
      await groups.nth(i).getByRole('radio', { name: 'Unset' }).focus();
      for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight'); // 3 everywhere
    }
    await page.getByRole('button', { name: 'Save my scores' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Scores of Alan Turing saved.').waitFor();

    // 3 on every criterion: oriented 3 everywhere -> 25 * (3 - 1) = 50.0, value 50, feasibility 50 -> quick win.
    await page.getByRole('tab', { name: 'Why this score?' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => plain(await page.getByTestId('explanation-sentence').textContent()))
      .toMatch(
        /^Ranked \d+(st|nd|rd|th) of 13 with 50\.0\/100: every criterion sits at the neutral middle\.$/,
      );
  });
});
