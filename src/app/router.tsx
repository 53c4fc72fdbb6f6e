import { createBrowserRouter, Navigate } from 'react-router';
import { AppShell } from './app-shell';
import { RouteError } from './route-error';
import { WorkspaceLayout } from './workspace-layout';

/** Every screen is a route of its own (deep-linkable), loaded when first visited. */
export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('../features/workspaces/home-screen')).default,
        }),
      },
      {
        path: 'w/:workspaceId',
        element: <WorkspaceLayout />,
        children: [
          { index: true, element: <Navigate to="use-cases" replace /> },
          {
            path: 'use-cases',
            lazy: async () => ({
              Component: (await import('../features/use-cases/use-case-list-screen')).default,
            }),
          },
          {
            path: 'use-cases/:useCaseId/:tab?',
            lazy: async () => ({
              Component: (await import('../features/use-cases/use-case-page')).default,
            }),
          },
          {
            path: 'ranking',
            lazy: async () => ({
              Component: (await import('../features/ranking/ranking-screen')).default,
            }),
          },
          {
            path: 'audit',
            lazy: async () => ({
              Component: (await import('../features/audit/audit-screen')).default,
            }),
          },
          {
            path: 'method',
            lazy: async () => ({
              Component: (await import('../features/method/method-screen')).default,
            }),
          },
        ],
      },
      { path: '*', element: <RouteError notFound /> },
    ],
  },
]);
