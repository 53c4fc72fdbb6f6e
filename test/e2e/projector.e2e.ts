import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { giveName, openRankedUseCase, type Lang } from './support/clarte';
import { appPerTest, picturesWanted, screenshot, screenshotDir } from './support/app';

/** What the room reads, in each language (kept here, not taken from the app). */
const TEXT = {
  en: {
    ranking: 'Ranking',
    rankedTable: 'Ranked use cases',
    demoCase: 'Automatic supplier invoice capture',
  },
  fr: {
    ranking: 'Classement',
    rankedTable: 'Cas d’usage classés',
    demoCase: 'Lecture automatique des factures fournisseurs',
  },
} as const;

/** The screens a facilitator projects, by their path in the workspace. */
const VIEWS = [
  ['ranking', 'ranking', 'table tbody tr'],
  ['matrix', 'matrix', 'main svg text'],
  ['why-here', 'use-cases/:case/explanation', 'main svg text'],
  ['divergences', 'scoring', 'main h2'],
  ['roadmap', 'roadmap', 'main h2'],
] as const;

const SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

/** What the room sees at this size: the smallest type, the editing chrome, what is cut. */
async function projected(page: Page) {
  return page.evaluate(() => {
    const shown = (e: Element) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    const withText = (sel: string) =>
      [...document.querySelectorAll(sel)].filter(
        (e) =>
          shown(e) &&
          [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
      );
    // Inside an SVG, the computed size times the drawing's scale on screen (what the room sees).
    const size = (e: Element) => {
      const px = parseFloat(getComputedStyle(e).fontSize);
      const svg = e instanceof SVGElement ? e.ownerSVGElement : null;
      const box = svg?.viewBox.baseVal;
      return svg && box && box.width > 0
        ? (px * svg.getBoundingClientRect().width) / box.width
        : px;
    };
    const smallest = (list: Element[]) => (list.length ? Math.min(...list.map(size)) : 0);
    const body = withText('main :not(svg):not(svg *)');
    const labels = withText('main svg text, main svg tspan');
    const chrome = [
      ...document.querySelectorAll(
        'main input:not([type="checkbox"]), main select, main textarea, main [data-editing-chrome], nav[aria-label]',
      ),
    ].filter(shown).length;
    return {
      smallestBody: smallest(body),
      smallestBodyText: body.find((e) => size(e) === smallest(body))?.textContent?.slice(0, 60),
      smallestLabel: smallest(labels),
      labels: labels.length,
      chrome,
      sideways: document.documentElement.scrollWidth - window.innerWidth,
      // Chart labels that stick out of their drawing (cut at its edge).
      cutLabels: labels
        .filter((e) => {
          const svg = (e as SVGElement).ownerSVGElement;
          if (!svg) return false;
          const [text, frame] = [e.getBoundingClientRect(), svg.getBoundingClientRect()];
          return text.left < frame.left - 1 || text.right > frame.right + 1;
        })
        .map((e) => e.textContent),
    };
  });
}

/**
 * The ranked table scrolled into view: how many of its rows the room sees whole, and the titles
 * cut short (a title is clamped to two lines: more is hidden).
 */
async function rankingInView(page: Page, name: string) {
  const table = page.getByRole('table', { name, exact: true });
  // Scrolled as a facilitator does: the table's box just under the app's header.
  await table.evaluate((t) => {
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    window.scrollBy(0, (t.parentElement ?? t).getBoundingClientRect().top - header);
  });
  return table.evaluate((t) => {
    const box = (t.parentElement ?? t).getBoundingClientRect();
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const rows = [...t.querySelectorAll('tbody tr[aria-rowindex]')];
    const whole = rows.filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= Math.max(box.top, header) && r.bottom <= Math.min(box.bottom, innerHeight);
    });
    const cut = rows
      .map((row) => row.querySelector('td:nth-child(2) > *'))
      .filter((title): title is Element => !!title && title.scrollHeight > title.clientHeight + 1)
      .map((title) => title.textContent);
    return { rows: rows.length, whole: whole.length, cut };
  });
}

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('the projector view in %s', (lang: Lang, locale) => {
  const text = TEXT[lang];
  const session = appPerTest();

  it(
    'shows the ranking, the matrix, "why here", the divergences and the roadmap readable from the back of the room',
    { timeout: 300_000 },
    async () => {
      const { page } = await session.open({
        locale,
        contextOptions: { viewport: { width: 1280, height: 720 } },
      });
      await giveName(page, lang, 'Ada Lovelace');
      await page.getByRole('link', { name: /Maison Delorme/ }).click();
      await openRankedUseCase(page, text, text.demoCase);
      const [, base, useCase] = /^(.*\/w\/[^/]+)\/use-cases\/([^/]+)/.exec(page.url()) ?? [];
      for (const [name, route, ready] of VIEWS) {
        await page.setViewportSize({ width: 1280, height: 720 });
        await page.goto(`${base}/${route.replace(':case', useCase ?? '')}`);
        await page.locator(ready).first().waitFor();
        // The key works once the workspace's keyboard shortcuts are listening (loaded lazily).
        await expect
          .poll(async () => {
            await page.locator('body').press('p');
            return page.locator('html[data-projector="on"]').count();
          })
          .toBe(1);
        for (const [width, height] of SIZES) {
          await page.setViewportSize({ width, height });
          const seen = await projected(page);
          await screenshot(page, `${lang}-projector-${name}-${width}x${height}`);
          // Body at least 24 px, chart labels at least 16 px, no editing chrome, nothing cut.
          expect(
            seen.smallestBody,
            `${name} ${width}: ${seen.smallestBodyText}`,
          ).toBeGreaterThanOrEqual(24);
          if (seen.labels > 0)
            expect(seen.smallestLabel, `${name} ${width}`).toBeGreaterThanOrEqual(16);
          expect(seen.chrome, `${name} ${width}`).toBe(0);
          expect(seen.sideways, `${name} ${width}`).toBeLessThanOrEqual(0);
          expect(seen.cutLabels, `${name} ${width}`).toEqual([]);
          if (name === 'ranking' && width === 1280) {
            // The demo's 12 ranked use cases: 9 rows or more seen at once (6 before), whole titles.
            const ranking = await rankingInView(page, text.rankedTable);
            if (picturesWanted())
              await page.screenshot({
                path: path.join(screenshotDir(), `${lang}-projector-ranking-in-view-1280x720.png`),
              });
            expect(ranking.rows).toBe(12);
            expect(ranking.whole).toBeGreaterThanOrEqual(9);
            expect(ranking.cut).toEqual([]);
          }
        }
      }
    },
  );
});
