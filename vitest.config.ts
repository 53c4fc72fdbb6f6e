import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/*
 * Three fast projects and the e2e one:
 * - unit: `src/**\/*.test.ts` in Node (the domain, repositories, pure helpers). Starting a jsdom
 *   per file cost ~6 s of the ~8 s per file on the shared 2-core machine, for tests that use no DOM.
 * - unit-dom: `src/**\/*.test.tsx` (React components) in jsdom with Testing Library. A `.test.ts`
 *   that needs a DOM can opt in with a `// @vitest-environment jsdom` first-line comment.
 * - integration: `test/integration` in Node with fake-indexeddb (Dexie needs no DOM).
 * - server: `test/server` in Node, the production server of `npm start` (server/).
 */
export default defineConfig({
  plugins: [react()],
  test: {
    // No test is timed: speed is measured by `npm run bench`. The limit only stops a hung test, and
    // the default 5 s failed property tests and 10,000-record tests on a loaded shared machine.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-dom',
          include: ['src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['test/setup-node.ts'],
        },
      },
      {
        test: {
          name: 'server',
          include: ['test/server/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          // Each worker process keeps its Chromium from one spec file to the next (see
          // launchBrowser): no new process and browser per file.
          isolate: false,
          fileParallelism: process.env.E2E_WORKERS !== '1',
          maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // The page answers after IndexedDB writes and renders; 1 s (the default) is too tight on
          // a shared, loaded machine. A poll still fails as soon as its 10 s are spent.
          expect: { poll: { timeout: 10_000, interval: 100 } },
        },
      },
    ],
  },
});
