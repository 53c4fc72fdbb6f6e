import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  UI,
  openScreen,
  scoreCriterion,
  type Lang,
  createUseCase,
  enterDemoWorkspace,
} from './support/clarte';
import { appPerTest, screenshot } from './support/app';

/** What the user reads (kept here, not taken from the app). */
const T = {
  en: {
    audit: 'Audit trail',
    useCase: 'Use case',
    person: 'Person',
    kind: 'Kind of change',
    scores: 'Scores',
    exportCsv: /^Export (this entry|these [\d,]+ entries) \(CSV\)$/,
    shownOne: '1 of 1 matching entry shown (',
    changed: 'Changed',
    created: 'Created',
  },
  fr: {
    audit: 'Journal',
    useCase: 'Cas d’usage',
    person: 'Personne',
    kind: 'Type de modification',
    scores: 'Notes',
    exportCsv: /^Exporter (cette entrée|ces [\d\s\u202f]+ entrées) \(CSV\)$/,
    shownOne: '1 entrée affichée sur 1 qui correspond (',
    changed: 'Modifié',
    created: 'Créé',
  },
} as const;

/** A title a spreadsheet would run as a formula, were it not neutralised. */
const TITLE = '=HYPERLINK("http://example.invalid","x")';
/** An id as the app drew them before (its older records keep them). */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('audit trail in %s', (lang: Lang, locale) => {
  const ui = UI[lang];
  const tx = T[lang];
  const session = appPerTest();

  it('shows names and values in the language, filters, and exports the filtered trail', async () => {
    const { page } = await session.open({ locale });
    await enterDemoWorkspace(page, lang, 'Ada Lovelace');
    await createUseCase(page, lang, TITLE);
    await scoreCriterion(page, lang, 'strategicValue', 4);
    await page.getByRole('button', { name: ui.saveScores }).click();
    await page.getByRole('button', { name: ui.saveScores, disabled: true }).waitFor();
    // The ids a person must never read: the workspace's and the use case's (its page's address).
    const ids = /\/w\/([^/]+)\/use-cases\/([^/?#]+)/.exec(page.url())!.slice(1);
    expect(ids).toHaveLength(2);
    const noId = (shown: string) => {
      for (const id of ids) expect(shown).not.toContain(id);
      expect(shown).not.toMatch(UUID);
    };

    await openScreen(page, tx.audit);
    const filters = page
      .getByRole('group', { name: /./ })
      .filter({ has: page.getByLabel(tx.kind) });
    // The use case is searched by its title, then picked from the few matching ones.
    await page.getByRole('combobox', { name: tx.useCase, exact: true }).fill('HYPERLINK');
    const option = page.getByRole('option', { name: TITLE, exact: true });
    await option.waitFor();
    await screenshot(page, `${lang}-audit-trail-use-case-search`);
    await option.click();
    await page.getByLabel(tx.person, { exact: true }).selectOption({ label: 'Ada Lovelace' });
    await page.getByLabel(tx.kind, { exact: true }).selectOption({ label: tx.scores });
    await page.getByText(tx.shownOne).waitFor();
    const list = page.getByRole('list', { name: tx.audit });
    const text = (await list.textContent()) ?? '';
    expect(text).toContain(TITLE);
    expect(text).toContain(ui.criteria.strategicValue);
    expect(text).toContain('Ada Lovelace');
    noId(text);
    expect(await filters.count()).toBe(1);
    await screenshot(page, `${lang}-audit-trail-filters`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: tx.exportCsv }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    // The header and the one entry shown; the formula-like title is neutralised.
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`'=HYPERLINK`);
    expect(lines[1]).toContain('Ada Lovelace');
    noId(lines[1]!);
  }, 150_000);
});
