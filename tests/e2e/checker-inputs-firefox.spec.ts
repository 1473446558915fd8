/**
 * The link checker's inputs in Firefox ESR (issue 15): a sitemap index with two gzipped sitemaps
 * fetched by the page when asked, and a page's links read by a one-off script in that tab (the
 * permission asked on a person's click, in the real toolbar popup or on the checker page), checked
 * politely; the servers record what they receive.
 */
import type { Browser, Page } from 'puppeteer-core';
import { peakConcurrency, SITEMAP_CHAINS, startLinkSite, startSitemapSite, type RecordingServer } from './fixtures/checker-inputs-server';
import { FirefoxExtensionPage } from './fixtures/firefox-capture';
import { evaluateInBrowserWindow, evaluateWithoutGesture, openExtensionPage } from './fixtures/firefox-extension';
import { freePort } from './fixtures/free-port';
import { expect, test } from './fixtures/site-test';
import { FirefoxToolbarPopup } from './pages/popup-firefox';

const CHECK_LINKS = '[data-testid="check-page-links"]';

/** The tab the extension opens at `url` (puppeteer leaves a moz-extension:// tab's URL empty: each tab is asked). */
async function openedTab(browser: Browser, url: string): Promise<Page> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const page of await browser.pages()) if ((await page.evaluate('location.href').catch(() => '')) === url) return page;
    if (Date.now() > deadline) throw new Error(`no tab opened at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const finished = async (page: Page, timeout = 90_000): Promise<void> => {
  const done = await page.waitForSelector('[data-testid="progress"][data-state="finished"], [data-testid="problem"]', { timeout });
  const id = await done?.evaluate((e) => e.getAttribute('data-testid'));
  if (id === 'problem') throw new Error(`the checker said: ${String(await done?.evaluate((e) => e.textContent))}`);
};

const resultRows = (page: Page): Promise<{ url: string; status: string; hops: string; meaning: string }[]> =>
  page.$$eval('[data-testid="result-row"]', (trs) =>
    trs.map((tr) => {
      const data = (tr as HTMLElement).dataset;
      return {
        url: data['url'] ?? '',
        status: data['status'] ?? '',
        hops: data['hops'] ?? '',
        meaning: tr.querySelector('[data-testid="meaning"]')?.textContent.trim() ?? '',
      };
    }),
  );

test('Firefox: a sitemap index with two gzipped sitemaps is read when asked, and its URLs checked', async ({ firefox }) => {
  const site = await startSitemapSite();
  try {
    const browser = await firefox();
    const page = await browser.browser.newPage();
    await openExtensionPage(page, `${browser.baseUrl}src/checker/checker.html`);
    await page.waitForSelector('[data-testid="input-sitemap"]');
    await page.click('[data-testid="input-sitemap"]');
    await page.type('[data-testid="sitemap-url"]', `${site.origin}/sitemap_index.xml`);
    await page.click('[data-testid="read-sitemap"]');
    await page.waitForSelector('[data-testid="sitemap-summary"]', { timeout: 30_000 });
    expect(await page.$eval('[data-testid="sitemap-summary"]', (e) => e.textContent.trim())).toBe('3 sitemaps read: 7 URLs to check.');
    expect(site.received.map((r) => r.url)).toEqual(['/sitemap_index.xml', '/sitemap-pages.xml.gz', '/sitemap-posts.xml.gz']);
    await page.click('[data-testid="check"]');
    await finished(page);
    expect((await resultRows(page)).map((r) => [new URL(r.url).pathname, r.hops])).toEqual(SITEMAP_CHAINS);
  } finally {
    await site.close();
  }
});

/** What checking the link page must show: its links resolved and counted, the skipped ones with reasons, real codes, politely on the wire. */
async function expectLinksChecked(page: Page, site: RecordingServer, others: readonly string[], before: number): Promise<void> {
  await page.waitForSelector('[data-testid="page-summary"]', { timeout: 15_000 });
  await finished(page, 150_000);

  const links = await page.$$eval('[data-testid="link-row"]', (rows) =>
    rows.map((r) => [(r as HTMLElement).dataset['url'] ?? '', (r as HTMLElement).dataset['count'] ?? '']),
  );
  const count = new Map(links.map(([url, n]) => [url, n]));
  expect(count.get(`${site.origin}/page/1`)).toBe('5');
  expect(count.get(`${site.origin}/page/9`)).toBe('4');
  expect(count.get(`${site.origin}/moved`)).toBe('2');
  const skipped = await page.$$eval('[data-testid="skipped-link"]', (items) => items.map((li) => (li as HTMLElement).dataset['reason'] ?? ''));
  expect(skipped.sort()).toEqual(['data', 'fragment-only', 'fragment-only', 'javascript', 'mailto', 'other-scheme', 'tel']);

  const rows = new Map((await resultRows(page)).map((r) => [r.url, r]));
  expect(rows.get(`${site.origin}/moved`)).toMatchObject({ status: '200', hops: '301 → 200' });
  expect(rows.get(`${site.origin}/temp`)).toMatchObject({ status: '404', hops: '302 → 404' });
  expect(rows.get(`${site.origin}/hops/1`)).toMatchObject({ status: '200', hops: '301 → 302 → 307 → 308 → 200' });
  expect(rows.get(`${site.origin}/nginx-500`)).toMatchObject({ status: '500' });
  expect(rows.get(`${site.origin}/cf-520`)).toMatchObject({ status: '520' });
  // Marked as asked again, with the 429 the server really sent first.
  expect(rows.get(`${site.origin}/throttled`)).toMatchObject({ status: '200', meaning: 'OK Asked again after 429.' });
  expect(rows.get(others[0]!)?.hops).toBe('✕');

  const asked = site.received.slice(before).filter((r) => r.url !== '/favicon.ico');
  expect(peakConcurrency(asked)).toBeLessThanOrEqual(2);
  const throttled = asked.filter((r) => r.url === '/throttled');
  expect(throttled).toHaveLength(2);
  expect(throttled[1]!.startedAt - throttled[0]!.endedAt!).toBeGreaterThanOrEqual(1_000);
}

test('Firefox: the links of a page, read once the person allows it, listed with counts and skipped reasons, and checked', async ({ firefox }) => {
  test.setTimeout(180_000);
  const closedPort = await freePort();
  const others = [`http://127.0.0.1:${closedPort}/nothing-here`, 'http://no-such-host.invalid/'];
  const site = await startLinkSite(() => others);
  try {
    const browser = await firefox();
    const tab = await browser.browser.newPage();
    await tab.goto(`${site.origin}/links`);
    const ext = await FirefoxExtensionPage.open(browser);
    const tabId = await ext.tabIdOf(`${site.origin}/links`);
    expect(tabId).toBeDefined();
    const before = site.received.length;
    // As the toolbar button's menu opens it, and the popup when its click was refused the permission.
    const page = await browser.browser.newPage();
    await openExtensionPage(page, `${browser.baseUrl}src/checker/checker.html?links-of=${String(tabId)}`);
    await page.waitForSelector('[data-testid="allow-reading"]', { timeout: 15_000 });
    // A real click: Firefox grants `scripting` (no prompt) only while handling one.
    await page.click('[data-testid="allow-reading"]');
    await expectLinksChecked(page, site, others, before);
  } finally {
    await site.close();
  }
});

test("Firefox: one click in the real toolbar popup reads the page's links and checks them; a script's click is refused the permission", async ({ firefox }) => {
  test.setTimeout(240_000);
  const closedPort = await freePort();
  const others = [`http://127.0.0.1:${closedPort}/nothing-here`, 'http://no-such-host.invalid/'];
  const site = await startLinkSite(() => others);
  try {
    const browser = await firefox();
    const ext = await FirefoxExtensionPage.open(browser);
    const tab = await browser.browser.newPage();
    await tab.goto(`${site.origin}/links`);
    const tabId = await ext.tabIdOf(`${site.origin}/links`);
    expect(tabId).toBeDefined();
    const checkerUrl = `${browser.baseUrl}src/checker/checker.html?links-of=${String(tabId)}`;
    const scripting = async (): Promise<unknown> => evaluateWithoutGesture(browser, ext.page, `browser.permissions.contains({ permissions: ['scripting'] })`);
    // Firefox's own prompt for optional permissions stays on: `scripting` is granted without one only
    // because Firefox has nothing to warn about for it, and only while a user input is being handled.
    expect(await evaluateInBrowserWindow(browser, `Services.prefs.getBoolPref('extensions.webextOptionalPermissionPrompts')`)).toBe(true);
    expect(await scripting()).toBe(false);

    // A script clicking the button is no person: the request is refused, the checker opens and asks itself.
    let popup = await FirefoxToolbarPopup.open(browser, ext.page, CHECK_LINKS);
    await popup.scriptClick(CHECK_LINKS);
    const refused = await openedTab(browser.browser, checkerUrl);
    await refused.waitForSelector('[data-testid="allow-reading"]', { timeout: 15_000 });
    expect(await scripting()).toBe(false);
    await refused.close();

    // One click in the popup, for the page in front: the permission, the checker's tab, the check.
    await tab.bringToFront();
    const before = site.received.length;
    popup = await FirefoxToolbarPopup.open(browser, ext.page, CHECK_LINKS);
    await popup.click(CHECK_LINKS);
    const page = await openedTab(browser.browser, checkerUrl);
    expect(await scripting()).toBe(true);
    // The popup closes once the checker is open (as it does for a person).
    await expect.poll(() => popup.isOpen(), { timeout: 10_000 }).toBe(false);
    // No second click: the links are read and checked at once.
    expect(await page.$('[data-testid="allow-reading"]')).toBeNull();
    await expectLinksChecked(page, site, others, before);
  } finally {
    await site.close();
  }
});
