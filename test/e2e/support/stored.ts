import type { Page } from 'playwright-core';

/**
 * A fingerprint of everything the app has stored (every IndexedDB table of the `clarte`
 * database, read as stored): equal before and after an action proves that it wrote nothing.
 */
export async function storedFingerprint(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clarte');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const tables = [...db.objectStoreNames].sort();
    const rows = await Promise.all(
      tables.map(
        (table) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = db.transaction(table).objectStore(table).getAll();
            request.onsuccess = () => resolve(request.result as unknown[]);
            request.onerror = () => reject(new Error(String(request.error)));
          }),
      ),
    );
    db.close();
    const text = JSON.stringify(tables.map((table, i) => [table, rows[i]]));
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${tables.length} tables, ${text.length} characters, sha-256 ${hex}`;
  });
}

/** Every record of the named IndexedDB tables of the `clarte` database, as stored. */
export async function storedTables(
  page: Page,
  tables: readonly string[],
): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clarte');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const read = (table: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(table).objectStore(table).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(new Error(String(request.error)));
      });
    const result: Record<string, unknown[]> = {};
    for (const table of names) result[table] = await read(table);
    db.close();
    return result;
  }, tables);
}
