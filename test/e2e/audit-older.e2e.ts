import { describe, it } from 'vitest';
import { buildLargeWorkspace } from '../../src/domain/demo/large-workspace';
import { auditEntrySchema } from '../../src/domain/schema/audit-entry';
import { giveName, type Lang } from './support/clarte';
import { appPerTest, insertBundle, screenshot } from './support/app';

// Issue 15: the audit trail reads 100 entries at a time. A workspace of 1,000 use cases with 250
// changes besides its creation (251 entries): 100 shown, then 200, then all 251.
const NOW = '2026-11-01T09:00:00.000Z';

/** What the user reads (kept here, not taken from the app). */
const TEXT = {
  en: {
    locale: 'en-US',
    heading: 'Audit trail',
    shown: (n: number) => `${n} of 251 entries shown.`,
    older: (n: number) => `Show ${n} older entries`,
    kind: 'Kind of change',
    useCase: 'Use case',
    workspace: 'Workspace',
    // 250 changes to use cases, 1 creation of the workspace.
    useCases: (n: number) => `${n} of 250 matching entries shown (251 in the trail).`,
    created: '1 of 1 matching entry shown (251 in the trail).',
  },
  fr: {
    locale: 'fr-FR',
    heading: 'Journal',
    shown: (n: number) => `${n} entrées affichées sur 251.`,
    older: (n: number) => `Afficher ${n} entrées plus anciennes`,
    kind: 'Type de modification',
    useCase: 'Cas d’usage',
    workspace: 'Espace de travail',
    useCases: (n: number) =>
      `${n} entrées affichées sur 250 qui correspondent (251 dans le journal).`,
    created: '1 entrée affichée sur 1 qui correspond (251 dans le journal).',
  },
} as const;

describe.each(['en', 'fr'] as const)('the audit trail of 1,000 use cases in %s', (lang: Lang) => {
  const session = appPerTest();
  const text = TEXT[lang];

  it('shows the newest 100 entries, then 100 older, then the last 51, and says so; then filters', async () => {
    const bundle = buildLargeWorkspace({
      useCases: 1000,
      steps: 20,
      seed: 5,
      now: NOW,
      language: lang,
    });
    const changes = bundle.useCases.slice(0, 250).map((u, i) =>
      auditEntrySchema.parse({
        id: `e2e-audit-${i}`,
        workspaceId: bundle.workspace.id,
        at: new Date(Date.parse(NOW) + (i + 1) * 1000).toISOString(),
        actor: 'Ada Lovelace',
        action: 'updated',
        entityType: 'useCase',
        entityId: u.id,
        label: `Change ${i + 1}`,
        before: null,
        after: null,
      }),
    );
    const { page } = await session.open({ locale: text.locale });
    await giveName(page, lang, 'Ada Lovelace');
    await insertBundle(page, { ...bundle, audit: [...bundle.audit, ...changes] });
    await page.goto(`/w/${bundle.workspace.id}/audit`);
    await page.getByRole('heading', { level: 1, name: text.heading }).waitFor({ timeout: 60_000 });
    // The status line says what is on screen (the pages loaded) of what matches.
    const says = (line: string) =>
      page.getByRole('status').filter({ hasText: line }).waitFor({ timeout: 60_000 });
    await says(text.shown(100));
    await screenshot(page, `${lang}-audit-first-page`);
    // Newest first (the list draws the rows in view: its first is the newest change).
    await page.getByText('Change 250', { exact: true }).waitFor();
    await page.getByRole('button', { name: text.older(100) }).click();
    await says(text.shown(200));
    await page.getByRole('button', { name: text.older(51) }).click();
    await says(text.shown(251));
    await page.getByRole('button', { name: /older|anciennes/ }).waitFor({ state: 'detached' });
    await screenshot(page, `${lang}-audit-older-entries`);
    // A filter reads its first page again and says what it matches of the whole trail.
    const kind = page.getByLabel(text.kind, { exact: true });
    await kind.selectOption({ label: text.useCase });
    await says(text.useCases(100));
    await page.getByRole('button', { name: text.older(100) }).click();
    await says(text.useCases(200));
    await screenshot(page, `${lang}-audit-older-filtered`);
    await kind.selectOption({ label: text.workspace });
    await says(text.created);
    await page.getByRole('button', { name: /older|anciennes/ }).waitFor({ state: 'detached' });
    // Longer than its waits of 60 s: else the test's default 60 s ends it before they do.
  }, 150_000);
});
