/**
 * The link checker's cost, in the real built extension's checker page in headless Chromium:
 *   npm run build && tsx bench/checker.ts
 *
 * 1. Speed: 1,000 URLs, each a one-hop redirect (302) to a 200, on the local bench site. The checker
 *    page checks them (its webRequest listeners build each chain, the table shows the results) and, in
 *    the same browser, a page of a second extension with no webRequest listener fetches the same URLs
 *    the same way (GET, no cookies, no cache, the body dropped after the headers) with the checker's
 *    concurrency (6 at once). Rounds alternate which goes first; medians and the ratio of each round.
 *    Another extension's requests are invisible to ours, so the baseline runs with no listener at all.
 *    A third arm runs the same plain loop inside the checker page itself (its webRequest listeners and
 *    the background's all present, the checker's own code idle): it splits what the checker costs into
 *    what listening costs the browser and what the checker's code adds. Rounds rotate the three.
 *    The URLs are spread over 250 host names (`h0.localhost` …, all loopback): the checker's default
 *    politeness (2 at once and 250 ms between starts per host) never holds a request back, and the
 *    overall limit of 6, the baseline's, is what both wait on.
 * 2. Smoothness and memory: 10,000 URLs on the checker page, the results box scrolled a row a frame
 *    meanwhile as a person watching would; every frame's time while it runs, the JS heap (after a
 *    forced garbage collection) as it goes and at the end, and how many rows the table drew.
 * Prints JSON on the last line.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchChromium } from '../tests/e2e/fixtures/chromium-extension';
import { ROOT } from '../tests/e2e/fixtures/paths';
import { checkerUrl } from '../tests/e2e/pages/checker-chromium';
import { startBenchSite } from './bench-site';
import { median } from './stats';

const SPEED_URLS = Number(process.env.BENCH_CHECKER_URLS ?? 1000);
const BIG_URLS = Number(process.env.BENCH_CHECKER_BIG ?? 10_000);
const ROUNDS = Number(process.env.BENCH_CHECKER_ROUNDS ?? 5);
const HOSTS = 250;
/** The checker's overall limit (scheduler-settings.ts DEFAULT_SCHEDULER_SETTINGS.global). */
const CONCURRENCY = 6;
const LOOP_DIR = join(ROOT, 'bench/fixtures/fetch-loop-extension');

/** Chromium's id for an unpacked extension: the SHA-256 of its path, the first 32 hex digits written a–p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The baseline's loop, to run in the checker page too. */
const LOOP_SCRIPT = readFileSync(join(LOOP_DIR, 'loop.js'), 'utf8');

const site = await startBenchSite();
const port = new URL(site.origin).port;
const listOf = (n: number, u: string): string[] => Array.from({ length: n }, (_, i) => `http://h${i % HOSTS}.localhost:${port}/check/hop?i=${i}&u=${u}`);

/** Pastes the list as a person's typing would reach the page (an input event), presses Check, and resolves when the run says it is done. */
const START_CHECK = `(urls) => {
  const box = document.querySelector('[data-testid="url-input"]');
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(box, urls.join('\\n'));
  box.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((resolve) => requestAnimationFrame(() => {
    const started = performance.now();
    window.__checkDone = new Promise((done) => {
      const seen = () => document.querySelector('[data-testid="progress"][data-state="finished"]') !== null;
      const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); done(performance.now() - started); } });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    });
    document.querySelector('[data-testid="check"]').click();
    resolve(undefined);
  }));
}`;

/** The page measured is the tab in front: a hidden tab's frames and timers are throttled. */
async function checkerRun(page: Page, checker: string, urls: readonly string[]): Promise<number> {
  await page.bringToFront();
  await page.goto(checker);
  await page.waitForSelector('[data-testid="url-input"]');
  await page.evaluate(`(${START_CHECK})(${JSON.stringify(urls)})`);
  const ms = await page.evaluate<number>('window.__checkDone');
  const line = (await page.textContent('[data-testid="progress-line"]')) ?? '';
  if (!line.startsWith(`${urls.length.toLocaleString('en')} / ${urls.length.toLocaleString('en')} checked`)) throw new Error(`the checker said: ${line}`);
  return ms;
}

async function loopRun(page: Page, urls: readonly string[]): Promise<number> {
  await page.bringToFront();
  if (page.url().includes('/src/checker/')) await page.evaluate(LOOP_SCRIPT);
  const r = await page.evaluate<{ ms: number; ok: number }>(`window.fetchLoop(${JSON.stringify(urls)}, ${CONCURRENCY})`);
  if (r.ok !== urls.length) throw new Error(`the fetch loop got ${r.ok} of ${urls.length} answers`);
  return r.ms;
}

const browser = await launchChromium({ alsoLoad: [LOOP_DIR] });
try {
  const checker = checkerUrl(browser);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const loop = await browser.context.newPage();
  await loop.goto(`chrome-extension://${unpackedId(LOOP_DIR)}/loop.html`);
  await loop.waitForFunction('typeof window.fetchLoop === "function"');

  // Warm-up: the pages' code compiled, the host names resolved, the connections' first handshakes done.
  await checkerRun(page, checker, listOf(HOSTS, `warm-${Date.now()}`));
  await loopRun(loop, listOf(HOSTS, `warm-loop-${Date.now()}`));

  const checkerMs: number[] = [];
  const loopMs: number[] = [];
  const inPageMs: number[] = [];
  const ratios: number[] = [];
  const inPageRatios: number[] = [];
  const listening = await browser.context.newPage();
  for (let round = 0; round < ROUNDS; round++) {
    const u = `r${round}-${Date.now()}`;
    const arms = [
      { key: `${u}-checker`, what: 'checker', run: (urls: string[]) => checkerRun(page, checker, urls) },
      { key: `${u}-loop`, what: 'plain loop', run: (urls: string[]) => loopRun(loop, urls) },
      {
        key: `${u}-in-page`,
        what: 'plain loop in the checker page',
        run: async (urls: string[]) => {
          await listening.goto(checker);
          return loopRun(listening, urls);
        },
      },
    ];
    const ms = new Map<string, number>();
    // Each round starts with a different arm, so none always runs first or last.
    for (let k = 0; k < arms.length; k++) {
      const arm = arms[(round + k) % arms.length]!;
      ms.set(arm.what, await arm.run(listOf(SPEED_URLS, arm.key)));
      // Every hop really reached the server: nothing came from a cache.
      const hits = await site.hits(arm.key);
      if (hits !== 2 * SPEED_URLS) throw new Error(`the ${arm.what} made ${hits} requests, not ${2 * SPEED_URLS}`);
    }
    const [c, l, p] = [ms.get('checker')!, ms.get('plain loop')!, ms.get('plain loop in the checker page')!];
    checkerMs.push(c);
    loopMs.push(l);
    inPageMs.push(p);
    ratios.push(c / l);
    inPageRatios.push(p / l);
    console.log(
      `round ${round + 1}: checker ${c.toFixed(0)} ms, plain fetch loop ${l.toFixed(0)} ms (ratio ${(c / l).toFixed(2)}), the loop in the checker page ${p.toFixed(0)} ms (${(p / l).toFixed(2)})`,
    );
  }
  await listening.close();

  // 10,000 URLs: frames and memory while it runs.
  await page.bringToFront();
  await page.goto(checker);
  await page.waitForSelector('[data-testid="url-input"]');
  const cdp = await browser.context.newCDPSession(page);
  const heapMiB = async (): Promise<number> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize / 2 ** 20;
  };
  const heapBefore = await heapMiB();
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__watching = true;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      window.__frames.push(now - last);
      last = now;
      const box = document.querySelector('[data-testid="results-scroll"]');
      if (box) box.scrollTop = box.scrollTop + 30 >= box.scrollHeight - box.clientHeight ? 0 : box.scrollTop + 30;
      if (window.__watching) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.evaluate(`(${START_CHECK})(${JSON.stringify(listOf(BIG_URLS, `big-${Date.now()}`))})`);
  const samples: { done: number; heapMiB: number }[] = [];
  const marks = [0.2, 0.5];
  const startedAt = Date.now();
  for (;;) {
    const finished = await page.evaluate<boolean>(`document.querySelector('[data-testid="progress"][data-state="finished"]') !== null`);
    if (finished) break;
    const line = (await page.textContent('[data-testid="progress-line"]')) ?? '';
    const done = Number(/^([\d,]+) \//.exec(line)?.[1]?.replace(/,/g, '') ?? 0);
    if (marks.length > 0 && done >= marks[0]! * BIG_URLS) {
      marks.shift();
      samples.push({ done, heapMiB: await heapMiB() });
      console.log(`  ${done.toLocaleString('en')} checked: heap ${samples.at(-1)!.heapMiB.toFixed(1)} MiB`);
    }
    if (Date.now() - startedAt > 900_000) throw new Error(`the 10,000-URL run did not end: ${line}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const bigMs = await page.evaluate<number>('window.__checkDone');
  const frames = await page.evaluate<number[]>('(window.__watching = false, window.__frames)');
  const rowsDrawn = await page.locator('[data-testid="result-row"]').count();
  const heapEnd = await heapMiB();
  samples.push({ done: BIG_URLS, heapMiB: heapEnd });
  const first = samples[0]!;
  const result = {
    urls: SPEED_URLS,
    rounds: ROUNDS,
    hosts: HOSTS,
    concurrency: CONCURRENCY,
    checkerMedianMs: median(checkerMs),
    loopMedianMs: median(loopMs),
    ratioMedian: median(ratios),
    ratios,
    inPageMedianMs: median(inPageMs),
    inPageRatioMedian: median(inPageRatios),
    big: {
      urls: BIG_URLS,
      ms: bigMs,
      frames: frames.length,
      medianFrameMs: median(frames),
      p95FrameMs: percentile(frames, 95),
      maxFrameMs: Math.max(...frames),
      heapBeforeMiB: heapBefore,
      heapEndMiB: heapEnd,
      samples,
      bytesPerResult: ((heapEnd - first.heapMiB) * 2 ** 20) / Math.max(1, BIG_URLS - first.done),
      rowsDrawn,
    },
  };
  console.log(
    `${SPEED_URLS} URLs, ${ROUNDS} rounds: checker ${result.checkerMedianMs.toFixed(0)} ms, plain fetch loop ${result.loopMedianMs.toFixed(0)} ms (median), ratio ${result.ratioMedian.toFixed(2)} (median of rounds)`,
  );
  console.log(
    `${BIG_URLS.toLocaleString('en')} URLs in ${(bigMs / 1000).toFixed(1)} s: frames median ${result.big.medianFrameMs.toFixed(1)} ms, 95th percentile ${result.big.p95FrameMs.toFixed(1)} ms, worst ${result.big.maxFrameMs.toFixed(0)} ms; heap ${heapBefore.toFixed(1)} → ${heapEnd.toFixed(1)} MiB (${result.big.bytesPerResult.toFixed(0)} bytes a result); ${rowsDrawn} rows drawn`,
  );
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  await site.close();
}
