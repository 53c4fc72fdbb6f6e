/**
 * npx tsx scripts/bench/compare-cold-load.ts <dist dir>,<dist dir>,... [screens] [n] [rounds]:
 * cold page loads of builds side by side, alternated, as the bench's `--open` measures them (the
 * workspace opened once and its ranking records' copy written, then each screen loaded by its
 * address until its content settles). Each build is served on its own port (so its own
 * database). Prints each load and the medians per build and screen. On a shared machine,
 * alternating is what makes two builds comparable.
 */
import type { Page } from 'playwright-core';
import { benchWorkspace, freshPage, launch, serveBuild } from './bench-browser';
import { longestTask, ourImport } from './page-probes';
import { MUTATION_WATCHER, settledAt } from './screens-bench';
import { stat } from './stats';

const [dirs = 'dist-bench', screens = 'ranking', size = '10000', rounds = '3'] =
  process.argv.slice(2);

async function main(): Promise<void> {
  const browser = await launch();
  const data = benchWorkspace(Number(size));
  const ws = data.workspace.id;
  const builds: { dir: string; page: Page; close: () => Promise<void> }[] = [];
  try {
    for (const dir of dirs.split(',')) {
      const server = await serveBuild(dir);
      const page = await freshPage(browser, server.base);
      await page.context().addInitScript({ content: MUTATION_WATCHER });
      await ourImport(page, JSON.stringify(data));
      await page.goto(`/w/${ws}/ranking`);
      await settledAt(page);
      await page.waitForFunction(
        async (id) =>
          (await (
            await caches.open('clarte-ranking-records')
          ).match(`/ranking-records/${id}/head`)) !== undefined,
        ws,
        { timeout: 120_000, polling: 200 },
      );
      builds.push({ dir, page, close: server.close });
    }
    const figures = new Map<string, { settled: number[]; task: number[] }>();
    for (let round = 0; round < Number(rounds); round++) {
      for (const screen of screens.split(',')) {
        for (const { dir, page } of round % 2 === 0 ? builds : [...builds].reverse()) {
          await page.goto(`/w/${ws}/${screen}`);
          const settled = (await settledAt(page)) ?? Number.NaN;
          const task = await longestTask(page);
          const key = `${screen} ${dir}`;
          const f = figures.get(key) ?? { settled: [], task: [] };
          f.settled.push(Math.round(settled));
          f.task.push(Math.round(task));
          figures.set(key, f);
          console.log(`${key}: ${settled.toFixed(0)} ms, longest task ${task.toFixed(0)} ms`);
        }
      }
    }
    console.log('\nmedians (settled / longest task), all runs:');
    for (const [key, f] of figures)
      console.log(
        `  ${key}: ${stat(f.settled).median} ms / ${stat(f.task).median} ms   [${f.settled.join(', ')}]`,
      );
  } finally {
    await browser.close();
    for (const b of builds) await b.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
