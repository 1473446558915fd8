/**
 * How the checker asks, in Chromium (issue 15), against local servers that record what they receive:
 * the politeness settings set on the page (per-host and global limits, the timeout, the failures in a
 * row that stop a host) are the ones the server sees; a 429 or 503 with Retry-After is waited for and
 * asked once more; the compare view shows a site that sends Googlebot elsewhere; and two checker tabs
 * with different profiles each send their own User-Agent.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { ReceivedRequest } from '../site/site-server';
import { startSite } from '../site/site-server';
import { expect, test } from './fixtures/site-test';
import { ChromiumChecker } from './pages/checker-chromium';
import { playwrightDriver, PopupView } from './pages/popup-view';

type PolitenessKey = 'perHost' | 'global' | 'delayMs' | 'timeoutMs' | 'maxConsecutiveFailures';

/** Types the values into the page's politeness section, as a person does, and waits until they are saved. */
async function setPoliteness(page: Page, values: Partial<Record<PolitenessKey, string>>, saved: RegExp): Promise<void> {
  const section = page.locator('[data-testid="politeness"]');
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  for (const [key, value] of Object.entries(values)) await page.fill(`[data-testid="politeness-${key}"]`, value);
  await expect(page.locator('[data-testid="politeness-summary"]')).toHaveText(saved);
}

/** Presses one export button and reads the file the browser saved. */
async function download(page: Page, format: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="export-${format}"]`)]);
  return readFile(await file.path(), 'utf8');
}

/** The most requests under way at one moment, from the server's own times. */
function peak(requests: readonly ReceivedRequest[]): number {
  return Math.max(0, ...requests.map((r) => requests.filter((o) => o.startedAt <= r.startedAt && (o.endedAt ?? Infinity) > r.startedAt).length));
}

test('Retry-After: a 429 and a 503 are waited for (1 s, as the server asked) and asked once more, ending 200, the row and the exports saying so', async ({
  site,
  chromium,
}) => {
  const browser = await chromium();
  const checker = await ChromiumChecker.open(browser);
  const key = String(Date.now());
  const urls = [`${site.origin}/checker/throttled?key=a${key}&status=429`, `${site.origin}/checker/throttled?key=b${key}&status=503`];
  const plain = `${site.origin}/ok?asked=once`;
  const before = Date.now();
  await checker.check([...urls, plain]);
  await checker.finished();
  const after = Date.now();
  const page = checker.page;
  for (const [i, url] of urls.entries()) {
    const first = i === 0 ? '429' : '503';
    // The final answer, marked in words with the first one (which the server really sent).
    expect(await checker.row(url)).toMatchObject({ state: 'done', status: '200', hops: '200', meaning: `OK Asked again after ${first}.` });
    const row = page.locator(`[data-testid="result-row"][data-url="${url}"]`);
    await expect(row).toHaveAttribute('data-retried', first);
    await row.locator('[data-testid="row-details"]').click();
    await expect(page.locator('[data-testid="retried-details"]')).toHaveText(
      new RegExp(
        `^First answer: ${first} with Retry-After: 1\\. Asked once more at \\d{1,2}:\\d\\d:\\d\\d(\\s[AP]M)?; the chain below is the second answer\\.$`,
      ),
    );
    await row.locator('[data-testid="row-details"]').click();
    const path = url.slice(site.origin.length);
    const asked = site.received.filter((r) => r.url === path);
    // Exactly twice: the throttled answer, then the retry, no sooner than the Retry-After said.
    expect(asked, path).toHaveLength(2);
    expect(asked[1]!.startedAt - asked[0]!.endedAt!, path).toBeGreaterThanOrEqual(1_000);
  }
  // A URL asked once is not marked.
  expect((await checker.row(plain)).meaning).toBe('OK');
  await expect(page.locator(`[data-testid="result-row"][data-url="${plain}"]`)).not.toHaveAttribute('data-retried', /./);
  // The results filter for what was asked again shows the two, and not the other.
  await page.selectOption('[data-testid="filter-kind"]', 'retried');
  await expect(page.locator('[data-testid="result-row"]')).toHaveCount(2);
  expect(await page.locator('[data-testid="result-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-url')))).toEqual(urls);
  await page.selectOption('[data-testid="filter-kind"]', 'all');

  // The exports, downloaded as a person saves them: the first answer, its Retry-After and when the retry went.
  const csv = await download(page, 'csv');
  const lines = csv.split('\r\n');
  expect(lines[0]).toMatch(/,Error,First status,Retry-After,Retried at$/);
  expect(lines[1]).toMatch(/^1,.*,200,OK,.*,429,1,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(lines[2]).toMatch(/^2,.*,200,OK,.*,503,1,\d{4}-.*Z$/);
  expect(lines[3]).toMatch(/^3,.*,200,OK,.*,,,$/);
  const json = JSON.parse(await download(page, 'json')) as {
    results: { finalStatus: number; retried: { firstStatus: number; retryAfter: string; retriedAt: number } | null; chain: { timing: { start: number } }[] }[];
  };
  expect(json.results.map((r) => [r.finalStatus, r.retried?.firstStatus ?? null, r.retried?.retryAfter ?? null])).toEqual([
    [200, 429, '1'],
    [200, 503, '1'],
    [200, null, null],
  ]);
  for (const r of json.results.slice(0, 2)) {
    // The retry went during the run, at the start of the chain the row shows (the second request's).
    expect(r.retried?.retriedAt).toBe(r.chain[0]?.timing.start);
    expect(r.retried!.retriedAt).toBeGreaterThanOrEqual(before + 1_000);
    expect(r.retried!.retriedAt).toBeLessThanOrEqual(after);
  }
});

test('after N failures in a row from one host (N set on the page), its other URLs are skipped with the reason', async ({ site, chromium }) => {
  const browser = await chromium();
  const checker = await ChromiumChecker.open(browser);
  // Two at once per host: the host is still sent exactly three, not a fourth already under way when the third fails.
  await setPoliteness(checker.page, { perHost: '2', maxConsecutiveFailures: '3' }, /^2 at once per host.*skipped after 3 failures in a row/);
  const failing = Array.from({ length: 8 }, (_, i) => `${site.origin}/checker/failing?i=${i}`);
  await checker.check(failing);
  await checker.finished();
  const seen = site.received.filter((r) => r.url.startsWith('/checker/failing'));
  expect(seen).toHaveLength(3);
  // The second was sent while the first was still under way: the limit held with two at once.
  expect(seen[1]!.startedAt).toBeLessThan(seen[0]!.endedAt!);
  const rows = await checker.rows();
  const skipped = rows.filter((r) => r.state === 'skipped');
  expect(skipped).toHaveLength(8 - seen.length);
  for (const row of skipped) expect(row.meaning).toMatch(/Not checked: its host failed too many times in a row/);
  expect(rows.filter((r) => r.status === '500')).toHaveLength(seen.length);
  // The setting stays for the next visit: read back from the extension's settings.
  await checker.page.reload();
  await expect(checker.page.locator('[data-testid="politeness-summary"]')).toHaveText(/skipped after 3 failures in a row/);
});

test('one request at a time per host when set so on the page, and the global limit over two hosts', async ({ site, chromium }) => {
  test.setTimeout(150_000);
  const other = await startSite();
  try {
    const browser = await chromium();
    const checker = await ChromiumChecker.open(browser);
    await setPoliteness(checker.page, { perHost: '1', delayMs: '0' }, /^1 at once per host, 6 in all, 0 ms apart/);
    const list = (tag: string) => [
      ...Array.from({ length: 4 }, (_, i) => `${site.origin}/checker/slow?${tag}=${i}`),
      ...Array.from({ length: 4 }, (_, i) => `${other.origin}/checker/slow?${tag}=${i}`),
    ];
    await checker.check(list('a'));
    await checker.finished();
    const mine = (server: { received: ReceivedRequest[] }, tag: string) => server.received.filter((r) => r.url.startsWith(`/checker/slow?${tag}=`));
    expect(mine(site, 'a')).toHaveLength(4);
    expect(mine(other, 'a')).toHaveLength(4);
    expect(peak(mine(site, 'a'))).toBe(1);
    expect(peak(mine(other, 'a'))).toBe(1);
    // Both hosts were asked at once: the per-host limit is the one that held, not the global one.
    expect(peak([...mine(site, 'a'), ...mine(other, 'a')])).toBe(2);

    // One in all: never both hosts at once.
    await setPoliteness(checker.page, { global: '1' }, /^1 at once per host, 1 in all/);
    await checker.check(list('b'));
    await checker.finished();
    expect(mine(site, 'b')).toHaveLength(4);
    expect(peak([...mine(site, 'b'), ...mine(other, 'b')])).toBe(1);
  } finally {
    await other.close();
  }
});

test('a short timeout set on the page: a slow URL ends as timed out, explained, while a quick one is answered', async ({ site, chromium }) => {
  const browser = await chromium();
  const checker = await ChromiumChecker.open(browser);
  await setPoliteness(checker.page, { timeoutMs: '1' }, /, 1 s timeout,/);
  const slow = `${site.origin}/checker/very-slow`;
  const quick = `${site.origin}/ok`;
  await checker.check([slow, quick]);
  await checker.finished();
  const row = await checker.row(slow);
  expect(row).toMatchObject({ state: 'done', status: '' });
  expect(row.meaning).toMatch(/No answer in the time allowed \(the per-request timeout of the politeness settings\)/);
  expect((await checker.row(quick)).status).toBe('200');
  // The server was asked once, and the check gave up before it answered.
  const asked = site.received.filter((r) => r.url === '/checker/very-slow');
  expect(asked).toHaveLength(1);
});

test('compare view: a site that sends Googlebot elsewhere is highlighted with both chains; the same chain is not', async ({ site, chromium }) => {
  const browser = await chromium();
  const checker = await ChromiumChecker.open(browser);
  const cloaked = `${site.origin}/checker/by-agent`;
  const same = `${site.origin}/checker/moved`;
  await checker.page.check('[data-testid="compare"]');
  await checker.page.selectOption('[data-testid="compare-profile"]', 'googlebot-smartphone');
  await checker.check([cloaked, same]);
  await checker.finished();

  const row = (url: string) => checker.page.locator(`[data-testid="compare-row"][data-url="${url}"]`);
  await expect(row(cloaked)).toHaveAttribute('data-differs', 'true');
  await expect(row(cloaked)).toHaveClass(/differs/);
  await expect(row(cloaked).locator('[data-testid="compare-a"] [data-testid="compare-hops"]')).toHaveText('301 → 200');
  await expect(row(cloaked).locator('[data-testid="compare-b"] [data-testid="compare-hops"]')).toHaveText('302 → 200');
  await expect(row(cloaked).locator('[data-testid="compare-a"]')).toContainText('/ok');
  await expect(row(cloaked).locator('[data-testid="compare-b"]')).toContainText('/checker/for-crawlers');
  await expect(row(cloaked).locator('[data-testid="compare-where"]')).toHaveText(/^From hop 1 they differ in the status.*the URL.*they end differently/);
  await expect(row(same)).toHaveAttribute('data-differs', 'false');
  await expect(row(same)).not.toHaveClass(/differs/);
  await expect(row(same).locator('[data-testid="compare-where"]')).toHaveText('The same chain.');
  await expect(checker.page.locator('[data-testid="compare-count"]')).toHaveText('1 URL has chains that differ.');
  // Only the differing rows, when asked.
  await checker.page.check('[data-testid="only-differing"]');
  await expect(checker.page.locator('[data-testid="compare-row"]')).toHaveCount(1);
  await expect(checker.page.locator('[data-testid="compare-row"]')).toHaveAttribute('data-url', cloaked);

  // On the wire: the visitor's run with the browser's own User-Agent, then Googlebot's.
  const agents = site.received.filter((r) => r.url === '/checker/by-agent').map((r) => r.headers['user-agent'] ?? '');
  expect(agents).toHaveLength(2);
  expect(agents[0]).not.toMatch(/Googlebot/);
  expect(agents[1]).toMatch(/Android.*Googlebot\/2\.1/);
  expect(site.received.filter((r) => r.url === '/checker/for-crawlers').map((r) => r.headers['user-agent'])).toEqual([expect.stringMatching(/Googlebot/)]);
  // Both runs counted: each URL twice.
  expect(await checker.progressLine()).toMatch(/^4 \/ 4 checked — done\.$/);
  // Usable by everyone: no serious or critical axe-core finding, the politeness settings open and the compare view shown.
  await checker.page.click('[data-testid="politeness"] summary');
  expect(await new PopupView(playwrightDriver(checker.page)).axe()).toEqual([]);
});

test('two checker tabs with different profiles at once: each tab’s requests carry its own User-Agent', async ({ site, chromium }) => {
  const browser = await chromium();
  const google = await ChromiumChecker.open(browser);
  const bing = await ChromiumChecker.open(browser);
  const list = (tag: string) => Array.from({ length: 6 }, (_, i) => `${site.origin}/checker/slow?${tag}=${i}`);
  await google.check(list('google'), { profile: 'googlebot-desktop' });
  await bing.check(list('bing'), { profile: 'bingbot' });
  await google.finished();
  await bing.finished();
  const of = (tag: string) => site.received.filter((r) => r.url.startsWith(`/checker/slow?${tag}=`));
  expect(of('google')).toHaveLength(6);
  expect(of('bing')).toHaveLength(6);
  for (const r of of('google')) expect(r.headers['user-agent'], r.url).toMatch(/Googlebot\/2\.1/);
  for (const r of of('bing')) expect(r.headers['user-agent'], r.url).toMatch(/bingbot\/2\.0/);
  // They were under way at the same time, so one tab's rule was in force while the other's was.
  const firstBing = Math.min(...of('bing').map((r) => r.startedAt));
  expect(of('google').some((r) => (r.endedAt ?? Infinity) > firstBing)).toBe(true);
  // Each tab shows its own results only.
  expect((await google.rows()).map((r) => r.url)).toEqual(list('google'));
  for (const row of await bing.rows()) expect(row).toMatchObject({ state: 'done', status: '200' });
  // A run's end takes its tab's rule away: a plain check from the Googlebot tab carries the browser's User-Agent again.
  await google.check([`${site.origin}/ok?after=google`], { profile: 'new-visitor' });
  await google.finished();
  expect(site.received.find((r) => r.url === '/ok?after=google')?.headers['user-agent']).not.toMatch(/Googlebot|bingbot/);
});

test('a checker tab closed during a crawler run takes its User-Agent rule with it', async ({ site, chromium }) => {
  const browser = await chromium();
  const checker = await ChromiumChecker.open(browser);
  const rules = (page: Page) => page.evaluate(() => chrome.declarativeNetRequest.getSessionRules().then((all) => all.map((r) => r.condition.tabIds ?? [])));
  await checker.check(
    Array.from({ length: 8 }, (_, i) => `${site.origin}/checker/slow?closed=${i}`),
    { profile: 'googlebot-desktop' },
  );
  await expect.poll(() => site.received.filter((r) => r.url.startsWith('/checker/slow?closed=')).length).toBeGreaterThan(0);
  // One rule, for this tab alone.
  const tabId = await checker.page.evaluate(() => chrome.tabs.getCurrent().then((t) => t?.id));
  expect(await rules(checker.page)).toEqual([[tabId]]);
  await checker.page.close();
  const other = await ChromiumChecker.open(browser);
  await expect.poll(() => rules(other.page)).toEqual([]);
});
