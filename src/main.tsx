import './domain/schema/zod-without-jit';
import './app/start-early-read';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppRouter, preloadScreenAt, workspaceAt } from './app/router';
import { seedWorkspaceList } from './data/workspace-list';
import { readBeforeDexie } from './db/read-before-dexie';
import { preloadBackupStatus } from './features/exchange/backup-status';
import { allTextsLoaded, setUpI18n } from './i18n/i18n';

const root = document.getElementById('root');
if (root) {
  // The texts of the UI language are asked for first; Dexie is loaded and the database opened
  // (and upgraded) alongside, while a few lines of IndexedDB check the stored version and read
  // the home page's list of workspaces, so that the first screen does not wait for Dexie. Then
  // the router starts loading the address's screen and its data (many files); the first render
  // waits for the texts only. A database to upgrade is opened before the first render; one written
  // by a newer release is not opened for writing: a page says so and offers its export.
  // The screen's code (known from the address) is asked for at once, not once the router exists.
  const texts = setUpI18n();
  preloadScreenAt(window.location.pathname);
  const early = readBeforeDexie(window.location.pathname === '/');
  const opening = import('./db/open-database')
    .then((m) => m.openAppDatabase())
    .catch(() => ({ kind: 'ready' }) as const);
  const read = await early;
  const opened = read.current ? ({ kind: 'ready' } as const) : await opening;
  if (opened.kind === 'newer') {
    // Rare (a database written by a newer release): its page is not part of the first screen.
    const [{ NewerDatabasePage }] = await Promise.all([import('./app/newer-database-page'), texts]);
    await allTextsLoaded();
    createRoot(root).render(
      <StrictMode>
        <NewerDatabasePage storedVersion={opened.storedVersion} />
      </StrictMode>,
    );
  } else {
    if (read.current && read.workspaces) seedWorkspaceList(read.workspaces);
    const router = createAppRouter();
    // The header's backup line, read live from the database: asked for now, drawn with the screen.
    preloadBackupStatus(workspaceAt(window.location.pathname));
    await texts;
    createRoot(root).render(
      <StrictMode>
        <App router={router} />
      </StrictMode>,
    );
  }
}
