import './domain/schema/zod-without-jit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { setUpI18n } from './i18n/i18n';

const root = document.getElementById('root');
if (root) {
  // The texts of the UI language are asked for first; then the router starts loading the
  // address's screen and its data (many files); the first render waits for the texts only.
  const texts = setUpI18n();
  const router = createAppRouter();
  await texts;
  createRoot(root).render(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  );
}
