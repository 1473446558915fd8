/**
 * "All requests in a tab" in Chromium: opened as a person opens it, with the real toolbar popup's
 * button, or straight at its address for a tab when the test is about something else (load, leaks).
 */
import type { Page } from '@playwright/test';
import type { ChromiumWithExtension } from '../fixtures/chromium-extension';
import { PanelTable } from './panel-table';
import { ChromiumPopup } from './popup-chromium';

export function requestsPageUrl(browser: ChromiumWithExtension, tabId: number): string {
  return `chrome-extension://${browser.extensionId}/src/devtools/tab-requests.html?tab=${tabId}`;
}

export class ChromiumRequestsPage {
  readonly table: PanelTable;

  private constructor(readonly page: Page) {
    this.table = new PanelTable({
      evaluate: <T>(script: string) => page.evaluate<T>(script),
      pressKey: (key) => page.keyboard.press(key),
    });
  }

  /** Opens the toolbar popup for `inspected` and presses its "All requests in a tab" button. */
  static async openFromPopup(browser: ChromiumWithExtension, inspected: Page): Promise<{ requests: ChromiumRequestsPage; popup: ChromiumPopup }> {
    const popup = await ChromiumPopup.open(browser, inspected);
    await popup.view.waitFor((s) => s.allRequests);
    const [page] = await Promise.all([browser.context.waitForEvent('page'), popup.page.click('[data-testid="all-requests"]')]);
    await page.waitForLoadState();
    return { requests: new ChromiumRequestsPage(page), popup };
  }

  /** The page for `tabId` at its address, in a new tab. */
  static async open(browser: ChromiumWithExtension, tabId: number, page?: Page): Promise<ChromiumRequestsPage> {
    const tab = page ?? (await browser.context.newPage());
    await tab.goto(requestsPageUrl(browser, tabId));
    return new ChromiumRequestsPage(tab);
  }

  /** The page's heading and title, and the address it says it shows. */
  heading(): Promise<{ title: string; h1: string; label: string }> {
    return this.page.evaluate(() => ({
      title: document.title,
      h1: document.querySelector('h1')?.textContent ?? '',
      label: document.querySelector('[data-testid="tab-label"]')?.textContent ?? '',
    }));
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => undefined);
  }
}
