/**
 * The background under a burst, in real headless Chromium:
 *   npm run build && tsx bench/burst.ts
 * A page reached through a 301 → 302 → 307 chain fires 2,000 fetches at once (one in four answers
 * 404) while the popup page watches that tab. Reports whether every main-frame hop was captured,
 * how many storage.session writes the background made (counted by wrapping the worker's
 * chrome.storage.session.set from outside, before the burst), and how long after the burst started,
 * and after its last response, the popup showed all 2,000. Prints JSON on the last line.
 */
import { loadsOf } from '../tests/e2e/fixtures/capture-storage';
import { launchChromium } from '../tests/e2e/fixtures/chromium-extension';
import { tabIdOf } from '../tests/e2e/pages/popup-chromium';
import { BURST_HOPS, startBenchSite } from './bench-site';
import { openTimedPopup, popupPageUrl } from './popup-timing';

const REQUESTS = Number(process.env.BENCH_BURST ?? 2000);

const site = await startBenchSite();
// BENCH_CHROME_DIST measures another build (one made elsewhere to compare with).
const browser = await launchChromium({ extensionDir: process.env.BENCH_CHROME_DIST });
try {
  // Keep all 2,000 responses of the load (the default keeps the last 1,000 and counts the rest).
  await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { keptLoadsPerTab: 5, maxSubresourcesPerLoad: 5000, maxHeaderValueLength: 1024 } }));
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${site.origin}/blank`);
  const tabId = await tabIdOf(browser, `${site.origin}/blank`);
  // The popup writes its counts as its language does (English here: '2,000').
  const title = `Sub-resources: ${new Intl.NumberFormat('en').format(REQUESTS)} responses`;
  const popup = await openTimedPopup(browser.context, popupPageUrl(browser.extensionId, tabId), '[data-testid="final"]');
  await popup.read();
  // The sub-resources heading carries the count: note when it first reads the burst's full total.
  await popup.page.evaluate(`(() => {
    const want = ${JSON.stringify(title)};
    window.__siAll = undefined;
    new MutationObserver((_m, observer) => {
      if (document.getElementById('subresources-title')?.textContent.replace(/\\s+/g, ' ').trim() === want) {
        window.__siAll = Date.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  })()`);

  // Count the background's writes from here on (the wrapper lives in the worker, set from outside).
  await browser.worker.evaluate(() => {
    const area = chrome.storage.session as chrome.storage.SessionStorageArea & { __siWrites?: number };
    const original = area.set.bind(area);
    area.__siWrites = 0;
    area.set = (items: Record<string, unknown>) => {
      area.__siWrites! += 1;
      return original(items);
    };
  });

  const u = `burst-${Date.now()}`;
  await page.goto(`${site.origin}/burst/hop/1?n=${REQUESTS}&u=${u}`, { waitUntil: 'load' });
  const deadline = Date.now() + 300_000;
  let burst: { firedAt: number; settledAt: number } | undefined;
  let shownAt: number | undefined;
  while (Date.now() < deadline) {
    burst = await page.evaluate<typeof burst>('window.__burst');
    shownAt = await popup.page.evaluate<number | undefined>('window.__siAll');
    if (burst?.settledAt && shownAt) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!burst?.settledAt) throw new Error('the burst never finished');
  if (!shownAt) throw new Error(`the popup never showed ${REQUESTS} responses`);
  // Let the last batched write land before counting.
  await new Promise((r) => setTimeout(r, 1000));
  const { writes, stored } = await browser.worker.evaluate(async () => {
    const area = chrome.storage.session as chrome.storage.SessionStorageArea & { __siWrites?: number };
    return { writes: area.__siWrites ?? 0, stored: await area.get(null) };
  });
  const load = loadsOf(stored, tabId).find((l) => l.url.includes(`u=${u}`));
  await popup.page.close();
  const hops = load?.chain.map((h) => h.statusCode) ?? [];
  const result = {
    requests: REQUESTS,
    expectedHops: [...BURST_HOPS],
    capturedHops: hops,
    finalStatus: load?.final?.statusCode,
    // The chain lists every main-frame response, the page's own 200 last.
    everyHopCaptured: JSON.stringify(hops) === JSON.stringify([...BURST_HOPS, 200]) && load?.final?.statusCode === 200,
    capturedResponses: load?.counts.total ?? 0,
    keptResponses: load?.subresources.length ?? 0,
    // Requests the browser itself failed (a burst this size meets net::ERR_INSUFFICIENT_RESOURCES).
    failedInBrowser: load?.errors.length ?? 0,
    browserErrors: [...new Set(load?.errors.map((e) => e.error) ?? [])],
    droppedByCap: load?.droppedSubresources ?? 0,
    storageWrites: writes,
    burstMs: burst.settledAt - burst.firedAt,
    popupShowsAllAfterFiredMs: shownAt - burst.firedAt,
    popupShowsAllAfterLastResponseMs: shownAt - burst.settledAt,
  };
  console.log(`${REQUESTS} fetches at once, behind ${BURST_HOPS.join(' → ')}`);
  console.log(`  main-frame hops captured: ${hops.join(' → ')} (${result.everyHopCaptured ? 'all' : 'MISSING SOME'})`);
  console.log(
    `  requests counted: ${result.capturedResponses}; kept: ${result.keptResponses} responses and ${result.failedInBrowser} failures (${result.browserErrors.join(', ') || 'none'}); dropped by the cap: ${result.droppedByCap}`,
  );
  console.log(`  storage.session writes: ${writes}`);
  console.log(
    `  the burst took ${result.burstMs} ms; the popup showed all ${REQUESTS} ${result.popupShowsAllAfterFiredMs} ms after it started, ${result.popupShowsAllAfterLastResponseMs} ms after the last response`,
  );
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  await site.close();
}
