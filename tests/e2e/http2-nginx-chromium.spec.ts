/**
 * HTTP/2 from Debian's real nginx, in Chromium: Chromium's webRequest status line says HTTP/1.1 over
 * h2 too ('HTTP/1.1 301', 'HTTP/1.1 200'), so nowhere may the extension show that version as the
 * protocol: not the badge's tooltip, the toolbar popup, any export, nor the DevTools panel, whose only
 * HTTP version is the one DevTools' own network log reports.
 */
import { EXPORT_FORMATS } from '../../src/shared/export';
import { loadsOf, waitForValue } from './fixtures/capture-storage';
import { badgeOf, sessionStorage } from './fixtures/chromium-capture';
import { expect, test } from './fixtures/site-test';
import { ChromiumPanel } from './pages/panel-chromium';
import { PanelTable } from './pages/panel-table';
import { openToolbarPopup, tabIdOf } from './pages/popup-chromium';

/**
 * HTTP/1.x given as the protocol of a response: in front of a status code (a status line, in any
 * surface or export) or as an HTTP version fact. The registry's explanations may name HTTP/1.1 as
 * history ('HTTP/1.1 therefore added 303…'); that is not a claim about this response.
 */
const HTTP1_AS_PROTOCOL = /HTTP\/1(?:\.\d)?[ \t]+\d{3}\b|HTTP version\W*HTTP\/1|--http1/i;

const nextHopProtocol = (): string => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol;

test('over HTTP/2, Chromium’s HTTP/1.1 status line is shown nowhere: badge, popup, every export, DevTools panel', async ({ nginx, chromium }) => {
  test.setTimeout(150_000);
  const start = `${nginx.origin}/h2/start`;
  const end = `${nginx.origin}/h2/end`;
  const script = `${nginx.origin}/h2/script.js`;

  let browser = await chromium({ ignoreCertificateErrors: true });
  const page = await browser.context.newPage();
  await page.goto(start);
  expect(page.url()).toBe(end);
  await page.waitForFunction(() => document.documentElement.dataset['script'] === 'ran');
  // The setup is what it claims: the browser and nginx both speak HTTP/2.
  expect(await page.evaluate(nextHopProtocol)).toBe('h2');
  expect(nginx.accessLog()).toEqual(
    expect.arrayContaining(['/h2/start HTTP/2.0 301', '/h2/middle HTTP/2.0 302', '/h2/end HTTP/2.0 200', '/h2/script.js HTTP/2.0 200']),
  );

  // What was captured: the codes of Chromium's lines, without their version (h2 sends no reason phrase).
  const tabId = await tabIdOf(browser, end);
  const loads = await waitForValue(
    async () => loadsOf(await sessionStorage(browser.worker), tabId),
    (l) => l.at(-1)?.final !== undefined && l.at(-1)?.chain.length === 3,
  );
  expect(loads.at(-1)?.chain.map((h) => [h.url, h.statusCode, h.statusLine])).toEqual([
    [start, 301, '301'],
    [`${nginx.origin}/h2/middle`, 302, '302'],
    [end, 200, '200'],
  ]);
  expect(JSON.stringify(loads)).not.toMatch(HTTP1_AS_PROTOCOL);

  // The badge's tooltip.
  const badge = await waitForValue(
    () => badgeOf(browser.worker, tabId),
    (b) => b.text.startsWith('200') && b.title !== 'Status Inspector',
  );
  expect(badge.title).toMatch(/^Status Inspector — 200 — after 2 redirects\n/);
  expect(badge.title).not.toMatch(/HTTP\//i);

  // The real toolbar popup, its hops (the final one included) and final answer opened up.
  const open = await openToolbarPopup(browser, page);
  const s = await open.view.waitFor((x) => x.final?.code === '200' && x.chain.length === 3);
  expect(s.chain.map((h) => h.code)).toEqual(['301', '302', '200']);
  await open.view.driver.click('[data-testid="final"] details > summary');
  const finalDetails = await open.view.rowDetails('[data-testid="final"]', 0);
  expect(finalDetails).toContain('Status line: 200');
  for (const [i, hop] of s.chain.entries()) {
    await open.view.openRow('[data-testid="hop"]', i);
    const details = await open.view.rowDetails('[data-testid="hop"]', i);
    expect(details).toContain(`Status line: ${hop.code}`);
    // Chromium's webRequest reports no version: the hop says so rather than guess.
    expect(details).toContain('HTTP version not reported');
    expect(details).not.toMatch(HTTP1_AS_PROTOCOL);
  }
  expect(await open.view.driver.evaluate<string>('document.body.textContent')).not.toMatch(HTTP1_AS_PROTOCOL);

  // Every export format.
  for (const format of EXPORT_FORMATS) {
    const copy = await open.view.copyExport(format);
    expect(copy.length, format).toBeGreaterThan(0);
    expect(copy, format).toContain(`${nginx.origin}/h2/`);
    expect(copy, format).not.toMatch(HTTP1_AS_PROTOCOL);
    if (format === 'json') {
      const json = JSON.parse(copy) as { chain: { httpVersion: string | null }[] };
      expect(json.chain.map((h) => h.httpVersion)).toEqual([null, null, null]);
    }
  }
  await open.close();

  // The DevTools panel, in a browser of its own: an undocked DevTools window has no toolbar to open a
  // popup from, and DevTools must be open before the load it records.
  await browser.close();
  browser = await chromium({ devtools: true, ignoreCertificateErrors: true });
  const { page: inspected, panel } = await ChromiumPanel.openOnPage(browser, `${nginx.origin}/h2/ready`);
  try {
    const table = new PanelTable(panel);
    await inspected.goto(start);
    await table.waitFor((x) => x.lines.some((l) => l.url === script));
    // DevTools' network log is the one honest source of the version here.
    for (const url of [script, end]) {
      if (url === end) {
        await table.clickLine(start, 'chain-group');
        await table.press('Enter');
        await table.waitFor((x) => x.lines.some((l) => l.testid === 'request-row' && l.url === end));
      }
      await table.clickLine(url);
      const t = await table.waitFor((x) => x.details?.facts['HTTP version'] === 'HTTP/2');
      expect(t.details?.facts['Status line'], url).toBe('200');
      // The table's column says it too, for the row and (for the page) its chain.
      expect(t.lines.find((l) => l.testid === 'request-row' && l.url === url)?.cells['version'], url).toBe('HTTP/2');
    }
    expect(await panel.evaluate<string>('document.body.textContent')).not.toMatch(HTTP1_AS_PROTOCOL);
  } finally {
    panel.close();
  }
});

test('with the optional page script on, the page’s own document says HTTP/2 from its navigation timing; its redirects stay “not reported”', async ({
  nginx,
  chromium,
}) => {
  test.setTimeout(90_000);
  const start = `${nginx.origin}/h2/start`;
  const end = `${nginx.origin}/h2/end`;
  const browser = await chromium({ ignoreCertificateErrors: true });
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  // A real click: Chromium grants `scripting` only during a user gesture.
  await options.getByLabel('Detect client-side redirects (meta refresh / JavaScript)').check();
  await expect(options.getByTestId('client-redirects-status')).toHaveText('On.');

  const page = await browser.context.newPage();
  await page.goto(start);
  expect(page.url()).toBe(end);
  expect(await page.evaluate(nextHopProtocol)).toBe('h2');
  const tabId = await tabIdOf(browser, end);
  const loads = await waitForValue(
    async () => loadsOf(await sessionStorage(browser.worker), tabId),
    (l) => l.at(-1)?.chain.at(-1)?.httpVersion !== undefined,
  );
  // On the hop that delivered the document only; the status lines still carry no version.
  expect(loads.at(-1)?.chain.map((h) => [h.statusLine, h.httpVersion])).toEqual([
    ['301', undefined],
    ['302', undefined],
    ['200', 'HTTP/2'],
  ]);

  const open = await openToolbarPopup(browser, page);
  const s = await open.view.waitFor((x) => x.final?.code === '200' && x.chain.length === 3);
  const facts: string[] = [];
  for (const i of s.chain.keys()) {
    await open.view.openRow('[data-testid="hop"]', i);
    facts.push(await open.view.rowDetails('[data-testid="hop"]', i));
  }
  expect(facts.map((d) => (/HTTP version not reported/.test(d) ? 'not reported' : /· HTTP\/2(?![.\d])/.test(d) ? 'HTTP/2' : '?'))).toEqual([
    'not reported',
    'not reported',
    'HTTP/2',
  ]);
  const json = JSON.parse(await open.view.copyExport('json')) as { chain: { httpVersion: string | null }[] };
  expect(json.chain.map((h) => h.httpVersion)).toEqual([null, null, 'HTTP/2']);
  expect(await open.view.driver.evaluate<string>('document.body.textContent')).not.toMatch(HTTP1_AS_PROTOCOL);
  await open.close();
});
