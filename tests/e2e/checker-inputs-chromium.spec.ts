/**
 * The link checker's inputs in Chromium (issue 15): a page's links from one click in the real toolbar
 * popup, a redirect map with every verdict, a sitemap index with two gzipped sitemaps. Local servers
 * record what they receive, so the per-host concurrency, the wait after Retry-After and the requests
 * made (or not made) are proven on the wire.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  FILLER_PAGES,
  peakConcurrency,
  startLinkSite,
  startRedirectMapSite,
  SITEMAP_CHAINS,
  startSitemapSite,
  startSlowServer,
  type MapCase,
} from './fixtures/checker-inputs-server';
import { freePort } from './fixtures/free-port';
import { expect, test } from './fixtures/site-test';
import { ChromiumChecker, type CheckerRow } from './pages/checker-chromium';
import { ChromiumPopup } from './pages/popup-chromium';

interface LinkRow {
  url: string;
  count: string;
  status: string;
}

const linkRows = (page: Page): Promise<LinkRow[]> =>
  page.$$eval('[data-testid="link-row"]', (rows) =>
    rows.map((r) => {
      const d = (r as HTMLElement).dataset;
      return { url: d['url'] ?? '', count: d['count'] ?? '', status: d['status'] ?? '' };
    }),
  );

const skippedLinks = (page: Page): Promise<{ reason: string; count: string; text: string }[]> =>
  page.$$eval('[data-testid="skipped-link"]', (items) =>
    items.map((li) => ({
      reason: (li as HTMLElement).dataset['reason'] ?? '',
      count: (li as HTMLElement).dataset['count'] ?? '',
      text: li.textContent.trim(),
    })),
  );

test('one click in the popup checks every link of the page: codes, skipped links with reasons, repeats counted, politely on the wire', async ({ chromium }) => {
  test.setTimeout(240_000);
  // Slower than the checker's 15 s timeout; on a host of its own, so the page's host is not held up.
  const slow = await startSlowServer(20_000);
  const closedPort = await freePort();
  const others = [`${slow.origin}/slow`, `http://127.0.0.1:${closedPort}/nothing-here`, 'http://no-such-host.invalid/'];
  const site = await startLinkSite(() => others);
  try {
    const browser = await chromium();
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/links`, { waitUntil: 'load' });
    const before = site.received.length;

    const popup = await ChromiumPopup.open(browser, page);
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), popup.page.click('[data-testid="check-page-links"]')]);
    await popup.close();
    await opened.waitForLoadState();
    expect(opened.url()).toMatch(new RegExp(`^chrome-extension://${browser.extensionId}/src/checker/checker\\.html\\?links-of=\\d+$`));
    // The popup's click asked for the permission to read the page, and got it.
    expect(await browser.worker.evaluate(() => chrome.permissions.contains({ permissions: ['scripting'] }))).toBe(true);
    const checker = ChromiumChecker.wrap(opened);
    await expect(opened.locator('[data-testid="page-summary"]')).toContainText('Two hundred links');
    // No second click: the check starts once the links are read.
    await checker.finished(180_000);

    // Every target once, with how many times the page links it (absolute, relative, with a fragment, canonical).
    const links = await linkRows(opened);
    const count = (path: string): string | undefined => links.find((l) => l.url === `${site.origin}${path}`)?.count;
    expect(links).toHaveLength(FILLER_PAGES + 1 + 9 + others.length);
    expect(count('/page/1')).toBe('5');
    expect(count('/page/7')).toBe('4');
    expect(count('/page/2?lang=de')).toBe('1');
    expect(count('/ok')).toBe('2');
    // Images and scripts are an option, off by default.
    expect(links.some((l) => l.url.endsWith('/logo.png') || l.url.endsWith('/app.js'))).toBe(false);
    const summary = await opened.textContent('[data-testid="page-summary"]');
    const found = links.reduce((n, l) => n + Number(l.count), 0);
    expect(found).toBeGreaterThanOrEqual(180);
    expect(summary).toContain(`${links.length} to check (${found} found), 7 skipped`);

    // What cannot be checked, with the reason and how often.
    const skipped = await skippedLinks(opened);
    expect(skipped.map((s) => [s.reason, s.count]).sort()).toEqual(
      [
        ['fragment-only', '2'],
        ['fragment-only', '1'],
        ['mailto', '2'],
        ['javascript', '1'],
        ['tel', '1'],
        ['data', '1'],
        ['other-scheme', '1'],
      ].sort(),
    );
    expect(skipped.find((s) => s.reason === 'mailto')?.text).toMatch(/mailto:team@example\.test.*Write to us.*×2.*e-mail address/);

    // Read once: the table draws only the rows in view, so reading every row means scrolling through it.
    const all = new Map((await checker.rows()).map((r) => [r.url, r]));
    const rowOf = (url: string): CheckerRow => {
      const found = all.get(url);
      if (found === undefined) throw new Error(`no result row for ${url}`);
      return found;
    };
    const row = (path: string): CheckerRow => rowOf(`${site.origin}${path}`);
    expect(row('/ok')).toMatchObject({ state: 'done', status: '200', hops: '200' });
    expect(row('/moved')).toMatchObject({ status: '200', hops: '301 → 200' });
    expect(row('/temp')).toMatchObject({ status: '404', hops: '302 → 404' });
    expect(row('/hops/1')).toMatchObject({ status: '200', hops: '301 → 302 → 307 → 308 → 200' });
    const loop = row('/loop/a');
    expect(loop.hops.endsWith('✕')).toBe(true);
    expect(loop.meaning).toMatch(/ERR_TOO_MANY_REDIRECTS/);
    expect(loop.findings).toMatch(/loop/i);
    const nginx = row('/nginx-500');
    expect(nginx).toMatchObject({ status: '500', hops: '500' });
    expect(nginx.vendor).toMatch(/nginx/);
    const cloudflare = row('/cf-520');
    expect(cloudflare).toMatchObject({ status: '520', hops: '520' });
    expect(cloudflare.vendor).toMatch(/Cloudflare/);
    expect(row('/throttled')).toMatchObject({ status: '200', hops: '200', meaning: 'OK Asked again after 429.' });
    expect(row('/no-head')).toMatchObject({ status: '200', hops: '200' });
    for (let i = 1; i <= FILLER_PAGES; i++) expect(row(`/page/${i}`).status).toBe('200');
    expect(rowOf(others[1]!).meaning).toMatch(/ERR_CONNECTION_REFUSED/);
    expect(rowOf(others[2]!).meaning).toMatch(/ERR_NAME_NOT_RESOLVED/);
    const late = rowOf(others[0]!);
    expect(late).toMatchObject({ state: 'done', status: '' });
    expect(late.meaning).toMatch(/No answer in the time allowed/);
    // The links table shows the same codes.
    expect(links.find((l) => l.url === `${site.origin}/cf-520`)?.status).toBe('520');
    // Each with the first text it is linked with (the canonical <link> has none).
    const texts = await opened.$$eval('[data-testid="link-row"]', (rows) => rows.map((r) => r.querySelector('td')?.textContent ?? ''));
    expect(texts[0]).toBe('Page 1');
    expect(texts[links.findIndex((l) => l.url === `${site.origin}/hops/1`)]).toBe('Four hops');
    // Images and scripts, when asked for, join the targets (the page has one of each).
    await opened.check('[data-testid="with-images"]');
    await opened.check('[data-testid="with-scripts"]');
    await expect(opened.locator('[data-testid="page-summary"]')).toContainText(`${links.length + 2} to check (${found + 2} found)`);

    // On the wire: each URL asked once (the retry aside), never more than 2 at once to the host.
    const asked = site.received.slice(before).filter((r) => r.url !== '/favicon.ico');
    for (let i = 1; i <= FILLER_PAGES; i++)
      expect(
        asked.filter((r) => r.url === `/page/${i}`),
        `/page/${i}`,
      ).toHaveLength(1);
    expect(asked.some((r) => r.url.includes('#'))).toBe(false);
    expect(peakConcurrency(asked)).toBe(2);
    // The 429 said "Retry-After: 1": the second request came at least a second after the first ended.
    const throttled = asked.filter((r) => r.url === '/throttled');
    expect(throttled).toHaveLength(2);
    expect(throttled[1]!.startedAt - throttled[0]!.endedAt!).toBeGreaterThanOrEqual(1_000);
    // GET was asked, so the server that refuses HEAD answered 200.
    expect(asked.filter((r) => r.url === '/no-head').map((r) => r.method)).toEqual(['GET']);
    expect(slow.received).toHaveLength(1);
  } finally {
    await site.close();
    await slow.close();
  }
});

/** Presses one export button and reads the file the browser saved. */
async function download(page: Page, format: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="export-${format}"]`)]);
  return readFile(await file.path(), 'utf8');
}

/** The 50 rows of the map, and the verdict each must get. */
const MAP_CASES: readonly [MapCase, number, string, string][] = [
  ['right', 22, '301', 'right'],
  ['right-302', 3, '302', 'right'],
  ['wrong-target', 5, '301', 'wrong-target'],
  ['temporary', 5, '301', 'temporary-not-permanent'],
  ['wrong-code', 5, '301', 'wrong-code'],
  ['two-hops', 4, '', 'more-than-one-hop'],
  ['loop', 2, '301', 'loop'],
  ['error', 4, '301', 'error'],
];

function redirectMap(origin: string): { csv: string; expected: Map<string, string> } {
  const rows: { from: string; line: string; verdict: string }[] = [];
  for (const [kind, count, code, verdict] of MAP_CASES) {
    for (let n = 1; n <= count; n++) rows.push({ from: `${origin}/old/${kind}/${n}`, line: `${origin}/old/${kind}/${n},/new/${kind}/${n},${code}`, verdict });
  }
  // Interleaved, as a real map is: the failing rows are not all in one run.
  const order = rows.map((r, i) => ({ r, key: (i * 37) % rows.length })).sort((a, b) => a.key - b.key);
  const lines = ['Old URL,New URL,Status', ...order.map((o) => o.r.line), `${origin}/old/bad/1,/new/bad/1,200`, `${origin}/old/only-one-column`];
  return { csv: `${lines.join('\n')}\n`, expected: new Map(rows.map((r) => [r.from, r.verdict])) };
}

test('a redirect map of 50 rows gets every verdict, each with its sentence, and a filter for what failed', async ({ chromium }) => {
  test.setTimeout(180_000);
  const site = await startRedirectMapSite();
  try {
    const browser = await chromium();
    const checker = await ChromiumChecker.open(browser);
    const page = checker.page;
    const { csv, expected } = redirectMap(site.origin);
    expect(expected.size).toBe(50);
    await page.click('[data-testid="input-redirect-map"]');
    await page.fill('[data-testid="redirect-map"]', csv);
    await page.click('[data-testid="check"]');
    await checker.finished(150_000);

    // The rows that cannot be checked, with the reason.
    const refused = await page.$$eval('[data-testid="map-refused-row"]', (items) =>
      items.map((li) => `${(li as HTMLElement).dataset['reason'] ?? ''}: ${li.textContent.trim()}`),
    );
    expect(refused).toEqual([
      expect.stringMatching(/^bad-code: Line 52:.*200.*not a redirect code/),
      expect.stringMatching(/^missing-column: Line 53:.*No expected target/),
    ]);
    await expect(page.locator('[data-testid="map-columns"]')).toContainText('old URL in column 1, target in column 2, code in column 3, under a header row');

    const verdicts = await page.$$eval('[data-testid="verdict-row"]', (rows) =>
      rows.map((r) => ({
        from: (r as HTMLElement).dataset['from'] ?? '',
        verdict: (r as HTMLElement).dataset['verdict'] ?? '',
        text: r.querySelector('[data-testid="verdict"]')?.textContent.trim() ?? '',
      })),
    );
    expect(verdicts).toHaveLength(50);
    for (const v of verdicts) expect(v.verdict, v.from).toBe(expected.get(v.from));
    const say = (kind: string): string => verdicts.find((v) => v.from === `${site.origin}/old/${kind}/1`)?.text ?? '';
    expect(say('right')).toBe('Right: Redirects with 301 to the expected target.');
    expect(say('temporary')).toMatch(/^Temporary, not permanent: Right target, but 302 is temporary: 301 \(permanent\) was expected\.$/);
    expect(say('wrong-code')).toMatch(/^Wrong code: Right target, but with 308 where 301 was expected\.$/);
    expect(say('wrong-target')).toBe(`Wrong target: Ends at ${site.origin}/elsewhere/1, not at ${site.origin}/new/wrong-target/1.`);
    expect(say('two-hops')).toMatch(/^More than one hop: Reaches the target in 2 redirects \(301 → 301\) instead of one\.$/);
    expect(say('loop')).toMatch(/^Loop: Redirect loop/);
    expect(say('error')).toMatch(/^Error: Ends in an error: 404/);

    // The filter for what failed: every row but the 25 right ones.
    await page.selectOption('[data-testid="verdict-filter"]', 'failed');
    const failed = await page.$$eval('[data-testid="verdict-row"]', (rows) => rows.map((r) => (r as HTMLElement).dataset['verdict'] ?? ''));
    expect(failed).toHaveLength(25);
    expect(failed).not.toContain('right');
    await page.selectOption('[data-testid="verdict-filter"]', 'loop');
    await expect(page.locator('[data-testid="verdict-row"]')).toHaveCount(2);

    // The exports, downloaded from the page: every row with its expectation, its verdict and the page's own sentence.
    const saved = (await download(page, 'csv')).split('\r\n').slice(0, -1);
    expect(saved[0]).toMatch(/,Error,Expected URL,Expected status,Verdict,Verdict sentence$/);
    expect(saved).toHaveLength(51);
    const fromCsv = new Map<string, string>(
      saved.slice(1).map((line) => {
        const [, url = ''] = line.split(',');
        return [url, line];
      }),
    );
    const sentence = (text: string): string => text.slice(text.indexOf(': ') + 2);
    for (const v of verdicts) {
      const line = fromCsv.get(v.from) ?? '';
      const kind = new URL(v.from).pathname.split('/')[2] ?? '';
      const code = MAP_CASES.find(([k]) => k === kind)?.[2] ?? '';
      // The last cell may be quoted (a sentence with a comma): read it as the CSV writes it.
      const quoted = sentence(v.text).includes(',') || sentence(v.text).includes('"');
      const last = quoted ? `"${sentence(v.text).replace(/"/g, '""')}"` : sentence(v.text);
      expect(line, v.from).toContain(`,${site.origin}${new URL(v.from).pathname.replace('/old/', '/new/')},${code},${v.verdict},${last}`);
      expect(line.endsWith(last), v.from).toBe(true);
    }
    const json = JSON.parse(await download(page, 'json')) as {
      format: string;
      results: { url: string; expectedUrl: string; expectedStatus: number | null; verdict: string; verdictSentence: string }[];
    };
    expect(json.format).toBe('status-inspector-check/1');
    expect(json.results).toHaveLength(50);
    for (const r of json.results) {
      const shown = verdicts.find((v) => v.from === r.url);
      expect(r.verdict, r.url).toBe(expected.get(r.url));
      expect(r.verdictSentence, r.url).toBe(sentence(shown?.text ?? ''));
      expect(r.expectedUrl).toBe(r.url.replace('/old/', '/new/'));
    }
    expect(json.results.filter((r) => r.verdict === 'more-than-one-hop').map((r) => r.expectedStatus)).toEqual([null, null, null, null]);
    expect(new Set(json.results.filter((r) => r.url.includes('/old/right/')).map((r) => r.expectedStatus))).toEqual(new Set([301]));
    // Each old URL was asked once (a loop's own hops aside), as a GET.
    for (const from of expected.keys()) {
      const path = new URL(from).pathname;
      expect(site.received.filter((r) => r.url === path && r.method === 'GET').length, path).toBeGreaterThanOrEqual(1);
      if (!path.includes('/loop/'))
        expect(
          site.received.filter((r) => r.url === path),
          path,
        ).toHaveLength(1);
    }
    expect(peakConcurrency(site.received)).toBeLessThanOrEqual(2);
  } finally {
    await site.close();
  }
});

test('a sitemap index with two gzipped sitemaps: fetched only when asked, its URLs checked; an HTML page refused clearly', async ({ chromium }) => {
  test.setTimeout(120_000);
  const site = await startSitemapSite();
  try {
    const browser = await chromium();
    const checker = await ChromiumChecker.open(browser);
    const page = checker.page;
    await page.click('[data-testid="input-sitemap"]');
    await expect(page.locator('[data-testid="sitemap-input"]')).toContainText('Reading sends one GET request to this address');
    // Pressing Check before reading says what to do, and sends nothing.
    await page.click('[data-testid="check"]');
    await expect(page.locator('[data-testid="problem"]')).toContainText('Read a sitemap first');
    expect(site.received).toHaveLength(0);

    await page.fill('[data-testid="sitemap-url"]', `${site.origin}/not-a-sitemap`);
    await page.click('[data-testid="read-sitemap"]');
    await expect(page.locator('[data-testid="sitemap-problem"]')).toContainText('The server sent an HTML page (text/html; charset=utf-8)');

    await page.fill('[data-testid="sitemap-url"]', `${site.origin}/sitemap_index.xml`);
    await page.press('[data-testid="sitemap-url"]', 'Enter');
    await expect(page.locator('[data-testid="sitemap-summary"]')).toHaveText('3 sitemaps read: 7 URLs to check.');
    await expect(page.locator('[data-testid="duplicates"]')).toContainText('1 line repeats');
    // Only the sitemaps were fetched: none of the URLs they list yet.
    expect(site.received.map((r) => r.url)).toEqual(['/not-a-sitemap', '/sitemap_index.xml', '/sitemap-pages.xml.gz', '/sitemap-posts.xml.gz']);
    for (const r of site.received) expect(r.headers.cookie, r.url).toBeUndefined();

    await page.click('[data-testid="check"]');
    await checker.finished();
    const rows = await checker.rows();
    expect(rows.map((r) => [new URL(r.url).pathname, r.hops])).toEqual(SITEMAP_CHAINS);
  } finally {
    await site.close();
  }
});

test('the toolbar button’s own menu holds “Check URLs…” and “Check this page’s links”, made at install', async ({ chromium }) => {
  const browser = await chromium();
  // No API lists a menu's entries, but updating one that does not exist fails: each id is asked.
  const exists = (id: string): Promise<boolean> =>
    browser.worker.evaluate(
      (entry) =>
        new Promise<boolean>((resolve) => {
          chrome.contextMenus.update(entry, {}, () => resolve(chrome.runtime.lastError === undefined));
        }),
      id,
    );
  await expect.poll(() => exists('check-urls')).toBe(true);
  expect(await exists('check-page-links')).toBe(true);
  expect(await exists('no-such-entry')).toBe(false);
});

test('bad input gets a clear answer: a 100,011-row map file with credentials and a missing column, a sitemap file that is not XML', async ({ chromium }) => {
  const browser = await chromium();
  const checker = await ChromiumChecker.open(browser);
  const page = checker.page;
  await page.click('[data-testid="input-redirect-map"]');
  const rows = ['old,new,code', 'http://user:hunter2@127.0.0.1:1/old,/new,301', 'http://127.0.0.1:1/lonely'];
  for (let i = 0; i < 100_010; i++) rows.push(`http://127.0.0.1:1/o/${i},/n/${i},301`);
  await page.setInputFiles('[data-testid="redirect-map-file"]', { name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  // 100,000 rows read (two of them refused), the rest counted; nothing requested until Check.
  await expect(page.locator('[data-testid="map-file-summary"]')).toHaveText(' huge.csv: 99,998 rows to check.', { timeout: 60_000 });
  await expect(page.locator('[data-testid="map-truncated"]')).toHaveText('The map is longer than 100,000 rows: 12 left out.');
  const refused = await page.$$eval('[data-testid="map-refused-row"]', (items) =>
    items.map((li) => `${(li as HTMLElement).dataset['reason'] ?? ''}: ${li.textContent.trim()}`),
  );
  expect(refused).toEqual([
    expect.stringMatching(/^credentials: Line 2:.*user name or password/),
    expect.stringMatching(/^missing-column: Line 3:.*No expected target/),
  ]);
  // The password is never shown back.
  expect(await page.content()).not.toContain('hunter2');

  await page.click('[data-testid="input-sitemap"]');
  await page.setInputFiles('[data-testid="sitemap-file"]', {
    name: 'sitemap.xml',
    mimeType: 'text/xml',
    buffer: Buffer.from('Just some text, no XML here.\n'),
  });
  await expect(page.locator('[data-testid="sitemap-problem"]')).not.toBeEmpty();
  await page.click('[data-testid="check"]');
  await expect(page.locator('[data-testid="problem"]')).toContainText('Read a sitemap first');
  await expect(page.locator('[data-testid="progress"]')).toHaveCount(0);
});
