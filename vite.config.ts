import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';

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

const ICONS: ManifestOptions['icons'] = [
  { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/** The web app manifest, in English (manifest.webmanifest) and French (manifest.fr.webmanifest). */
const MANIFEST: Record<'en' | 'fr', Partial<ManifestOptions>> = {
  en: {
    lang: 'en',
    name: 'Clarté – AI and automation use cases',
    short_name: 'Clarté',
    description: 'Discover, score and prioritise AI and automation use cases, on your own machine.',
  },
  fr: {
    lang: 'fr',
    name: 'Clarté – cas d’usage IA et automatisation',
    short_name: 'Clarté',
    description:
      'Découvrir, noter et prioriser les cas d’usage d’IA et d’automatisation, sur votre machine.',
  },
};
const MANIFEST_COMMON: Partial<ManifestOptions> = {
  id: '/',
  start_url: '/',
  scope: '/',
  dir: 'ltr',
  display: 'standalone',
  theme_color: '#141c2b',
  background_color: '#f6f7f9',
  icons: ICONS,
};
const FRENCH_MANIFEST = 'manifest.fr.webmanifest';

/** The French manifest beside the English one; the app points its <link> at the UI language's. */
const frenchManifest: Plugin = {
  name: 'clarte:french-manifest',
  apply: 'build',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: FRENCH_MANIFEST,
      source: JSON.stringify({ ...MANIFEST.fr, ...MANIFEST_COMMON }, null, 2),
    });
  },
};

/**
 * Installable and offline (vite-plugin-pwa, Workbox): every file of the build is precached, and
 * every address of the app opens index.html from the cache. A new version waits ('prompt'): the
 * app offers to reload (src/app/update-prompt.tsx), it never reloads by itself.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: { ...MANIFEST.en, ...MANIFEST_COMMON },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,wasm,woff2}'],
    // The largest chunk (spreadsheets) is over Workbox's 2 MB default; all of it is needed offline.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

// The e2e build (`--mode e2e`) exposes a small test hook (see src/app/test-hooks.ts);
// the production build does not contain it.
export default defineConfig({
  plugins: [react(), firstScreen.plugin, offline, frenchManifest],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // Module workers (each is created with type 'module'): a worker's code can then be split, e.g.
  // the import worker loads the spreadsheet reader with the first spreadsheet only.
  worker: { format: 'es' },
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
