/**
 * Nothing lost (issue 8), in Chromium: the service worker is stopped twenty times, the way Chromium
 * stops an idle one, during a session of 500 requests in five tabs. Every response the background
 * had kept before a stop is still kept and shown afterwards, and (but for the few whose events
 * Chromium never delivers around a forced stop, counted) so is every response the server answered.
 * Closing and reopening the popup and the panel loses nothing either.
 */
import type { Page } from '@playwright/test';
import type { PageLoad } from '../../src/shared/capture';
import { loadsAfter, loadsOf, waitForQuiet, waitForValue, type SessionStorage } from './fixtures/capture-storage';
import { openTab, sessionStorage, type TestTab } from './fixtures/chromium-capture';
import { ServiceWorkerControl } from './fixtures/service-worker';
import { expect, test } from './fixtures/site-test';
import { openToolbarPopup } from './pages/popup-chromium';
import { PanelTable } from './pages/panel-table';
import type { PopupSnapshot } from './pages/popup-view';
import { BURST_STATUSES } from '../site/hardening-routes';

const TABS = 5;
const STOPS = 20;
/** Each round loads one page that fetches this many resources: 20 × (1 + 24) = 500 requests. */
const FETCHES = 24;


/** Every response a tab's loads (after its marker) hold, as `url → status`, the page's own included. */
function responsesOf(stored: SessionStorage, tab: TestTab): Map<string, number | undefined> {
  const found = new Map<string, number | undefined>();
  for (const load of loadsAfter(loadsOf(stored, tab.tabId), tab.markerUrl)) {
    for (const hop of load.chain) found.set(hop.url, hop.statusCode);
    for (const sub of load.subresources) found.set(sub.url, sub.statusCode);
  }
  return found;
}

/** The page of each round, and the resources it fetches, on the site at `origin`. */
const roundPaths = (origin: string) => ({
  roundUrl: (round: number): string => `${origin}/hardening/burst?n=${FETCHES}&c=8&r=${round}`,
  fetchUrl: (round: number, i: number): string => `${origin}/hardening/res?r=${round}&i=${i}&s=${BURST_STATUSES[i % BURST_STATUSES.length]}`,
});

async function browseRound(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.title.startsWith('done'), undefined, { timeout: 30_000 });
}

test.describe('Hardening: nothing lost (Chromium)', () => {
  test('twenty worker stops during 500 requests in five tabs: every response kept before a stop is still there and shown', async ({ site, chromium }) => {
    test.setTimeout(300_000);
    const browser = await chromium();
    const { roundUrl, fetchUrl } = roundPaths(site.origin);
    const tabs: TestTab[] = [];
    for (let i = 0; i < TABS; i++) tabs.push(await openTab(browser.context, browser.worker, site.origin));
    const control = await ServiceWorkerControl.attach(browser.context, tabs[0]!.page, browser.extensionId);

    /** What the background had kept at each stop, by tab: never allowed to shrink. */
    const keptBeforeStops = tabs.map(() => new Map<string, number | undefined>());
    let stops = 0;
    for (let round = 0; round < STOPS; round++) {
      const tab = tabs[round % TABS]!;
      await browseRound(tab.page, roundUrl(round));
      // The navigation woke the worker if it was stopped; reading it while stopped would close the browser.
      await control.waitForStatus('running');
      // The page has its answers; the background gets each one's events a little later. Stop it
      // once it has them all (an abrupt stop before that loses the events Chromium had not yet
      // delivered, which no extension can keep).
      const stored = await waitForValue(
        () => sessionStorage(browser.worker),
        (s) => Array.from({ length: FETCHES }, (_, i) => fetchUrl(round, i)).every((url) => responsesOf(s, tab).has(url)),
        5_000,
      );
      tabs.forEach((t, i) => responsesOf(stored, t).forEach((status, url) => keptBeforeStops[i]!.set(url, status)));
      await control.stop();
      stops++;
    }
    // Wake it once more (webRequest events start it) and let the last writes land.
    await tabs[0]!.page.goto(`${site.origin}/ok?after-stops`);
    await control.waitForStatus('running');
    const final = await waitForQuiet(() => sessionStorage(browser.worker), 700, 20_000);
    await control.detach();

    expect(stops).toBe(STOPS);
    let keptCount = 0;
    tabs.forEach((tab, i) => {
      const now = responsesOf(final, tab);
      const missing = [...keptBeforeStops[i]!].filter(([url, status]) => !now.has(url) || now.get(url) !== status);
      expect(missing, `tab ${i}: kept before a stop, gone after`).toEqual([]);
      keptCount += keptBeforeStops[i]!.size;
    });
    expect(keptCount).toBeGreaterThan(0);

    // Every response the server answered is kept, with its status, in the tab that asked for it.
    // (Right after a wake, Chromium may hand the new worker a request's last events without its
    // first, so a few land in the tab's previous load, or twice: counted below, never lost.)
    let requests = 0;
    let elsewhere = 0;
    const unseenByRound: string[] = [];
    for (let round = 0; round < STOPS; round++) {
      const tab = tabs[round % TABS]!;
      const loads = loadsAfter(loadsOf(final, tab.tabId), tab.markerUrl);
      const load = loads.find((l: PageLoad) => l.url === roundUrl(round));
      expect(load?.final?.statusCode, `round ${round}: the page itself`).toBe(200);
      const inLoad = new Map(load?.subresources.map((s) => [s.url, s.statusCode]));
      const inTab = new Map(loads.flatMap((l) => l.subresources.map((s) => [s.url, s.statusCode] as const)));
      const expected = Array.from({ length: FETCHES }, (_, i) => [fetchUrl(round, i), BURST_STATUSES[i % BURST_STATUSES.length]] as const);
      const unseen = expected.filter(([url, status]) => inTab.get(url) !== status && inLoad.get(url) !== status);
      if (unseen.length > 0) unseenByRound.push(`round ${round}: ${unseen.map(([url]) => url.replace(/.*&i=/, 'i=')).join(' ')}`);
      elsewhere += expected.filter(([url]) => !inLoad.has(url)).length;
      requests += 1 + FETCHES;
    }
    expect(requests).toBe(500);
    // Measured on Chromium 156: a forced stop now and then costs a few requests (0 to 5 of 500, just
    // after a wake) whose webRequest events Chromium never delivers to the new worker, however long
    // one waits; what reached the background is never lost (above). A worse figure fails here.
    expect(unseenByRound.flatMap((r) => r.split(' i=').slice(1)).length, unseenByRound.join('; ')).toBeLessThanOrEqual(10);
    const served = site.requests.filter((r) => r.startsWith('GET /hardening/')).length;
    expect(served).toBe(500);
    const duplicates = tabs.reduce((n, t) => n + loadsAfter(loadsOf(final, t.tabId), t.markerUrl).reduce((m, l) => m + l.subresources.length - new Set(l.subresources.map((s) => s.url)).size, 0), 0);
    test.info().annotations.push({ type: 'figures', description: `${stops} stops survived; ${requests} requests served; ${keptCount} responses seen before stops, ${unseenByRound.length} rounds with responses never seen [${unseenByRound.join("; ")}]; ${elsewhere} filed under the tab's previous load, ${duplicates} recorded twice` });
    console.log(`figures: ${test.info().annotations.at(-1)?.description}`);

    // The popup, served by the last worker, tells the same story for a tab browsed only before stops.
    const tab = tabs[1]!;
    const open = await openToolbarPopup(browser, tab.page);
    // What the popup must show is what the background kept for the tab's last page (a response
    // filed under the page before, after a wake, is not counted here).
    const kept = loadsAfter(loadsOf(final, tab.tabId), tab.markerUrl).find((l) => l.url === roundUrl(16))!;
    const expectedCounts = { '2xx': kept.counts['2xx'], '4xx': kept.counts['4xx'], '5xx': kept.counts['5xx'] };
    const failing = kept.subresources.filter((r) => (r.statusCode ?? 0) >= 400).length;
    expect(failing).toBeGreaterThan(0);
    // The failing list (4xx and 5xx) renders after the counts: wait for all of it.
    const shown = (s: PopupSnapshot): boolean => s.final?.code === '200' && s.counts['4xx'] === expectedCounts['4xx'] && s.failing.length === failing;
    const first = await open.view.waitFor(shown);
    expect(first.final?.url).toBe(roundUrl(16));
    expect(first.counts).toMatchObject(expectedCounts);
    expect(first.loads.length).toBe(5);
    expect(first.failing.length).toBe(failing);
    await open.close();
    const again = await openToolbarPopup(browser, tab.page);
    const second = await again.view.waitFor(shown);
    expect({ final: second.final, counts: second.counts, loads: second.loads, failing: second.failing }).toEqual({
      final: first.final,
      counts: first.counts,
      loads: first.loads,
      failing: first.failing,
    });
    await again.close();

    // The panel page for the same tab, closed and opened again: the same requests, none lost.
    const readPanel = async (): Promise<{ count: string; urls: string[] }> => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/src/devtools/panel.html?tab=${tab.tabId}`);
      const table = new PanelTable({ evaluate: <T>(script: string) => page.evaluate(script) as Promise<T>, pressKey: (key) => page.keyboard.press(key) });
      const s = await table.waitFor((x) => x.count.endsWith(`${1 + FETCHES} requests`));
      const urls = s.lines.filter((l) => l.testid === 'request-row').map((l) => l.url);
      await page.close();
      return { count: s.count, urls };
    };
    const panelFirst = await readPanel();
    expect(panelFirst.count).toMatch(new RegExp(`${1 + FETCHES} requests$`));
    expect(await readPanel()).toEqual(panelFirst);
  });
});
