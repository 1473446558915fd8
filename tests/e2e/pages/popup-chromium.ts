/**
 * The popup in Chromium: the real toolbar popup for the tab in front (opened by the extension's own
 * action.openPopup()), or the same page in a tab of its own (what "Open in a tab" does) when a test
 * needs a viewport, downloads or a fresh load.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import type { ChromiumWithExtension } from '../fixtures/chromium-extension';
import { playwrightDriver, PopupView } from './popup-view';
import { waitForStory, type StorySnapshot } from './story-snapshot';

export class ChromiumPopup {
  readonly view: PopupView;

  private constructor(
    private readonly cdp: Browser,
    readonly page: Page,
  ) {
    this.view = new PopupView(playwrightDriver(page));
  }

  /**
   * Opens the toolbar popup for the tab in front (`inFront` is brought there first, since the popup
   * shows the active tab). It is not a Playwright `page` event, so it is found over CDP. A busy
   * browser (a page with thousands of requests) is given `timeoutMs` for the CDP connection too.
   */
  static async open(browser: ChromiumWithExtension, inFront?: Page, timeoutMs = 10_000): Promise<ChromiumPopup> {
    await inFront?.bringToFront();
    await browser.worker.evaluate(() => chrome.action.openPopup());
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${browser.cdpPort}`, { timeout: Math.max(timeoutMs, 30_000) });
    const url = `chrome-extension://${browser.extensionId}/src/popup/index.html`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const page = cdp
        .contexts()
        .flatMap((c) => c.pages())
        .find((p) => p.url() === url);
      if (page) return new ChromiumPopup(cdp, page);
      if (Date.now() > deadline) {
        await cdp.close().catch(() => undefined);
        throw new Error('the toolbar popup did not open');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  story(ready: (s: StorySnapshot) => boolean): Promise<StorySnapshot> {
    return waitForStory((script) => this.page.evaluate<StorySnapshot>(script), ready);
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => undefined);
    // Disconnects this second CDP client only; the browser stays up.
    await this.cdp.close().catch(() => undefined);
  }
}

export interface OpenPopup {
  popup: ChromiumPopup;
  view: PopupView;
  close: () => Promise<void>;
}

/** The real toolbar popup, for `page`. */
export async function openToolbarPopup(browser: ChromiumWithExtension, page: Page): Promise<OpenPopup> {
  const popup = await ChromiumPopup.open(browser, page);
  return { popup, view: popup.view, close: () => popup.close() };
}

/** The same, for a browser that is busy (a page with thousands of requests): minutes rather than seconds. */
export async function openToolbarPopupPatiently(browser: ChromiumWithExtension, page: Page, timeoutMs = 180_000): Promise<OpenPopup> {
  const popup = await ChromiumPopup.open(browser, page, timeoutMs);
  return { popup, view: popup.view, close: () => popup.close() };
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
