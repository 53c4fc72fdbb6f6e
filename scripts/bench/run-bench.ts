/**
 * npm run bench [-- --quick]: measures the built app in headless Chromium against the targets of
 * issue 7 and writes bench-results/latest.json and a table (also in docs/performance.md).
 * It never fails: figures are information, not a gate (the machines are shared and noisy).
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { benchWorkspace, freshPage, launch, MATRIX_PLOT, serveBuild } from './bench-browser';
import { measureBundle } from './bundle-size';
import { formatTable, measure, stat, target, type Stat, type Target } from './stats';
import { measureImport } from './import-bench';
import { formatInteractions, measureInteractions } from './interactions-bench';
import { ourImport, longestTask, paintedAt } from './page-probes';
import { measurePortfolio } from './portfolio-bench';
import { measureScreens } from './screens-bench';

const quick = process.argv.includes('--quick');
/** `--screens=10000,50000`: only the first screen's size and the screens at those sizes. */
const screensOnly = process.argv
  .find((a) => a.startsWith('--screens='))
  ?.slice('--screens='.length)
  .split(',')
  .map(Number)
  .filter((x) => x > 0);
/**
 * `--open=audit,book`: with --screens, only those screens are opened, and the exports and the
 * backup round trip are left out (one screen measured at 50,000 without the whole hour).
 */
const openOnly = process.argv
  .find((a) => a.startsWith('--open='))
  ?.slice('--open='.length)
  .split(',')
  .filter((x) => x.length > 0);
/**
 * `--interact=use-cases-filter,weight`: with --screens, only those interactions are measured
 * (see INTERACTIONS in interactions-bench.ts), and the screens are opened only if --open names
 * them; --open alone measures no interaction.
 */
const interactOnly = process.argv
  .find((a) => a.startsWith('--interact='))
  ?.slice('--interact='.length)
  .split(',')
  .filter((x) => x.length > 0);
/**
 * `--import=1000,10000`: only the app's import against the raw write with the app's indexes
 * (issue 15 point 6), at those sizes, 3 runs each; reuses an up-to-date build like --quick.
 */
const importOnly = process.argv
  .find((a) => a.startsWith('--import='))
  ?.slice('--import='.length)
  .split(',')
  .map(Number)
  .filter((x) => x > 0);
const SIZES = importOnly ?? (screensOnly ? [] : quick ? [1000] : [1000, 10000, 50000]);
const SCREEN_SIZES = importOnly ? [] : (screensOnly ?? (quick ? [] : [10000, 50000]));
const RUNS = quick || importOnly ? 3 : 5;
/**
 * Timed pairs of the ranking measure (after its warm-up; see benchRanking): each pair is a few
 * milliseconds at 1,000 use cases, so 3 runs timed the JIT's warm-up, not the ranking.
 */
const RANKING_SAMPLES = 21;
const OUT_DIR = 'dist-bench';

/** The newest modification time of a file or of any file under a folder. */
function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((t, f) => Math.max(t, newestChange(join(path, f))), 0);
}

/** --quick and --screens reuse the last bench build when nothing it is built from changed since. */
function buildIsCurrent(root: string): boolean {
  const built = join(root, OUT_DIR, 'index.html');
  if (!existsSync(built)) return false;
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];
  return sources.every((f) => newestChange(join(root, f)) < statSync(built).mtimeMs);
}

async function main(): Promise<void> {
  const root = process.cwd();
  process.env.NODE_ENV = 'production';
  if ((quick || screensOnly || importOnly) && buildIsCurrent(root)) {
    console.log(`== reusing ${OUT_DIR} (built after the last change of the sources)`);
  } else {
    console.log(`== building (${OUT_DIR}, mode e2e)`);
    await build({
      root,
      mode: 'e2e',
      logLevel: 'warn',
      build: { outDir: OUT_DIR, emptyOutDir: true },
    });
  }
  const server = await serveBuild(OUT_DIR, root);
  const { base } = server;
  const browser = await launch();
  const targets: Target[] = [];
  const interactionTables: string[] = [];
  const results: Record<string, unknown> = { quick, date: new Date().toISOString() };
  try {
    const bundle = measureBundle(OUT_DIR);
    results.bundle = bundle;
    targets.push(target('first-screen JavaScript (gzip)', bundle.firstScreenGzipKb, 'KB', 150));

    // --quick keeps what answers "did this change make it slower" in under a minute on a quiet
    // machine: the build, the first screen's size, one cold start, and at 1,000 use cases the
    // import ratio, the ranking, the matrix's first paint and the weight change. The portfolio
    // solve (Node) and the import's secondary references are measured by the full run.
    if (!screensOnly && !quick && !importOnly) {
      console.log('== portfolio solve, 500 use cases (Node, HiGHS wasm)');
      const portfolio = await measurePortfolio(RUNS);
      results.portfolio = portfolio.report;
      targets.push(...portfolio.targets);
    }

    // Cold start with an empty database.
    if (screensOnly) console.log('== screens only: no cold start, import or ranking measures');
    const coldEmpty = await measure(quick || screensOnly || importOnly ? 1 : RUNS, async () => {
      const page = await freshPage(browser, base, false);
      await page.locator('#main h1').waitFor();
      const t = await page.evaluate(() => performance.now());
      await page.context().close();
      return t;
    });
    results.coldStartEmpty = coldEmpty;

    for (const n of SIZES) {
      console.log(`== N = ${n.toLocaleString('en')}`);
      const data = benchWorkspace(n);
      const json = JSON.stringify(data);
      const perN: Record<string, unknown> = { jsonMB: Math.round(json.length / 1e5) / 10 };

      const imported = await measureImport(browser, base, data, RUNS, quick || !!importOnly);
      perN.import = imported.report;
      targets.push(...imported.targets);
      if (importOnly) {
        results[`n${n}`] = perN;
        continue;
      }

      // Ranking in the page: our domain vs a bare weighted sum and sort.
      const page = await freshPage(browser, base);
      const ranking = await page.evaluate(
        ([j, r]) =>
          (
            window as unknown as {
              __clarteTest: {
                benchRanking: (j: string, r: number) => { ratio: number };
              };
            }
          ).__clarteTest.benchRanking(j, r),
        [json, RANKING_SAMPLES] as const,
      );
      perN.ranking = ranking;
      targets.push(target(`ranking / bare sort, N=${n}`, ranking.ratio, 'x', 2));

      if (n <= 10000) {
        await ourImport(page, json);
        const ws = data.workspace.id;
        const matrix = await measure(RUNS, async () => {
          await page.goto(`/w/${ws}/matrix`);
          return paintedAt(page, MATRIX_PLOT);
        });
        perN.matrixFirstPaint = matrix;
        if (n === 1000)
          targets.push(target('matrix first paint, N=1,000', matrix.median, 'ms', 500));

        await page.goto(`/w/${ws}/ranking`);
        await page.locator('table tbody tr td').first().waitFor();
        const weightChange: number[] = [];
        let weightTask = 0;
        for (let i = 0; i < RUNS + 1; i++) {
          const w = {
            ...data.workspace.weights,
            strategicValue: i % 2 === 0 ? 6 : 1,
            technicalComplexity: i % 2 === 0 ? 1 : 4,
          };
          const ms = await page.evaluate(
            async ([id, weights]) => {
              const tbody = document.querySelector('table tbody');
              const before = tbody?.textContent ?? '';
              (window as unknown as { __longtasks: number[] }).__longtasks.length = 0;
              const t0 = performance.now();
              await (
                window as unknown as {
                  __clarteTest: { setWeights: (i: string, w: unknown) => Promise<void> };
                }
              ).__clarteTest.setWeights(id, weights);
              await new Promise<void>((resolve) => {
                const check = () =>
                  (tbody?.textContent ?? '') !== before ? resolve() : requestAnimationFrame(check);
                check();
              });
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
              return performance.now() - t0;
            },
            [ws, w] as const,
          );
          weightTask = Math.max(weightTask, await longestTask(page));
          if (i > 0) weightChange.push(ms);
        }
        perN.weightChangeToPaint = { ...stat(weightChange), longestTaskMs: weightTask };
        targets.push(
          target(
            `weight change to paint, N=${n}`,
            stat(weightChange).median,
            'ms',
            n === 1000 ? 100 : 200,
          ),
        );

        const heap = await page.evaluate(() => {
          (window as unknown as { gc?: () => void }).gc?.();
          return (
            (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
              ?.usedJSHeapSize ?? 0
          );
        });
        perN.heapMB = Math.round(heap / 1e5) / 10;
        if (n === 10000) targets.push(target('heap, N=10,000', heap / 1e6, 'MB', 150));

        if (n === 10000) {
          const cold: Stat = await measure(RUNS, async () => {
            await page.goto(`/w/${ws}/ranking`);
            await page.locator('table tbody tr td').first().waitFor();
            return page.evaluate(() => performance.now());
          });
          results.coldStart10000 = cold;
        }
      }
      await page.context().close();
      results[`n${n}`] = perN;
    }

    for (const n of SCREEN_SIZES) {
      const data = benchWorkspace(n);
      if (!interactOnly || openOnly) {
        console.log(`== screens, exports and backup round trip, N = ${n.toLocaleString('en')}`);
        const screens = await measureScreens(browser, base, data, n, openOnly);
        results[`screens${n}`] = screens.report;
        targets.push(...screens.targets);
      }
      if (!openOnly || interactOnly) {
        console.log(`== interactions, N = ${n.toLocaleString('en')}`);
        const interactions = await measureInteractions(browser, base, data, n, interactOnly);
        results[`interactions${n}`] = interactions.report;
        targets.push(...interactions.targets);
        interactionTables.push(formatInteractions(n, interactions.report.steps));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  results.targets = targets;
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
  const table = formatTable(targets);
  for (const t of interactionTables) console.log(`\n${t}`);
  console.log(`\n${table}\n\nDetails: bench-results/latest.json`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
