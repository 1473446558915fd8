/**
 * The popup's time to content with 0, 10, 500 and 2,000 captured requests, in real headless Chromium:
 *   npm run build && tsx bench/popup-open.ts
 * Four tabs: about:blank (nothing captured: the empty state) and three pages that fetch 10, 500 and
 * 2,000 resources. The popup page is then opened for each in turn, round after round, and timed from
 * the start of its navigation to its content (the final answer and the counts, or the empty state).
 * Ratios are to the empty case of the same run; the extension's smallest page, opened the same way in
 * the same rounds, shows what opening any extension page costs here. Prints JSON on the last line.
 */
import type { Page } from '@playwright/test';
import { loadsOf } from '../tests/e2e/fixtures/capture-storage';
import { launchChromium, type ChromiumWithExtension } from '../tests/e2e/fixtures/chromium-extension';
import { tabIdOf } from '../tests/e2e/pages/popup-chromium';
import { startBenchSite } from './bench-site';
import { EMPTY_CONTENT, LOADED_CONTENT, timePopup, timeSmallestPage, type PopupTiming } from './popup-timing';
import { median } from './stats';

const ROUNDS = Math.max(3, Number(process.env.BENCH_POPUP_ROUNDS ?? 21));
const WARMUP = 2;
const SIZES = [0, 10, 500, 2000] as const;

/** Waits until the background has every response of the tab's load (its queue can lag the page). */
async function waitForCapture(browser: ChromiumWithExtension, tabId: number, n: number): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const stored = await browser.worker.evaluate(() => chrome.storage.session.get(null));
    const total = loadsOf(stored, tabId).at(-1)?.counts.total ?? 0;
    if (total >= n) return;
    if (Date.now() > deadline) throw new Error(`the background captured ${total} of ${n} responses`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const site = await startBenchSite();
// BENCH_CHROME_DIST measures another build (one made elsewhere to compare with).
const browser = await launchChromium({ extensionDir: process.env.BENCH_CHROME_DIST });
try {
  await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { keptLoadsPerTab: 5, maxSubresourcesPerLoad: 5000, maxHeaderValueLength: 1024 } }));
  const tabs: { n: number; tabId: number; page: Page; selector: string }[] = [];
  for (const n of SIZES) {
    const page = await browser.context.newPage();
    if (n === 0) {
      await page.goto('about:blank');
      await page.bringToFront();
      const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
      if (tabId === undefined) throw new Error('no about:blank tab');
      tabs.push({ n, tabId, page, selector: EMPTY_CONTENT });
      continue;
    }
    const url = `${site.origin}/burst/hop/1?n=${n}&u=popup-${n}`;
    await page.goto(url, { timeout: 300_000 });
    const tabId = await tabIdOf(browser, `${site.origin}/burst/page?n=${n}&u=popup-${n}`);
    await waitForCapture(browser, tabId, n);
    tabs.push({ n, tabId, page, selector: LOADED_CONTENT });
  }

  const timings = new Map<number, PopupTiming[]>(SIZES.map((n) => [n, []]));
  const floor: number[] = [];
  for (let round = 0; round < ROUNDS + WARMUP; round++) {
    const smallest = await timeSmallestPage(browser.context, browser.extensionId);
    if (round >= WARMUP) floor.push(smallest);
    // Rotate the order, so no size is always timed right after the heaviest one.
    for (let i = 0; i < tabs.length; i++) {
      const tab = tabs[(i + round) % tabs.length]!;
      const t = await timePopup(browser.context, browser.extensionId, tab.tabId, tab.selector);
      if (round >= WARMUP) timings.get(tab.n)!.push(t);
    }
  }
  const rows = SIZES.map((n) => {
    const ts = timings.get(n)!;
    return {
      requests: n,
      contentMs: median(ts.map((t) => t.content)),
      firstRenderMs: median(ts.map((t) => t.first)),
      afterFirstRenderMs: median(ts.map((t) => t.content - t.first)),
    };
  });
  const empty = rows[0]!.contentMs;
  const result = { rounds: ROUNDS, smallestPageMs: median(floor), rows: rows.map((r) => ({ ...r, ratioToEmpty: r.contentMs / empty })) };
  console.log(`popup page, opening to content, median of ${ROUNDS} rounds`);
  console.log(`  the extension's smallest page, opened the same way: ${result.smallestPageMs.toFixed(0)} ms`);
  for (const r of result.rows) {
    console.log(
      `  ${String(r.requests).padStart(5)} requests: ${r.contentMs.toFixed(0).padStart(4)} ms (${r.ratioToEmpty.toFixed(2)}× empty; first render ${r.firstRenderMs.toFixed(0)} ms, then ${r.afterFirstRenderMs.toFixed(0)} ms)`,
    );
  }
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  await site.close();
}
