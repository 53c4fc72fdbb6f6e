import type { Weights } from '../domain/schema/criterion';

// The hooks' code (Dexie repositories, schemas, ranking) is loaded on first use, so that the e2e
// build measured by the benchmark starts with the same JavaScript as the production build.
const actions = () => import('./test-hook-actions');

/**
 * Only in the e2e build (`vite build --mode e2e`): lets tests and the benchmark load a generated
 * workspace (e.g. 5,000 use cases) without going through the screens, and measure the domain in
 * the browser. Absent from the production build.
 */
export function installTestHooks(): void {
  Object.assign(window, {
    __clarteTest: {
      insertBundle: async (json: string) => (await actions()).insertBundle(json),
      importBackupFile: async (file: string | Blob) => (await actions()).importBackupFile(file),
      benchRanking: async (json: string, runs: number) =>
        (await actions()).benchRanking(json, runs),
      setWeights: async (workspaceId: string, weights: Weights) =>
        (await actions()).setWeights(workspaceId, weights),
    },
  });
}
