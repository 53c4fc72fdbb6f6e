import './global.css';
import { RouterProvider } from 'react-router';
import { loadable, useLoaded, type Loadable } from '../ui/loadable';
import { ToastProvider } from '../ui/toast';
import { ActorGate } from './actor-gate';
import type OfflineAppScreen from './offline-app';
import type { createAppRouter } from './router';
import { exposeRouter, installTestHooks } from './test-hooks';

if (import.meta.env.MODE === 'e2e') installTestHooks();

// The service worker exists in the production build only (not under `npm run dev` nor in tests).
// Drawn without Suspense (ui/loadable), so that it holds back no other part of the page.
const OFFLINE_APP = import.meta.env.PROD ? loadable(() => import('./offline-app')) : null;

function Offline({ code }: { code: Loadable<{ default: typeof OfflineAppScreen }> }) {
  const module = useLoaded(code);
  return module ? <module.default /> : null;
}

/** Composition root: translations, toasts, the person's name, then the routes. */
export function App({ router }: { router: ReturnType<typeof createAppRouter> }) {
  if (import.meta.env.MODE === 'e2e') exposeRouter(router);
  return (
    <ToastProvider>
      <ActorGate>
        <RouterProvider router={router} />
      </ActorGate>
      {OFFLINE_APP ? <Offline code={OFFLINE_APP} /> : null}
    </ToastProvider>
  );
}
