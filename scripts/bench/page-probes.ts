import type { Page } from 'playwright-core';

type Hooks = {
  __clarteTest: {
    insertBundle: (json: string) => Promise<string>;
    importBackupFile: (file: string | Blob) => Promise<{ readMs: number; writeMs: number }>;
  };
};

/** Puts a text in the page (outside the timed part: a large string takes a while to pass). */
async function handOver(page: Page, text: string): Promise<void> {
  await page.evaluate(
    (j) => ((window as unknown as { __benchJson: string }).__benchJson = j),
    text,
  );
}

export interface ImportTimes {
  /** From the file's text to the workspace stored. */
  totalMs: number;
  /** Until the file's frame is read in the import worker (the panel then asks how to import). */
  readMs: number;
  /** Importing it as new from then: records written as the worker checks them, in one transaction. */
  writeMs: number;
}

/**
 * The app's import of a backup file, as the Import panel does it: the chosen file (made from the
 * text before the timed part, as a file on disk exists before it is chosen) opened in the import
 * worker, which reads it, then imported as a new workspace from its frame on (importBackupParts:
 * the records are written as the worker checks them), timed per phase.
 */
export async function appImport(page: Page, backupText: string): Promise<ImportTimes> {
  await handOver(page, backupText);
  return page.evaluate(async () => {
    const w = window as unknown as Hooks & { __benchJson: string; __longtasks: number[] };
    const file = new File([w.__benchJson], 'backup.json', { type: 'application/json' });
    w.__longtasks.length = 0;
    const t0 = performance.now();
    const { readMs, writeMs } = await w.__clarteTest.importBackupFile(file);
    return { totalMs: performance.now() - t0, readMs, writeMs };
  });
}

/** Our import of the workspace JSON (parse, validate with the schemas, write in one transaction). */
export async function ourImport(page: Page, json: string): Promise<number> {
  await handOver(page, json);
  return page.evaluate(async () => {
    const w = window as unknown as Hooks & { __benchJson: string; __longtasks: number[] };
    w.__longtasks.length = 0;
    const t0 = performance.now();
    await w.__clarteTest.insertBundle(w.__benchJson);
    return performance.now() - t0;
  });
}

/**
 * The physical limit: the same records written raw to IndexedDB in one transaction. With
 * `indexes` (Dexie store specs, e.g. `'id, workspaceId, *stepIds'`), the stores get the same
 * indexes as the app's database: what any app that queries these records must also pay.
 */
export async function rawWrite(
  page: Page,
  json: string,
  indexes?: Record<string, string | null>,
): Promise<number> {
  await handOver(page, json);
  return page.evaluate(async (specs) => {
    const text = (window as unknown as { __benchJson: string }).__benchJson;
    const t0 = performance.now();
    const bundle = JSON.parse(text) as Record<string, unknown>;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(`bench-raw-${Math.random()}`, 1);
      req.onupgradeneeded = () => {
        for (const name of Object.keys(bundle)) {
          const storeName = name === 'workspace' ? 'workspaces' : name;
          const store = req.result.createObjectStore(storeName, { keyPath: 'id' });
          const spec = specs?.[storeName] ?? '';
          for (const index of spec
            .split(',')
            .map((x) => x.trim())
            .slice(1)) {
            if (index.startsWith('*'))
              store.createIndex(index, index.slice(1), { multiEntry: true });
            else if (index.startsWith('[')) store.createIndex(index, index.slice(1, -1).split('+'));
            else if (index) store.createIndex(index, index);
          }
        }
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    const names = [...db.objectStoreNames];
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(names, 'readwrite');
      for (const [name, value] of Object.entries(bundle)) {
        const store = tx.objectStore(name === 'workspace' ? 'workspaces' : name);
        for (const record of Array.isArray(value) ? value : [value]) store.put(record);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    const ms = performance.now() - t0;
    db.close();
    return ms;
  }, indexes ?? null);
}

/** The longest main-thread task seen since the last reset (PerformanceObserver longtask). */
export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, ...(window as unknown as { __longtasks: number[] }).__longtasks),
  );
}

/**
 * An init script: for each selector, records (in `__paintedAt`) the time of the second animation
 * frame after an element matching it entered the page, i.e. once the frame holding it has
 * painted. Measured in the page, so Playwright's polling and round trips are not counted.
 */
export function paintWatcher(selectors: readonly string[]): string {
  return `(() => {
    const selectors = ${JSON.stringify(selectors)};
    const painted = (window.__paintedAt = {});
    const seen = new Set();
    const look = () => {
      for (const s of selectors)
        if (!seen.has(s) && document.querySelector(s)) {
          seen.add(s);
          requestAnimationFrame(() => requestAnimationFrame(() => (painted[s] = performance.now())));
        }
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true });
  })();`;
}

/** Time since navigation start until an element matching `selector` was painted (paintWatcher). */
export async function paintedAt(page: Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction(
    (s) => (window as unknown as { __paintedAt?: Record<string, number> }).__paintedAt?.[s],
    selector,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}
