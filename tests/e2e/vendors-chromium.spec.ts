/**
 * Who answered, as one description: the background detects the vendors once, on every response
 * header, and the popup and the DevTools panel both read what it stored. A response whose layers are
 * named by headers the capture does not keep (Envoy, Varnish, Shopify) must still be named in full,
 * in the same order, in both.
 */
import { expect, test } from '@playwright/test';
import { launchChromium, type ChromiumWithExtension } from './fixtures/chromium-extension';
import { ChromiumPanel } from './pages/panel-chromium';
import { PanelTable } from './pages/panel-table';
import { openToolbarPopup } from './pages/popup-chromium';
import { startSite, type RunningSite } from '../site/site-server';

let site: RunningSite;
let browser: ChromiumWithExtension | undefined;
let panel: ChromiumPanel | undefined;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => {
  panel?.close();
  await browser?.close();
  await site.close();
});

const FOUR = ['Envoy', 'Varnish', 'Shopify', 'nginx'];

/** Where each name first stands in a line of words. */
const order = (text: string): number[] => FOUR.map((name) => text.indexOf(name));

test('a response through Envoy, Varnish and Shopify to nginx: the popup and the panel name all four, in the same order', async () => {
  browser = await launchChromium({ devtools: true });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const url = `${site.origin}/vendors/four`;
  await page.goto(url);

  // The popup first: once DevTools has a window of its own, the toolbar popup would open there, where there is no toolbar.
  const { view, close } = await openToolbarPopup(browser, page);
  const popup = await view.waitFor((s) => s.final?.code === '200');
  await close();
  const popupVendor = popup.final?.vendor ?? '';
  for (const name of FOUR) expect(popupVendor).toContain(name);
  // Each is shown with the header that named it, though the capture keeps none of the three edge headers.
  expect(popup.final?.proofs).toEqual(
    expect.arrayContaining(['server: nginx', 'x-envoy-upstream-service-time: 12', 'x-varnish: 32770 32768', 'x-shopify-stage: production']),
  );

  // The panel lists what the background captured for the tab, the same response among it.
  panel = await ChromiumPanel.open(browser, { undocked: { width: 1280, height: 760 } });
  const table = new PanelTable(panel);
  const snapshot = await table.waitFor((s) => s.lines.some((l) => l.url === url && l.testid === 'request-row' && (l.cells['vendor'] ?? '') !== ''));
  const panelVendor = snapshot.lines.find((l) => l.url === url && l.testid === 'request-row')?.cells['vendor'] ?? '';
  for (const name of FOUR) expect(panelVendor).toContain(name);
  expect(order(popupVendor)).toEqual(order(panelVendor));
});
