import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What the production build is made from: a change to any of these makes dist/ stale. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];
/** Written in the output folder after a build; a dotfile, so the server never serves it. */
export const BUILD_STAMP = '.clarte-build-stamp';

/** Newest modification time (ms) of a file, or of every file under a folder; 0 when absent. */
function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) {
    newest = Math.max(newest, newestChange(path.join(target, entry)));
  }
  return newest;
}

/** Why the build in `outDir` must be made again, or null when it is up to date. */
export function staleReason(projectRoot: string, outDir: string): string | null {
  const stamp = path.join(outDir, BUILD_STAMP);
  if (!existsSync(path.join(outDir, 'index.html'))) return 'no build yet';
  if (!existsSync(stamp)) return 'the build has no stamp';
  const built = statSync(stamp).mtimeMs;
  const changed = SOURCES.find((source) => newestChange(path.join(projectRoot, source)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

/** Production build with Vite (as `npm run build`), then the stamp. */
async function buildApp(projectRoot: string, outDir: string): Promise<void> {
  const { build } = await import('vite');
  process.env.NODE_ENV = 'production';
  await build({ root: projectRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  writeFileSync(path.join(outDir, BUILD_STAMP), `${new Date().toISOString()}\n`);
}

/** Builds when the output is missing or older than its sources; says what it does. */
export async function ensureBuild(projectRoot: string, outDir: string): Promise<void> {
  const reason = staleReason(projectRoot, outDir);
  if (reason === null) return;
  console.log(`Building Clarté for production (${reason})…`);
  const started = Date.now();
  await buildApp(projectRoot, outDir);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
