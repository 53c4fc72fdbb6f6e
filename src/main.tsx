import './domain/schema/zod-without-jit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { database } from './db/database';
import { openDatabase } from './db/open-database';
import { allTextsLoaded, setUpI18n } from './i18n/i18n';

const root = document.getElementById('root');
if (root) {
  // The texts of the UI language are asked for first, the database opened (and upgraded) alongside;
  // then the router starts loading the address's screen and its data (many files); the first
  // render waits for the texts only. A database written by a newer release is not opened for
  // writing: a page says so and offers its export.
  const texts = setUpI18n();
  const opening = await openDatabase(database()).catch(() => ({ kind: 'ready' }) as const);
  if (opening.kind === 'newer') {
    // Rare (a database written by a newer release): its page is not part of the first screen.
    const [{ NewerDatabasePage }] = await Promise.all([import('./app/newer-database-page'), texts]);
    await allTextsLoaded();
    createRoot(root).render(
      <StrictMode>
        <NewerDatabasePage storedVersion={opening.storedVersion} />
      </StrictMode>,
    );
  } else {
    const router = createAppRouter();
    await texts;
    createRoot(root).render(
      <StrictMode>
        <App router={router} />
      </StrictMode>,
    );
  }
}
