/**
 * "All requests in a tab" in Firefox ESR, opened from the popup page's button as a person opens it
 * (Firefox's own developer tools cannot be opened under remote control, so this is also where the
 * panel's table is tested in Firefox): it lists the tab's requests from the extension's capture,
 * groups a redirected image, filters, and explains the selected response, without DevTools.
 */
import { expect, test } from '@playwright/test';
import { launchFirefox, type FirefoxWithExtension } from './fixtures/firefox-extension';
import type { PanelLine, PanelSnapshot } from './pages/panel-table';
import { FirefoxRequestsPage } from './pages/requests-firefox';
import { startSite, type RunningSite } from '../site/site-server';

let site: RunningSite;
let firefox: FirefoxWithExtension;
test.beforeAll(async () => {
  site = await startSite();
  firefox = await launchFirefox();
});
test.afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
  await firefox?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
  await site?.close();
});

const rows = (s: PanelSnapshot): PanelLine[] => s.lines.filter((l) => l.testid === 'request-row');
const path = (url: string): string => url.replace(site.origin, '');

test.describe('All requests in a tab (Firefox)', () => {
  test('the popup’s button opens the tab’s requests: its redirected image as a group, filters and details', async () => {
    const inspected = await firefox.browser.newPage();
    const url = `${site.origin}/panel/many?n=30`;
    await inspected.goto(url);
    const { requests, popup } = await FirefoxRequestsPage.openFromPopup(firefox, url);
    const { page, table } = requests;

    // 30 images (3 answer 404, 1 answers 500, 1 gets no response, 1 is redirected), 2 styles, 3 scripts,
    // 2 fetches, the cacheable image and the page itself. The table draws only the rows in view (about
    // twenty of the forty): the failed image is looked for among the errors below.
    let s = await table.waitFor(
      (x) => ['404', '500'].every((status) => rows(x).some((l) => l.cells['status'] === status)) && x.lines.some((l) => l.testid === 'chain-group'),
    );
    expect(s.harNote).toContain('Opened outside DevTools');
    // A page of its own, named for what it shows.
    expect(await requests.heading()).toEqual({ title: 'All requests in a tab — Status Inspector', h1: 'All requests in a tab', label: url });
    const load = s.lines.find((l) => l.testid === 'load-group');
    expect(load?.cells['load']).toContain(url);
    expect(rows(s)[0]).toMatchObject({ kind: 'hop', status: '200' });
    const statuses = new Set(rows(s).map((l) => l.cells['status']));
    for (const status of ['200', '404', '500']) expect(statuses).toContain(status);
    const chain = s.lines.find((l) => l.testid === 'chain-group');
    expect(chain).toMatchObject({ url: `${site.origin}/panel/asset?kind=img&i=3`, status: '200' });
    expect(chain?.cells['url']).toContain('302 → 200');

    // The image whose connection is dropped fails last: Firefox tries it again before giving up.
    await table.click('[data-testid="errors-only"]');
    s = await table.waitFor((x) => x.count.includes(' of ') && new Set(rows(x).map((l) => l.url)).size === 8, 20_000);
    expect(rows(s).find((l) => l.url === `${site.origin}/panel/asset?kind=img&i=13`)?.cells).toMatchObject({
      status: '(failed)',
      phrase: expect.stringMatching(/connection/i),
    });
    // Firefox's speculative parser sometimes fetches a script twice on a cold load: both requests are listed.
    expect(Number(/^(\d+) of/.exec(s.count)?.[1])).toBe(rows(s).length);
    expect([...new Set(rows(s).map((l) => path(l.url)))].sort()).toEqual(
      [
        '/panel/api?status=404',
        '/panel/asset?kind=css&i=2&status=500',
        '/panel/asset?kind=img&i=13',
        '/panel/asset?kind=img&i=17',
        '/panel/asset?kind=img&i=27',
        '/panel/asset?kind=img&i=5',
        '/panel/asset?kind=img&i=7',
        '/panel/asset?kind=js&i=2&status=404',
      ].sort(),
    );

    // The details pane explains the nginx 500 from the capture; there are no headers without DevTools.
    await table.clickLine(`${site.origin}/panel/asset?kind=css&i=2&status=500`);
    s = await table.waitFor((x) => x.details !== undefined);
    expect(s.details).toMatchObject({ code: '500', phrase: 'Internal Server Error' });
    expect(s.details?.facts['Answered by']).toContain('nginx');
    // Firefox's status line reports the version, with or without DevTools.
    expect(s.details?.facts['HTTP version']).toBe('HTTP/1.1');
    expect(s.details?.text).toContain('Not observed: response headers come from DevTools');
    await table.press('Escape');
    s = await table.waitFor((x) => x.details === undefined);
    expect(s.details).toBeUndefined();

    // Live: a new load of the tab appears without reopening the panel.
    await inspected.goto(`${site.origin}/missing`);
    s = await table.waitFor(
      (x) => x.lines.some((l) => l.testid === 'load-group' && l.cells['load']?.includes('/missing')) && rows(x).some((l) => l.status !== ''),
    );
    expect(s.lines.filter((l) => l.testid === 'load-group')).toHaveLength(1);
    expect(rows(s).map((l) => `${l.status} ${path(l.url)}`)).toEqual(['404 /missing']);
    await page.close();
    await popup.close();
    await inspected.close();
  });

  test('the page’s own redirect chain is one group, 301 → 302 → 200, its hops listed once opened', async () => {
    const inspected = await firefox.browser.newPage();
    await inspected.goto(`${site.origin}/popup/mixed/start`);
    const { requests, popup } = await FirefoxRequestsPage.openFromPopup(firefox, `${site.origin}/popup/mixed/end`);
    const { table } = requests;
    let s = await table.waitFor((x) => x.lines.some((l) => l.testid === 'chain-group' && l.status === '200'));
    expect(await requests.heading()).toMatchObject({ h1: 'All requests in a tab', label: `${site.origin}/popup/mixed/end` });
    const chain = s.lines.find((l) => l.testid === 'chain-group');
    expect(chain).toMatchObject({ status: '200', url: `${site.origin}/popup/mixed/start`, expanded: 'false' });
    expect(chain?.cells['url']).toContain('301 → 302 → 200');
    await table.clickLine(`${site.origin}/popup/mixed/start`, 'chain-group');
    await table.press('Enter');
    s = await table.waitFor((x) => x.lines.some((l) => l.testid === 'chain-group' && l.expanded === 'true'));
    expect(
      rows(s)
        .filter((l) => l.kind === 'hop')
        .map((l) => l.status),
    ).toEqual(['301', '302', '200']);
    await requests.close();
    await popup.close();
    await inspected.close();
  });
});
