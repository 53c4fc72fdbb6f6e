import { describe, expect, it } from 'vitest';
import { LIVE_LIMITS } from '../../src/domain/live/live-documents';
import { appPerTest, screenshot } from './support/app';
import { grouped } from './support/clarte';
import { openLargeScreen } from './support/large-workspace';

// At 10,000 use cases the live session's start screen ticked and drew all 8,500 active ones,
// and Start failed with "not served by Clarté's server": a session holds at most 1,000. It now
// lists 50 at a time, finds them by title, and starts with the ones chosen.

const USE_CASES = 1500;
const PAGE = 50;

/** What the user reads (kept here, not taken from the app). */
const T = {
  en: {
    heading: 'Live session',
    limit: (n: string) =>
      `A live session holds at most ${n} use cases: find the ones to score by their titles and tick them.`,
    chosen: (k: string, n: string) => `${k} of ${n} use cases chosen.`,
    search: 'Search the use cases by title',
    start: 'Start a live session',
    tooMany: (k: string, n: string) =>
      `${k} use cases are chosen; a live session holds at most ${n}.`,
    all: 'All',
    none: 'None',
  },
  fr: {
    heading: 'Session en direct',
    limit: (n: string) =>
      `Une session en direct compte au plus ${n} cas d’usage : trouvez ceux à noter par leur titre et cochez-les.`,
    chosen: (k: string, n: string) => `${k} cas d’usage choisis sur ${n}.`,
    search: 'Chercher les cas d’usage par titre',
    start: 'Démarrer une session en direct',
    tooMany: (k: string, n: string) =>
      `${k} cas d’usage sont choisis ; une session en direct en compte au plus ${n}.`,
    all: 'Tous',
    none: 'Aucun',
  },
} as const;

describe(`starting a live session in a workspace of ${USE_CASES.toLocaleString('en')} use cases`, () => {
  const session = appPerTest();

  for (const lang of ['en', 'fr'] as const) {
    it(`finds the use cases to score by title and starts with them (${lang})`, async () => {
      const text = T[lang];
      const { page, bundle } = await openLargeScreen(session, {
        language: lang,
        person: 'Fatima',
        screen: 'live',
        heading: text.heading,
        useCases: USE_CASES,
        seed: 31,
      });

      // A live session scores the use cases not abandoned: more than a session holds here.
      const active = bundle.useCases.filter((u) => u.status !== 'abandoned');
      expect(active.length).toBeGreaterThan(LIVE_LIMITS.useCases);
      const total = grouped(active.length, lang);
      await page
        .getByText(text.limit(grouped(LIVE_LIMITS.useCases, lang)), { exact: true })
        .waitFor();
      await page.getByText(text.chosen('0', total), { exact: true }).waitFor();
      expect(await page.getByRole('checkbox').count()).toBe(PAGE);

      // "All" chooses every one; Start then names the limit and starts nothing.
      await page.getByRole('button', { name: text.all, exact: true }).click();
      await page.getByText(text.chosen(total, total), { exact: true }).waitFor();
      await page.getByRole('button', { name: text.start }).click();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe(text.tooMany(total, grouped(LIVE_LIMITS.useCases, lang)));
      await page.getByRole('button', { name: text.none, exact: true }).click();
      await page.getByText(text.chosen('0', total), { exact: true }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);

      // Two use cases found by their titles, ticked, and the session started with them.
      const picked = [active[700], active[1200]].map((u) => u?.title ?? '');
      const search = page.getByRole('searchbox', { name: text.search });
      for (const title of picked) {
        await search.fill(title);
        await page.getByRole('checkbox', { name: title, exact: true }).check();
      }
      await page.getByText(text.chosen('2', total), { exact: true }).waitFor();
      await screenshot(page, `${lang}-live-start-large`);
      await page.getByRole('button', { name: text.start }).click();
      const passcode = (await page.getByTestId('passcode').innerText()).trim();
      expect(passcode).toMatch(/^\d{6}$/);
      for (const title of picked) await page.getByText(title, { exact: true }).first().waitFor();
    });
  }
});
