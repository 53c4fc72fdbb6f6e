import { createBrowserRouter } from 'react-router';
import { AppShell, WORKSPACE_NAME } from './app-shell';
import { allTextsLoaded } from '../i18n/i18n';
import { SCREENS } from './navigation';
import { RouteError } from './route-error';
import { WORKSPACE_ADDRESS } from './workspace-address';
import type { WorkspaceRead } from '../data/workspace-queries';

type ScreenModule = () => Promise<{ default: React.ComponentType }>;

/** A screen loaded when first visited, shown once the texts of every area are loaded too. */
const lazyScreen = (load: ScreenModule) => async () => {
  const [module] = await Promise.all([load(), allTextsLoaded()]);
  return { Component: module.default };
};

/** The home screen uses only the core texts: it does not wait for the others (first screen). */
const firstScreen = (load: ScreenModule) => async () => ({ Component: (await load()).default });

/**
 * A route loader that starts the screen's live reads while its code loads (the screen then finds
 * its data ready instead of reading it once mounted); it returns at once and never blocks. The
 * reads (with Dexie) are loaded here, not with the first screen.
 */
const warm =
  (reads: readonly WorkspaceRead[] = []) =>
  ({ params }: { params: { workspaceId?: string } }) => {
    const id = params.workspaceId;
    if (id) void import('../data/workspace-queries').then((m) => m.warmWorkspaceReads(id, reads));
    return null;
  };

const RANKED: readonly WorkspaceRead[] = ['rankingRecords'];

// A workspace's layout with the header's workspace name (one of the header's lazy parts): both
// arrive with the screen, so that the name is not drawn after it.
const loadLayout = () =>
  Promise.all([import('./workspace-layout'), WORKSPACE_NAME.load()]).then(([m]) => m);
const loadBook = () => import('../features/use-cases/book-screen');
const loadUseCasePage = () => import('../features/use-cases/use-case-page');

/**
 * Starts loading the code of the screen at `pathname` (a workspace's layout and screen), before
 * the router exists: main.tsx calls it first, while the texts load and the database is checked.
 * The router's own loads of the same files then find them loading or loaded.
 */
export function preloadScreenAt(pathname: string): void {
  const match = /^\/w\/[^/]+(?:\/([^/]+)(\/[^/])?)?/.exec(pathname);
  if (!match) return;
  void loadLayout();
  const [, path = 'use-cases', deeper] = match;
  if (path === 'use-cases' && deeper) void loadUseCasePage();
  else if (path === 'book') void loadBook();
  else if (!deeper) void SCREENS.find((screen) => screen.path === path)?.load();
}

/** The workspace at `pathname` (as the router's `workspaceId` parameter), or null. */
export function workspaceAt(pathname: string): string | null {
  const id = /^\/w\/([^/]+)/.exec(pathname)?.[1];
  try {
    return id === undefined ? null : decodeURIComponent(id);
  } catch {
    return null;
  }
}

/**
 * Every screen is a route of its own (deep-linkable), loaded when first visited. Creating the
 * router starts loading the current address's screen and its data.
 */
export const createAppRouter = () =>
  createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <span />,
      children: [
        {
          // The home page, with the exchange area's backup import composed in.
          index: true,
          lazy: async () => {
            const [home, exchange] = await Promise.all([
              import('../features/workspaces/home-screen'),
              import('../features/exchange/backup-import-panel'),
            ]);
            const [Home, Import] = [home.default, exchange.BackupImportPanel];
            return { Component: () => <Home backupImport={<Import />} /> };
          },
        },
        {
          path: 'w/:workspaceId',
          loader: warm(),
          lazy: firstScreen(loadLayout),
          children: [
            WORKSPACE_ADDRESS,
            ...SCREENS.map((screen) => ({
              path: screen.path,
              loader: warm(screen.reads),
              lazy: lazyScreen(screen.load),
            })),
            {
              path: 'workshop/minutes/:workshopId',
              loader: warm(),
              lazy: lazyScreen(() => import('../features/workshop/minutes-screen')),
            },
            {
              // The book's business cases show the participants' names and the workflow steps.
              path: 'book',
              loader: warm([...RANKED, 'participants', 'workflowAnchors']),
              lazy: lazyScreen(loadBook),
            },
            {
              path: 'use-cases/:useCaseId/:tab?',
              loader: warm([...RANKED, 'participants', 'workflowAnchors']),
              lazy: lazyScreen(loadUseCasePage),
            },
          ],
        },
        { path: '*', element: <RouteError notFound /> },
      ],
    },
    {
      // A participant of a live session: no workspace, no header, a phone-sized page.
      path: 'join/:sessionId',
      errorElement: <RouteError />,
      hydrateFallbackElement: <span />,
      lazy: lazyScreen(() => import('../features/live-session/join-screen')),
    },
  ]);
