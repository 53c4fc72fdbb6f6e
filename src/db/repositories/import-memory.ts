import {
  headerSetKey,
  readRemembered,
  type RememberedImport,
} from '../../domain/exchange/import-memory';
import type { ClarteDatabase } from '../database';

/** The choices made the last time a list with these headers was imported, or null. */
export async function readRememberedImport(
  db: ClarteDatabase,
  headers: readonly string[],
): Promise<RememberedImport | null> {
  const record = await db.meta.get(headerSetKey(headers));
  return readRemembered(record?.value, headers);
}

/** Inside a writing transaction over `meta`: remembers the choices made for these headers. */
export async function rememberImport(
  db: ClarteDatabase,
  remembered: RememberedImport,
): Promise<void> {
  await db.meta.put({ key: headerSetKey(remembered.headers), value: JSON.stringify(remembered) });
}
