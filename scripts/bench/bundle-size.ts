import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleReport {
  firstScreenGzipKb: number;
  allJsGzipKb: number;
  firstScreenChunks: string[];
  lazyChunks: { file: string; gzipKb: number }[];
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/**
 * Modules loaded before the first screen is shown, besides index.html's entry: the home route
 * (a lazy route, fetched at once when the address is "/": the modules its `lazy` imports in
 * src/app/router.tsx) and the catalogue of the UI language (English in the benchmark's browser),
 * which main.tsx awaits before the first render.
 */
export function firstScreenModules(root = process.cwd()): string[] {
  const router = readFileSync(join(root, 'src/app/router.tsx'), 'utf8');
  const start = router.indexOf('index: true');
  const end = router.indexOf('path:', start);
  if (start < 0 || end < 0) throw new Error('bundle-size: no home (index) route in router.tsx');
  const home = [...router.slice(start, end).matchAll(/import\('(\.[^']+)'\)/g)].map((m) => {
    const path = join('src/app', m[1] as string);
    const file = ['.tsx', '.ts'].map((ext) => path + ext).find((f) => existsSync(join(root, f)));
    if (!file) throw new Error(`bundle-size: cannot resolve ${m[1]} of the home route`);
    return file;
  });
  if (home.length === 0) throw new Error('bundle-size: the home route imports nothing lazily');
  return [...home, 'src/i18n/catalogue-en.ts'];
}

/** Files of the modules and of everything they import statically (vite's build manifest). */
function staticClosure(manifest: Record<string, ManifestChunk>, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`bundle-size: "${key}" is not in the build manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return new Set([...seen].map((key) => (manifest[key] as ManifestChunk).file));
}

/**
 * JavaScript of the first screen = the entry script of index.html and every chunk it preloads,
 * plus the home route and the UI language's catalogue with their static imports (from the build
 * manifest, `build.manifest` in vite.config.ts); the rest is loaded lazily (routes, charts,
 * exporters, dialogs).
 */
export function measureBundle(outDir: string): BundleReport {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const first = new Set(
    [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string),
  );
  const manifestPath = join(outDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error('bundle-size: no build manifest; set build.manifest in vite.config.ts');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  for (const file of staticClosure(manifest, ['index.html', ...firstScreenModules()]))
    if (file.endsWith('.js')) first.add(file);
  const assets = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
  let all = 0;
  let firstScreen = 0;
  const lazy: { file: string; gzipKb: number }[] = [];
  for (const file of assets) {
    const path = join(outDir, 'assets', file);
    if (!statSync(path).isFile()) continue;
    const size = gzipSize(path);
    all += size;
    if (first.has(`assets/${file}`)) firstScreen += size;
    else lazy.push({ file, gzipKb: kb(size) });
  }
  lazy.sort((a, b) => b.gzipKb - a.gzipKb);
  return {
    firstScreenGzipKb: kb(firstScreen),
    allJsGzipKb: kb(all),
    firstScreenChunks: [...first],
    lazyChunks: lazy,
  };
}
