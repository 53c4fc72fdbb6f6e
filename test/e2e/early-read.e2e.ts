import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/app';
import { plain } from './support/clarte';
import { openDemoWorkspace, settle } from './support/every-screen';

// A ranked screen opened from its address: the page reads the workspace's use cases and
// scorecards before the app's code has loaded and hands them to the screen, which keeps them live.

const rankingRows = 'main table tbody tr';

describe('a ranked screen opened from its address', () => {
  const session = appPerTest();

  it('shows the same ranking as opened inside the app, and a change made in another tab', async () => {
    const app = await session.open({ locale: 'en-US' });
    const page = app.page;
    const workspaceId = await openDemoWorkspace(page, 'en');
    await page.getByRole('navigation').getByRole('link', { name: 'Ranking', exact: true }).click();
    await page.waitForURL(`**/w/${workspaceId}/ranking`);
    // The address changes before the screen does: the use cases screen (a table of its own, its
    // heading enough for settle) stays while the ranking loads. Its rows are not the ones read.
    await page.getByRole('table', { name: 'Ranked use cases' }).waitFor();
    await settle(page);
    const inApp = (await page.locator(rankingRows).allTextContents()).map(plain);
    expect(inApp.length).toBeGreaterThan(10);

    // Reloaded: the records read early reach the screen.
    await page.reload();
    await settle(page);
    await expect
      .poll(async () => (await page.locator(rankingRows).allTextContents()).map(plain))
      .toEqual(inApp);

    // Another tab renames the first use case; the ranking opened from its address shows it.
    const other = await app.context.newPage();
    const firstLink = page.locator(`${rankingRows} a[href*="/use-cases/"]`).first();
    const firstTitle = plain(await firstLink.textContent());
    await other.goto(
      `/w/${workspaceId}/use-cases/${(await firstLink.getAttribute('href'))!.split('/use-cases/')[1]}`,
    );
    await settle(other);
    await other.getByRole('button', { name: 'Edit', exact: true }).first().click();
    const dialog = other.getByRole('dialog', { name: 'Edit the use case' });
    await dialog.getByLabel('Title', { exact: true }).fill(`${firstTitle} (renamed)`);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator(rankingRows).allTextContents(), { timeout: 30_000 })
      .toContainEqual(expect.stringContaining(`${firstTitle} (renamed)`));
  });

  it('says that a workspace of a wrong address does not exist, as before', async () => {
    const app = await session.open({ locale: 'en-US' });
    await openDemoWorkspace(app.page, 'en');
    await app.page.goto('/w/no-such-workspace/ranking');
    await app.page.getByText('This workspace does not exist (any more).').waitFor();
    await app.page.getByRole('link', { name: 'Back to the workspaces' }).click();
    await app.page
      .getByRole('link', { name: /Maison Delorme/ })
      .first()
      .waitFor();
  });
});
