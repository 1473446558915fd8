/**
 * Opening the popup in Chromium: the real toolbar popup for the tab in front, or the same page in a
 * tab of its own (what "Open in a tab" does) when a test needs a viewport, downloads or a fresh load.
 */
import { chromium, type Page } from '@playwright/test';
import type { ChromiumWithExtension } from '../fixtures/chromium-extension';
import { ChromiumPopup } from './chromium-popup';
import { playwrightDriver, PopupView } from './popup-view';

export interface OpenPopup {
  popup: ChromiumPopup;
  view: PopupView;
  close: () => Promise<void>;
}

/** The real toolbar popup, for `page` (brought to the front first, since the popup shows the active tab). */
export async function openToolbarPopup(browser: ChromiumWithExtension, page: Page): Promise<OpenPopup> {
  await page.bringToFront();
  const popup = await ChromiumPopup.open(browser);
  return { popup, view: new PopupView(playwrightDriver(popup.page)), close: () => popup.close() };
}

/**
 * The same, for a browser that is busy (a page with thousands of requests): the CDP connection is
 * given minutes rather than Playwright's default 30 seconds.
 */
export async function openToolbarPopupPatiently(
  browser: ChromiumWithExtension,
  page: Page,
  timeoutMs = 180_000,
): Promise<{ view: PopupView; close: () => Promise<void> }> {
  await page.bringToFront();
  await browser.worker.evaluate(() => chrome.action.openPopup());
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${browser.cdpPort}`, { timeout: timeoutMs });
  const url = `chrome-extension://${browser.extensionId}/src/popup/index.html`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const popup = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url() === url);
    if (popup) {
      return {
        view: new PopupView(playwrightDriver(popup)),
        close: async () => {
          await popup.close().catch(() => undefined);
          await cdp.close().catch(() => undefined);
        },
      };
    }
    if (Date.now() > deadline) throw new Error('the toolbar popup did not open');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The id of the tab showing `url` (asked of the extension's own worker). */
export async function tabIdOf(browser: ChromiumWithExtension, url: string): Promise<number> {
  const id = await browser.worker.evaluate(async (target) => (await chrome.tabs.query({ url: target }))[0]?.id, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

export function popupUrl(browser: ChromiumWithExtension, tabId: number): string {
  return `chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`;
}

/** The popup page in a tab of its own for `tabId`, at the popup's width. */
export async function openPopupInTab(browser: ChromiumWithExtension, tabId: number, width = 400): Promise<{ page: Page; view: PopupView }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 600 });
  await page.goto(popupUrl(browser, tabId));
  return { page, view: new PopupView(playwrightDriver(page)) };
}
