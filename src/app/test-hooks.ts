import type { Weights } from '../domain/schema/criterion';

// The hooks' code (Dexie repositories, schemas, ranking) is loaded on first use, so that the e2e
// build measured by the benchmark starts with the same JavaScript as the production build.
const actions = () => import('./test-hook-actions');

/** The app's router, once drawn (only what the hooks read of it). */
let router: { state: { navigation: { state: string } } } | null = null;

/** Called by the app with its router (e2e build only). */
export function exposeRouter(appRouter: NonNullable<typeof router>): void {
  router = appRouter;
}

/**
 * Only in the e2e build (`vite build --mode e2e`): lets tests and the benchmark load a generated
 * workspace (e.g. 5,000 use cases) without going through the screens, and measure the domain in
 * the browser. Absent from the production build.
 */
export function installTestHooks(): void {
  Object.assign(window, {
    __clarteTest: {
      insertBundle: async (json: string) => (await actions()).insertBundle(json),
      prepareImport: async () => (await actions()).prepareImport(),
      importBackupFile: async (file: string | Blob) => (await actions()).importBackupFile(file),
      benchRanking: async (json: string, runs: number) =>
        (await actions()).benchRanking(json, runs),
      setWeights: async (workspaceId: string, weights: Weights) =>
        (await actions()).setWeights(workspaceId, weights),
      // Whether a navigation is under way (e.g. a screen's code loading, a redirect).
      navigating: () => router !== null && router.state.navigation.state !== 'idle',
    },
  });
}
