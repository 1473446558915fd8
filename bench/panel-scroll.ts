/**
 * The DevTools panel scrolling through 5,000 requests, inside a real DevTools window in headless Chromium:
 *   npm run build && tsx bench/panel-scroll.ts
 * The panel is shown, then a page fires 5,000 fetches. Once the table lists them all, the panel's own
 * table is scrolled from top to bottom, ten rows per animation frame, and every frame's time is noted,
 * as is the time to reach the last row. Prints JSON on the last line.
 */
import { launchChromium } from '../tests/e2e/fixtures/chromium-extension';
import { ChromiumPanel } from '../tests/e2e/pages/panel-chromium';
import { requestCount } from '../tests/e2e/pages/panel-table';
import { startBenchSite } from './bench-site';

const REQUESTS = Number(process.env.BENCH_PANEL_ROWS ?? 5000);
const ROWS_PER_FRAME = 10;

/** Runs in the panel: scrolls the table to its end, a fixed step per frame, timing each frame. */
const SCROLL_SCRIPT = `(async () => {
  const table = document.querySelector('[data-testid="request-table"]');
  table.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const step = ${ROWS_PER_FRAME} * 24;
  const frames = [];
  const started = performance.now();
  let last = started;
  while (table.scrollTop + table.clientHeight < table.scrollHeight - 1) {
    table.scrollTop += step;
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    frames.push(now - last);
    last = now;
  }
  // One more frame, so the rows of the last scroll position are rendered.
  await new Promise((r) => requestAnimationFrame(r));
  const lines = document.querySelectorAll('[data-testid="request-row"], [data-testid="chain-group"], [data-testid="load-group"]');
  const lastIndex = Math.max(...[...lines].map((l) => Number(l.getAttribute('aria-rowindex') ?? 0)));
  return { frames, totalMs: performance.now() - started, lastRowIndex: lastIndex, rowCount: Number(table.getAttribute('aria-rowcount')), domLines: lines.length };
})()`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const site = await startBenchSite();
// BENCH_CHROME_DIST measures another build (one made elsewhere to compare with).
const browser = await launchChromium({ devtools: true, extensionDir: process.env.BENCH_CHROME_DIST });
try {
  await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { keptLoadsPerTab: 5, maxSubresourcesPerLoad: 5000, maxHeaderValueLength: 1024 } }));
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${site.origin}/blank`);
  const panel = await ChromiumPanel.open(browser, { undocked: { width: 1280, height: 760 } });
  try {
    await page.goto(`${site.origin}/burst/hop/1?n=${REQUESTS}&u=panel-${Date.now()}`, { timeout: 300_000 });
    const deadline = Date.now() + 300_000;
    let listed = 0;
    while (listed < REQUESTS) {
      const count = await panel.evaluate<string>(`document.querySelector('[data-testid="row-count"]')?.textContent ?? ''`);
      listed = requestCount(count);
      if (Date.now() > deadline) throw new Error(`the panel listed ${listed} of ${REQUESTS} requests`);
      if (listed < REQUESTS) await new Promise((r) => setTimeout(r, 1000));
    }
    const run = await panel.evaluate<{ frames: number[]; totalMs: number; lastRowIndex: number; rowCount: number; domLines: number }>(SCROLL_SCRIPT);
    const result = {
      requests: REQUESTS,
      listed,
      tableLines: run.rowCount - 1,
      frames: run.frames.length,
      medianFrameMs: percentile(run.frames, 50),
      p95FrameMs: percentile(run.frames, 95),
      maxFrameMs: Math.max(...run.frames),
      toEndMs: run.totalMs,
      reachedLastRow: run.lastRowIndex === run.rowCount,
      domLines: run.domLines,
    };
    console.log(`panel with ${listed} requests (${result.tableLines} table lines), scrolled ${ROWS_PER_FRAME} rows per frame`);
    console.log(
      `  frames: ${result.frames}, median ${result.medianFrameMs.toFixed(1)} ms, 95th percentile ${result.p95FrameMs.toFixed(1)} ms, worst ${result.maxFrameMs.toFixed(1)} ms`,
    );
    console.log(
      `  reached the last row (${result.reachedLastRow ? 'yes' : 'NO'}) in ${result.toEndMs.toFixed(0)} ms, with ${result.domLines} lines in the DOM`,
    );
    console.log(JSON.stringify(result));
  } finally {
    panel.close();
  }
} finally {
  await browser.close();
  await site.close();
}
