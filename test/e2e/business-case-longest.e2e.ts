import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../../src/domain/schema/criterion';
import { LIMITS } from '../../src/domain/schema/common';
import type { WorkspaceBundle } from '../../src/domain/schema/workspace-bundle';
import { fullScoresOf, sampleWorkspaceBundle } from '../fixtures/builders';
import { giveName, plain, type Lang } from './support/clarte';
import {
  appPerTest,
  insertBundle,
  pdfPagesToPng,
  picturesWanted,
  screenshotDir,
} from './support/app';

const OUT = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** What the user reads, in each language (kept here, not taken from the app). */
const TEXT = {
  en: {
    printedOn: 'printed on',
    appendix: 'Appendix',
    withAppendix: 'Print the appendix (full texts)',
    criteria: [
      'Strategic business value',
      'Customer-experience impact',
      'Financial potential',
      'Data & process maturity',
      'Technical complexity',
      'Brand impact',
      'Compliance & operational risk',
      'Alignment with key initiatives',
    ],
  },
  fr: {
    printedOn: 'imprimé le',
    appendix: 'Annexe',
    withAppendix: 'Imprimer l’annexe (textes complets)',
    criteria: [
      'Valeur commerciale stratégique',
      'Impact sur l’expérience client',
      'Potentiel financier',
      'Maturité des données et des processus',
      'Complexité technique',
      'Impact sur la marque',
      'Conformité et risques opérationnels',
      'Alignement sur les initiatives clés',
    ],
  },
} as const;

/**
 * A text of exactly `length` characters made of wide words (W and M are the widest letters),
 * ending with `end`: the longest a field takes, and the hardest to fit.
 */
function longest(length: number, end: string): string {
  const words: string[] = [];
  let text = '';
  for (let i = 0; text.length < length; i++) {
    words.push(`WMWMWMW${i}`);
    text = words.join(' ');
  }
  return `${text.slice(0, length - end.length - 1)} ${end}`;
}

/** A word with no space at all: it must break rather than push the page wider. */
function unbroken(length: number): string {
  return 'M'.repeat(length);
}

/**
 * A fully scored use case with every text at the length its schema allows (titles and names
 * 200 characters, texts 5,000), six raters with long names and long rationales on every
 * criterion, eight divergences, twenty decisions with 5,000-character reasons, thirty anchors,
 * twenty KPI effects and ten-digit money figures.
 */
function longestBundle(): WorkspaceBundle {
  const bundle = sampleWorkspaceBundle('max');
  const ws = bundle.workspace.id;
  const [match, ...others] = bundle.useCases;
  if (!match) throw new Error('sample bundle without use cases');
  const name = (n: number) => longest(LIMITS.name, `NAME-${n}`);
  const kpis = Array.from({ length: 20 }, (_, i) => ({
    id: `max-kpi-${i}`,
    name: name(i),
    departmentId: null,
    unit: longest(LIMITS.name, 'UNIT'),
    direction: 'up' as const,
    baseline: 999_999_999,
  }));
  bundle.workspace = {
    ...bundle.workspace,
    name: longest(LIMITS.name, 'END-OF-WORKSPACE'),
    kpis: [...bundle.workspace.kpis, ...kpis],
  };
  const steps = Array.from({ length: 30 }, (_, i) => ({
    id: `max-step-${i}`,
    workspaceId: ws,
    workflowId: 'max-wf-p2p',
    name: name(100 + i),
    phase: null,
    kind: null,
    position: 10 + i,
    departmentId: null,
    owner: '',
    yearlyVolume: null,
    frequency: '',
  }));
  bundle.steps = [...bundle.steps, ...steps];
  bundle.workflows = bundle.workflows.map((w) => ({ ...w, name: longest(LIMITS.name, 'WF') }));
  bundle.useCases = [
    {
      ...match,
      title: `${unbroken(60)} ${longest(LIMITS.name - 61, 'END-OF-TITLE')}`,
      description: longest(LIMITS.text, 'END-OF-DESCRIPTION'),
      owner: longest(LIMITS.name, 'END-OF-OWNER'),
      intention: `${unbroken(300)} ${longest(LIMITS.text - 301, 'END-OF-INTENTION')}`,
      dataSignals: longest(LIMITS.text, 'END-OF-SIGNALS'),
      complianceNote: longest(LIMITS.text, 'END-OF-COMPLIANCE'),
      stepIds: [...match.stepIds, ...steps.map((s) => s.id)],
      humanLoop: {
        automationLevel: 'assist',
        exceptionOwner: longest(LIMITS.name, 'END-OF-EXCEPTION-OWNER'),
        howToPause: longest(LIMITS.text, 'END-OF-PAUSE'),
      },
      successMeasure: {
        kpiId: 'max-kpi-0',
        baseline: 999_999_999_999,
        target: 1_999_999_999_999,
        reviewDate: '2027-12-31',
      },
      kpiEffects: kpis.map((k) => ({ kpiId: k.id, effect: 'increase' as const })),
      financialEstimate: {
        yearlyVolume: 9_999_999_999,
        minutesSavedPerItem: 999_999,
        hourlyCost: 9_999_999,
        adoptionRate: 100,
        yearlyRevenueUplift: 9_999_999_999_999,
        oneOffCost: 9_999_999_999_999,
        yearlyRunningCost: 9_999_999_999,
        currency: 'EUR',
      },
      tags: Array.from({ length: 50 }, (_, i) => `tag${i}`.padEnd(LIMITS.tag, 'W')),
    },
    ...others,
  ];
  // Six raters, long names, every criterion scored 1 or 5 with a 5,000-character rationale:
  // every criterion diverges.
  const participants = Array.from({ length: 6 }, (_, i) => ({
    id: `max-p-${i}`,
    workspaceId: ws,
    name: longest(LIMITS.name, `RATER-${i}`),
    departmentId: null,
    role: longest(LIMITS.name, 'ROLE'),
  }));
  bundle.participants = [...bundle.participants, ...participants];
  const cards = participants.map((p, i) => {
    const scores = fullScoresOf({}, i % 2 === 0 ? 1 : 5);
    for (const c of CRITERION_IDS)
      scores[c].rationale = longest(LIMITS.text, `END-OF-RATIONALE-${c}-${i}`);
    return {
      id: `max-sc-${i}`,
      workspaceId: ws,
      useCaseId: match.id,
      participantId: p.id,
      scores,
      updatedAt: '2025-03-01T09:00:00.000Z',
    };
  });
  bundle.scorecards = [...bundle.scorecards.filter((c) => c.useCaseId !== match.id), ...cards];
  const [, , divergence] = bundle.decisions;
  if (!divergence || divergence.kind !== 'divergenceResolution')
    throw new Error('sample bundle without a divergence resolution');
  bundle.decisions = [
    ...bundle.decisions.filter((d) => d.kind !== 'divergenceResolution'),
    ...Array.from({ length: 20 }, (_, n) => ({
      ...divergence,
      id: `max-dec-${n}`,
      author: longest(LIMITS.name, `AUTHOR-${n}`),
      criterion: CRITERION_IDS[n % CRITERION_IDS.length] ?? 'strategicValue',
      at: `2025-03-${String(1 + (n % 28)).padStart(2, '0')}T09:00:00.000Z`,
      reason: longest(LIMITS.text, `END-OF-REASON-${n}`),
    })),
  ];
  return bundle;
}

interface Printed {
  pages: number;
  pageSize: string;
  text: string;
  firstPage: string;
}

interface PrintedLayout {
  /** The smallest text of the two charts and of the radar's legend, in CSS pixels. */
  smallestChartText: number;
  /** Rows of the scores table whose bottom is clipped by the page. */
  cutRows: number;
  rows: number;
  /** Pairs of texts of one chart (labels, legend entries) that overlap, by their words. */
  overlaps: string[];
  /** Texts of a chart that stick out of its drawing or legend (cut at the edge). */
  outside: number;
}

/** Measures the sheet as it prints (print media): chart text sizes, clipped rows, overlaps. */
async function printedLayout(page: Page): Promise<PrintedLayout> {
  await page.emulateMedia({ media: 'print' });
  const layout = await page.getByTestId('business-case-page').evaluate((sheet) => {
    const charts = [...sheet.querySelectorAll('figure svg text, figure li')];
    const sizes = charts
      .filter((el) => (el.textContent ?? '').trim() !== '')
      .map((el) => parseFloat(getComputedStyle(el).fontSize));
    const rows = [...sheet.querySelectorAll('table tbody tr')];
    const cutRows = rows.filter((row) => {
      const bottom = row.getBoundingClientRect().bottom;
      let box: Element | null = row.parentElement;
      while (box && box !== sheet.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflow !== 'visible' && bottom > box.getBoundingClientRect().bottom + 0.5)
          return true;
        box = box.parentElement;
      }
      return false;
    }).length;
    // Boxes of text are taller than their letters: a pair overlaps when they share more than
    // 3 px both ways (two rows of labels touching box to box do not).
    const inside = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 3 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 3;
    const overlaps: string[] = [];
    let outside = 0;
    for (const figure of sheet.querySelectorAll('figure')) {
      const frame = figure.getBoundingClientRect();
      const texts = [...figure.querySelectorAll('svg text, li')]
        .filter((el) => (el.textContent ?? '').trim() !== '')
        .map((el) => ({ words: el.textContent ?? '', box: el.getBoundingClientRect() }));
      texts.forEach((a, i) => {
        if (a.box.left < frame.left - 0.5 || a.box.right > frame.right + 0.5) outside += 1;
        for (const b of texts.slice(i + 1))
          if (inside(a.box, b.box)) overlaps.push(`${a.words} / ${b.words}`);
      });
    }
    return { smallestChartText: Math.min(...sizes), cutRows, rows: rows.length, overlaps, outside };
  });
  await page.emulateMedia({ media: 'screen' });
  return layout;
}

/** Prints the page as the browser would (print media, A4, the page's @page rules). */
async function printToPdf(page: Page, name: string, pictures = true): Promise<Printed> {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-raw', file, '-'], {
    encoding: 'utf8',
  });
  if (pictures) pdfPagesToPng(file, name);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    pageSize: /Page size:\s+(.*)/.exec(info)?.[1] ?? '',
    text: plain(text),
    firstPage: plain(firstPage),
  };
}

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)(
  'the business case with the longest content the schemas allow, in %s',
  (lang: Lang, locale) => {
    const text = TEXT[lang];
    const session = appPerTest();

    it('prints the sheet on exactly one A4 page, and the full texts on the appendix when asked', async () => {
      const app = await session.open({ locale });
      const { page } = app;
      await giveName(page, lang, 'Ada Lovelace');
      await page.getByRole('link', { name: /Maison Delorme/ }).waitFor();
      await insertBundle(page, longestBundle());
      await page.goto(`/w/max-ws/use-cases/max-uc-match/businessCase`);
      const sheet = page.getByTestId('business-case-page');
      await sheet.locator('.recharts-polar-grid').first().waitFor();
      if (picturesWanted()) {
        mkdirSync(screenshotDir(), { recursive: true });
        // The sheet only: the on-screen appendix of these texts is far too long for one picture.
        // A clip of the whole page (the sheet is taller than the window, 3,400 px on screen): on
        // the loaded shared machine, capturing it takes more than the default 30 s.
        await page.evaluate(() => window.scrollTo(0, 0));
        const box = await sheet.boundingBox();
        if (!box) throw new Error('the sheet is not laid out');
        await page.screenshot({
          path: path.join(screenshotDir(), `${lang}-business-case-longest.png`),
          fullPage: true,
          clip: box,
          timeout: 150_000,
        });
      }

      // The sheet alone: one A4 page (pdfinfo names the size), its footer printed.
      await page.getByLabel(text.withAppendix).uncheck();

      const alone = await printToPdf(page, `${lang}-business-case-longest-sheet`);
      const layout = await printedLayout(page);
      expect(alone.pages).toBe(1);
      expect(alone.pageSize).toMatch(/ pts \(A4\)$/);
      expect(alone.text).toContain(text.printedOn);
      expect(alone.text).not.toContain(text.appendix);
      for (const criterion of text.criteria) expect(alone.text).toContain(plain(criterion));

      // As printed: the eight rows of scores whole, chart labels at least 9 pt (12 CSS px), and
      // no text of a chart over another one or cut at its edge.
      expect(layout.rows).toBe(8);
      expect(layout.cutRows).toBe(0);
      expect(layout.smallestChartText).toBeGreaterThanOrEqual(12);
      expect(layout.overlaps).toEqual([]);
      expect(layout.outside).toBe(0);

      // With the appendix: the sheet is still the whole first page, the long texts follow in full.
      await page.getByLabel(text.withAppendix).check();
      const whole = await printToPdf(page, `${lang}-business-case-longest-appendix`, false);
      expect(whole.pages).toBeGreaterThan(1);
      expect(whole.firstPage).toContain(text.printedOn);
      expect(whole.firstPage).not.toContain('END-OF-INTENTION');
      expect(whole.text).toContain(text.appendix);
      expect(whole.text).toContain('END-OF-INTENTION');
      expect(whole.text).toContain('END-OF-REASON-19');
    }, 480_000);
  },
);
