/**
 * The link checker's inputs in Firefox ESR (issue 15): a sitemap index with two gzipped sitemaps
 * fetched by the page when asked, and a page's links read by a one-off script in that tab (the
 * permission asked on the page's own click), checked politely; the servers record what they receive.
 */
import type { Page } from 'puppeteer-core';
import { peakConcurrency, SITEMAP_CHAINS, startLinkSite, startSitemapSite } from './fixtures/checker-inputs-server';
import { FirefoxExtensionPage } from './fixtures/firefox-capture';
import { openExtensionPage } from './fixtures/firefox-extension';
import { freePort } from './fixtures/free-port';
import { expect, test } from './fixtures/site-test';

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
    // As the popup's button and the toolbar button's menu open it.
    const page = await browser.browser.newPage();
    await openExtensionPage(page, `${browser.baseUrl}src/checker/checker.html?links-of=${String(tabId)}`);
    await page.waitForSelector('[data-testid="allow-reading"]', { timeout: 15_000 });
    // A real click: Firefox grants `scripting` (no prompt) only while handling one.
    await page.click('[data-testid="allow-reading"]');
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
    expect(rows.get(`${site.origin}/throttled`)).toMatchObject({ status: '200' });
    expect(rows.get(others[0]!)?.hops).toBe('✕');

    const asked = site.received.slice(before).filter((r) => r.url !== '/favicon.ico');
    expect(peakConcurrency(asked)).toBeLessThanOrEqual(2);
    const throttled = asked.filter((r) => r.url === '/throttled');
    expect(throttled).toHaveLength(2);
    expect(throttled[1]!.startedAt - throttled[0]!.endedAt!).toBeGreaterThanOrEqual(1_000);
  } finally {
    await site.close();
  }
});
