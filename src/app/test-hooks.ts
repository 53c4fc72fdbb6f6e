import { database } from '../db/database';
import { insertWorkspaceBundle } from '../db/repositories/workspace-bundles';
import { workspaceBundleSchema } from '../domain/schema/workspace-bundle';

/**
 * Only in the e2e build (`vite build --mode e2e`): lets a test load a generated workspace
 * (e.g. 5,000 use cases) without going through the screens. Absent from the production build.
 */
export function installTestHooks(): void {
  Object.assign(window, {
    __clarteTest: {
      insertBundle: (json: string) =>
        insertWorkspaceBundle(database(), workspaceBundleSchema.parse(JSON.parse(json))),
    },
  });
}
