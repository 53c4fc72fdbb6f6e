import type { Page } from 'playwright-core';

type Hooks = { __clarteTest: { insertBundle: (json: string) => Promise<string> } };

/** Our import of the workspace JSON (parse, validate with the schemas, write in one transaction). */
export async function ourImport(page: Page, json: string): Promise<number> {
  await page.evaluate(
    (j) => ((window as unknown as { __benchJson: string }).__benchJson = j),
    json,
  );
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
  await page.evaluate(
    (j) => ((window as unknown as { __benchJson: string }).__benchJson = j),
    json,
  );
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

/** Time (ms since navigation start, or since `from`) until a selector is painted. */
export async function waitForPaint(
  page: Page,
  selector: string,
  sinceNavigation: boolean,
): Promise<number> {
  await page.locator(selector).first().waitFor({ timeout: 30_000 });
  return page.evaluate(async (since) => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return since ? performance.now() : 0;
  }, sinceNavigation);
}
