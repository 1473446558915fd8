/**
 * The link checker in Chromium (issue 15), against the local site: each URL's chain is the one the
 * browser reported hop by hop, with its codes; a profile's User-Agent really goes out on the wire
 * (the server records it); no cookie leaves under the default profile although the browser holds
 * one; never more than two requests at once to one host; none of it counted in a tab's capture.
 */
import { freePort } from './fixtures/free-port';
import { writesSettled } from './fixtures/capture-storage';
import { sessionStorage } from './fixtures/chromium-capture';
import { expect, test } from './fixtures/site-test';
import { ChromiumChecker, checkerUrl } from './pages/checker-chromium';
import { ChromiumPopup } from './pages/popup-chromium';
import { playwrightDriver, PopupView } from './pages/popup-view';

test('checks a pasted list with the real chains: 200, 301 → 200, 302 → 404, a loop, a closed port, a .invalid host', async ({ site, chromium }) => {
  test.setTimeout(120_000);
  const browser = await chromium();
  const closedPort = await freePort();
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/ok`);
  // Opened as a person opens it: the popup's "Check URLs…" button.
  const popup = await ChromiumPopup.open(browser, page);
  const [opened] = await Promise.all([browser.context.waitForEvent('page'), popup.page.click('[data-testid="open-checker"]')]);
  await opened.waitForLoadState();
  expect(opened.url()).toBe(checkerUrl(browser));
  await popup.close();
  const checker = ChromiumChecker.wrap(opened);

  const urls = {
    ok: `${site.origin}/ok`,
    moved: `${site.origin}/checker/moved`,
    gone: `${site.origin}/checker/gone`,
    loop: `${site.origin}/loop/a`,
    closed: `http://127.0.0.1:${closedPort}/nothing-here`,
    invalid: 'http://no-such-host.invalid/',
  };
  await checker.check([...Object.values(urls), 'not a url', 'ftp://example.com/file', `${site.origin}/ok#again`]);
  await checker.finished();

  // Bad input gets a clear answer, line by line; the repeat is checked once.
  const refused = await checker.refused();
  expect(refused).toHaveLength(2);
  expect(refused[0]).toMatch(/^Line 7:.*not a url.*(space|URL)/);
  expect(refused[1]).toMatch(/^Line 8:.*ftp:.*only http and https/);
  await expect(opened.locator('[data-testid="duplicates"]')).toContainText('1 line repeats');

  const ok = await checker.row(urls.ok);
  expect(ok).toMatchObject({ state: 'done', status: '200', hops: '200' });
  expect(ok.meaning).toMatch(/OK/);
  expect(ok.ip).toBe('127.0.0.1');

  const moved = await checker.row(urls.moved);
  expect(moved).toMatchObject({ status: '200', hops: '301 → 200' });
  expect(moved.findings).toBe('');

  const gone = await checker.row(urls.gone);
  expect(gone).toMatchObject({ status: '404', hops: '302 → 404' });
  expect(gone.meaning).toMatch(/Not Found/);
  expect(gone.findings).not.toBe('');

  // Chromium follows 20 redirects, then refuses the 21st: every hop is the browser's, and the loop is found.
  const loop = await checker.row(urls.loop);
  expect(loop.status).toBe('');
  expect(loop.hops.split(' → ').slice(0, 4)).toEqual(['302', '302', '302', '302']);
  expect(loop.hops.endsWith('✕')).toBe(true);
  expect(loop.meaning).toMatch(/ERR_TOO_MANY_REDIRECTS/);
  expect(loop.findings).toMatch(/loop/i);

  const closed = await checker.row(urls.closed);
  expect(closed).toMatchObject({ status: '', hops: '✕' });
  expect(closed.meaning).toMatch(/ERR_CONNECTION_REFUSED/);

  const invalid = await checker.row(urls.invalid);
  expect(invalid).toMatchObject({ status: '', hops: '✕' });
  expect(invalid.meaning).toMatch(/ERR_NAME_NOT_RESOLVED/);

  expect(await checker.progressLine()).toMatch(/^6 \/ 6 checked/);
  // Usable by everyone: no serious or critical axe-core finding on the page with its results.
  expect(await new PopupView(playwrightDriver(opened)).axe()).toEqual([]);

  // The requests went out as GETs stopped after the headers, once per URL (the 21 loop hops aside).
  expect(site.requests.filter((r) => r === 'GET /checker/moved')).toHaveLength(1);
  // None of it was counted in a tab's capture: the checker's tab has no load of the checked URLs.
  await writesSettled();
  const stored = JSON.stringify(await sessionStorage(browser.worker));
  expect(stored).not.toContain('/checker/moved');
  expect(stored).not.toContain('/loop/a');
});

test('Googlebot smartphone: the User-Agent changes on the wire for the checker’s requests, and only for them', async ({ site, chromium }) => {
  const browser = await chromium();
  const checker = await ChromiumChecker.open(browser);
  await checker.check([`${site.origin}/ok?ua=googlebot`, `${site.origin}/checker/moved?ua=googlebot`], { profile: 'googlebot-smartphone' });
  await checker.finished();
  const agents = site.received.filter((r) => r.url.includes('ua=googlebot') || r.url === '/ok').map((r) => r.headers['user-agent'] ?? '');
  expect(agents.length).toBeGreaterThanOrEqual(3);
  for (const agent of agents) expect(agent).toMatch(/Android.*Googlebot\/2\.1; \+http:\/\/www\.google\.com\/bot\.html/);
  // A crawler sends no browser client hints that would contradict its User-Agent.
  expect(site.received.filter((r) => r.url.includes('ua=googlebot')).some((r) => r.headers['sec-ch-ua'] !== undefined)).toBe(false);
  expect((await checker.row(`${site.origin}/checker/moved?ua=googlebot`)).hops).toBe('301 → 200');

  // A page the person browses meanwhile keeps the browser's own User-Agent.
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/ok?ua=browser`);
  const own = site.received.find((r) => r.url === '/ok?ua=browser');
  expect(own?.headers['user-agent']).not.toMatch(/Googlebot/);

  // Back to the default profile: the browser's User-Agent again.
  await checker.page.reload();
  const again = ChromiumChecker.wrap(checker.page);
  await again.check([`${site.origin}/ok?ua=default`]);
  await again.finished();
  expect(site.received.find((r) => r.url === '/ok?ua=default')?.headers['user-agent']).not.toMatch(/Googlebot/);
});

test('the default profile sends no cookie although the browser holds one for the host', async ({ site, chromium }) => {
  const browser = await chromium();
  await browser.context.addCookies([{ name: 'session', value: 'secret-cookie-value', url: site.origin }]);
  // The browser does send it when the person browses the site.
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/ok?as=person`);
  expect(site.received.find((r) => r.url === '/ok?as=person')?.headers.cookie).toContain('secret-cookie-value');

  // Opened from the options page's link this time.
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  const [opened] = await Promise.all([browser.context.waitForEvent('page'), options.click('[data-testid="open-checker"]')]);
  await opened.waitForSelector('[data-testid="url-input"]');
  expect(opened.url()).toBe(checkerUrl(browser));
  const checker = ChromiumChecker.wrap(opened);
  const before = site.received.length;
  await checker.check([`${site.origin}/ok?as=checker`, `${site.origin}/checker/moved?as=checker`]);
  await checker.finished();
  // Every request the check made, the redirect's target (/ok) included, went without the cookie.
  const asked = site.received.slice(before);
  expect(asked.map((r) => r.url).sort()).toEqual(['/checker/moved?as=checker', '/ok', '/ok?as=checker']);
  for (const r of asked) expect(r.headers.cookie, r.url).toBeUndefined();
});

test('politeness: never more than two requests at once to one host', async ({ site, chromium }) => {
  const browser = await chromium();
  const checker = await ChromiumChecker.open(browser);
  const urls = Array.from({ length: 8 }, (_, i) => `${site.origin}/checker/slow?i=${i}`);
  await checker.check(urls);
  await checker.finished();
  const slow = site.received.filter((r) => r.url.startsWith('/checker/slow'));
  expect(slow).toHaveLength(8);
  // The most requests under way at any moment, from the server's own times.
  const peak = Math.max(...slow.map((r) => slow.filter((o) => o.startedAt <= r.startedAt && (o.endedAt ?? Infinity) > r.startedAt).length));
  expect(peak).toBe(2);
  for (const url of urls) expect((await checker.row(url)).status).toBe('200');
});

test('a .csv file opened on the page: its URL column is found, its bad rows refused, its URLs checked', async ({ site, chromium }) => {
  const browser = await chromium();
  const checker = await ChromiumChecker.open(browser);
  const csv = `Title;URL\nHome;${site.origin}/ok\nMoved;${site.origin}/checker/moved\nBroken;javascript:alert(1)\n`;
  await checker.page.setInputFiles('[data-testid="url-file"]', { name: 'pages.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(checker.page.locator('[data-testid="file-summary"]')).toContainText('pages.csv: 2 URLs to check, from column 2');
  await checker.page.click('[data-testid="check"]');
  await checker.finished();
  expect((await checker.rows()).map((r) => [r.url, r.hops])).toEqual([
    [`${site.origin}/ok`, '200'],
    [`${site.origin}/checker/moved`, '301 → 200'],
  ]);
  expect(await checker.refused()).toEqual([expect.stringMatching(/^Line 4:.*javascript:.*only http and https/)]);
});

test('watch it work and stop it: progress with rate and time left, pause, resume, stop; HEAD when asked', async ({ site, chromium }) => {
  const browser = await chromium();
  const checker = await ChromiumChecker.open(browser);
  const urls = Array.from({ length: 12 }, (_, i) => `${site.origin}/checker/slow?run=${i}`);
  await checker.check(urls, { method: 'HEAD' });
  await expect(checker.page.locator('[data-testid="progress-line"]')).toContainText(/^[1-9]\d* \/ 12 checked, [\d.]+ per second, about \d+ s left/);
  await checker.page.click('[data-testid="pause"]');
  await expect(checker.page.locator('[data-testid="progress"]')).toHaveAttribute('data-state', 'paused');
  // Paused: what was under way ends, nothing new starts.
  await new Promise((r) => setTimeout(r, 1_000));
  const asked = site.received.filter((r) => r.url.startsWith('/checker/slow')).length;
  await new Promise((r) => setTimeout(r, 1_000));
  expect(site.received.filter((r) => r.url.startsWith('/checker/slow'))).toHaveLength(asked);
  expect(asked).toBeLessThan(12);
  await checker.page.click('[data-testid="resume"]');
  await expect.poll(() => site.received.filter((r) => r.url.startsWith('/checker/slow')).length).toBeGreaterThan(asked);
  await checker.page.click('[data-testid="stop"]');
  await checker.finished();
  const rows = await checker.rows();
  const skipped = rows.filter((r) => r.state === 'skipped');
  expect(skipped.length).toBeGreaterThan(0);
  expect(await checker.progressLine()).toMatch(new RegExp(`^${12 - skipped.length} / 12 checked, ${skipped.length} skipped — done\\.$`));
  expect(site.received.filter((r) => r.url.startsWith('/checker/slow')).length).toBe(12 - skipped.length);
  // HEAD was asked, as chosen.
  expect(new Set(site.received.filter((r) => r.url.startsWith('/checker/slow')).map((r) => r.method))).toEqual(new Set(['HEAD']));
  expect((await checker.row(skipped[0]!.url)).meaning).toMatch(/the run was stopped/);
});
