/**
 * npx tsx scripts/bench/trace-cold-load.ts <dist dir> [screen] [n] [runs]: where the main thread's
 * time goes on a cold page load of a screen (a reload, the workspace's ranking records' copy
 * written, as in the bench's `--open`). Prints, per run, when the page settled, the main thread's
 * busy time and longest task, the top-level phases (script evaluation, parse, style and layout,
 * paint) and the functions with the most self time (V8's CPU profile in the trace). Build the
 * dist dir with `npx vite build --mode e2e --minify false --outDir <dir>` for readable names.
 */
import { writeFileSync } from 'node:fs';
import { benchWorkspace, freshPage, runProbe } from './bench-browser';
import { longestTask, ourImport } from './page-probes';
import { MUTATION_WATCHER, settledAt } from './screens-bench';

/** An init script: each DOM change's time and where it happened (`__mutations`). */
const MUTATION_LOG = `(() => {
  const log = (window.__mutations = []);
  const where = (n) => {
    const e = n.nodeType === 1 ? n : n.parentElement;
    if (!e) return '?';
    const parts = [];
    for (let x = e; x && parts.length < 3; x = x.parentElement)
      parts.push(x.tagName.toLowerCase() + (x.id ? '#' + x.id : '') + (x.className && typeof x.className === 'string' ? '.' + x.className.split(' ')[0].slice(0, 24) : ''));
    return parts.join('<');
  };
  new MutationObserver((list) => {
    const t = Math.round(performance.now());
    for (const m of list) log.push([t, m.type, where(m.target), (m.addedNodes[0]?.getAttribute?.('href')?.split('/').pop() ?? m.addedNodes[0]?.textContent ?? m.target.textContent ?? '').slice(0, 30)]);
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();`;

const [outDir = 'dist-bench', screen = 'ranking', size = '10000', runs = '3'] =
  process.argv.slice(2);

interface TraceEvent {
  id?: string;
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
}

/**
 * Self time per function (name, file:line) between `from` and `to` (trace microseconds), from the
 * CPU profile of the thread `tid` (its ProfileChunk events, matched by the Profile's id).
 */
function selfTimes(
  events: TraceEvent[],
  tid: number,
  from: number,
  to: number,
): Map<string, number> {
  const profile = events.find((e) => e.name === 'Profile' && e.tid === tid);
  const nodes = new Map<number, ProfileNode>();
  const times = new Map<string, number>();
  let last = (profile?.args?.data?.startTime as number | undefined) ?? 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.id !== profile?.id || e.pid !== profile?.pid) continue;
    const data = e.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((id, i) => {
      last += deltas[i] ?? 0;
      if (last < from || last > to) return;
      const frame = nodes.get(id)?.callFrame;
      if (!frame) return;
      const file = (frame.url ?? '').split('/').pop() ?? '';
      const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
      times.set(key, (times.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    });
  }
  return times;
}

const PHASES: Record<string, string> = {
  EvaluateScript: 'script (evaluate)',
  'v8.compileModule': 'compile module',
  'v8.evaluateModule': 'evaluate module',
  FunctionCall: 'function call',
  TimerFire: 'timer',
  FireAnimationFrame: 'animation frame',
  EventDispatch: 'event',
  ParseHTML: 'parse HTML',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  Paint: 'paint',
  'v8.parseOnBackground': 'parse (background)',
  MinorGC: 'GC',
  MajorGC: 'GC',
};

runProbe(outDir, async (browser, base) => {
  const n = Number(size);
  const data = benchWorkspace(n);
  const page = await freshPage(browser, base);
  await page.context().addInitScript({ content: MUTATION_WATCHER });
  await page.context().addInitScript({ content: MUTATION_LOG });
  await ourImport(page, JSON.stringify(data));
  const ws = data.workspace.id;
  await page.goto(`/w/${ws}/${screen}`);
  await settledAt(page);
  await page.waitForTimeout(3000);
  for (let run = 0; run < Number(runs); run++) {
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'v8',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
        'loading',
        'navigation',
      ],
    });
    await page.goto(`/w/${ws}/${screen}`);
    const settled = await settledAt(page);
    const task = await longestTask(page);
    const resources = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => [
          r.name.split('/').pop(),
          Math.round(r.startTime),
          Math.round((r as PerformanceResourceTiming).responseEnd),
        ]),
    );
    const paints = await page.evaluate(() =>
      performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]),
    );
    const mutations = await page.evaluate(
      () => (window as unknown as { __mutations: unknown[][] }).__mutations,
    );
    const buffer = await browser.stopTracing();
    writeFileSync(`/tmp/trace-${screen}-${run}.json`, buffer);
    const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    const nav = events.find(
      (e) =>
        e.name === 'navigationStart' &&
        ((e.args?.data?.documentLoaderURL as string | undefined) ?? '').endsWith(
          `/w/${ws}/${screen}`,
        ),
    );
    const rendererMain = events.find(
      (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === nav?.pid,
    );
    const t0 = nav?.ts ?? 0;
    const main = events.filter((e) => e.pid === nav?.pid && e.tid === rendererMain?.tid);
    const end = t0 + (settled ?? 0) * 1000;
    const tasks = main.filter((e) => e.name === 'RunTask' && e.ts >= t0 && e.ts <= end);
    const busy = tasks.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    console.log(
      `\n== run ${run}: settled ${settled?.toFixed(0)} ms, longest task ${task.toFixed(0)} ms, main thread busy ${busy.toFixed(0)} ms in ${tasks.length} tasks`,
    );
    const long = tasks.filter((e) => (e.dur ?? 0) > 30_000);
    for (const e of long) {
      const top = [...selfTimes(events, rendererMain?.tid ?? 0, e.ts, e.ts + (e.dur ?? 0))]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`);
      console.log(
        `   task at ${((e.ts - t0) / 1000).toFixed(0)} ms: ${((e.dur ?? 0) / 1000).toFixed(0)} ms: ${top.join(' | ')}`,
      );
    }
    console.log('   paints:', paints.map(([k, v]) => `${k} ${v}`).join(', '));
    console.log(
      '   fetched (start-end ms):',
      resources
        .filter(([, start]) => (start as number) < (settled ?? 0))
        .map(([name, start, done]) => `${name} ${start}-${done}`)
        .join(', '),
    );
    const evaluated = main
      .filter((e) => e.name === 'v8.evaluateModule' && e.ts >= t0 && e.ts <= end)
      .map((e) => {
        const url = (e.args?.data?.url as string | undefined) ?? '';
        return `${url.split('/').pop()}@${((e.ts - t0) / 1000).toFixed(0)}+${((e.dur ?? 0) / 1000).toFixed(0)}`;
      });
    console.log('   modules evaluated:', evaluated.join(', '));
    // DOM changes, grouped per 50 ms and place (the innermost element named, ids left out).
    const groups = new Map<string, number>();
    for (const [t, type, where, text] of mutations as [number, string, string, string][]) {
      const place = where
        .split('<')
        .slice(-2)
        .join('<')
        .replace(/#react-aria[\w-]*/g, '');
      const shown = type === 'attributes' ? '' : text.replace(/\s+/g, ' ');
      const key = `${Math.floor(t / 50) * 50} ${type} ${place} "${shown}"`;
      groups.set(key, 1 + (groups.get(key) ?? 0));
    }
    console.log('   DOM changes (last 25 kinds):');
    for (const [k, count] of [...groups].slice(-25)) console.log(`     ${k} x${count}`);
    const phases = new Map<string, number>();
    for (const e of main) {
      const phase = PHASES[e.name];
      if (!phase || e.ph !== 'X' || e.ts < t0 || e.ts > end) continue;
      phases.set(phase, (phases.get(phase) ?? 0) + (e.dur ?? 0) / 1000);
    }
    console.log(
      '   phases (nested, overlapping):',
      [...phases].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '),
    );
    const marks = main
      .filter((e) => e.cat.includes('blink.user_timing') && e.ts >= t0 && e.ts <= end)
      .map((e) => `${e.name}@${((e.ts - t0) / 1000).toFixed(0)}`);
    if (marks.length) console.log('   marks:', marks.join(', '));
    const self = [...selfTimes(events, rendererMain?.tid ?? 0, t0, end)]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25);
    for (const [k, v] of self) console.log(`   ${v.toFixed(1).padStart(7)} ms  ${k}`);
  }
});
