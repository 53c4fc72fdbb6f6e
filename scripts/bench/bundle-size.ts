import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/**
 * JavaScript of the first screen = the entry script of index.html and every chunk it preloads;
 * the rest is loaded lazily (routes, charts, exporters).
 */
export function measureBundle(outDir: string): BundleReport {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const first = new Set(
    [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string),
  );
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
