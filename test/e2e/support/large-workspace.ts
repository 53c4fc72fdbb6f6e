import type { Page } from 'playwright-core';
import { buildLargeWorkspace } from '../../../src/domain/demo/large-workspace';
import type { Language } from '../../../src/domain/schema/common';
import { insertBundle, type appPerTest } from './app';
import { giveName } from './clarte';

/** The date every seeded large workspace of the e2e tests is made at. */
export const LARGE_WORKSPACE_NOW = '2026-11-01T09:00:00.000Z';

/**
 * A seeded large workspace (buildLargeWorkspace), stored through the e2e build's test hook, then
 * one of its screens opened by its address (`ranking`, `matrix`, `roadmap`…).
 */
export async function openLargeWorkspace(
  page: Page,
  screen: string,
  options: { useCases: number; steps: number; seed: number; language: Language },
) {
  const bundle = buildLargeWorkspace({ ...options, now: LARGE_WORKSPACE_NOW });
  const workspaceId = await insertBundle(page, bundle);
  await page.goto(`/w/${workspaceId}/${screen}`);
  return { bundle, workspaceId };
}

/**
 * A new person's page in one language (en-US or fr-FR), named, with a seeded large workspace
 * (100 steps) open on one screen whose main heading has been drawn.
 */
export async function openLargeScreen(
  session: ReturnType<typeof appPerTest>,
  options: {
    language: Language;
    person: string;
    screen: string;
    heading: string;
    useCases: number;
    seed: number;
  },
) {
  const { language, person, screen, heading, useCases, seed } = options;
  const { page } = await session.open({ locale: language === 'fr' ? 'fr-FR' : 'en-US' });
  await giveName(page, language, person);
  const { bundle } = await openLargeWorkspace(page, screen, {
    useCases,
    steps: 100,
    seed,
    language,
  });
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  return { page, bundle };
}
