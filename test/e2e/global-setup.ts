import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { createClarteServer } from '../../server/clarte-server';
import { createLiveSessions } from '../../server/live/attach-live-sessions';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
  }
}

/** Several people may run e2e builds at once: each can pick its own folder (E2E_OUT_DIR). */
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist-e2e';

function findChromium(): string {
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it with \`apt-get install -y chromium\` ` +
        '(Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    );
  }
  return chromiumPath;
}

async function buildApp(root: string): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite only makes a production build (minified,
  // React production bundle, no JSX dev transform) when NODE_ENV is unset or
  // 'production'. Force it for the build, then restore it for the test workers.
  const previousNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      mode: 'e2e',
      logLevel: 'warn',
      // No gzip size report: nobody reads it here, and it is work on every build.
      build: { outDir: OUT_DIR, emptyOutDir: true, reportCompressedSize: false },
    });
  } finally {
    if (previousNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previousNodeEnv;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  const root = project.config.root;

  const skipBuild = process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(root, OUT_DIR));
  const started = Date.now();
  if (!skipBuild) await buildApp(root);
  const built = Date.now();

  // The production server of `npm start` (server/), on a port the system picks: every e2e test
  // runs under the production headers (CSP, no framing...) and with its caching.
  // With the live sessions, kept in a folder of their own removed at the end.
  const liveData = mkdtempSync(path.join(tmpdir(), 'clarte-e2e-live-'));
  const live = await createLiveSessions({ dataDir: liveData });
  const server = await createClarteServer({
    root: path.join(root, OUT_DIR),
    port: 0,
    attach: (httpServer) => live.attach(httpServer),
  });
  const baseURL = server.url;

  if (process.env.E2E_VERBOSE === '1' || skipBuild) {
    console.log(
      `[e2e] ${skipBuild ? 'build skipped (E2E_SKIP_BUILD=1)' : `build ${built - started} ms`}, ` +
        `served at ${baseURL}`,
    );
  }

  project.provide('baseURL', baseURL);
  project.provide('chromiumPath', chromiumPath);

  return async () => {
    await live.close();
    await server.close();
    rmSync(liveData, { recursive: true, force: true });
  };
}
