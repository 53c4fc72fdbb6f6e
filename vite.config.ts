import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The e2e build (`--mode e2e`) exposes a small test hook (see src/app/test-hooks.ts);
// the production build does not contain it.
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: the chunk graph, read by the benchmark to measure the JavaScript
    // of the first screen (scripts/bench/bundle-size.ts).
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
});
