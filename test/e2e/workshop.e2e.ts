import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { giveName, openScreen, plain, type Lang } from './support/clarte';
import { appPerTest, checkAccessibility, pdfPagesToPng, screenshot } from './support/app';

const OUT = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** What the user reads, in each language (kept here, not taken from the app). */
const TEXT = {
  en: {
    nav: 'Run a workshop',
    prepare: 'Prepare the workshop',
    start: 'Start the workshop',
    resume: 'Resume the workshop',
    plannedScore: 'Planned minutes for Score',
    total: 'Planned: 3:35:00 in all',
    stepOf: (n: number) => `Step ${n} of 8`,
    prompt: 'Why are we here?',
    scored: /\d+ of \d+ use cases scored/,
    divergences: /\d+ divergences? to discuss/,
    park: 'Park a remark',
    remark: 'Remark',
    owner: 'Owner',
    save: 'Save',
    remarkText: 'Ask legal whether call recordings may train the model',
    remarkOwner: 'Chloé Martin',
    pause: 'Stop here',
    paused: 'Stopped on step 4 (Find use cases).',
    matrix: 'Matrix',
    ranking: 'Ranking',
    rankedTable: 'Ranked use cases',
    end: 'End the workshop',
    minutesTitle: 'Minutes of the workshop: ',
    timeSpent: 'Time spent per step',
    top: 'The top 5 use cases',
    firstCase: 'Automatic supplier invoice capture',
    firstOverall: '68.8',
    parkingTitle: 'Parking lot',
    markdown: 'Download as Markdown',
    exceptions: 'Exceptions',
    participants: 'Participants: ',
    changes: 'What changed',
    exportSvg: 'Export as SVG',
    exportPng: 'Export as PNG',
    moveTo: /^Move to… \(.+\)$/,
    suggest: 'Suggest a roadmap',
    snapshotName: /^Workshop of \S.*\d{4} · end of the workshop$/,
  },
  fr: {
    nav: 'Animer un atelier',
    prepare: 'Préparer l’atelier',
    start: 'Commencer l’atelier',
    resume: 'Reprendre l’atelier',
    plannedScore: 'Minutes prévues pour Évaluer',
    total: 'Prévu : 3:35:00 au total',
    stepOf: (n: number) => `Étape ${n} sur 8`,
    prompt: 'Pourquoi sommes-nous là ?',
    scored: /\d+ cas d’usage sur \d+ évalués/,
    divergences: /\d+ écarts? à discuter/,
    park: 'Garer une remarque',
    remark: 'Remarque',
    owner: 'Responsable',
    save: 'Enregistrer',
    remarkText: 'Demander au juridique si les enregistrements d’appels peuvent entraîner le modèle',
    remarkOwner: 'Chloé Martin',
    pause: 'S’arrêter ici',
    paused: 'Arrêté à l’étape 4 (Trouver les cas d’usage).',
    matrix: 'Matrice',
    ranking: 'Classement',
    rankedTable: 'Cas d’usage classés',
    end: 'Terminer l’atelier',
    minutesTitle: 'Compte rendu de l’atelier : ',
    timeSpent: 'Temps passé par étape',
    top: 'Les 5 premiers cas d’usage',
    firstCase: 'Lecture automatique des factures fournisseurs',
    firstOverall: '68,8',
    parkingTitle: 'Parking',
    markdown: 'Télécharger en Markdown',
    exceptions: 'Exceptions',
    participants: 'Participants : ',
    changes: 'Ce qui a changé',
    exportSvg: 'Exporter en SVG',
    exportPng: 'Exporter en PNG',
    moveTo: /^Déplacer vers… \(.+\)$/,
    suggest: 'Suggérer une feuille de route',
    snapshotName: /^Atelier du \S.*\d{4} · fin de l’atelier$/,
  },
} as const;

/** The screen each of the eight steps opens (PRODUCT.md "The flow of a workshop"). */
const STEP_PATHS = [
  'framing',
  'workflows',
  'journey',
  'use-cases',
  'use-cases',
  'scoring',
  'ranking',
  'roadmap',
];

/** How many of the elements matched are on screen (not hidden by the projector view). */
async function visibleCount(locator: Locator): Promise<number> {
  const all = await locator.all();
  const shown = await Promise.all(all.map((l) => l.isVisible()));
  return shown.filter(Boolean).length;
}

function bar(page: Page) {
  return page.locator('[data-workshop-bar]');
}

async function onStep(page: Page, lang: Lang, n: number): Promise<void> {
  await bar(page).getByText(TEXT[lang].stepOf(n)).waitFor();
  await page.waitForURL(new RegExp(`/${STEP_PATHS[n - 1]}$`));
}

async function expectAccessible(page: Page): Promise<void> {
  const violations = (await checkAccessibility(page))
    .map((v) => ({ ...v, targets: v.targets.filter((x) => !x.startsWith('._status_')) }))
    .filter((v) => v.targets.length > 0);
  expect(violations).toEqual([]);
}

/**
 * The smallest rendered font size (px) of the visible elements matched; inside an SVG, the
 * computed size times the SVG's scale on screen (what the room sees).
 */
async function smallestFont(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const sizes = [...document.querySelectorAll(sel)]
      .filter((e) => e.getBoundingClientRect().width > 0 && (e.textContent ?? '').trim() !== '')
      .map((e) => {
        const size = parseFloat(getComputedStyle(e).fontSize);
        const svg = e instanceof SVGElement ? e.ownerSVGElement : null;
        const box = svg?.viewBox.baseVal;
        const scale =
          svg && box && box.width > 0 ? svg.getBoundingClientRect().width / box.width : 1;
        return size * scale;
      });
    return sizes.length ? Math.min(...sizes) : 0;
  }, selector);
}

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('a guided workshop in %s', (lang: Lang, locale) => {
  const text = TEXT[lang];
  const session = appPerTest();

  it(
    'runs the eight steps on the demo, parks a remark, stops and resumes, ends with minutes',
    { timeout: 240_000 },
    async () => {
      const app = await session.open({
        locale,
        contextOptions: { viewport: { width: 1280, height: 720 }, acceptDownloads: true },
      });
      const { page } = app;
      await giveName(page, lang, 'Ada Lovelace');
      await page.getByRole('link', { name: /Maison Delorme/ }).click();
      await openScreen(page, text.nav);

      // Agenda: eight steps, planned durations editable (35 -> 40 minutes for scoring).
      await page.getByRole('button', { name: text.prepare }).click();
      const planned = page.getByLabel(text.plannedScore);
      await planned.fill('40');
      await planned.press('Tab');
      await page.getByText(text.total).waitFor();
      expect(await page.locator('tbody tr').count()).toBe(8);
      await screenshot(page, `${lang}-workshop-agenda`);
      await expectAccessible(page);

      // Step 1 opens Framing in the focused layout: the side navigation gives way to the bar.
      await page.getByRole('button', { name: text.start }).click();
      await onStep(page, lang, 1);
      expect(plain(await bar(page).textContent())).toContain(text.prompt);
      expect(await page.getByRole('navigation', { name: /./ }).count()).toBe(0);

      // Next by keyboard through steps 2..4.
      for (const n of [2, 3, 4]) {
        await page.locator('body').press(']');
        await onStep(page, lang, n);
      }
      // A remark parked at any moment, with its owner.
      await bar(page).getByRole('button', { name: text.park }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(text.remark).fill(text.remarkText);
      await dialog.getByLabel(text.owner, { exact: true }).fill(text.remarkOwner);
      await dialog.getByRole('button', { name: text.save }).click();
      await dialog.waitFor({ state: 'detached' });

      // Stop here, then resume where it was.
      await bar(page).getByRole('button', { name: text.pause }).click();
      await bar(page).waitFor({ state: 'detached' });
      await openScreen(page, text.nav);
      await page.getByText(text.paused).waitFor();
      await page.getByRole('button', { name: text.resume }).click();
      await onStep(page, lang, 4);

      for (const n of [5, 6]) {
        await page.locator('body').press(']');
        await onStep(page, lang, n);
      }
      const progress = plain(await bar(page).textContent());
      expect(progress).toMatch(text.scored);
      expect(progress).toMatch(text.divergences);
      await screenshot(page, `${lang}-workshop-step-score`);
      await expectAccessible(page);

      // Prioritise: the ranking, then the projector view (key p), arrows to move.
      await page.locator('body').press(']');
      await onStep(page, lang, 7);
      const table = page.getByRole('table', { name: text.rankedTable });
      await table.locator('tbody tr').first().waitFor();
      const rankingRows = (await table.locator('tbody tr').allTextContents()).map(plain);
      await page.locator('body').press('p');
      await page.locator('html[data-projector="on"]').waitFor();
      expect(await smallestFont(page, 'main p, main td')).toBeGreaterThanOrEqual(24);
      await screenshot(page, `${lang}-projector-ranking-1280x720`);
      await expectAccessible(page);
      await bar(page).getByRole('link', { name: text.matrix }).click();
      await page.waitForURL(/\/matrix$/);
      await page.locator('svg text').first().waitFor();
      expect(await smallestFont(page, 'main svg text')).toBeGreaterThanOrEqual(16);
      // No editing chrome in the room: the matrix's export buttons are hidden.
      expect(await visibleCount(page.getByRole('button', { name: text.exportSvg }))).toBe(0);
      expect(await visibleCount(page.getByRole('button', { name: text.exportPng }))).toBe(0);
      await screenshot(page, `${lang}-projector-matrix-1280x720`);
      await page.setViewportSize({ width: 1920, height: 1080 });
      expect(await smallestFont(page, 'main svg text')).toBeGreaterThanOrEqual(16);
      await screenshot(page, `${lang}-projector-matrix-1920x1080`);
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.locator('body').press('ArrowRight');
      await onStep(page, lang, 8);
      // The roadmap's cards are shown without their "Move to…" buttons and drag handles, and
      // without the header's "Suggest" and settings buttons.
      await page.getByText(text.firstCase).first().waitFor();
      expect(await visibleCount(page.getByRole('button', { name: text.moveTo }))).toBe(0);
      expect(await visibleCount(page.getByRole('button', { name: text.suggest }))).toBe(0);
      await screenshot(page, `${lang}-projector-roadmap-1280x720`);
      await expectAccessible(page);
      await page.locator('body').press('p');
      await page.locator('html[data-projector="on"]').waitFor({ state: 'detached' });
      // Out of the projector view the editing controls are back.
      expect(await visibleCount(page.getByRole('button', { name: text.moveTo }))).toBeGreaterThan(
        0,
      );

      // End: the agenda, then the minutes.
      await page.locator('body').press(']');
      await page.waitForURL(/\/workshop$/);
      await page.getByRole('button', { name: text.end }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: text.end }).click();
      await page.waitForURL(/\/workshop\/minutes\//);
      const minutes = page.locator('article');
      await minutes.getByRole('heading', { name: text.timeSpent }).waitFor();
      const minutesText = plain(await minutes.textContent());
      expect(minutesText).toContain(text.minutesTitle);
      expect(minutesText).toContain(`${text.participants}`);
      expect(minutesText).toContain(text.remarkText);
      expect(minutesText).toContain(text.remarkOwner);
      // The top 5 of the minutes are the first five rows of the ranking, in order.
      const topRows = minutes.getByRole('region', { name: text.top }).locator('tbody tr');
      expect(await topRows.count()).toBe(5);
      expect(plain(await topRows.first().textContent())).toContain(text.firstOverall);
      for (let i = 0; i < 5; i++) {
        const title = plain(await topRows.nth(i).locator('td').nth(1).textContent());
        if (i === 0) expect(title).toBe(text.firstCase);
        expect(rankingRows[i]).toContain(title);
      }
      await screenshot(page, `${lang}-workshop-minutes`);
      await expectAccessible(page);

      // Markdown download.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: text.markdown }).click(),
      ]);
      const markdown = readFileSync((await download.path()) ?? '', 'utf8');
      expect(markdown.startsWith(`# ${text.minutesTitle}`)).toBe(true);
      expect(markdown).toContain(`## ${text.timeSpent}`);
      expect(markdown).toContain(text.firstCase);

      // Printable PDF: A4, the minutes' text inside, no app chrome.
      mkdirSync(OUT, { recursive: true });
      const pdf = path.join(OUT, `${lang}-workshop-minutes.pdf`);
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      const pdfText = plain(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
      // Table cells wrap in print: whole headings and short figures are searched for.
      expect(pdfText).toContain(text.top);
      expect(pdfText).toContain(text.firstOverall);
      expect(pdfText).toContain(text.remarkOwner);
      expect(pdfText).toContain(text.timeSpent);
      expect(pdfText).not.toContain(text.markdown);
      pdfPagesToPng(pdf, `${lang}-workshop-minutes-pdf`);

      // The parked remark waits in the exceptions inbox with its owner.
      await page.goto(page.url().replace(/\/workshop\/minutes\/.*$/, '/exceptions'));
      const inbox = plain(await page.locator('main').textContent());
      await page.getByText(text.remarkText).first().waitFor();
      expect(plain(await page.locator('main').textContent())).toContain(text.remarkOwner);
      expect(inbox.length).toBeGreaterThan(0);

      // Ending the workshop froze the decision: one snapshot named after the workshop and date.
      await openScreen(page, text.changes);
      const snapshotRows = page.getByTestId('snapshot-row');
      await snapshotRows.first().waitFor();
      expect(await snapshotRows.count()).toBe(1);
      const snapshotName = plain(await snapshotRows.first().locator('td').first().textContent());
      expect(snapshotName).toMatch(text.snapshotName);
      expect(snapshotName).toContain(String(new Date().getFullYear()));
    },
  );
});
