/**
 * Draws the app's PNG icons (public/icons/) from its SVG logo with the system Chromium:
 * `npx tsx scripts/make-icons.ts`. The PNGs are committed; run again only when the logo changes.
 * "any" icons: the logo with its rounded corners; "maskable": the logo's mark inside the central
 * safe zone (a circle of 80 % of the side) on a full-bleed background, as launchers crop it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const logo = readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
const MARK =
  '<path d="M9 22 L15 10 L17 10 L23 22" stroke="#6ee7a8" stroke-width="3" fill="none" stroke-linecap="round"/>' +
  '<circle cx="16" cy="19" r="2.2" fill="#fff"/>';
// The mark spans about 16 of 32 units: scaled to 60 %, it stays well inside the safe zone.
const maskable =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#141c2b"/>' +
  `<g transform="translate(16 16) scale(0.6) translate(-16 -16)">${MARK}</g></svg>`;

const outDir = path.join(publicDir, 'icons');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
});
const page = await browser.newPage();
const shots: [string, string, number][] = [
  ['icon-192.png', logo, 192],
  ['icon-512.png', logo, 512],
  ['maskable-192.png', maskable, 192],
  ['maskable-512.png', maskable, 512],
];
for (const [name, svg, size] of shots) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: path.join(outDir, name), omitBackground: true });
  console.log(`public/icons/${name}`);
}
await browser.close();
