/**
 * HTTP/2 from Debian's real nginx, in Firefox ESR: Firefox's webRequest status line carries the
 * version each response came in ('HTTP/2.0 301 Moved Permanently'), so every hop of the chain says
 * HTTP/2 — in the popup's hops, the "All requests" table and its details, and the exports — from the
 * browser's own report, with no DevTools open.
 */
import { expect, test } from './fixtures/site-test';
import { firefoxTabId, FirefoxPopup } from './pages/popup-firefox';
import { FirefoxRequestsPage } from './pages/requests-firefox';

const nextHopProtocol = (): string => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol;

test('over HTTP/2, Firefox reports each hop’s version, and the popup, the requests table and the exports show it', async ({ nginx, firefox }) => {
  test.setTimeout(120_000);
  const start = `${nginx.origin}/h2/start`;
  const end = `${nginx.origin}/h2/end`;
  const ff = await firefox({ acceptInsecureCerts: true });
  const page = await ff.browser.newPage();
  await page.goto(start);
  expect(page.url()).toBe(end);
  // The setup is what it claims: the browser and nginx both speak HTTP/2.
  expect(await page.evaluate(nextHopProtocol)).toBe('h2');
  expect(nginx.accessLog()).toEqual(expect.arrayContaining(['/h2/start HTTP/2.0 301', '/h2/middle HTTP/2.0 302', '/h2/end HTTP/2.0 200']));

  const popup = await FirefoxPopup.open(ff, await firefoxTabId(ff, end));
  const s = await popup.view.waitFor((x) => x.final?.code === '200' && x.chain.length === 3);
  expect(s.chain.map((h) => h.code)).toEqual(['301', '302', '200']);
  for (const i of s.chain.keys()) {
    await popup.view.openRow('[data-testid="hop"]', i);
    const details = await popup.view.rowDetails('[data-testid="hop"]', i);
    expect(details).toMatch(/IP 127\.0\.0\.1 · \d+ ms · HTTP\/2(?![.\d])/);
    expect(details).toMatch(/Status line: HTTP\/2(?:\.0)? \d{3}/);
  }

  const json = JSON.parse(await popup.view.copyExport('json')) as { chain: { httpVersion: string | null; ip: string | null }[] };
  expect(json.chain.map((h) => [h.httpVersion, h.ip])).toEqual([
    ['HTTP/2', '127.0.0.1'],
    ['HTTP/2', '127.0.0.1'],
    ['HTTP/2', '127.0.0.1'],
  ]);
  const tsv = (await popup.view.copyExport('tsv'))
    .trim()
    .split('\n')
    .map((line) => line.split('\t'));
  const versionColumn = tsv[0]?.indexOf('HTTP version') ?? -1;
  expect(versionColumn).toBeGreaterThan(0);
  expect(tsv.slice(1).map((row) => row[versionColumn])).toEqual(['HTTP/2', 'HTTP/2', 'HTTP/2']);
  expect(await popup.view.copyExport('text')).toMatch(/IP 127\.0\.0\.1 · \d+ ms · HTTP\/2\n/);
  await popup.close();

  // The "All requests in a tab" page, opened from the popup's button: the version column and the details, without DevTools.
  const { requests, popup: opener } = await FirefoxRequestsPage.openFromPopup(ff, end);
  const table = requests.table;
  await table.waitFor((x) => x.lines.some((l) => l.testid === 'chain-group'));
  await table.clickLine(start, 'chain-group');
  await table.press('Enter');
  await table.waitFor((x) => x.lines.some((l) => l.testid === 'request-row' && l.url === end));
  await table.clickLine(end);
  const t = await table.waitFor((x) => x.details?.facts['HTTP version'] === 'HTTP/2');
  expect(t.details?.facts['Remote address']).toBe('127.0.0.1');
  // Every request over h2, the page's script included, has the version in its column.
  const versions = Object.fromEntries(
    t.lines
      .filter((l) => l.testid === 'request-row' && l.url.startsWith(`${nginx.origin}/h2/`))
      .map((l) => [l.url.replace(nginx.origin, ''), l.cells['version']]),
  );
  expect(versions).toEqual({ '/h2/start': 'HTTP/2', '/h2/middle': 'HTTP/2', '/h2/end': 'HTTP/2', '/h2/script.js': 'HTTP/2' });
  await requests.close();
  await opener.close();
});
