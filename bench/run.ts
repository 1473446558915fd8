/**
 * `npm run bench`: builds and packages the extension, runs every benchmark one after the other,
 * prints one table and writes docs/benchmarks.md. Exits non-zero when a budget is missed.
 *
 * Fewer rounds on a slow machine: BENCH_QUICK=1 (15 page loads each, 7 popup rounds), or
 * BENCH_LOADS, BENCH_POPUP_ROUNDS, BENCH_ROUNDS (capture core), BENCH_WORKER_LOADS one by one.
 * BENCH_BASELINE_DIST=<an earlier dist/chrome> times that build too, in the page-load and busy-time runs.
 * BENCH_SKIP_BUILD=1 measures the build already in dist/ and artifacts/.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { ROOT } from '../tests/e2e/fixtures/paths';
import {
  burstFigures,
  checkerFigures,
  coreFigures,
  pageLoadFigures,
  panelFigures,
  popupFigures,
  registryLoadFigures,
  sizeFigures,
  workerCostFigures,
  workerStartFigures,
} from './figures';
import type {
  BurstResult,
  CheckerResult,
  CoreResult,
  PageLoadResult,
  PanelResult,
  PopupResult,
  RegistryLoadResult,
  SizesResult,
  WorkerCostResult,
  WorkerStartResult,
} from './figures';
import { describeMachine, markdown, printTable, verdict, type Figure } from './report';
import { nodeWithGc, runStep, tsx } from './run-step';

const quick = process.env.BENCH_QUICK === '1';
const env: Record<string, string> = quick
  ? { BENCH_LOADS: '15', BENCH_POPUP_ROUNDS: '7', BENCH_ROUNDS: '5', BENCH_WORKER_LOADS: '5', BENCH_START_ROUNDS: '3' }
  : {};
for (const key of ['BENCH_LOADS', 'BENCH_POPUP_ROUNDS', 'BENCH_ROUNDS', 'BENCH_WORKER_LOADS', 'BENCH_BASELINE_DIST', 'BENCH_START_ROUNDS', 'BENCH_START_WAKES'])
  if (process.env[key]) env[key] = process.env[key]!;

const started = new Date();
const machine = describeMachine();
const figures: Figure[] = [];

if (process.env.BENCH_SKIP_BUILD !== '1') {
  await runStep<unknown>('build and package', 'sh', ['-c', 'npm run --silent package >&2 && echo "{}"']);
}
figures.push(...sizeFigures(await runStep<SizesResult>('sizes', ...tsx('bench/sizes.ts'))));
figures.push(...coreFigures(await runStep<CoreResult>('capture core', ...nodeWithGc('bench/capture-core.ts'), env)));
figures.push(...pageLoadFigures(await runStep<PageLoadResult>('page load, three ways', ...tsx('bench/page-load.ts'), env)));
figures.push(...workerCostFigures(await runStep<WorkerCostResult>('background busy time', ...tsx('bench/worker-cost.ts'), env)));
figures.push(...workerStartFigures(await runStep<WorkerStartResult>('worker start', ...tsx('bench/worker-start.ts'), env)));
figures.push(...burstFigures(await runStep<BurstResult>('burst', ...tsx('bench/burst.ts'), env)));
figures.push(...popupFigures(await runStep<PopupResult>('popup', ...tsx('bench/popup-open.ts'), env)));
figures.push(...registryLoadFigures(await runStep<RegistryLoadResult>('registry load', ...tsx('bench/registry-load.ts'), env)));
figures.push(...panelFigures(await runStep<PanelResult>('panel', ...tsx('bench/panel-scroll.ts'), env)));
figures.push(...checkerFigures(await runStep<CheckerResult>('link checker', ...tsx('bench/checker.ts'), env)));
machine.loadAtEnd = loadavg();

const command = `${Object.entries(env)
  .map(([k, v]) => `${k}=${v} `)
  .join('')}npm run bench`;
const notes = [
  'Page load: three headless Chromium profiles side by side, one with no extension, one with a do-nothing extension (`bench/fixtures/do-nothing-extension`: one empty `webRequest.onCompleted` listener on `<all_urls>`, the floor every webRequest-based inspector pays, since any listener routes every request of the profile through the extension system) and one with Status Inspector (`dist/chrome`). Each round loads the page once in each, in a rotating order, after two warm-up rounds, each load in a new tab (in one reused tab driven by Playwright every load took longer than the last, with no extension at all: 1.6 s to 6 s over twelve loads), from a local server running in a process of its own. Every response says `no-store` and every URL carries a fresh query value; the server counts the requests of each load, so a load that took anything from a cache fails the run. The figure is the page’s navigation timing from the first redirect’s start to the end of its load event. Beside the ratio, the band in which 90% of the ratios fall when the run’s rounds are drawn again with replacement 2,000 times, each round’s loads together (`bench/stats.ts`): how far the run’s figure could have fallen by chance.',
  'Capture core: `bench/capture-core.ts`, recorded Chrome events through the reducer against appending the same events to an array, alternately, medians; memory with `--expose-gc`.',
  'Background busy time: `bench/worker-cost.ts` runs the V8 sampling profiler (200 µs) inside our service worker over each load of the page-load page, and adds up every sample that was not idle: the worker’s own cost, steadier than page-load times on a shared machine, and by function, so it says where the time goes (Chromium’s native extension API calls show up under the name `setAccessLevel`; storage writes are most of them: that figure fell with every cut in what the background writes).',
  'Worker start: `bench/worker-start.ts` starts ours and the do-nothing extension, each from a copy of its folder whose manifest starts a one-line module that imports the real worker script and then notes `performance.now()` (a worker’s clock starts with the worker; a module’s body runs only once everything it imports is fetched, compiled and evaluated), so the figure is the time from the worker’s start to its listeners registered; a second reading, taken by a module imported first, splits off the evaluation. Chromium runs without Playwright here (Playwright holds every new worker until its debugger lets it run). Cold: the first start after install, in a fresh profile. Warm: the worker stopped over CDP as Chromium stops an idle one, then woken by a page load’s webRequest events. Each ratio’s band is drawn the same way, the two workers’ starts drawn apart.',
  'Burst: the popup page watches a tab whose page, reached through 301 → 302 → 307, fires its fetches in one task. storage.session writes are counted by wrapping the worker’s `chrome.storage.session.set` from the test side before the burst. The cap on kept responses is raised to 5,000 for this run, as a person can in the options.',
  'Popup: the popup page opened in a tab for a given tab (`?tab=ID`, what “Open in a tab” does), timed by a MutationObserver added before its scripts run, from the start of its navigation to the final answer and counts (or the empty state for about:blank). The four tabs are timed in turn, round after round.',
  'Registry load: `bench/registry-load.ts` opens a fresh options page each round (it loads the chunks the popup shares, not the registry) and times there the import the popup makes once its first content is shown (`src/shared/ui/registry-source.ts`): the lookup chunk and the registry data it imports, fetched, parsed and evaluated with an empty module map.',
  'Panel: the real DevTools panel in an undocked DevTools window; the panel’s own table is scrolled top to bottom, ten rows per animation frame.',
  'Link checker: `bench/checker.ts`, the checker page of `dist/chrome` against a page of `bench/fixtures/fetch-loop-extension` loaded in the same browser (another extension’s requests are invisible to ours, so it runs with no webRequest listener) fetching the same URLs the same way (GET, no cookies, no cache, the body dropped after the headers), six at once, the checker’s overall limit. The URLs are spread over 250 host names (`h0.localhost` …, all loopback), so the checker’s default politeness per host (two at once, 250 ms between starts) never holds one back. A third arm runs the same plain loop inside the checker page, to split the cost between the browser’s listening and the checker’s own code. Then 10,000 URLs, the results box scrolled 30 px a frame, every frame timed; the heap is read after a forced garbage collection over CDP.',
  'Sizes: gzip level 9 of what each page loads before it can show anything (its HTML’s scripts and styles and their static imports); zips as `npm run package` writes them.',
];
printTable(figures);
mkdirSync(join(ROOT, 'docs'), { recursive: true });
writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), markdown(figures, machine, started, command, notes));
// The figures as measured, for comparing runs (bench-output/ is not committed).
mkdirSync(join(ROOT, 'bench-output'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench-output', `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`),
  JSON.stringify({ machine, started, command, figures }, null, 2),
);
const failed = figures.filter((f) => verdict(f) === 'FAIL');
console.log(`\nwrote docs/benchmarks.md; ${failed.length === 0 ? 'every budget met' : `${failed.length} budget(s) missed`}`);
process.exit(failed.length === 0 ? 0 : 1);
