import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { giveName } from './support/clarte';
import { screenshot, appPerTest } from './support/app';

/** The label of the focused element (the card's trigger has one, menu items have their text). */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      role: el?.getAttribute('role'),
      label: el?.getAttribute('aria-label') ?? el?.textContent,
    };
  });
}

/** Every list of workspaces the page drew and every move in its history, from its first script. */
interface Drawn {
  /** The home's lists (the cards' names) or its "Loading" in their place, or another screen. */
  states: (string[] | 'Loading' | 'elsewhere')[];
  navigations: string[];
  /** When set, the header's link home is clicked the instant a workspace is drawn. */
  homeFromWorkspace?: boolean;
}

/**
 * Run in the page before its own scripts: records the names of the workspaces' cards each time
 * the home's list in the DOM changes (so every list ever drawn, or "Loading" in its place), and
 * each address the page went to.
 */
function recordListsAndNavigations(): void {
  const drawn: Drawn = { states: [], navigations: [] };
  (window as unknown as { drawn: Drawn }).drawn = drawn;
  let last = '';
  new MutationObserver(() => {
    // A click handled at once, in the task that drew the workspace: before React's effects, which
    // it runs in a later task (as a person's click can come first on a loaded machine).
    const list = document.querySelector('ul[aria-label="Your workspaces"]');
    if (drawn.homeFromWorkspace && location.pathname.startsWith('/w/') && !list) {
      drawn.homeFromWorkspace = false;
      drawn.navigations.push('clicking home');
      document.querySelector<HTMLElement>('header a[href="/"]')?.click();
    }
    const home = location.pathname === '/';
    const loading =
      home && document.querySelector('main [aria-busy="true"]') ? 'Loading' : 'elsewhere';
    const state = list
      ? [...list.querySelectorAll('li h2')].map((h) => h.textContent ?? '')
      : loading;
    if (JSON.stringify(state) === last || (last === '' && state === 'elsewhere')) return;
    last = JSON.stringify(state);
    drawn.states.push(state);
  }).observe(document, { childList: true, subtree: true, characterData: true });
  for (const kind of ['pushState', 'replaceState'] as const) {
    const move = history[kind].bind(history);
    history[kind] = (data: unknown, unused: string, url?: string | URL | null) => {
      drawn.navigations.push(`${kind} ${String(url)}`);
      move(data, unused, url);
    };
  }
}

const DEMO = 'Demo – Maison Delorme Distribution';

describe('the home page loads its menus, dialogs and import on use', () => {
  const session = appPerTest();

  it('opens the card menu from the keyboard and gives the focus back', async () => {
    const app = await session.open({
      locale: 'en-US',
      path: null,
      contextOptions: { viewport: { width: 1280, height: 800 } },
    });
    const { page } = app;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/');
    await giveName(page, 'en', 'Grace Hopper');
    const trigger = page.getByRole('button', { name: /^Actions for Demo/ });
    await trigger.waitFor();
    // Nothing of the menu, the name form or the import is fetched before it is used.
    const lazy = /workspace-actions-menu|workspace-form-dialog|backup-import-choice/;
    expect(requested.filter((p) => lazy.test(p))).toEqual([]);
    await expect
      .poll(() => page.getByText('Choose a file', { exact: true }).isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByText('No file chosen', { exact: true }).isVisible())
      .toBe(true);
    await screenshot(page, 'en-home-1280');

    expect(await trigger.getAttribute('aria-haspopup')).toBe('menu');
    expect(await trigger.getAttribute('aria-expanded')).toBe('false');
    await trigger.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    expect(await trigger.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('menu').getAttribute('id')).toBe(
      await trigger.getAttribute('aria-controls'),
    );
    // React Aria moves the focus into the menu once it is drawn: read it until it is there.
    await expect.poll(() => focused(page)).toEqual({ role: 'menuitem', label: 'Rename' });
    await screenshot(page, 'en-home-menu-open');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toEqual({ role: 'menuitem', label: 'Duplicate' });
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).label).toMatch(/^Actions for Demo/);
    expect(await trigger.getAttribute('aria-expanded')).toBe('false');

    // ArrowUp opens it on the last item; Rename opens the dialog; closing it returns the focus.
    await page.keyboard.press('ArrowUp');
    await page.getByRole('menu').waitFor();
    await expect.poll(() => focused(page)).toEqual({ role: 'menuitem', label: 'Delete' });
    await page.keyboard.press('Home');
    // Enter goes to the item that has the focus: it is pressed once Home has moved it to Rename.
    await expect.poll(() => focused(page)).toEqual({ role: 'menuitem', label: 'Rename' });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Rename the workspace' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).label).toMatch(/^Actions for Demo/);

    // The chosen file's name is shown; the backup's summary loads with it.
    await page.getByLabel('Choose a backup file (.json.gz or .json)').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await page.getByText('notes.json', { exact: true }).waitFor();
    await page.getByRole('alert').waitFor();
  });

  it('shows the file chooser in French', async () => {
    const app = await session.open({
      locale: 'fr-FR',
      contextOptions: { viewport: { width: 1280, height: 800 } },
    });
    const { page } = app;
    await giveName(page, 'fr', 'Marie Curie');
    await page.getByRole('button', { name: /^Actions pour Démo/ }).waitFor();
    await page.getByText('Choisir un fichier', { exact: true }).waitFor();
    await expect
      .poll(() => page.getByText('Aucun fichier choisi', { exact: true }).isVisible())
      .toBe(true);
    await screenshot(page, 'fr-home-1280');
  });

  it('shows the list of workspaces on a return visit before the database library is loaded', async () => {
    const app = await session.open({
      locale: 'en-US',
      path: null,
      // Every file through the page (the service worker would serve them from its cache).
      contextOptions: { serviceWorkers: 'block' },
    });
    const { page } = app;
    await page.goto('/');
    await giveName(page, 'en', 'Grace Hopper');
    await page.getByRole('button', { name: /^Actions for Demo/ }).waitFor();

    // On the next visit, the file that holds Dexie is held back until the list is shown.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const held: string[] = [];
    await page.route('**/assets/*.js', async (route) => {
      // A file still on its way when the test ends (a screen preloaded) finds the page closed.
      const response = await route.fetch().catch(() => null);
      const body = await response?.text().catch(() => null);
      if (!response || body === null || body === undefined) return;
      if (body.includes('semVer')) {
        held.push(new URL(route.request().url()).pathname);
        await released;
      }
      await route.fulfill({ response, body }).catch(() => undefined);
    });
    await page.addInitScript(recordListsAndNavigations);
    await page.reload();
    await page.getByRole('button', { name: /^Actions for Demo/ }).waitFor();
    // `held` is filled by the route handler, in this process, after its own fetch of the file:
    // read it until the handler has run, not at the instant the list is drawn.
    await expect.poll(() => held).toHaveLength(1);
    expect(await page.getByRole('status', { name: 'Backup status' }).count()).toBe(0);
    // Then Dexie arrives: the header's live backup status appears and the list stays live.
    release();
    await page.getByRole('status', { name: 'Backup status' }).waitFor();
    await page.getByRole('button', { name: 'New workspace' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workspace' });
    await dialog.getByLabel('Name').fill('Harbour audit');
    // The new workspace opens; the person goes home the instant it is drawn (the click comes before
    // React's next task, as the test's own click on the header's link once did in CI, under load).
    await page.evaluate(() => {
      (window as unknown as { drawn: Drawn }).drawn.homeFromWorkspace = true;
    });
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.waitForFunction(() =>
      (window as unknown as { drawn: Drawn }).drawn.navigations.includes('clicking home'),
    );
    await page.getByRole('button', { name: /^Actions for Harbour audit/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Actions for Demo/ }).count()).toBe(1);
    // Whatever navigation is still under way ends before the page's record is read.
    await page.waitForFunction(
      () =>
        !(
          window as unknown as { __clarteTest: { navigating: () => boolean } }
        ).__clarteTest.navigating(),
    );
    const drawn = await page.evaluate(() => (window as unknown as { drawn: Drawn }).drawn);
    // Each list drawn held every workspace there was: the demo from the first (read before Dexie),
    // then the new workspace with it (newest first), never one without the other.
    const lists = drawn.states.filter((state) => Array.isArray(state));
    expect(lists.filter((list, i) => i === 0 || String(list) !== String(lists[i - 1]))).toEqual([
      [DEMO],
      ['Harbour audit', DEMO],
    ]);
    expect(drawn.states[0]).toEqual([DEMO]);
    // A list drawn stayed until the page left the home ("Loading" only on coming back to it).
    drawn.states.forEach((state, i) => {
      if (state === 'Loading') expect(drawn.states[i - 1]).toBe('elsewhere');
    });
    // Once home, the page went nowhere else. (The workspace's address redirected to its use cases
    // from an effect, which ran after such a click and took the page back to the workspace.)
    const asked = drawn.navigations.slice(drawn.navigations.indexOf('clicking home') + 1);
    expect(asked.map((n) => n.split(' ')[1])).toEqual(['/']);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
});
