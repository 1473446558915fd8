/**
 * Capture in Chromium (issue 4): what the background keeps in storage.session for each tab (read
 * through the worker), what the badge says, and what the real toolbar popup shows — for every kind
 * of redirect, for failures without any response, for a page with failing sub-resources, across a
 * service-worker stop, and with the optional client-side redirect detector off and on.
 */
import { expect, test, type Page } from '@playwright/test';
import type { PageLoad } from '../../src/shared/capture';
import { ended, loadsAfter, loadsOf, storedLoadIds, tabKey, waitForQuiet, waitForValue } from './fixtures/capture-storage';
import { launchChromium, type ChromiumWithExtension } from './fixtures/chromium-extension';
import { badgeOf, contentScriptRunsIn, gotoFailing, openTab, sessionStorage, type TestTab } from './fixtures/chromium-capture';
import { freePort } from './fixtures/free-port';
import { ServiceWorkerControl } from './fixtures/service-worker';
import { ChromiumPopup } from './pages/popup-chromium';
import { startSite, type RunningSite } from '../site/site-server';

let site: RunningSite;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => {
  await site.close();
});

const path = (url: string | undefined): string | undefined => url?.replace(site.origin, '');

/** The tab's loads after its marker page, once `ready` accepts them (or the last seen, to assert on). */
async function loadsIn(browser: ChromiumWithExtension, tab: TestTab, ready: (loads: PageLoad[]) => boolean): Promise<PageLoad[]> {
  return waitForValue(async () => loadsAfter(loadsOf(await sessionStorage(browser.worker), tab.tabId), tab.markerUrl), ready);
}

/**
 * The badge once it shows `text` with its own tooltip. Chrome clears a tab's badge when its page
 * commits and the background draws it again a moment later, so a read can fall between the two
 * calls that set text and tooltip; a shown code always comes with a tooltip that explains it.
 */
async function waitForBadge(browser: ChromiumWithExtension, tabId: number, text: string): Promise<{ text: string; title: string }> {
  return waitForValue(
    () => badgeOf(browser.worker, tabId),
    (b) => b.text === text && (text === '' || b.title !== 'Status Inspector'),
  );
}

/** What a load tells about its main document: everything but the sub-resources still arriving. */
function documentStory(load: PageLoad): Partial<PageLoad> {
  const { id, url, state, committed, chain, final, findings, error } = load;
  return { id, url, state, committed, chain, final, findings, error };
}

async function openPopupFor(browser: ChromiumWithExtension, page: Page): Promise<ChromiumPopup> {
  await page.bringToFront();
  return ChromiumPopup.open(browser);
}

test.describe('Chromium capture', () => {
  let browser: ChromiumWithExtension;
  test.beforeAll(async () => {
    browser = await launchChromium();
  });
  test.afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
    await browser?.close();
  });

  test('a 301 → 302 → 303 → 307 → 308 → 200 chain: each hop’s code, status line, method, maker, and the findings', async () => {
    const tab = await openTab(browser.context, browser.worker, site.origin);
    await tab.page.goto(`${site.origin}/capture/chain`);
    expect(tab.page.url()).toBe(`${site.origin}/capture/chain/end`);

    const loads = await loadsIn(browser, tab, (l) => ended(l[0]) && l[0].final !== undefined);
    expect(loads).toHaveLength(1);
    const load = loads[0]!;
    // Chromium's status lines say HTTP/1.1 whatever the protocol: the capture keeps them without it.
    expect(load.chain.map((h) => [path(h.url), h.statusCode, h.statusLine, h.method, h.madeBy, path(h.redirectUrl)])).toEqual([
      ['/capture/chain', 301, '301 Moved Permanently', 'GET', 'server', '/capture/chain/2'],
      ['/capture/chain/2', 302, '302 Found', 'GET', 'server', '/capture/chain/2/'],
      ['/capture/chain/2/', 303, '303 See Other', 'GET', 'server', '/capture/chain/3'],
      ['/capture/chain/3', 307, '307 Temporary Redirect', 'GET', 'server', '/capture/chain/4'],
      ['/capture/chain/4', 308, '308 Permanent Redirect', 'GET', 'server', '/capture/chain/end'],
      ['/capture/chain/end', 200, '200 OK', 'GET', 'server', undefined],
    ]);
    expect(load).toMatchObject({ state: 'complete', committed: true, url: `${site.origin}/capture/chain/end`, source: 'network' });
    expect(load.final).toMatchObject({ statusCode: 200, statusLine: '200 OK', source: 'network' });
    // The 302 only adds a trailing slash (permanent by nature); 301/308 mixed with 302/303/307.
    expect(load.findings.map((f) => [f.kind, f.hops])).toEqual([
      ['temporary-redirect', [1]],
      ['mixed-redirects', [0, 1, 2, 3, 4]],
    ]);

    const badge = await waitForBadge(browser, tab.tabId, '200↪');
    expect(badge.title).toContain('Status Inspector — 200 OK — after 5 redirects');

    const popup = await openPopupFor(browser, tab.page);
    const story = await popup.story((s) => s.chain.length === 6 && s.final !== undefined);
    expect(story.chain.map((h) => h.code)).toEqual(['301', '302', '303', '307', '308', '200']);
    expect(story.final).toMatchObject({ code: '200', url: `${site.origin}/capture/chain/end` });
    await popup.close();
  });

  test('a form POST through 307 → 308 → 303: POST kept by 307 and 308, turned into a GET by 303', async () => {
    const tab = await openTab(browser.context, browser.worker, site.origin);
    await tab.page.goto(`${site.origin}/capture/post-form`);
    await Promise.all([tab.page.waitForURL(`${site.origin}/capture/post/done`), tab.page.click('#send')]);

    const loads = await loadsIn(browser, tab, (l) => l.length === 2 && ended(l[1]) && l[1].final !== undefined);
    expect(loads.map((l) => path(l.url))).toEqual(['/capture/post-form', '/capture/post/done']);
    const posted = loads[1]!;
    expect(posted.chain.map((h) => [path(h.url), h.method, h.statusCode, h.madeBy])).toEqual([
      ['/capture/post/307', 'POST', 307, 'server'],
      ['/capture/post/308', 'POST', 308, 'server'],
      ['/capture/post/303', 'POST', 303, 'server'],
      ['/capture/post/done', 'GET', 200, 'server'],
    ]);
    expect(posted.transitionType).toBe('form_submit');
    expect(posted.findings.map((f) => [f.kind, f.hops])).toEqual([['mixed-redirects', [0, 1, 2]]]);
  });

  test('a redirect loop: every hop kept, a loop finding, net::ERR_TOO_MANY_REDIRECTS, and no status invented', async () => {
    const tab = await openTab(browser.context, browser.worker, site.origin);
    expect(await gotoFailing(tab.page, `${site.origin}/loop/a`)).toContain('net::ERR_TOO_MANY_REDIRECTS');

    // Chromium's webRequest says only net::ERR_ABORTED; the reason comes with webNavigation's error.
    const loads = await loadsIn(browser, tab, (l) => l[0]?.error === 'net::ERR_TOO_MANY_REDIRECTS');
    expect(loads).toHaveLength(1);
    const load = loads[0]!;
    expect(load).toMatchObject({ state: 'error', error: 'net::ERR_TOO_MANY_REDIRECTS', source: 'browser', committed: false });
    expect(load.noDocument).toBeUndefined();
    expect(load.final).toBeUndefined();
    expect(load.chain).toHaveLength(21);
    load.chain.slice(0, 20).forEach((hop, i) => {
      expect([path(hop.url), hop.statusCode, hop.madeBy, path(hop.redirectUrl)]).toEqual(
        i % 2 === 0 ? ['/loop/a', 302, 'server', '/loop/b'] : ['/loop/b', 302, 'server', '/loop/a'],
      );
    });
    // The 21st hop was never requested: it has the error and nothing else.
    const last = load.chain[20]!;
    expect(last).toMatchObject({ url: `${site.origin}/loop/a`, error: 'net::ERR_TOO_MANY_REDIRECTS' });
    expect([last.statusCode, last.statusLine, last.madeBy, last.redirectUrl]).toEqual([undefined, undefined, undefined, undefined]);
    expect(load.findings.map((f) => f.kind)).toEqual(['loop', 'long-chain', 'final-not-2xx']);

    const badge = await waitForBadge(browser, tab.tabId, 'ERR↪');
    expect(badge.title).toContain('net::ERR_TOO_MANY_REDIRECTS — after 20 redirects');
  });

  test('a Cloudflare chain ending in 520: Cloudflare named on every hop, and Cloudflare’s own meaning of 520', async () => {
    const tab = await openTab(browser.context, browser.worker, site.origin);
    const response = await tab.page.goto(`${site.origin}/cloudflare/chain`);
    expect(response?.status()).toBe(520);

    const loads = await loadsIn(browser, tab, (l) => ended(l[0]) && l[0].final !== undefined);
    const load = loads[0]!;
    expect(load.chain.map((h) => [path(h.url), h.statusCode, h.madeBy])).toEqual([
      ['/cloudflare/chain', 301, 'server'],
      ['/cloudflare/chain-2', 302, 'server'],
      ['/cloudflare/520', 520, 'server'],
    ]);
    for (const hop of load.chain) expect(hop.vendors?.map((v) => v.id)).toContain('cloudflare');
    expect(load.final?.statusCode).toBe(520);
    expect(load.final?.vendors?.map((v) => v.id)).toContain('cloudflare');
    expect(load.final?.explanation).toMatchObject({ code: '520', originId: 'cloudflare' });
    // No prose is stored: the pages find the summary in the registry entry the reference names.
    expect(load.final?.explanation).not.toHaveProperty('summary');

    const badge = await waitForBadge(browser, tab.tabId, '520↪');
    // Cloudflare's own code, said so in the tooltip: the meaning the worker chose, by who answered.
    expect(badge.title).toContain('\nThis code is Cloudflare’s own, not the HTTP standard’s.');
    const popup = await openPopupFor(browser, tab.page);
    const story = await popup.story((s) => s.final?.code === '520');
    expect(story.final?.code).toBe('520');
    expect(story.chain.map((h) => h.code)).toEqual(['301', '302', '520']);
    await popup.close();
  });

  test('an IIS 404: the vendor is Microsoft IIS', async () => {
    const tab = await openTab(browser.context, browser.worker, site.origin);
    const response = await tab.page.goto(`${site.origin}/iis/404-3`);
    expect(response?.status()).toBe(404);

    const load = (await loadsIn(browser, tab, (l) => ended(l[0]) && l[0].final !== undefined))[0]!;
    expect(load.final).toMatchObject({ statusCode: 404, statusLine: '404 Not Found', source: 'network' });
    expect(load.final?.vendors?.map((v) => v.id)).toContain('iis');
    expect(load.chain).toHaveLength(1);
    expect(load.findings.map((f) => f.kind)).toEqual(['final-not-2xx']);
    expect((await waitForBadge(browser, tab.tabId, '404')).text).toBe('404');
  });

  test('a refused connection: the browser’s error, no final status, ERR on the badge', async () => {
    const tab = await openTab(browser.context, browser.worker, site.origin);
    const closed = await freePort();
    const url = `http://127.0.0.1:${closed}/`;
    expect(await gotoFailing(tab.page, url)).toContain('net::ERR_CONNECTION_REFUSED');

    const loads = await loadsIn(browser, tab, (l) => l[0]?.state === 'error');
    expect(loads).toHaveLength(1);
    const load = loads[0]!;
    expect(load).toMatchObject({ url, state: 'error', error: 'net::ERR_CONNECTION_REFUSED', source: 'browser' });
    expect(load.final).toBeUndefined();
    expect(load.chain).toHaveLength(1);
    expect(load.chain[0]).toMatchObject({ url, error: 'net::ERR_CONNECTION_REFUSED' });
    expect([load.chain[0]?.statusCode, load.chain[0]?.madeBy]).toEqual([undefined, undefined]);

    const badge = await waitForBadge(browser, tab.tabId, 'ERR');
    expect(badge.title).toContain('net::ERR_CONNECTION_REFUSED');
  });

  test('a page of 40 sub-resources: counted by class, the failing ones listed', async () => {
    const tab = await openTab(browser.context, browser.worker, site.origin);
    const closed = await freePort();
    await tab.page.goto(`${site.origin}/capture/subresources?closed=${closed}`);

    const loads = await loadsIn(browser, tab, (l) => l[0]?.counts.total === 40);
    expect(loads).toHaveLength(1);
    const load = loads[0]!;
    expect(load.final?.statusCode).toBe(200);
    expect(load.counts).toEqual({ total: 40, '1xx': 0, '2xx': 33, '3xx': 0, '4xx': 4, '5xx': 2, other: 0, failed: 1, fromCache: 0 });
    const failing = load.subresources
      .filter((r) => (r.statusCode ?? 0) >= 400)
      .map((r) => [path(r.url), r.type, r.statusCode])
      .sort();
    expect(failing).toEqual(
      [
        ['/capture/res?kind=css&n=6&status=404', 'stylesheet', 404],
        ['/capture/res?kind=img&n=11&status=404', 'image', 404],
        ['/capture/res?kind=img&n=17&status=404', 'image', 404],
        ['/capture/res?kind=img&n=5&status=404', 'image', 404],
        ['/capture/res?kind=js&n=3&status=500', 'script', 500],
        ['/capture/res?kind=js&n=8&status=500', 'script', 500],
      ].sort(),
    );
    expect(load.errors.map((e) => [e.url, e.type, e.error])).toEqual([[`http://127.0.0.1:${closed}/unreachable.svg`, 'image', 'net::ERR_CONNECTION_REFUSED']]);
    expect(load.subresources).toHaveLength(39);

    const badge = await waitForBadge(browser, tab.tabId, '200!');
    expect(badge.title).toContain('7 sub-resources failed');
  });

  test('the sub-resource cap set in the options page: fifty kept, the rest dropped and counted', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByLabel('Sub-resources kept per page load').fill('50');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByRole('status')).toHaveText('Saved.');
    expect(await browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings)).toMatchObject({ maxSubresourcesPerLoad: 50 });
    try {
      const tab = await openTab(browser.context, browser.worker, site.origin);
      await tab.page.goto(`${site.origin}/popup/many?n=120`);
      // 120 images, and the favicon when the browser asks for it.
      const [load] = await loadsIn(browser, tab, (l) => (l[0]?.counts.total ?? 0) >= 120 && l[0]?.subresources.some((r) => r.url.endsWith('i=119')) === true);
      expect(load?.subresources).toHaveLength(50);
      expect(load?.droppedSubresources).toBe((load?.counts.total ?? 0) - 50);
      // Fifty different images (which fifty depends on the order they finished; the reducer's unit tests pin that down).
      expect(new Set(load?.subresources.map((r) => r.url)).size).toBe(50);
      expect(load?.subresources.every((r) => r.type === 'image')).toBe(true);
    } finally {
      await options.getByLabel('Sub-resources kept per page load').fill('1000');
      await options.getByRole('button', { name: 'Save' }).click();
      await expect(options.getByRole('status')).toHaveText('Saved.');
      await options.close();
    }
  });

  test('the badge: 404, a redirected 200, nothing for about:blank, ERR for a failed load', async () => {
    const tab = await openTab(browser.context, browser.worker, site.origin);
    await tab.page.goto(`${site.origin}/missing`);
    const missing = await waitForBadge(browser, tab.tabId, '404');
    expect(missing.text).toBe('404');
    expect(missing.title).toContain('Status Inspector — 404 Not Found');

    await tab.page.goto('about:blank');
    expect(await waitForBadge(browser, tab.tabId, '')).toEqual({ text: '', title: 'Status Inspector' });

    await tab.page.goto(`${site.origin}/chain/start`);
    const redirected = await waitForBadge(browser, tab.tabId, '200↪');
    expect(redirected.text).toBe('200↪');
    expect(redirected.title).toContain('after 2 redirects');

    await gotoFailing(tab.page, `http://127.0.0.1:${await freePort()}/`);
    expect((await waitForBadge(browser, tab.tabId, 'ERR')).text).toBe('ERR');
  });

  test('closing a tab removes its data from storage.session', async () => {
    const kept = await openTab(browser.context, browser.worker, site.origin);
    const tab = await openTab(browser.context, browser.worker, site.origin);
    await tab.page.goto(`${site.origin}/missing`);
    const before = await waitForValue(
      () => sessionStorage(browser.worker),
      (s) => loadsOf(s, tab.tabId).some((l) => l.final?.statusCode === 404),
    );
    expect(before[tabKey(tab.tabId)]).toBeDefined();
    const itsLoads = loadsOf(before, tab.tabId).map((l) => l.id);
    expect(storedLoadIds(before)).toEqual(expect.arrayContaining(itsLoads));

    await tab.page.close();
    await waitForValue(
      () => sessionStorage(browser.worker),
      (s) => s[tabKey(tab.tabId)] === undefined,
    );
    // And it stays gone, whatever late event of the page still arrives.
    const after = await waitForQuiet(() => sessionStorage(browser.worker));
    expect(after[tabKey(tab.tabId)]).toBeUndefined();
    // Its page loads, each under a key of its own, went with it.
    expect(storedLoadIds(after).filter((id) => itsLoads.includes(id))).toEqual([]);
    expect(after[tabKey(kept.tabId)]).toBeDefined();
  });
});

test.describe('Chromium client-side redirects', () => {
  let browser: ChromiumWithExtension;
  test.afterEach(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
    await browser?.close();
  });

  /**
   * Meta refresh, then script redirect, in one tab: the four loads after the marker, once both
   * targets arrived by `madeBy` (the content script's message may come after the commit).
   */
  async function browseClientRedirects(tab: TestTab, madeBy: [string, string]): Promise<PageLoad[]> {
    await tab.page.goto(`${site.origin}/client/meta-refresh`);
    await tab.page.waitForURL(`${site.origin}/client/meta-target`);
    await tab.page.goto(`${site.origin}/client/js-redirect`);
    await tab.page.waitForURL(`${site.origin}/client/js-target`);
    return loadsIn(
      browser,
      tab,
      (l) => l.length === 4 && l.every((load) => ended(load) && load.final !== undefined) && l[1]?.arrivedBy === madeBy[0] && l[3]?.arrivedBy === madeBy[1],
    );
  }

  function expectLinked(from: PageLoad | undefined, to: PageLoad | undefined, madeBy: string, target: string): void {
    expect(to).toMatchObject({ redirectedFromLoadId: from?.id, arrivedBy: madeBy, url: `${site.origin}${target}` });
    expect(from?.redirectedToLoadId).toBe(to?.id);
    expect(to?.chain.map((h) => [path(h.url), h.statusCode, h.madeBy, path(h.redirectUrl)])).toEqual([
      [path(from?.url), 200, madeBy, target],
      [target, 200, 'server', undefined],
    ]);
  }

  test('without the optional script: linked, but only as client-unknown', async () => {
    browser = await launchChromium();
    expect(await browser.worker.evaluate(() => chrome.permissions.contains({ permissions: ['scripting'] }))).toBe(false);
    const tab = await openTab(browser.context, browser.worker, site.origin);
    expect(await contentScriptRunsIn(browser.context, tab.page, browser.extensionId)).toBe(false);
    const [meta, metaTarget, js, jsTarget] = await browseClientRedirects(tab, ['client-unknown', 'client-unknown']);
    expectLinked(meta, metaTarget, 'client-unknown', '/client/meta-target');
    expectLinked(js, jsTarget, 'client-unknown', '/client/js-target');
    expect(metaTarget?.transitionQualifiers).toContain('client_redirect');
  });

  test('turned on in the options page: the script is registered and tells meta refresh from JavaScript; turned off again', async () => {
    browser = await launchChromium();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const toggle = options.getByLabel('Detect client-side redirects (meta refresh / JavaScript)');
    // A real click: Chromium grants `scripting` (it carries no warning) only during a user gesture.
    await toggle.check();
    await expect(options.getByTestId('client-redirects-status')).toHaveText('On.');
    expect(await browser.worker.evaluate(() => chrome.permissions.contains({ permissions: ['scripting'] }))).toBe(true);
    expect(await browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([
      expect.objectContaining({
        id: 'client-redirect-detector',
        js: ['src/content/client-redirect-detector.js'],
        runAt: 'document_start',
        allFrames: false,
        world: 'ISOLATED',
      }),
    ]);

    const tab = await openTab(browser.context, browser.worker, site.origin);
    expect(await contentScriptRunsIn(browser.context, tab.page, browser.extensionId)).toBe(true);
    const [meta, metaTarget, js, jsTarget] = await browseClientRedirects(tab, ['client-meta-refresh', 'client-javascript']);
    expectLinked(meta, metaTarget, 'client-meta-refresh', '/client/meta-target');
    expect(metaTarget?.chain[0]?.clientDelaySeconds).toBe(0);
    expectLinked(js, jsTarget, 'client-javascript', '/client/js-target');
    expect(jsTarget?.chain[0]?.clientDelaySeconds).toBeUndefined();

    await toggle.uncheck();
    await expect(options.getByTestId('client-redirects-status')).toHaveText('Off.');
    expect(await browser.worker.evaluate(() => chrome.permissions.contains({ permissions: ['scripting'] }))).toBe(false);
    const again = await openTab(browser.context, browser.worker, site.origin);
    // Unregistered before the permission went back: the script no longer runs in new pages.
    expect(await contentScriptRunsIn(browser.context, again.page, browser.extensionId)).toBe(false);
    await again.page.goto(`${site.origin}/client/meta-refresh`);
    await again.page.waitForURL(`${site.origin}/client/meta-target`);
    const [, target] = await loadsIn(browser, again, (l) => l.length === 2 && ended(l[1]) && l[1].final !== undefined && l[1].arrivedBy !== undefined);
    expect(target?.arrivedBy).toBe('client-unknown');
  });

  test('a permission revoked without the options page: the script’s messages are no longer heard', async () => {
    browser = await launchChromium();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByLabel('Detect client-side redirects (meta refresh / JavaScript)').check();
    await expect(options.getByTestId('client-redirects-status')).toHaveText('On.');
    // As another tool (or a future browser setting) could: the script then stays registered, and
    // neither browser lets the extension unregister it without the permission.
    expect(await options.evaluate(() => chrome.permissions.remove({ permissions: ['scripting'] }))).toBe(true);

    const tab = await openTab(browser.context, browser.worker, site.origin);
    expect(await contentScriptRunsIn(browser.context, tab.page, browser.extensionId)).toBe(true);
    await tab.page.goto(`${site.origin}/client/meta-refresh`);
    await tab.page.waitForURL(`${site.origin}/client/meta-target`);
    const loads = await waitForQuiet(async () => loadsAfter(loadsOf(await sessionStorage(browser.worker), tab.tabId), tab.markerUrl));
    expect(loads.map((l) => [path(l.url), l.arrivedBy])).toEqual([
      ['/client/meta-refresh', undefined],
      ['/client/meta-target', 'client-unknown'],
    ]);
  });
});

test.describe('Chromium service worker stop', () => {
  let browser: ChromiumWithExtension;
  test.afterEach(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
    await browser?.close();
  });

  test('nothing captured before the worker stopped is lost; capture goes on after it wakes', async () => {
    browser = await launchChromium();
    const first = await openTab(browser.context, browser.worker, site.origin);
    await first.page.goto(`${site.origin}/chain/start`);
    await first.page.goto(`${site.origin}/missing`);
    const second = await openTab(browser.context, browser.worker, site.origin);
    await second.page.goto(`${site.origin}/cloudflare/chain`);

    const before = await waitForValue(
      () => sessionStorage(browser.worker),
      (s) => {
        const firstLoads = loadsAfter(loadsOf(s, first.tabId), first.markerUrl);
        return firstLoads.length === 2 && firstLoads.every(ended) && loadsOf(s, second.tabId).some((l) => l.final?.statusCode === 520 && ended(l));
      },
    );
    const firstBefore = loadsAfter(loadsOf(before, first.tabId), first.markerUrl);
    const secondBefore = loadsOf(before, second.tabId);
    expect(firstBefore.map((l) => [path(l.url), l.final?.statusCode])).toEqual([
      ['/chain/end', 200],
      ['/missing', 404],
    ]);

    // Something only the running worker holds, to prove the worker that answers later is a new one.
    await browser.worker.evaluate(() => Object.assign(globalThis, { beforeTheStop: true }));
    const control = await ServiceWorkerControl.attach(browser.context, first.page, browser.extensionId);
    await control.stop();

    // A navigation wakes the worker (webRequest events start it); it must load what it had first.
    await first.page.goto(`${site.origin}/ok`);
    await control.waitForStatus('running');
    expect(await browser.worker.evaluate(() => 'beforeTheStop' in globalThis)).toBe(false);

    const after = await waitForValue(
      () => sessionStorage(browser.worker),
      (s) => loadsAfter(loadsOf(s, first.tabId), first.markerUrl).length === 3 && ended(loadsAfter(loadsOf(s, first.tabId), first.markerUrl)[2]),
    );
    const firstAfter = loadsAfter(loadsOf(after, first.tabId), first.markerUrl);
    expect(firstAfter.map((l) => [path(l.url), l.final?.statusCode])).toEqual([
      ['/chain/end', 200],
      ['/missing', 404],
      ['/ok', 200],
    ]);
    // The loads from before the stop are the same records (a late favicon may have added a
    // sub-resource since), and load ids kept counting up.
    expect(firstAfter.slice(0, 2).map(documentStory)).toEqual(firstBefore.map(documentStory));
    expect(new Set(Object.values(after).flatMap((t) => (t as { loads?: PageLoad[] }).loads?.map((l) => l.id) ?? [])).size).toBe(
      Object.values(after).flatMap((t) => (t as { loads?: PageLoad[] }).loads ?? []).length,
    );
    expect(loadsOf(after, second.tabId).map(documentStory)).toEqual(secondBefore.map(documentStory));
    await control.detach();

    // The popup, served by the new worker: the tab browsed only before the stop still tells its chain.
    const popup = await openPopupFor(browser, second.page);
    const story = await popup.story((s) => s.final?.code === '520');
    expect(story.final?.code).toBe('520');
    expect(story.chain.map((h) => h.code)).toEqual(['301', '302', '520']);
    await popup.close();
    const current = await openPopupFor(browser, first.page);
    expect((await current.story((s) => s.final?.code === '200')).final).toMatchObject({ code: '200', url: `${site.origin}/ok` });
    await current.close();
    expect((await waitForBadge(browser, first.tabId, '200')).text).toBe('200');
  });
});
