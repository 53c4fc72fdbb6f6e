import { createBrowserRouter, Navigate } from 'react-router';
import { AppShell } from './app-shell';
import { SCREENS } from './navigation';
import { RouteError } from './route-error';
import { WorkspaceLayout } from './workspace-layout';

const lazyScreen = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({
  Component: (await load()).default,
});

/** Every screen is a route of its own (deep-linkable), loaded when first visited. */
export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <span />,
    children: [
      { index: true, lazy: lazyScreen(() => import('../features/workspaces/home-screen')) },
      {
        path: 'w/:workspaceId',
        element: <WorkspaceLayout />,
        children: [
          { index: true, element: <Navigate to="use-cases" replace /> },
          ...SCREENS.map((screen) => ({ path: screen.path, lazy: lazyScreen(screen.load) })),
          { path: 'book', lazy: lazyScreen(() => import('../features/use-cases/book-screen')) },
          {
            path: 'use-cases/:useCaseId/:tab?',
            lazy: lazyScreen(() => import('../features/use-cases/use-case-page')),
          },
        ],
      },
      { path: '*', element: <RouteError notFound /> },
    ],
  },
]);
