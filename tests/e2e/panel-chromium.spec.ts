/**
 * The DevTools panel in Chromium, inside a real DevTools window: the request table of a busy page,
 * its redirect chains, filters, keyboard use, the details pane, what DevTools' own network log adds
 * (bodies, HTTP versions, memory-cache answers), preserve log and clear, and a page too big to render whole.
 *
 * DevTools must be open before a page loads for its network log to see the page's requests; the
 * panel's page starts when the panel is first shown. So each test shows the panel, then browses.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { waitForValue } from './fixtures/capture-storage';
import { launchChromium, type ChromiumWithExtension } from './fixtures/chromium-extension';
import { captureDevtools } from './fixtures/devtools-panel';
import { ROOT } from './fixtures/paths';
import { ChromiumPanel } from './pages/panel-chromium';
import { PanelTable, requestCount, type PanelLine, type PanelSnapshot } from './pages/panel-table';
import { startSite, type RunningSite } from '../site/site-server';
import type { Page } from '@playwright/test';

let site: RunningSite;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => {
  await site.close();
});

let browser: ChromiumWithExtension | undefined;
let panel: ChromiumPanel | undefined;
test.afterEach(async () => {
  panel?.close();
  panel = undefined;
  await browser?.close();
  browser = undefined;
});

/** Chromium with DevTools open in a window of its own, the panel shown, then the page under test loaded. */
async function openPanel(path: string): Promise<{ page: Page; table: PanelTable; chromium: ChromiumWithExtension }> {
  browser = await launchChromium({ devtools: true });
  const opened = await ChromiumPanel.openOnPage(browser, `${site.origin}/ok`);
  const page = opened.page;
  panel = opened.panel;
  const table = new PanelTable(panel);
  await page.goto(`${site.origin}${path}`);
  return { page, table, chromium: browser };
}

async function screenshot(name: string): Promise<void> {
  if (!browser) return;
  const dir = join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), await captureDevtools(browser.cdpPort));
}

const rows = (s: PanelSnapshot): PanelLine[] => s.lines.filter((l) => l.testid === 'request-row');
const total = (s: PanelSnapshot): number => requestCount(s.count);
const path = (url: string): string => url.replace(site.origin, '');

// /panel/many answers, for its default 120 images: 132 requests the background sees (the page, 2
// styles, 3 scripts, 121 images, 3 redirects, 2 fetches), of which 12 + 1 + 1 answer 404, 4 + 1
// answer 500, and 3 get no response at all.
const MANY_CAPTURED = 132;
const MANY_ERRORS = 22;

test.describe('DevTools panel (Chromium)', () => {
  test('lists every request of the page by load, with redirect chains as groups, driven by the keyboard', async () => {
    const { table } = await openPanel('/panel/many');
    // A Chromium sub-resource's start comes from DevTools' own log, which can arrive after the
    // capture: until then its row sorts last, below the drawn lines, so wait for the style.
    const css500Path = '/panel/asset?kind=css&i=2&status=500';
    let s = await table.waitFor(
      (x) => total(x) >= MANY_CAPTURED && x.lines.some((l) => l.testid === 'chain-group') && rows(x).some((l) => path(l.url) === css500Path),
    );
    expect(total(s)).toBeGreaterThanOrEqual(MANY_CAPTURED);

    // One page load; its document first.
    const loads = s.lines.filter((l) => l.testid === 'load-group');
    expect(loads).toHaveLength(1);
    expect(loads[0]?.cells['load']).toContain(`${site.origin}/panel/many`);
    expect(rows(s)[0]).toMatchObject({ kind: 'hop', status: '200' });
    expect(rows(s)[0]?.cells['type']).toBe('Document');

    // Sub-resources with their status, the registry's phrase, type and who answered.
    const css500 = rows(s).find((l) => path(l.url) === css500Path);
    expect(css500?.cells).toMatchObject({ status: '500', phrase: 'Internal Server Error', method: 'GET', type: 'CSS', vendor: 'nginx', source: 'network' });

    // Virtualised: far fewer lines in the DOM than in the table.
    expect(s.totalLines).toBeGreaterThan(100);
    expect(s.lines.length).toBeLessThan(60);

    // A redirected image is one group: 302 → 200, closed.
    const chainUrl = `${site.origin}/panel/asset?kind=img&i=3`;
    const chain = s.lines.find((l) => l.testid === 'chain-group' && l.url === chainUrl);
    expect(chain).toMatchObject({ status: '200', expanded: 'false' });
    expect(chain?.cells['url']).toContain('302 → 200');

    // Click selects it; Enter opens it, showing its two responses right below; Left closes it.
    await table.clickLine(chainUrl, 'chain-group');
    await table.press('Enter');
    s = await table.waitFor((x) => x.lines.some((l) => l.url === chainUrl && l.expanded === 'true'));
    const at = s.lines.findIndex((l) => l.testid === 'chain-group' && l.url === chainUrl);
    expect(s.lines[at]?.selected).toBe(true);
    expect(s.lines.slice(at + 1, at + 3).map((l) => [l.status, path(l.url)])).toEqual([
      ['302', '/panel/asset?kind=img&i=3'],
      ['200', '/panel/asset?kind=img&i=3&final=1'],
    ]);
    // Arrow keys move the selection, and the details follow it.
    await table.press('ArrowDown');
    s = await table.waitFor((x) => x.lines[at + 1]?.selected === true);
    expect(s.lines[at]?.selected).toBe(false);
    expect(s.details?.code).toBe('302');
    await table.press('ArrowDown');
    s = await table.waitFor((x) => x.details?.code === '200');
    expect(s.lines[at + 2]?.selected).toBe(true);
    await table.press('ArrowLeft'); // to the chain
    await table.press('ArrowLeft'); // closes it
    s = await table.waitFor((x) => x.lines.some((l) => l.url === chainUrl && l.expanded === 'false'));
    expect(s.lines[at + 1]?.url).not.toBe(chainUrl);
    // Escape closes the details.
    await table.press('Escape');
    s = await table.waitFor((x) => x.details === undefined);
    expect(s.details).toBeUndefined();

    // The page's own summary keeps the story snapshot's DOM contract.
    const story = await panel!.story((x) => x.final?.code === '200');
    expect(story.final).toMatchObject({ code: '200', phrase: 'OK' });
  });

  test('the page’s own redirect chain is a group with its findings; its hops open with Enter', async () => {
    const { table } = await openPanel('/popup/mixed/start');
    // The group shows as soon as the chain starts; its status is the final hop's, once that answered.
    let s = await table.waitFor((x) => x.lines.some((l) => l.testid === 'chain-group' && l.status === '200'));
    const chain = s.lines.find((l) => l.testid === 'chain-group');
    expect(chain).toMatchObject({ status: '200', url: `${site.origin}/popup/mixed/start`, expanded: 'false' });
    expect(chain?.cells['url']).toContain('301 → 302 → 200');
    // The capture's finding about the chain is shown on the group.
    expect(chain?.cells['url']).toContain('Mixed redirects');
    await table.press('Home'); // the load's header
    await table.press('ArrowDown'); // the chain
    await table.press('Enter');
    s = await table.waitFor((x) => x.lines.some((l) => l.testid === 'chain-group' && l.expanded === 'true'));
    const hops = rows(s).filter((l) => l.kind === 'hop');
    expect(hops.map((l) => l.status)).toEqual(['301', '302', '200']);
    expect(hops.map((l) => l.cells['vendor'])).toEqual(['nginx', 'nginx', 'nginx']);
    // The hop a finding concerns is marked.
    expect(hops.some((l) => /finding-(warning|error|info)/.test(l.classes))).toBe(true);
    expect(s.details?.text).toContain('Redirect chain: 3 responses');
  });

  test('filters narrow the table: errors only, status class, type and free text', async () => {
    const { table } = await openPanel('/panel/many');
    await table.waitFor((x) => total(x) >= MANY_CAPTURED);

    await table.click('[data-testid="errors-only"]');
    let s = await table.waitFor((x) => x.count.startsWith(`${MANY_ERRORS} of`));
    expect(s.count).toMatch(new RegExp(`^${MANY_ERRORS} of 13\\d requests$`));
    expect(rows(s).length).toBe(MANY_ERRORS);
    expect(new Set(rows(s).map((l) => l.cells['status']))).toEqual(new Set(['404', '500', '(failed)']));
    await table.click('[data-testid="errors-only"]');

    // Only failed requests: every class chip but "Failed" off.
    for (const key of ['1xx', '2xx', '3xx', '4xx', '5xx']) await table.toggleClass(key);
    s = await table.waitFor((x) => x.count.startsWith('3 of'));
    expect(rows(s).map((l) => [l.cells['status'], path(l.url)])).toEqual([
      ['(failed)', '/panel/asset?kind=img&i=13'],
      ['(failed)', '/panel/asset?kind=img&i=63'],
      ['(failed)', '/panel/asset?kind=img&i=113'],
    ]);
    expect(rows(s)[0]?.cells['phrase']).not.toBe('No response'); // the registry names the browser's error
    for (const key of ['1xx', '2xx', '3xx', '4xx', '5xx']) await table.toggleClass(key);

    await table.typeFilter('stylesheet');
    s = await table.waitFor((x) => x.count.startsWith('2 of'));
    expect(rows(s).map((l) => l.cells['type'])).toEqual(['CSS', 'CSS']);
    await table.typeFilter('fetch');
    s = await table.waitFor((x) => x.count.startsWith('2 of'));
    expect(
      rows(s)
        .map((l) => `${String(l.cells['status'])} ${path(l.url)}`)
        .sort(),
    ).toEqual(['200 /panel/api?status=200', '404 /panel/api?status=404']);
    await table.typeFilter('all');

    // Free text matches who answered: images every third of which came through "Cloudflare".
    await table.filterText('cloudflare');
    s = await table.waitFor((x) => x.count.includes(' of ') && rows(x).length > 0 && rows(x).every((l) => l.cells['vendor'] === 'Cloudflare'));
    expect(rows(s).length).toBeGreaterThan(10);
    expect(rows(s).every((l) => l.cells['vendor'] === 'Cloudflare')).toBe(true);
    // Every word must match: the 404s among them.
    await table.filterText('cloudflare 404');
    s = await table.waitFor((x) => x.count.startsWith('4 of'));
    expect(rows(s).map((l) => path(l.url))).toEqual([
      '/panel/asset?kind=img&i=27',
      '/panel/asset?kind=img&i=57',
      '/panel/asset?kind=img&i=87',
      '/panel/asset?kind=img&i=117',
    ]);
    await table.filterText('');
    s = await table.waitFor((x) => !x.count.includes(' of '));
    expect(total(s)).toBeGreaterThanOrEqual(MANY_CAPTURED);

    // Sorting: the Status header sorts worst first (failures, then 5xx); the page itself stays on top.
    await table.click('.line-header .cell-status button');
    s = await table.waitFor((x) => rows(x)[1]?.cells['status'] === '(failed)');
    expect(rows(s)[0]?.kind).toBe('hop');
    expect(
      rows(s)
        .slice(1, 9)
        .map((l) => l.cells['status']),
    ).toEqual(['(failed)', '(failed)', '(failed)', '500', '500', '500', '500', '500']);
    expect(s.lines.length).toBeLessThan(60);
  });

  test('the details pane explains the selected response: meaning, advice, spec, headers, HTTP version, timing', async () => {
    const { table } = await openPanel('/panel/many');
    await table.waitFor((x) => total(x) >= MANY_CAPTURED);
    const url = `${site.origin}/panel/asset?kind=css&i=2&status=500`;
    // DevTools' entry has arrived once the row has an HTTP version in its details.
    await table.clickLine(url);
    const s = await table.waitFor((x) => x.details?.facts['HTTP version'] === 'HTTP/1.1');
    const d = s.details!;
    expect(d).toMatchObject({ code: '500', phrase: 'Internal Server Error' });
    expect(d.explanation.length).toBeGreaterThan(40);
    expect(d.text).toContain('If you run the site');
    expect(d.facts).toMatchObject({ 'HTTP version': 'HTTP/1.1', 'Remote address': '127.0.0.1', Source: 'network', Type: 'CSS (stylesheet)' });
    expect(d.facts['Answered by']).toContain('nginx');
    expect(d.facts['Duration']).toMatch(/\d+ ms|\d\.\d+ s/);
    // The background does not hear a sub-resource's start in Chromium: DevTools' log gives it.
    expect(d.facts['Started']).toMatch(/into the page load/);
    // The headers as DevTools received them; the one that named nginx is highlighted.
    expect(d.headers).toContainEqual({ name: 'server', value: 'nginx/1.24.0', vendor: true });
    expect(d.headers.find((h) => h.name.toLowerCase() === 'content-type')?.vendor).toBe(false);
    // The spec link is a plain https link that opens apart from the extension.
    expect(d.specLinks.length).toBeGreaterThan(0);
    for (const link of d.specLinks) expect(link).toMatchObject({ href: expect.stringMatching(/^https:\/\//), target: '_blank', rel: 'noopener noreferrer' });
    await screenshot('panel-devtools.png');
  });

  test('an IIS detailed error page shows its sub-status 404.3 and its meaning, read from the body', async () => {
    const { table } = await openPanel('/iis/404-3');
    // The body is read after the request finished, a few at a time: on a busy machine that takes seconds.
    let s = await table.waitFor((x) => rows(x).some((l) => l.status === '404' && l.cells['phrase']?.startsWith('404.3')), 20_000);
    const row = rows(s).find((l) => l.status === '404');
    expect(row?.cells['phrase']).toBe('404.3MIME type not configured');
    await table.clickLine(`${site.origin}/iis/404-3`);
    s = await table.waitFor((x) => x.details?.subcode === '404.3');
    expect(s.details).toMatchObject({ code: '404', subcode: '404.3', phrase: 'MIME type not configured' });
    expect(s.details?.fromBody).toContain('404.3 was read from the error page’s body');
    expect(s.details?.reason).toContain('404.3');
    expect(s.details?.explanation).toContain('MIME');
    expect(s.details?.headers).toContainEqual({ name: 'server', value: 'Microsoft-IIS/10.0', vendor: true });
    expect(s.details?.facts['Body read']).toMatch(/used to explain the status/);
    // The capture alone (the summary above) knows only the 404.
    const story = await panel!.story((x) => x.final?.code === '404');
    expect(story.final?.code).toBe('404');
    await screenshot('panel-devtools-iis-404-3.png');
  });

  test('a memory-cache answer, which webRequest never reports, becomes a row of its own marked with its source', async () => {
    const { page, table } = await openPanel('/panel/many?n=4');
    const cached = `${site.origin}/panel/asset?kind=img&i=cached&cache=1`;
    await table.waitFor((x) => rows(x).some((l) => l.url === cached));
    await page.reload();
    // DevTools reports the memory-cache hit when it finishes: seconds on a busy machine.
    const s = await table.waitFor((x) => rows(x).some((l) => l.url === cached && l.kind === 'devtools-only'), 20_000);
    const row = rows(s).find((l) => l.url === cached);
    expect(row).toMatchObject({ kind: 'devtools-only', status: '200' });
    expect(row?.cells['source']).toBe('memory cache');
    // Only the current load is listed: the first load's copy of the image is not.
    expect(rows(s).filter((l) => l.url === cached)).toHaveLength(1);
  });

  test('markup from the network stays text, and only http(s) addresses become links', async () => {
    const { table } = await openPanel('/panel/hostile');
    const url = `${site.origin}/panel/hostile`;
    await table.waitFor((x) => rows(x).some((l) => l.url === url) && rows(x).some((l) => l.url === `${url}/img`));
    await table.clickLine(url);
    let s = await table.waitFor((x) => x.details?.headers.some((h) => h.name === 'server') === true);
    expect(s.details?.headers).toContainEqual({ name: 'server', value: '<b id="injected-server">nginx</b>', vendor: expect.any(Boolean) });
    expect(s.details?.facts['Status line']).toContain('<img src=x id="injected">');
    await table.clickLine(`${url}/img`);
    s = await table.waitFor((x) => x.details?.facts['Redirects to'] !== undefined);
    expect(s.details?.facts['Redirects to']).toBe('javascript:alert(document.domain)');
    expect(s.injected).toBe(0);
    const links = await panel!.evaluate<string[]>(`[...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))`);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^https?:\/\//);
  });

  test('preserve log keeps earlier page loads; clear empties the panel and leaves the capture alone', async () => {
    const { page, table, chromium } = await openPanel('/chain/start');
    await page.goto(`${site.origin}/missing`);
    // Its group appears as the navigation starts; wait for its final answer too.
    let s = await table.waitFor((x) =>
      x.lines.some((l) => l.testid === 'load-group' && l.cells['load']?.includes('/missing') && l.cells['load'].includes('404 Not Found')),
    );
    expect(s.lines.filter((l) => l.testid === 'load-group')).toHaveLength(1);

    await table.click('[data-testid="preserve-log"]');
    s = await table.waitFor((x) => x.lines.filter((l) => l.testid === 'load-group').length === 3);
    expect(s.lines.filter((l) => l.testid === 'load-group').map((l) => /200 OK|404 Not Found/.exec(l.cells['load'] ?? '')?.[0])).toEqual([
      '200 OK',
      '200 OK',
      '404 Not Found',
    ]);

    await table.click('[data-testid="clear"]');
    s = await table.waitFor((x) => x.lines.length === 0);
    expect(s.empty).toContain('the extension still keeps everything it captured');
    // The background's capture is untouched: the badge and the page summary still show the 404.
    const readBadge = () =>
      chromium.worker.evaluate(async (target) => {
        const [tab] = await chrome.tabs.query({ url: target });
        return chrome.action.getBadgeText({ tabId: tab!.id! });
      }, `${site.origin}/missing`);
    expect(await waitForValue(readBadge, (text) => text === '404')).toBe('404');
    expect((await panel!.story((x) => x.final?.code === '404')).final?.code).toBe('404');

    // New requests after the clear are listed.
    await page.goto(`${site.origin}/ok`);
    s = await table.waitFor((x) => rows(x).some((l) => l.url === `${site.origin}/ok`));
    expect(s.lines.filter((l) => l.testid === 'load-group')).toHaveLength(1);
    await table.click('[data-testid="unclear"]');
    s = await table.waitFor((x) => x.lines.filter((l) => l.testid === 'load-group').length === 4);
    expect(s.lines.filter((l) => l.testid === 'load-group')).toHaveLength(4);
  });

  test('a page of a thousand sub-resources stays a small DOM; End reaches the last request; filtering answers promptly', async () => {
    // Headless Chromium on a small, busy machine loads 10 to 40 images a second: give this page the time.
    test.setTimeout(240_000);
    const { table } = await openPanel('/panel/many?n=1000');
    let s = await table.waitFor((x) => total(x) >= 1000, 120_000);
    expect(total(s)).toBeGreaterThanOrEqual(1000);
    expect(s.totalLines).toBeGreaterThanOrEqual(1000);
    expect(s.lines.length).toBeLessThan(60);
    await table.press('End');
    s = await table.waitFor((x) => x.lines.some((l) => l.selected));
    const selected = s.lines.find((l) => l.selected);
    expect(s.lines.at(-1)).toEqual(selected);
    expect(s.lines.length).toBeLessThan(60);
    const started = Date.now();
    await table.filterText('i=999');
    s = await table.waitFor((x) => x.count.startsWith('1 of'));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(rows(s).map((l) => path(l.url))).toEqual(['/panel/asset?kind=img&i=999']);
  });
});
