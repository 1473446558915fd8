/**
 * The link checker's results in Firefox ESR (issue 15): the broken filter and the search narrow the
 * rows the page drew, and a row opens on its chain hop by hop with each hop's explanation.
 */
import type { Page } from 'puppeteer-core';
import { openExtensionPage } from './fixtures/firefox-extension';
import { expect, test } from './fixtures/site-test';

const shownUrls = (page: Page): Promise<string[]> =>
  page.$$eval('[data-testid="result-row"]', (trs) => trs.map((tr) => (tr as HTMLElement).dataset['url'] ?? ''));

test('Firefox: filters and search narrow the rows; a row opens on its hops with their explanations', async ({ site, firefox }) => {
  const browser = await firefox();
  const page = await browser.browser.newPage();
  await openExtensionPage(page, `${browser.baseUrl}src/checker/checker.html`);
  await page.waitForSelector('[data-testid="url-input"]');
  const urls = [`${site.origin}/ok`, `${site.origin}/checker/moved`, `${site.origin}/checker/gone`];
  await page.type('[data-testid="url-input"]', urls.join('\n'));
  await page.click('[data-testid="check"]');
  await page.waitForSelector('[data-testid="progress"][data-state="finished"]', { timeout: 60_000 });
  expect(await shownUrls(page)).toEqual(urls);

  await page.select('[data-testid="filter-kind"]', 'broken');
  await expect.poll(() => shownUrls(page)).toEqual([urls[2]]);
  await page.select('[data-testid="filter-kind"]', 'redirected');
  await expect.poll(() => shownUrls(page)).toEqual([urls[1], urls[2]]);
  await page.type('[data-testid="filter-text"]', '/missing');
  await expect.poll(() => shownUrls(page)).toEqual([urls[2]]);

  await page.click(`[data-testid="result-row"][data-url="${urls[2]!}"] [data-testid="row-details"]`);
  await page.waitForSelector('[data-testid="result-details"] [data-testid="hop"]');
  const hops = await page.$$eval('[data-testid="result-details"] [data-testid="hop"]', (lis) =>
    lis.map((li) => ({
      status: li.getAttribute('data-status'),
      phrase: li.querySelector('[data-testid="hop-phrase"]')?.textContent.trim() ?? '',
      explanation: li.querySelector('[data-testid="hop-explanation"]')?.textContent.trim() ?? '',
    })),
  );
  expect(hops.map((h) => [h.status, h.phrase])).toEqual([
    ['302', 'Found'],
    ['404', 'Not Found'],
  ]);
  for (const hop of hops) expect(hop.explanation.length).toBeGreaterThan(10);
});
