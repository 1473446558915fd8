/**
 * The link checker's politeness settings on the options page, in Firefox ESR: what is typed there
 * shows at once on a checker page already open, is read back by a checker page opened afterwards,
 * and is what that page's run keeps to on the wire (one request at a time to the recording local site).
 */
import type { Page } from 'puppeteer-core';
import type { ReceivedRequest } from '../site/site-server';
import { openExtensionPage, type FirefoxWithExtension } from './fixtures/firefox-extension';
import { expect, test } from './fixtures/site-test';

async function open(browser: FirefoxWithExtension, path: string, ready: string): Promise<Page> {
  const page = await browser.browser.newPage();
  await openExtensionPage(page, `${browser.baseUrl}${path}`);
  await page.waitForSelector(ready);
  return page;
}

/** Replaces a box's value by keyboard, as a person does, in the page in front. */
async function typeInto(page: Page, selector: string, value: string): Promise<void> {
  await page.bringToFront();
  await page.focus(selector);
  await page.keyboard.press('End');
  for (let i = 0; i < 8; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type(value);
}

const text = (page: Page, selector: string): Promise<string> => page.$eval(selector, (el) => el.textContent);
const value = (page: Page, selector: string): Promise<string> => page.$eval(selector, (el) => (el as HTMLInputElement).value);

function peak(requests: readonly ReceivedRequest[]): number {
  return Math.max(0, ...requests.map((r) => requests.filter((o) => o.startedAt <= r.startedAt && (o.endedAt ?? Infinity) > r.startedAt).length));
}

test('Firefox: the per-host limit and delay saved on the options page show on the checker page and hold in its run', async ({ site, firefox }) => {
  const browser = await firefox();
  const before = await open(browser, 'src/checker/checker.html', '[data-testid="politeness-summary"]');
  expect(await text(before, '[data-testid="politeness-summary"]')).toMatch(/^2 at once per host, 6 in all, 250 ms apart/);

  const options = await open(browser, 'src/options/index.html', '[data-testid="options-checker"] [data-testid="politeness-perHost"]');
  expect(await text(options, '[data-testid="options-checker"] h2')).toBe('Link checker');
  // The box is named by its label.
  expect(await text(options, 'label[for="politeness-perHost"]')).toBe('Requests at once to one host');
  await typeInto(options, '[data-testid="politeness-perHost"]', '1');
  await typeInto(options, '[data-testid="politeness-delayMs"]', '600');
  await expect.poll(() => value(options, '[data-testid="politeness-delayMs"]')).toBe('600');

  // The checker page open beside it follows at once.
  await expect.poll(() => text(before, '[data-testid="politeness-summary"]')).toMatch(/^1 at once per host, 6 in all, 600 ms apart/);
  // A checker page opened afterwards reads it from storage.
  const checker = await open(browser, 'src/checker/checker.html', '[data-testid="url-input"]');
  await expect.poll(() => text(checker, '[data-testid="politeness-summary"]')).toMatch(/^1 at once per host, 6 in all, 600 ms apart/);
  await checker.click('[data-testid="politeness"] summary');
  expect(await value(checker, '[data-testid="politeness-perHost"]')).toBe('1');
  expect(await value(checker, '[data-testid="politeness-delayMs"]')).toBe('600');

  // Its run keeps to it: never two at once to the site (the default would be two).
  await checker.type('[data-testid="url-input"]', Array.from({ length: 4 }, (_, i) => `${site.origin}/checker/slow?ffopt=${i}`).join('\n'));
  await checker.click('[data-testid="check"]');
  await checker.waitForSelector('[data-testid="progress"][data-state="finished"], [data-testid="problem"]', { timeout: 60_000 });
  expect(await checker.$('[data-testid="problem"]')).toBeNull();
  const slow = site.received.filter((r) => r.url.startsWith('/checker/slow?ffopt='));
  expect(slow).toHaveLength(4);
  expect(peak(slow)).toBe(1);
});
