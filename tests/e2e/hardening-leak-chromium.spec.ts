/**
 * Nothing leaked, and least privilege (issue 8), in Chromium:
 * - the extension makes no network request of its own: Chromium's network events from every target
 *   (pages, the popup, the panel, the options page, the service worker) and the local server's log
 *   show only the pages' own traffic;
 * - captured data never reaches storage.local (which holds `settings` only) nor any file of the
 *   profile: the browsed URLs are looked for, byte by byte, where an extension's storage lands;
 * - an off-the-record (incognito) browser context leaves nothing in the capture; with "Allow in
 *   Incognito" turned on, an incognito window is captured in memory only and forgotten when it closes;
 * - a web page cannot reach the background, and neither can a content-script context (our own
 *   script's isolated world, turned on from the options page): asked for a tab's capture, they get
 *   nothing, while an extension page asking the same gets it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { loadsOf, waitForValue, writesSettled } from './fixtures/capture-storage';
import { CdpSession } from './fixtures/cdp';
import { openTab, sessionStorage } from './fixtures/chromium-capture';
import { allowInIncognito } from './fixtures/chromium-extension';
import { NetworkLog } from './fixtures/network-log';
import { expect, test } from './fixtures/site-test';
import { openToolbarPopup } from './pages/popup-chromium';
import { requestsPageUrl } from './pages/requests-chromium';

const extensionUrl = (extensionId: string, path: string): string => `chrome-extension://${extensionId}/${path}`;

/** Every file under `dir`, with its bytes (leveldb logs keep recent writes uncompressed). */
function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) return filesUnder(path);
    return stat.isFile() ? [{ path, bytes: readFileSync(path) }] : [];
  });
}

test('no request of its own; captured data only in memory; nothing from an incognito context', async ({ site, chromium }) => {
  test.setTimeout(120_000);
  const browser = await chromium();
  const log = await NetworkLog.start(browser.cdpPort);
  const marker = `leak-marker-${Date.now()}`;

  // A session: pages with redirects, errors and sub-resources; the popup, the panel page and the options page.
  // Each tab is created, then watched by the log, before it loads anything.
  const watchedPage = async (): Promise<Page> => {
    const before = log.watching.length;
    const page = await browser.context.newPage();
    await waitForValue(
      () => Promise.resolve(log.watching.length),
      (n) => n > before,
    );
    return page;
  };
  const page = await watchedPage();
  await page.goto(`${site.origin}/ok?${marker}`);
  const tabId = await browser.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  const tab = { page, tabId: tabId! };
  for (const path of [`/chain/start?${marker}`, `/missing?${marker}`, `/panel/many?n=20&${marker}`, `/iis/404-3?${marker}`]) {
    await tab.page.goto(`${site.origin}${path}`).catch(() => undefined);
  }
  await waitForValue(
    () => sessionStorage(browser.worker),
    (s) => loadsOf(s, tab.tabId).some((l) => l.url.includes('/iis/404-3') && l.final !== undefined),
  );
  const popup = await openToolbarPopup(browser, tab.page);
  await popup.view.waitFor((s) => s.final?.code === '404');
  await popup.close();
  const extensionPage = await watchedPage();
  await extensionPage.goto(requestsPageUrl(browser, tab.tabId));
  await extensionPage.waitForSelector('[data-testid="request-row"]');
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await extensionPage.waitForSelector('#client-redirects');

  // An off-the-record context, as an incognito window is: the extension is not allowed there (the default).
  const incognitoMarker = `incognito-marker-${Date.now()}`;
  const version = (await (await fetch(`http://127.0.0.1:${browser.cdpPort}/json/version`)).json()) as { webSocketDebuggerUrl: string };
  const cdp = await CdpSession.connect({ id: 'browser', type: 'browser', url: '', webSocketDebuggerUrl: version.webSocketDebuggerUrl });
  const { browserContextId } = await cdp.send<{ browserContextId: string }>('Target.createBrowserContext');
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: `${site.origin}/missing?${incognitoMarker}`, browserContextId });
  await waitForValue(
    () => Promise.resolve(site.requests.some((r) => r.includes(incognitoMarker))),
    (seen) => seen,
  );
  expect(site.requests.some((r) => r.includes(incognitoMarker))).toBe(true);
  await writesSettled();
  expect(JSON.stringify(await sessionStorage(browser.worker))).not.toContain(incognitoMarker);
  await cdp.send('Target.closeTarget', { targetId });
  await cdp.send('Target.disposeBrowserContext', { browserContextId });
  cdp.close();

  await new Promise((r) => setTimeout(r, 500));
  const extensionOrigin = `chrome-extension://${browser.extensionId}/`;
  // The log did watch the extension's own contexts: its worker and its pages.
  expect(log.attached.some((t) => t.type === 'service_worker' && t.url.startsWith(extensionOrigin))).toBe(true);
  expect(log.requests.some((r) => r.targetUrl.startsWith(extensionOrigin) && r.url.startsWith(extensionOrigin))).toBe(true);
  const fromExtension = log.requests.filter((r) => r.targetUrl.startsWith(extensionOrigin) || r.targetUrl.startsWith('chrome-extension://'));
  expect(fromExtension.filter((r) => !r.url.startsWith(extensionOrigin) && !/^(data|blob):/.test(r.url))).toEqual([]);
  // Every request on the network went to the local site, and the site saw only what pages asked for.
  const network = log.requests.filter((r) => /^(https?|wss?):/.test(r.url));
  expect(network.filter((r) => !r.url.startsWith(site.origin))).toEqual([]);
  const asked = new Set(network.map((r) => r.url.replace(site.origin, '')));
  expect(
    site.requests.map((r) => r.replace(/^\w+ /, '')).filter((path) => !asked.has(path) && !path.includes(incognitoMarker) && path !== '/favicon.ico'),
  ).toEqual([]);
  const figures = `${log.requests.length} requests logged from ${log.attached.length} targets; ${network.length} on the network, all pages' own; ${fromExtension.length} by extension contexts, all to its own package`;

  // storage.local holds the settings and nothing else, and none of what was captured.
  const local = await browser.worker.evaluate(() => chrome.storage.local.get(null));
  expect(Object.keys(local).filter((k) => k !== 'settings')).toEqual([]);
  expect(JSON.stringify(local)).not.toContain(marker);
  // What does reach storage.local is found by the scan below (it proves the scan looks in the right place).
  const probe = `probe-${String(marker.split('-').at(-1))}`;
  await browser.worker.evaluate((value) => chrome.storage.local.set({ probe: value }), probe);

  // The positive control: a request the worker does make (to its own package) is seen, as the worker's.
  const own = extensionUrl(browser.extensionId, 'manifest.json');
  await browser.worker.evaluate((url) => fetch(url).then(() => undefined), own);
  await waitForValue(
    () => Promise.resolve(log.requests.some((r) => r.url === own)),
    (seen) => seen,
  );
  expect(log.requests.find((r) => r.url === own)?.targetType).toBe('service_worker');
  // And the Content Security Policy would stop the extension's pages reaching anything else. Since the
  // link checker (issue 15) the manifest's policy lets extension contexts connect to http(s), for the
  // checker page's requests, made only when a person asks; every other page narrows it back to the
  // package in its own <meta> policy, which the options page proves here.
  const refused = await extensionPage.evaluate(
    (url) =>
      fetch(url).then(
        () => 'fetched',
        (e: unknown) => `refused: ${(e as Error).message}`,
      ),
    `${site.origin}/ok?csp-control`,
  );
  expect(refused).toMatch(/^refused/);
  expect(site.requests.some((r) => r.includes('csp-control'))).toBe(false);
  log.close();

  // Close the browser so every file is written out, then look through the profile.
  await browser.context.close();
  const profile = join(browser.userDataDir, 'Default');
  const extensionFiles = [
    join(profile, 'Local Extension Settings', browser.extensionId),
    join(profile, 'Sync Extension Settings', browser.extensionId),
    join(profile, 'Managed Extension Settings', browser.extensionId),
    join(profile, 'IndexedDB'),
    join(profile, 'Local Storage'),
    join(profile, 'Session Storage'),
    join(profile, 'File System'),
    join(profile, 'Service Worker'),
    join(profile, 'Storage'),
  ].flatMap(filesUnder);
  const haystack = Buffer.concat(extensionFiles.map((f) => f.bytes));
  expect(extensionFiles.length).toBeGreaterThan(0);
  expect(haystack.includes(Buffer.from(probe))).toBe(true);
  expect(extensionFiles.filter((f) => f.bytes.includes(Buffer.from(marker)) || f.bytes.includes(Buffer.from('/iis/404-3'))).map((f) => f.path)).toEqual([]);
  test.info().annotations.push({ type: 'figures', description: `${figures}; ${extensionFiles.length} profile files (${haystack.length} bytes) searched` });
  console.log(`figures: ${figures}; ${extensionFiles.length} profile files (${haystack.length} bytes) searched`);
});

test('allowed in incognito: an incognito window is captured in memory, forgotten when it closes, and never written to disk', async ({ site, chromium }) => {
  test.setTimeout(120_000);
  const browser = await chromium();
  const worker = await allowInIncognito(browser);
  expect(await worker.evaluate(() => chrome.extension.isAllowedIncognitoAccess())).toBe(true);
  const marker = `incognito-allowed-${Date.now()}`;

  // A real incognito window (the primary off-the-record profile), opened as a person's would be.
  const win = await worker.evaluate(async (url) => {
    const created = await chrome.windows.create({ incognito: true, url });
    return { id: created?.id ?? -1, incognito: created?.incognito, tabId: created?.tabs?.[0]?.id };
  }, `${site.origin}/chain/start?${marker}`);
  expect(win.incognito).toBe(true);
  expect(win.tabId).toBeDefined();
  const tabId = win.tabId!;

  // While it is open the window's page is shown like any other: its chain and final answer.
  const stored = await waitForValue(
    () => sessionStorage(worker),
    (s) => loadsOf(s, tabId).some((l) => l.final?.statusCode === 200),
  );
  const load = loadsOf(stored, tabId).find((l) => l.final?.statusCode === 200)!;
  expect(load.chain.map((h) => h.statusCode)).toEqual([301, 302, 200]);
  expect(load.chain[0]?.url).toContain(marker);
  const badge = await waitForValue(
    () => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    (text) => text === '200↪',
  );
  expect(badge).toBe('200↪');

  // Closing the window forgets its tab: nothing of it is left in the session area.
  await worker.evaluate((id) => chrome.windows.remove(id), win.id);
  const after = await waitForValue(
    () => sessionStorage(worker),
    (s) => !JSON.stringify(s).includes(marker),
    10_000,
  );
  expect(JSON.stringify(after)).not.toContain(marker);
  expect(Object.keys(after).filter((k) => k.includes(String(tabId)))).toEqual([]);
  expect(JSON.stringify(await worker.evaluate(() => chrome.storage.local.get(null)))).not.toContain(marker);

  // And the profile on disk never held it.
  await browser.context.close();
  const files = filesUnder(browser.userDataDir);
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((f) => f.bytes.includes(Buffer.from(marker))).map((f) => f.path)).toEqual([]);
  console.log(`figures: incognito window captured (${load.chain.length} hops), forgotten on close; ${files.length} profile files searched`);
});

/** An evaluator in the isolated world of the extension's content script in the page. */
async function contentScriptWorld(session: CDPSession, extensionId: string): Promise<(expression: string) => Promise<unknown>> {
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', (event: { context: { id: number; origin: string; auxData?: { type?: string } } }) => {
    contexts.push(event.context);
  });
  await session.send('Runtime.enable');
  // Enabling reports the contexts that exist, as events that may trail the answer.
  const isOurs = (c: (typeof contexts)[number]): boolean => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`;
  const deadline = Date.now() + 3_000;
  while (!contexts.some(isOurs) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const world = contexts.find(isOurs);
  if (!world) throw new Error('the content script does not run in this page');
  return async (expression) => {
    const result = (await session.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value;
  };
}

test('neither a web page nor a content-script context can get captured data from the background', async ({ site, chromium }) => {
  const browser = await chromium();
  const tab = await openTab(browser.context, browser.worker, site.origin);
  await tab.page.goto(`${site.origin}/missing`);
  // The load to ask for, read from storage.session through the service worker.
  const stored = await waitForValue(
    () => sessionStorage(browser.worker),
    (s) => loadsOf(s, tab.tabId).length > 0,
  );
  const loadId = loadsOf(stored, tab.tabId).at(-1)?.id;
  expect(loadId).toBeTruthy();
  const ask = `{ type: 'get-load', tabId: ${tab.tabId}, loadId: ${JSON.stringify(loadId)} }`;

  // An extension page asks, and gets the tab's capture: the control.
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  const fromExtensionPage = await waitForValue(
    () => options.evaluate<{ id?: string } | undefined>(`chrome.runtime.sendMessage(${ask})`),
    (load) => load !== undefined,
  );
  expect(fromExtensionPage?.id).toBe(loadId);

  // A web page has no way to message the extension at all (no externally_connectable).
  const fromPage = await tab.page.evaluate(
    async (message) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
      if (typeof runtime?.sendMessage !== 'function') return 'no runtime';
      try {
        return JSON.stringify(await runtime.sendMessage(message.id, message.body));
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    },
    { id: browser.extensionId, body: { type: 'get-load', tabId: tab.tabId, loadId } },
  );
  expect(fromPage === 'no runtime' || fromPage.startsWith('refused')).toBe(true);

  // Our own content script's world, once the optional detector is on: it may send hints, but the
  // background answers none of the UI's requests from it, and refuses its ports.
  const toggle = options.getByLabel('Detect client-side redirects (meta refresh / JavaScript)');
  await toggle.check();
  await expect(options.getByTestId('client-redirects-status')).toHaveText('On.');
  const scripted = await openTab(browser.context, browser.worker, site.origin);
  const session = await browser.context.newCDPSession(scripted.page);
  const inContentScript = await contentScriptWorld(session, browser.extensionId);
  // Every request type the UI may send: each answers the extension page (the control), none the content script.
  const requests = [
    ask,
    `{ type: 'get-failing', tabId: ${tab.tabId}, loadId: ${JSON.stringify(loadId)} }`,
    `{ type: 'set-client-redirect-detection', enabled: false }`,
  ];
  for (const request of requests.slice(0, 2)) expect(await options.evaluate(`chrome.runtime.sendMessage(${request})`), request).toBeTruthy();
  for (const request of requests) {
    const answer = await inContentScript(
      `chrome.runtime.sendMessage(${request}).then((r) => r === undefined ? 'no answer' : JSON.stringify(r), (e) => 'refused: ' + e.message)`,
    );
    expect(answer === 'no answer' || String(answer).startsWith('refused'), `${request}: ${String(answer)}`).toBe(true);
  }
  // The content script's request to turn the detector off changed nothing.
  const registered = await options.evaluate(`chrome.scripting.getRegisteredContentScripts().then((s) => s.length)`);
  expect(registered).toBeGreaterThan(0);
  const port = await inContentScript(
    `new Promise((resolve) => {
      const port = chrome.runtime.connect({ name: 'popup:${tab.tabId}' });
      const got = [];
      port.onMessage.addListener((m) => got.push(m));
      port.onDisconnect.addListener(() => resolve({ disconnected: true, messages: got.length }));
      setTimeout(() => resolve({ disconnected: false, messages: got.length }), 3000);
    })`,
  );
  expect(port).toEqual({ disconnected: true, messages: 0 });
  await session.detach();
});
