/**
 * npx tsx scripts/bench/trace-in-app.ts <dist dir> [screen] [n] [runs] [via]: where the main
 * thread's time goes when `screen` is opened from inside the app (a click on its link, as the
 * bench's in-app figures), the workspace of n use cases open on the screen `via` (the ranking by
 * default: the book's link is there). Prints, per run, the bench's figure (openInApp), the first
 * and last DOM change after the click, the long tasks, and the functions with the most self time
 * (V8's CPU profile through CDP). Build the dist dir with
 * `npx vite build --mode e2e --minify false --outDir <dir>` for readable names.
 */
import type { Page } from 'playwright-core';
import { benchWorkspace, freshPage, runProbe } from './bench-browser';
import { ourImport } from './page-probes';
import { copyWritten, MUTATION_WATCHER, openInApp, settledAt } from './screens-bench';

const [outDir = 'dist-bench', screen = 'book', size = '50000', runs = '3', via = 'ranking'] =
  process.argv.slice(2);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** Self time per function (name file:line), in ms, of a CPU profile. */
function selfTimes(profile: Profile): [string, number][] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    times.set(key, (times.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...times].sort((a, b) => b[1] - a[1]);
}

/** Inclusive time per function (each sample counted once per function on its stack). */
function totalTimes(profile: Profile): [string, number][] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes as (ProfileNode & { children?: number[] })[])
    for (const c of n.children ?? []) parent.set(c, n.id);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const frame = nodes.get(x)?.callFrame;
      if (!frame || !frame.url) continue;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      times.set(key, (times.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    }
  });
  return [...times].sort((a, b) => b[1] - a[1]);
}

async function goVia(page: Page, ws: string): Promise<void> {
  await page.locator(`a[href="/w/${ws}/${via}"]`).first().click();
  await page.waitForURL(`**/w/${ws}/${via}`);
  await settledAt(page);
}

runProbe(outDir, async (browser, base) => {
  const data = benchWorkspace(Number(size));
  const page = await freshPage(browser, base);
  await page.context().addInitScript({ content: MUTATION_WATCHER });
  await ourImport(page, JSON.stringify(data));
  const ws = data.workspace.id;
  await page.goto(`/w/${ws}/ranking`);
  await settledAt(page);
  await copyWritten(page, ws);
  // As in the bench: the screen opened cold first (its code loaded), then the app navigated.
  await page.goto(`/w/${ws}/${screen}`);
  await settledAt(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  for (let run = 0; run < Number(runs); run++) {
    await page.locator(`a[href="/w/${ws}/use-cases"]`).first().click();
    await settledAt(page);
    await goVia(page, ws);
    await page.evaluate(() => {
      const w = window as unknown as { __log: [number, string][] };
      w.__log = [];
      new MutationObserver((list) => {
        const t = performance.now();
        for (const m of list) {
          const e = (m.target.nodeType === 1 ? m.target : m.target.parentElement) as Element;
          w.__log.push([t, `${m.type} ${e?.tagName ?? '?'}.${String(e?.className).slice(0, 20)}`]);
        }
      }).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    await cdp.send('Profiler.start');
    const clickAt = await page.evaluate(() => performance.now());
    const figure = await openInApp(page, ws, screen);
    await page.waitForTimeout(1500);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const log = await page.evaluate(
      () => (window as unknown as { __log: [number, string][] }).__log,
    );
    const tasks = await page.evaluate(() =>
      performance
        .getEntriesByType('longtask')
        .slice(-20)
        .map((e) => [Math.round(e.startTime), Math.round(e.duration)]),
    );
    const after = log.filter(([t]) => t >= clickAt);
    console.log(
      `\n== run ${run}: bench figure ${figure.contentMs?.toFixed(0)} ms, longest task ${figure.longestTaskMs.toFixed(0)} ms; ` +
        `DOM changes after the click: ${after.length}, first at +${((after[0]?.[0] ?? NaN) - clickAt).toFixed(0)} ms, last at +${((after.at(-1)?.[0] ?? NaN) - clickAt).toFixed(0)} ms`,
    );
    console.log(
      '   long tasks (start after the click, ms):',
      tasks
        .filter(([s]) => (s ?? 0) >= clickAt - 50)
        .map(([s, d]) => `+${((s ?? 0) - clickAt).toFixed(0)}:${d}`)
        .join(', '),
    );
    const kinds = new Map<string, number>();
    for (const [t, k] of after) {
      const key = `${Math.floor((t - clickAt) / 100) * 100} ${k}`;
      kinds.set(key, 1 + (kinds.get(key) ?? 0));
    }
    console.log('   DOM changes per 100 ms (first 20 kinds):');
    for (const [k, c] of [...kinds].slice(0, 20)) console.log(`     +${k} x${c}`);
    console.log('   self time:');
    for (const [k, v] of selfTimes(profile).slice(0, 20))
      console.log(`   ${v.toFixed(1).padStart(7)} ms  ${k}`);
    console.log('   total time (ours):');
    for (const [k, v] of totalTimes(profile)
      .filter(([k]) => !k.includes('react-dom') && !k.includes('chunk'))
      .slice(0, 25))
      console.log(`   ${v.toFixed(1).padStart(7)} ms  ${k}`);
  }
});
