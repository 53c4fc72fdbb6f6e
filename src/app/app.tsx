import './global.css';
import { lazy, Suspense } from 'react';
import { RouterProvider } from 'react-router';
import { ToastProvider } from '../ui/toast';
import { ActorGate } from './actor-gate';
import type { createAppRouter } from './router';
import { installTestHooks } from './test-hooks';

if (import.meta.env.MODE === 'e2e') installTestHooks();

// The service worker exists in the production build only (not under `npm run dev` nor in tests).
const OfflineApp = import.meta.env.PROD ? lazy(() => import('./offline-app')) : null;

/** Composition root: translations, toasts, the person's name, then the routes. */
export function App({ router }: { router: ReturnType<typeof createAppRouter> }) {
  return (
    <ToastProvider>
      <ActorGate>
        <RouterProvider router={router} />
      </ActorGate>
      {OfflineApp ? (
        <Suspense fallback={null}>
          <OfflineApp />
        </Suspense>
      ) : null}
    </ToastProvider>
  );
}
