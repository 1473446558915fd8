/**
 * How the checker asks, in Firefox ESR (issue 15), against the recording local site: the cookie
 * profile sends the browser's cookie and the default profile does not; the per-host limit set on the
 * page is the one the server sees; the compare view's two runs carry each profile's User-Agent on the
 * wire; and two checker tabs with different profiles each send their own.
 */
import type { Page } from 'puppeteer-core';
import type { ReceivedRequest } from '../site/site-server';
import { openExtensionPage, type FirefoxWithExtension } from './fixtures/firefox-extension';
import { expect, test } from './fixtures/site-test';

async function openChecker(browser: FirefoxWithExtension): Promise<Page> {
  const page = await browser.browser.newPage();
  await openExtensionPage(page, `${browser.baseUrl}src/checker/checker.html`);
  await page.waitForSelector('[data-testid="url-input"]');
  return page;
}

/** Pastes the list (replacing what was there), chooses the profile, presses Check (a real click: Firefox grants its permission only then). */
async function check(page: Page, urls: readonly string[], profile = 'new-visitor'): Promise<void> {
  await page.$eval('[data-testid="url-input"]', (el) => ((el as HTMLTextAreaElement).value = ''));
  await page.type('[data-testid="url-input"]', urls.join('\n'));
  await page.select('[data-testid="profile"]', profile);
  await page.click('[data-testid="check"]');
}

async function finished(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="progress"][data-state="finished"], [data-testid="problem"]', { timeout: 60_000 });
  const problem = await page.$('[data-testid="problem"]');
  if (problem !== null) throw new Error(`the checker said: ${await problem.evaluate((el) => el.textContent)}`);
}

/** Types one politeness value into its box, as a person does. */
async function setPoliteness(page: Page, key: string, value: string): Promise<void> {
  if ((await page.$('[data-testid="politeness"][open]')) === null) await page.click('[data-testid="politeness"] summary');
  const box = `[data-testid="politeness-${key}"]`;
  await page.focus(box);
  await page.keyboard.press('End');
  for (let i = 0; i < 8; i++) await page.keyboard.press('Backspace');
  await page.type(box, value);
}

async function summary(page: Page): Promise<string> {
  return page.$eval('[data-testid="politeness-summary"]', (el) => el.textContent);
}

function peak(requests: readonly ReceivedRequest[]): number {
  return Math.max(0, ...requests.map((r) => requests.filter((o) => o.startedAt <= r.startedAt && (o.endedAt ?? Infinity) > r.startedAt).length));
}

test('Firefox: “With my cookies” sends the browser’s cookie for the site; the default profile does not', async ({ site, firefox }) => {
  const browser = await firefox();
  const tab = await browser.browser.newPage();
  await tab.goto(`${site.origin}/checker/set-cookie`);
  await tab.goto(`${site.origin}/ok?as=person`);
  expect(site.received.find((r) => r.url === '/ok?as=person')?.headers.cookie).toContain('checker-session=firefox-cookie-value');

  const page = await openChecker(browser);
  await check(page, [`${site.origin}/ok?as=cookies`], 'cookies');
  await finished(page);
  expect(site.received.find((r) => r.url === '/ok?as=cookies')?.headers.cookie).toContain('checker-session=firefox-cookie-value');

  await check(page, [`${site.origin}/ok?as=visitor`, `${site.origin}/checker/moved?as=visitor`]);
  await finished(page);
  const asVisitor = site.received.filter((r) => r.url.endsWith('as=visitor') || r.url === '/ok');
  expect(asVisitor.map((r) => r.url).sort()).toEqual(['/checker/moved?as=visitor', '/ok', '/ok?as=visitor']);
  for (const r of asVisitor) expect(r.headers.cookie, r.url).toBeUndefined();
});

test('Firefox: one request at a time per host when set so on the page', async ({ site, firefox }) => {
  const browser = await firefox();
  const page = await openChecker(browser);
  await setPoliteness(page, 'perHost', '1');
  await expect.poll(() => summary(page)).toMatch(/^1 at once per host, 6 in all/);
  const urls = Array.from({ length: 5 }, (_, i) => `${site.origin}/checker/slow?ff=${i}`);
  await check(page, urls);
  await finished(page);
  const slow = site.received.filter((r) => r.url.startsWith('/checker/slow?ff='));
  expect(slow).toHaveLength(5);
  expect(peak(slow)).toBe(1);
  // Back to two: the server sees two at once again.
  await setPoliteness(page, 'perHost', '2');
  await expect.poll(() => summary(page)).toMatch(/^2 at once per host/);
  await check(
    page,
    Array.from({ length: 5 }, (_, i) => `${site.origin}/checker/slow?again=${i}`),
  );
  await finished(page);
  expect(peak(site.received.filter((r) => r.url.startsWith('/checker/slow?again=')))).toBe(2);
});

test('Firefox: compare view, the visitor’s and Googlebot’s User-Agents on the wire, the differing row highlighted', async ({ site, firefox }) => {
  const browser = await firefox();
  const page = await openChecker(browser);
  await page.click('[data-testid="compare"]');
  await page.select('[data-testid="compare-profile"]', 'googlebot-smartphone');
  const cloaked = `${site.origin}/checker/by-agent`;
  const same = `${site.origin}/checker/moved`;
  await check(page, [cloaked, same]);
  await finished(page);
  const rows = await page.$$eval('[data-testid="compare-row"]', (trs) =>
    trs.map((tr) => ({
      url: (tr as HTMLElement).dataset['url'],
      differs: (tr as HTMLElement).dataset['differs'],
      a: tr.querySelector('[data-testid="compare-a"] [data-testid="compare-hops"]')?.textContent,
      b: tr.querySelector('[data-testid="compare-b"] [data-testid="compare-hops"]')?.textContent,
    })),
  );
  expect(rows).toEqual([
    { url: cloaked, differs: 'true', a: '301 → 200', b: '302 → 200' },
    { url: same, differs: 'false', a: '301 → 200', b: '301 → 200' },
  ]);
  const agents = site.received.filter((r) => r.url === '/checker/by-agent').map((r) => r.headers['user-agent'] ?? '');
  expect(agents).toHaveLength(2);
  expect(agents[0]).toMatch(/Firefox/);
  expect(agents[0]).not.toMatch(/Googlebot/);
  expect(agents[1]).toMatch(/Android.*Googlebot\/2\.1/);
});

test('Firefox: two checker tabs with different profiles at once each send their own User-Agent', async ({ site, firefox }) => {
  const browser = await firefox();
  const google = await openChecker(browser);
  const bing = await openChecker(browser);
  const list = (tag: string) => Array.from({ length: 6 }, (_, i) => `${site.origin}/checker/slow?${tag}=${i}`);
  await check(google, list('google'), 'googlebot-desktop');
  await check(bing, list('bing'), 'bingbot');
  await finished(google);
  await finished(bing);
  const of = (tag: string) => site.received.filter((r) => r.url.startsWith(`/checker/slow?${tag}=`));
  expect(of('google')).toHaveLength(6);
  expect(of('bing')).toHaveLength(6);
  for (const r of of('google')) expect(r.headers['user-agent'], r.url).toMatch(/Googlebot\/2\.1/);
  for (const r of of('bing')) expect(r.headers['user-agent'], r.url).toMatch(/bingbot\/2\.0/);
  const firstBing = Math.min(...of('bing').map((r) => r.startedAt));
  expect(of('google').some((r) => (r.endedAt ?? Infinity) > firstBing)).toBe(true);
  // Each tab shows its own results only.
  const urlsOf = (page: Page) => page.$$eval('[data-testid="result-row"]', (trs) => trs.map((tr) => (tr as HTMLElement).dataset['url']));
  expect(await urlsOf(google)).toEqual(list('google'));
  expect(await urlsOf(bing)).toEqual(list('bing'));
});
