import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * React Aria's packages re-export every component from one index: all of it is "imported" by the
 * first screen, though tree-shaking keeps only the button. Left to automatic splitting, so that
 * the first screen does not take the dialogs, tables and menus the other screens share.
 */
const REACT_ARIA =
  /node_modules[\\/](react-aria|react-aria-components|react-stately|@react-aria|@react-stately|@internationalized)[\\/]/;

/**
 * One file for the code the entry imports statically (the first screen's), instead of the dozens
 * of small shared chunks automatic splitting makes of it: the browser fetches six files at a
 * time from one server, so opening any screen waited on round trips rather than bytes
 * (docs/performance.md). Lazy code stays lazy: only modules the entry already loads are grouped.
 */
function firstScreenInOneChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const loadedWithEntry = new Set<string>();
  const entries = new Set<string>();
  const plugin: Plugin = {
    name: 'clarte:first-screen-in-one-chunk',
    apply: 'build',
    buildEnd() {
      loadedWithEntry.clear();
      entries.clear();
      const stack = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      // index.html is a module of its own whose one import is src/main.tsx: keep both.
      for (const id of stack) {
        entries.add(id);
        this.getModuleInfo(id)?.importedIds.forEach((main) => entries.add(main));
      }
      while (stack.length > 0) {
        const id = stack.pop() as string;
        if (loadedWithEntry.has(id)) continue;
        loadedWithEntry.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  // The entry itself stays the entry chunk (index.html's script, the build manifest's entry).
  const test = (id: string) => loadedWithEntry.has(id) && !entries.has(id) && !REACT_ARIA.test(id);
  return { plugin, test };
}

const firstScreen = firstScreenInOneChunk();

// The e2e build (`--mode e2e`) exposes a small test hook (see src/app/test-hooks.ts);
// the production build does not contain it.
export default defineConfig({
  plugins: [react(), firstScreen.plugin],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: the chunk graph, read by the benchmark to measure the JavaScript
    // of the first screen (scripts/bench/bundle-size.ts).
    manifest: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', test: firstScreen.test }] } },
    },
  },
});
