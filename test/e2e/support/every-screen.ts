import type { Page } from 'playwright-core';
import { giveName, UI, type Lang } from './clarte';

/**
 * Every screen of src/app/router.tsx, as addresses of the demo workspace, for the specs that walk
 * them all (reflow, axe). The workspace screens are SCREENS of src/app/navigation.ts; written out
 * here so that a screen added there without being added here is noticed by `expectEveryNavEntry`.
 */
export const WORKSPACE_SCREENS = [
  'workshop',
  'framing',
  'participants',
  'workflows',
  'journey',
  'coverage',
  'use-cases',
  'scoring',
  'live',
  'matrix',
  'ranking',
  'weights',
  'roadmap',
  'portfolio',
  'exceptions',
  'audit',
  'changes',
  'delivered',
  'export',
  'method',
] as const;

/** The tabs of a use case's page (use-cases/:useCaseId/:tab). */
export const USE_CASE_TABS = [
  'details',
  'qualification',
  'scores',
  'explanation',
  'businessCase',
  'history',
] as const;

const WORDS = {
  en: { prepare: 'Prepare the workshop', end: 'End the workshop', live: 'Start a live session' },
  fr: {
    prepare: 'Préparer l’atelier',
    end: 'Terminer l’atelier',
    live: 'Démarrer une session en direct',
  },
} as const;

export interface ScreenAddress {
  /** A short name for messages and screenshots. */
  name: string;
  /** Its address, or how to get one (the join page needs a live session, started last). */
  path: string | (() => Promise<string>);
}

/** Opens a screen of `everyScreen` inside the running app and waits until it is settled. */
export async function openAddress(page: Page, screen: ScreenAddress): Promise<void> {
  await goInside(page, typeof screen.path === 'string' ? screen.path : await screen.path());
  // A use case's tabs share its title: the tab chosen is what says the screen is there.
  const tab = /^use-case-(.+)$/.exec(screen.name)?.[1];
  if (tab) {
    await page.locator(`[role="tab"][aria-selected="true"][id$="-tab-${tab}"]`).waitFor();
    // Its title is the one the previous tab showed (the same element): it is this screen's.
    await page.evaluate(() =>
      document
        .querySelectorAll('h1[data-left]')
        .forEach((title) => title.removeAttribute('data-left')),
    );
  } else await page.locator('h1:not([data-left])').first().waitFor();
  await settle(page);
}

/**
 * Navigates inside the running app (React Router listens to popstate): no reload per screen, the
 * page, its database connection and its loaded code are reused.
 */
export async function goInside(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    // The screen shown stays until the next one is loaded: its titles are marked as left.
    if (window.location.pathname === to) return;
    document.querySelectorAll('h1').forEach((title) => title.setAttribute('data-left', ''));
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
  await page.waitForURL((url) => url.pathname === path);
}

/**
 * Waits until the screen shown is settled: its main heading (level 1) is there, nothing says it
 * is loading, and two frames have been painted.
 */
export async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/** Gives a name, opens the demo workspace and returns its id. */
export async function openDemoWorkspace(page: Page, lang: Lang): Promise<string> {
  await giveName(page, lang, 'Ada Lovelace');
  await page
    .getByRole('link', { name: /Maison Delorme/ })
    .first()
    .click();
  await page.waitForURL(/\/w\/[^/]+\/use-cases$/);
  // The address changes before the screen does: the caller gets the workspace's screen (its
  // navigation, its title), not the home page still shown a moment longer.
  await page.getByRole('heading', { level: 1, name: UI[lang].useCases, exact: true }).waitFor();
  return /\/w\/([^/]+)\//.exec(page.url())![1]!;
}

/**
 * The addresses of every screen of the demo workspace: home, each workspace screen, the book,
 * each tab of one use case, the minutes of a workshop (one is prepared and ended here), and a
 * participant's join page, last: the live session it needs, started when it is opened, hides
 * the scores until they are revealed. Leaves the page on the home screen.
 */
export async function everyScreen(
  page: Page,
  lang: Lang,
  workspaceId: string,
): Promise<ScreenAddress[]> {
  const base = `/w/${workspaceId}`;
  const words = WORDS[lang];
  await goInside(page, `${base}/use-cases`);
  const firstUseCase = page.locator(`main a[href^="${base}/use-cases/"]`).first();
  const useCasePath = new URL((await firstUseCase.getAttribute('href'))!, page.url()).pathname;

  await goInside(page, `${base}/workshop`);
  await page.getByRole('button', { name: words.prepare }).click();
  await page.getByRole('button', { name: words.end }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: words.end }).click();
  await page.waitForURL(/\/workshop\/minutes\//);
  const minutesPath = new URL(page.url()).pathname;

  await goInside(page, '/');
  const joinPath = async () => {
    await goInside(page, `${base}/live`);
    await page.getByRole('button', { name: words.live }).click();
    return new URL((await page.getByTestId('join-address').innerText()).trim()).pathname;
  };

  return [
    { name: 'home', path: '/' },
    ...WORKSPACE_SCREENS.map((screen) => ({ name: screen, path: `${base}/${screen}` })),
    { name: 'book', path: `${base}/book` },
    ...USE_CASE_TABS.map((tab) => ({ name: `use-case-${tab}`, path: `${useCasePath}/${tab}` })),
    { name: 'minutes', path: minutesPath },
    { name: 'join', path: joinPath },
  ];
}

/** The side navigation lists exactly the workspace screens walked here. */
export async function navigationPaths(page: Page, workspaceId: string): Promise<string[]> {
  const hrefs = await page
    .getByRole('navigation')
    .first()
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const prefix = `/w/${workspaceId}/`;
  return hrefs.filter((href) => href.startsWith(prefix)).map((href) => href.slice(prefix.length));
}
