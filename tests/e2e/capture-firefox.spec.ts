/**
 * Capture in Firefox ESR (issue 4): what the background keeps in storage.session for each tab, read
 * from an extension page, and the badge — for every kind of redirect, failures without a response,
 * a page with failing sub-resources, tab close, and the optional client-side redirect detector.
 * Firefox names its errors NS_ERROR_*, and delivers webRequest events later than webNavigation's.
 */
import { expect, test } from '@playwright/test';
import type { PageLoad } from '../../src/shared/capture';
import { ended, loadsAfter, loadsOf, storedLoadIds, tabKey, waitForQuiet, waitForValue } from './fixtures/capture-storage';
import { FirefoxExtensionPage, gotoFailingFirefox, openFirefoxTab, type FirefoxTestTab } from './fixtures/firefox-capture';
import { launchFirefox, type FirefoxWithExtension } from './fixtures/firefox-extension';
import { freePort } from './fixtures/free-port';
import { startSite, type RunningSite } from '../site/site-server';

let site: RunningSite;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
  await site?.close();
});

const path = (url: string | undefined): string | undefined => url?.replace(site.origin, '');

async function loadsIn(ext: FirefoxExtensionPage, tab: FirefoxTestTab, ready: (loads: PageLoad[]) => boolean): Promise<PageLoad[]> {
  return waitForValue(async () => loadsAfter(loadsOf(await ext.sessionStorage(), tab.tabId), tab.markerUrl), ready);
}

async function waitForBadge(ext: FirefoxExtensionPage, tabId: number, text: string): Promise<{ text: string; title: string }> {
  return waitForValue(
    () => ext.badgeOf(tabId),
    (b) => b.text === text,
  );
}

/** Meta refresh, then a script redirect, in one tab: the four loads after the marker. */
async function browseClientRedirects(ext: FirefoxExtensionPage, tab: FirefoxTestTab, madeBy: [string, string | undefined]): Promise<PageLoad[]> {
  await tab.page.goto(`${site.origin}/client/meta-refresh`);
  await waitForValue(
    () => Promise.resolve(tab.page.url()),
    (url) => url === `${site.origin}/client/meta-target`,
  );
  await tab.page.goto(`${site.origin}/client/js-redirect`);
  await waitForValue(
    () => Promise.resolve(tab.page.url()),
    (url) => url === `${site.origin}/client/js-target`,
  );
  // Until both targets arrived by `madeBy`: the content script's message may come after the commit.
  const settled = (l: PageLoad[]): boolean =>
    l.length === 4 && l.every((load) => ended(load) && load.final !== undefined) && l[1]?.arrivedBy === madeBy[0] && l[3]?.arrivedBy === madeBy[1];
  await loadsIn(ext, tab, settled);
  // Firefox reports requests late: let them all arrive before telling the story.
  return waitForQuiet(async () => loadsAfter(loadsOf(await ext.sessionStorage(), tab.tabId), tab.markerUrl));
}

function expectLinked(from: PageLoad | undefined, to: PageLoad | undefined, madeBy: string, target: string): void {
  expect(to).toMatchObject({ redirectedFromLoadId: from?.id, arrivedBy: madeBy, url: `${site.origin}${target}` });
  expect(from?.redirectedToLoadId).toBe(to?.id);
  expect(to?.chain.map((h) => [path(h.url), h.statusCode, h.madeBy, path(h.redirectUrl)])).toEqual([
    [path(from?.url), 200, madeBy, target],
    [target, 200, 'server', undefined],
  ]);
}

test.describe('Firefox capture', () => {
  let firefox: FirefoxWithExtension;
  let ext: FirefoxExtensionPage;
  test.beforeAll(async () => {
    firefox = await launchFirefox();
    ext = await FirefoxExtensionPage.open(firefox);
  });
  test.afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
    await firefox?.close();
  });

  test('a 301 → 302 → 303 → 307 → 308 → 200 chain: each hop’s code, status line, method, maker, and the findings', async () => {
    const tab = await openFirefoxTab(firefox, ext, site.origin);
    await tab.page.goto(`${site.origin}/capture/chain`);
    expect(tab.page.url()).toBe(`${site.origin}/capture/chain/end`);

    const loads = await loadsIn(ext, tab, (l) => ended(l[0]) && l[0].final !== undefined);
    expect(loads).toHaveLength(1);
    const load = loads[0]!;
    expect(load.chain.map((h) => [path(h.url), h.statusCode, h.statusLine, h.method, h.madeBy, path(h.redirectUrl)])).toEqual([
      ['/capture/chain', 301, 'HTTP/1.1 301 Moved Permanently', 'GET', 'server', '/capture/chain/2'],
      ['/capture/chain/2', 302, 'HTTP/1.1 302 Found', 'GET', 'server', '/capture/chain/2/'],
      ['/capture/chain/2/', 303, 'HTTP/1.1 303 See Other', 'GET', 'server', '/capture/chain/3'],
      ['/capture/chain/3', 307, 'HTTP/1.1 307 Temporary Redirect', 'GET', 'server', '/capture/chain/4'],
      ['/capture/chain/4', 308, 'HTTP/1.1 308 Permanent Redirect', 'GET', 'server', '/capture/chain/end'],
      ['/capture/chain/end', 200, 'HTTP/1.1 200 OK', 'GET', 'server', undefined],
    ]);
    expect(load).toMatchObject({ state: 'complete', committed: true, url: `${site.origin}/capture/chain/end` });
    expect(load.final).toMatchObject({ statusCode: 200, statusLine: 'HTTP/1.1 200 OK', source: 'network' });
    expect(load.findings.map((f) => [f.kind, f.hops])).toEqual([
      ['temporary-redirect', [1]],
      ['mixed-redirects', [0, 1, 2, 3, 4]],
    ]);
    expect((await waitForBadge(ext, tab.tabId, '200↪')).title).toContain('after 5 redirects');
    await tab.page.close();
  });

  test('a form POST through 307 → 308 → 303: POST kept by 307 and 308, turned into a GET by 303', async () => {
    const tab = await openFirefoxTab(firefox, ext, site.origin);
    await tab.page.goto(`${site.origin}/capture/post-form`);
    await Promise.all([tab.page.waitForNavigation(), tab.page.click('#send')]);
    expect(tab.page.url()).toBe(`${site.origin}/capture/post/done`);

    const loads = await loadsIn(ext, tab, (l) => l.length === 2 && ended(l[1]) && l[1].final !== undefined);
    expect(loads.map((l) => path(l.url))).toEqual(['/capture/post-form', '/capture/post/done']);
    expect(loads[1]?.chain.map((h) => [path(h.url), h.method, h.statusCode, h.madeBy])).toEqual([
      ['/capture/post/307', 'POST', 307, 'server'],
      ['/capture/post/308', 'POST', 308, 'server'],
      ['/capture/post/303', 'POST', 303, 'server'],
      ['/capture/post/done', 'GET', 200, 'server'],
    ]);
    expect(loads[1]?.findings.map((f) => [f.kind, f.hops])).toEqual([['mixed-redirects', [0, 1, 2]]]);
    await tab.page.close();
  });

  test('a redirect loop: every hop kept, a loop finding, NS_ERROR_REDIRECT_LOOP, and no status invented', async () => {
    const tab = await openFirefoxTab(firefox, ext, site.origin);
    expect(await gotoFailingFirefox(tab.page, `${site.origin}/loop/a`)).toContain('NS_ERROR_REDIRECT_LOOP');

    const loads = await loadsIn(ext, tab, (l) => l[0]?.state === 'error');
    expect(loads).toHaveLength(1);
    const load = loads[0]!;
    expect(load).toMatchObject({ state: 'error', error: 'NS_ERROR_REDIRECT_LOOP', source: 'browser' });
    expect(load.final).toBeUndefined();
    expect(load.chain).toHaveLength(21);
    load.chain.slice(0, 20).forEach((hop, i) => {
      expect([path(hop.url), hop.statusCode, hop.madeBy, path(hop.redirectUrl)]).toEqual(
        i % 2 === 0 ? ['/loop/a', 302, 'server', '/loop/b'] : ['/loop/b', 302, 'server', '/loop/a'],
      );
    });
    const last = load.chain[20]!;
    expect(last).toMatchObject({ url: `${site.origin}/loop/a`, error: 'NS_ERROR_REDIRECT_LOOP' });
    expect([last.statusCode, last.statusLine, last.madeBy]).toEqual([undefined, undefined, undefined]);
    expect(load.findings.map((f) => f.kind)).toEqual(['loop', 'long-chain', 'final-not-2xx']);
    expect((await waitForBadge(ext, tab.tabId, 'ERR↪')).title).toContain('NS_ERROR_REDIRECT_LOOP');
    await tab.page.close();
  });

  test('a Cloudflare chain ending in 520, and a Cloudflare 520 on its own: Cloudflare named, Cloudflare’s meaning of 520', async () => {
    const tab = await openFirefoxTab(firefox, ext, site.origin);
    await tab.page.goto(`${site.origin}/cloudflare/chain`);
    await tab.page.goto(`${site.origin}/cloudflare/520`);

    const loads = await loadsIn(ext, tab, (l) => l.length === 2 && l.every((load) => ended(load) && load.final !== undefined));
    expect(loads.map((l) => l.chain.map((h) => [path(h.url), h.statusCode]))).toEqual([
      [
        ['/cloudflare/chain', 301],
        ['/cloudflare/chain-2', 302],
        ['/cloudflare/520', 520],
      ],
      [['/cloudflare/520', 520]],
    ]);
    for (const load of loads) {
      for (const hop of load.chain) expect(hop.vendors?.map((v) => v.id)).toContain('cloudflare');
      expect(load.final?.statusCode).toBe(520);
      expect(load.final?.explanation).toMatchObject({ code: '520', originId: 'cloudflare' });
      expect(load.final?.explanation).not.toHaveProperty('summary');
    }
    expect((await waitForBadge(ext, tab.tabId, '520')).title).toContain('\nThis code is Cloudflare’s own, not the HTTP standard’s.');
    await tab.page.close();
  });

  test('an IIS 404: the vendor is Microsoft IIS', async () => {
    const tab = await openFirefoxTab(firefox, ext, site.origin);
    await tab.page.goto(`${site.origin}/iis/404-3`);
    const load = (await loadsIn(ext, tab, (l) => ended(l[0]) && l[0].final !== undefined))[0]!;
    expect(load.final).toMatchObject({ statusCode: 404, statusLine: 'HTTP/1.1 404 Not Found', source: 'network' });
    expect(load.final?.vendors?.map((v) => v.id)).toContain('iis');
    expect((await waitForBadge(ext, tab.tabId, '404')).text).toBe('404');
    await tab.page.close();
  });

  test('a refused connection: the browser’s error, no final status, ERR on the badge', async () => {
    const tab = await openFirefoxTab(firefox, ext, site.origin);
    const url = `http://127.0.0.1:${await freePort()}/`;
    expect(await gotoFailingFirefox(tab.page, url)).toContain('NS_ERROR_CONNECTION_REFUSED');

    // Firefox may report the navigation's failure ("Error code 2152398861", which names nothing)
    // before the request's own error: wait for the request, which must join the same load.
    const loads = await loadsIn(ext, tab, (l) => l[0]?.state === 'error' && l[0].chain[0]?.error !== undefined);
    expect(loads).toHaveLength(1);
    const load = loads[0]!;
    expect(load).toMatchObject({ url, state: 'error', error: 'NS_ERROR_CONNECTION_REFUSED', source: 'browser' });
    expect(load.final).toBeUndefined();
    expect(load.chain).toHaveLength(1);
    expect(load.chain[0]).toMatchObject({ url, error: 'NS_ERROR_CONNECTION_REFUSED' });
    expect([load.chain[0]?.statusCode, load.chain[0]?.madeBy]).toEqual([undefined, undefined]);
    expect((await waitForBadge(ext, tab.tabId, 'ERR')).title).toContain('NS_ERROR_CONNECTION_REFUSED');
    await tab.page.close();
  });

  test('a page of 40 sub-resources: counted by class, the failing ones listed', async () => {
    const tab = await openFirefoxTab(firefox, ext, site.origin);
    const closed = await freePort();
    await tab.page.goto(`${site.origin}/capture/subresources?closed=${closed}`);

    const urlsOf = (load: PageLoad | undefined): Set<string> => new Set([...(load?.subresources ?? []), ...(load?.errors ?? [])].map((r) => r.url));
    await loadsIn(ext, tab, (l) => ended(l[0]) && urlsOf(l[0]).size === 40);
    const loads = await waitForQuiet(async () => loadsAfter(loadsOf(await ext.sessionStorage(), tab.tabId), tab.markerUrl));
    expect(loads).toHaveLength(1);
    const load = loads[0]!;
    expect(load.final?.statusCode).toBe(200);
    expect(urlsOf(load).size).toBe(40);
    // Firefox sometimes requests a script that failed a second time (its speculative preload, then
    // the parser's own request): each is a response it really got, so each is counted.
    const byClass = (lo: number) => load.subresources.filter((r) => (r.statusCode ?? 0) >= lo && (r.statusCode ?? 0) < lo + 100).length;
    expect(load.counts).toMatchObject({ '1xx': 0, '2xx': 33, '3xx': 0, '4xx': byClass(400), '5xx': byClass(500), other: 0, failed: 1, fromCache: 0 });
    expect(load.counts.total).toBe(load.subresources.length + load.errors.length);
    expect(load.counts['4xx']).toBeGreaterThanOrEqual(4);
    expect(load.counts['5xx']).toBeGreaterThanOrEqual(2);
    const failing = [
      ...new Set(load.subresources.filter((r) => (r.statusCode ?? 0) >= 400).map((r) => JSON.stringify([path(r.url), r.type, r.statusCode]))),
    ].sort();
    expect(failing).toEqual(
      [
        ['/capture/res?kind=css&n=6&status=404', 'stylesheet', 404],
        ['/capture/res?kind=img&n=11&status=404', 'image', 404],
        ['/capture/res?kind=img&n=17&status=404', 'image', 404],
        ['/capture/res?kind=img&n=5&status=404', 'image', 404],
        ['/capture/res?kind=js&n=3&status=500', 'script', 500],
        ['/capture/res?kind=js&n=8&status=500', 'script', 500],
      ]
        .map((r) => JSON.stringify(r))
        .sort(),
    );
    expect(load.errors.map((e) => [e.url, e.type, e.error])).toEqual([[`http://127.0.0.1:${closed}/unreachable.svg`, 'image', 'NS_ERROR_CONNECTION_REFUSED']]);
    const failures = load.counts['4xx'] + load.counts['5xx'] + load.counts.failed;
    expect((await waitForBadge(ext, tab.tabId, '200!')).title).toContain(`${failures} sub-resources failed`);
    await tab.page.close();
  });

  test('closing a tab removes its data from storage.session', async () => {
    const tab = await openFirefoxTab(firefox, ext, site.origin);
    await tab.page.goto(`${site.origin}/missing`);
    const before = await waitForValue(
      () => ext.sessionStorage(),
      (s) => loadsOf(s, tab.tabId).some((l) => l.final?.statusCode === 404),
    );
    expect(before[tabKey(tab.tabId)]).toBeDefined();
    const itsLoads = loadsOf(before, tab.tabId).map((l) => l.id);
    expect(storedLoadIds(before)).toEqual(expect.arrayContaining(itsLoads));

    await tab.page.close();
    await waitForValue(
      () => ext.sessionStorage(),
      (s) => s[tabKey(tab.tabId)] === undefined,
    );
    // And it stays gone: Firefox reports the page's last requests (its favicon) after the close.
    const after = await waitForQuiet(() => ext.sessionStorage());
    expect(after[tabKey(tab.tabId)]).toBeUndefined();
    // Its page loads, each under a key of its own, went with it.
    expect(storedLoadIds(after).filter((id) => itsLoads.includes(id))).toEqual([]);
  });

  test('client-side redirects without the optional script: a meta refresh is client-unknown, a script redirect is not linked', async () => {
    expect(await ext.registeredContentScripts()).toEqual([]);
    const tab = await openFirefoxTab(firefox, ext, site.origin);
    const [meta, metaTarget, js, jsTarget] = await browseClientRedirects(ext, tab, ['client-unknown', undefined]);
    // Firefox marks the meta refresh 'client_redirect' but not the script's navigation.
    expectLinked(meta, metaTarget, 'client-unknown', '/client/meta-target');
    expect(jsTarget?.transitionQualifiers).not.toContain('client_redirect');
    expect([jsTarget?.redirectedFromLoadId, jsTarget?.arrivedBy, js?.redirectedToLoadId]).toEqual([undefined, undefined, undefined]);
    // Each page keeps the status it really had, though Firefox reports its request after the next navigation began.
    expect([path(js?.url), js?.final?.statusCode, js?.notObservedReason]).toEqual(['/client/js-redirect', 200, undefined]);
    expect(jsTarget?.chain.map((h) => [path(h.url), h.statusCode])).toEqual([['/client/js-target', 200]]);
    await tab.page.close();
  });
});

test.describe('Firefox client-side redirect detection', () => {
  let firefox: FirefoxWithExtension;
  test.afterEach(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
    await firefox?.close();
  });

  test('turned on in the options page: the script is registered and tells meta refresh from JavaScript', async () => {
    firefox = await launchFirefox();
    const ext = await FirefoxExtensionPage.open(firefox);
    // A real click: Firefox lets a page ask for a permission only while handling one.
    expect(await ext.turnOnClientRedirectDetection()).toBe('On.');
    expect(await ext.registeredContentScripts()).toEqual([
      expect.objectContaining({ id: 'client-redirect-detector', js: ['src/content/client-redirect-detector.js'], runAt: 'document_start', allFrames: false }),
    ]);

    const tab = await openFirefoxTab(firefox, ext, site.origin);
    const [meta, metaTarget, js, jsTarget] = await browseClientRedirects(ext, tab, ['client-meta-refresh', 'client-javascript']);
    expectLinked(meta, metaTarget, 'client-meta-refresh', '/client/meta-target');
    expect(metaTarget?.chain[0]?.clientDelaySeconds).toBe(0);
    expectLinked(js, jsTarget, 'client-javascript', '/client/js-target');

    // Revoked in about:addons (as this does): the script stays registered, as neither browser lets
    // the extension unregister it without the permission, but its messages are no longer heard.
    expect(await ext.page.evaluate('browser.permissions.remove({ permissions: ["scripting"] })')).toBe(true);
    const again = await openFirefoxTab(firefox, ext, site.origin);
    await again.page.goto(`${site.origin}/client/meta-refresh`);
    await waitForValue(
      () => Promise.resolve(again.page.url()),
      (url) => url === `${site.origin}/client/meta-target`,
    );
    await loadsIn(ext, again, (l) => l.length === 2 && l.every((load) => ended(load) && load.final !== undefined));
    const loads = await waitForQuiet(async () => loadsAfter(loadsOf(await ext.sessionStorage(), again.tabId), again.markerUrl));
    expect(loads.map((l) => [path(l.url), l.arrivedBy])).toEqual([
      ['/client/meta-refresh', undefined],
      ['/client/meta-target', 'client-unknown'],
    ]);
  });
});
