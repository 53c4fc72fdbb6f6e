import type { Page } from 'playwright-core';
import { buildLargeWorkspace } from '../../../src/domain/demo/large-workspace';
import type { Lang } from './clarte';

/** The book's e2e workspace: 1,200 use cases (24 parts of 50), its texts in the language. */
export function bookOf1200(language: Lang): ReturnType<typeof buildLargeWorkspace> {
  return buildLargeWorkspace({
    useCases: 1200,
    steps: 60,
    seed: 11,
    now: '2026-11-01T09:00:00.000Z',
    language,
  });
}

interface PrintRecord {
  /** Business case pages drawn when the app called window.print(). */
  pages: number | null;
  /** Every text the book's "preparing" status showed before. */
  statuses: string[];
}

/**
 * Presses the book's Print button with the browser's print dialog replaced by a recorder; waits
 * until the app calls window.print(). Returns how many business case pages were drawn then, and
 * what the status line said while they were being drawn.
 */
export async function printTheBook(
  page: Page,
  print: string,
): Promise<{ pages: number; statuses: string[] }> {
  await page.evaluate(() => {
    const record: PrintRecord = { pages: null, statuses: [] };
    (window as unknown as { printRecord: PrintRecord }).printRecord = record;
    new MutationObserver(() => {
      const status = document.querySelector('[data-testid="book-preparing"]')?.textContent;
      if (status && record.statuses.at(-1) !== status) record.statuses.push(status);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    window.print = () => {
      record.pages = document.querySelectorAll('[data-testid="business-case-page"]').length;
    };
  });
  await page.getByRole('button', { name: print }).click();
  await page.waitForFunction(
    () => (window as unknown as { printRecord: PrintRecord }).printRecord.pages !== null,
    undefined,
    { timeout: 120_000 },
  );
  return page.evaluate(() => {
    const { pages, statuses } = (window as unknown as { printRecord: PrintRecord }).printRecord;
    return { pages: pages ?? 0, statuses };
  });
}
