import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { setUpI18n } from './i18n/i18n';

const root = document.getElementById('root');
// The catalogue of the UI language is loaded before the first render.
if (root) {
  await setUpI18n();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
