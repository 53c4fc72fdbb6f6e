import type { Page } from 'playwright-core';
import { buildLargeWorkspace } from '../../../src/domain/demo/large-workspace';
import type { Language } from '../../../src/domain/schema/common';
import { insertBundle } from './app';

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
