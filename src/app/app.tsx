import './global.css';
import { RouterProvider } from 'react-router';
import { ToastProvider } from '../ui/toast';
import { ActorGate } from './actor-gate';
import type { createAppRouter } from './router';
import { installTestHooks } from './test-hooks';

if (import.meta.env.MODE === 'e2e') installTestHooks();

/** Composition root: translations, toasts, the person's name, then the routes. */
export function App({ router }: { router: ReturnType<typeof createAppRouter> }) {
  return (
    <ToastProvider>
      <ActorGate>
        <RouterProvider router={router} />
      </ActorGate>
    </ToastProvider>
  );
}
