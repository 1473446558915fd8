/**
 * Bounded under load (issue 8), in Chromium: one tab makes 10,000 requests. The background keeps
 * at most the per-load cap of sub-resources and counts the rest as dropped, its storage stays small,
 * it keeps up (the redirect chain loaded right after the flood has every hop), and the popup and the
 * panel open and answer promptly.
 */
import { DEFAULT_CAPTURE_SETTINGS } from '../../src/shared/capture';
import { loadsAfter, loadsOf, waitForValue } from './fixtures/capture-storage';
import { openTab, sessionStorage } from './fixtures/chromium-capture';
import { expect, test } from './fixtures/site-test';
import { ChromiumRequestsPage } from './pages/requests-chromium';
import { openToolbarPopupPatiently } from './pages/popup-chromium';

const REQUESTS = 10_000;
const CAP = DEFAULT_CAPTURE_SETTINGS.maxSubresourcesPerLoad;

test('10,000 requests in one tab: capped and counted, storage small, no main-frame hop missed, popup and panel usable', async ({ site, chromium }) => {
  test.setTimeout(300_000);
  const browser = await chromium();
  const tab = await openTab(browser.context, browser.worker, site.origin);
  const floodUrl = `${site.origin}/hardening/burst?mode=flood&n=${REQUESTS}&c=16`;
  const started = Date.now();
  await tab.page.goto(floodUrl);
  await tab.page.waitForFunction((n) => document.title === `done ${n}`, REQUESTS, { timeout: 240_000, polling: 500 });
  const floodSeconds = (Date.now() - started) / 1000;

  // Straight after, while the background may still be digesting the flood: a five-hop chain.
  await tab.page.goto(`${site.origin}/capture/chain`);
  const stored = await waitForValue(
    () => sessionStorage(browser.worker),
    (s) => {
      const loads = loadsAfter(loadsOf(s, tab.tabId), tab.markerUrl);
      return loads[0]?.counts.total === REQUESTS && loads[1]?.final?.statusCode === 200;
    },
    60_000,
  );
  const [flood, chain] = loadsAfter(loadsOf(stored, tab.tabId), tab.markerUrl);
  expect(flood?.url).toBe(floodUrl);
  expect(flood?.subresources.length).toBe(CAP);
  expect(flood?.droppedSubresources).toBe(REQUESTS - CAP);
  expect(flood?.counts).toMatchObject({ total: REQUESTS, '2xx': REQUESTS * 0.9, '4xx': REQUESTS / 10, failed: 0 });
  // The newest are the ones kept.
  expect(flood?.subresources.at(-1)?.url).toMatch(/&i=\d+&s=/);
  expect(chain?.chain.map((h) => h.statusCode)).toEqual([301, 302, 303, 307, 308, 200]);
  expect(chain?.final?.statusCode).toBe(200);

  const bytes = await browser.worker.evaluate(() => chrome.storage.session.getBytesInUse(null));
  // storage.session holds 10 MB in all; one flooded tab must stay a small part of it.
  expect(bytes).toBeLessThan(1_200_000);

  // The popup opens on the tab and can show the flooded load.
  const popupStarted = Date.now();
  const open = await openToolbarPopupPatiently(browser, tab.page, 30_000);
  let s = await open.view.waitFor((x) => x.final?.code === '200' && x.loads.length >= 2);
  const popupSeconds = (Date.now() - popupStarted) / 1000;
  expect(s.final?.url).toBe(`${site.origin}/capture/chain/end`);
  await open.view.driver.select('[data-testid="load-picker"]', s.loads.find((l) => l.label.includes('/hardening/burst'))!.value);
  s = await open.view.waitFor((x) => x.counts['4xx'] === REQUESTS / 10);
  expect(s.counts['4xx']).toBe(REQUESTS / 10);
  expect(popupSeconds).toBeLessThan(10);
  await open.close();

  // The panel page for the tab answers its filter promptly.
  const page = await browser.context.newPage();
  const { table } = await ChromiumRequestsPage.open(browser, tab.tabId, page);
  const panel = await table.waitFor((x) => x.lines.some((l) => l.testid === 'request-row'), 20_000);
  expect(panel.lines.length).toBeGreaterThan(0);
  const filterStarted = Date.now();
  await table.filterText('no-such-request');
  const filtered = await table.waitFor((x) => x.count.startsWith('0 of'));
  // A thousand and more, written as English writes numbers: '0 of 1,001 requests'.
  expect(filtered.count).toMatch(/^0 of [\d,]+ requests$/);
  expect(Date.now() - filterStarted).toBeLessThan(3000);
  await page.close();

  const figures = `${REQUESTS} requests in ${floodSeconds.toFixed(0)} s; kept ${String(flood?.subresources.length)}, dropped and counted ${String(flood?.droppedSubresources)}; storage.session ${bytes} bytes; chain after the flood: ${String(chain?.chain.length)} hops, none missed; popup open in ${popupSeconds.toFixed(1)} s`;
  test.info().annotations.push({ type: 'figures', description: figures });
  console.log(`figures: ${figures}`);
});
