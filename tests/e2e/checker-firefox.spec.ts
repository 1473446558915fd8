/**
 * The link checker in Firefox ESR (issue 15): the page's own requests are followed hop by hop through
 * Firefox's webRequest, so a pasted list shows each URL's real chain and codes.
 */
import type { Page } from 'puppeteer-core';
import { writesSettled } from './fixtures/capture-storage';
import { FirefoxExtensionPage } from './fixtures/firefox-capture';
import { openExtensionPage } from './fixtures/firefox-extension';
import { expect, test } from './fixtures/site-test';

interface Row {
  url: string;
  state: string;
  status: string;
  hops: string;
  meaning: string;
}

const rows = (page: Page): Promise<Row[]> =>
  page.$$eval('[data-testid="result-row"]', (trs) =>
    trs.map((tr) => {
      const data = (tr as HTMLElement).dataset;
      return {
        url: data['url'] ?? '',
        state: data['state'] ?? '',
        status: data['status'] ?? '',
        hops: data['hops'] ?? '',
        meaning: tr.querySelector('[data-testid="meaning"]')?.textContent.trim() ?? '',
      };
    }),
  );

test('Firefox: a pasted list is checked with the real chains: 200, 301 → 200, 302 → 404, a loop', async ({ site, firefox }) => {
  const browser = await firefox();
  const page = await browser.browser.newPage();
  await openExtensionPage(page, `${browser.baseUrl}src/checker/checker.html`);
  await page.waitForSelector('[data-testid="url-input"]');
  const urls = [`${site.origin}/ok`, `${site.origin}/checker/moved`, `${site.origin}/checker/gone`, `${site.origin}/loop/a`];
  await page.type('[data-testid="url-input"]', urls.join('\n'));
  await page.click('[data-testid="check"]');
  await page.waitForSelector('[data-testid="progress"][data-state="finished"]', { timeout: 60_000 });
  const byUrl = new Map((await rows(page)).map((r) => [r.url, r]));
  expect(byUrl.get(urls[0]!)).toMatchObject({ state: 'done', status: '200', hops: '200' });
  expect(byUrl.get(urls[1]!)).toMatchObject({ status: '200', hops: '301 → 200' });
  expect(byUrl.get(urls[2]!)).toMatchObject({ status: '404', hops: '302 → 404' });
  const loop = byUrl.get(urls[3]!);
  expect(loop?.status).toBe('');
  expect(loop?.hops.startsWith('302 → 302 → 302')).toBe(true);
  // Firefox follows 20 redirects, then fails the request: the failure is the last hop, explained.
  expect(loop?.hops.endsWith('✕')).toBe(true);
  expect(loop?.meaning).toMatch(/NS_ERROR_REDIRECT_LOOP/);
  expect(site.requests.filter((r) => r === 'GET /checker/moved')).toHaveLength(1);
  // None of it was counted in a tab's capture (the background drops the extension's own requests).
  await writesSettled();
  const ext = await FirefoxExtensionPage.open(browser);
  const stored = JSON.stringify(await ext.sessionStorage());
  expect(stored).not.toContain('/checker/moved');
  expect(stored).not.toContain('/loop/a');
});

test('Firefox: Googlebot smartphone’s User-Agent on the wire for the checker’s requests, and only for them', async ({ site, firefox }) => {
  const browser = await firefox();
  const page = await browser.browser.newPage();
  await openExtensionPage(page, `${browser.baseUrl}src/checker/checker.html`);
  await page.waitForSelector('[data-testid="url-input"]');
  await page.type('[data-testid="url-input"]', `${site.origin}/checker/moved?ua=googlebot`);
  await page.select('[data-testid="profile"]', 'googlebot-smartphone');
  // A real click: Firefox grants webRequestBlocking (it carries no prompt) only while handling one.
  await page.click('[data-testid="check"]');
  await page.waitForSelector('[data-testid="progress"][data-state="finished"], [data-testid="problem"]', { timeout: 60_000 });
  expect(await page.$('[data-testid="problem"]')).toBeNull();
  const agents = site.received.filter((r) => r.url === '/checker/moved?ua=googlebot' || r.url === '/ok').map((r) => r.headers['user-agent'] ?? '');
  expect(agents).toHaveLength(2);
  for (const agent of agents) expect(agent).toMatch(/Android.*Googlebot\/2\.1/);
  expect((await rows(page))[0]).toMatchObject({ hops: '301 → 200' });

  const other = await browser.browser.newPage();
  await other.goto(`${site.origin}/ok?ua=browser`);
  expect(site.received.find((r) => r.url === '/ok?ua=browser')?.headers['user-agent']).toMatch(/Firefox/);
});
