/**
 * "All requests in a tab" in Firefox, opened as a person opens it: the popup page for the tab (a
 * toolbar popup cannot be opened under remote control there) and its "All requests in a tab" button,
 * which opens the page in a new tab.
 */
import type { Page } from 'puppeteer-core';
import type { FirefoxWithExtension } from '../fixtures/firefox-extension';
import { PanelTable } from './panel-table';
import { FirefoxPopup } from './popup-firefox';

const REQUESTS_PATH = 'src/devtools/tab-requests.html';

export class FirefoxRequestsPage {
  readonly table: PanelTable;

  private constructor(readonly page: Page) {
    this.table = new PanelTable({
      evaluate: <T>(script: string) => page.evaluate(script) as Promise<T>,
      pressKey: (key) => page.keyboard.press(key as never),
    });
  }

  /** Opens the popup page for the tab showing `inspectedUrl` and presses its "All requests in a tab" button. */
  static async openFromPopup(firefox: FirefoxWithExtension, inspectedUrl: string): Promise<{ requests: FirefoxRequestsPage; popup: FirefoxPopup }> {
    const popup = await FirefoxPopup.openFor(firefox, inspectedUrl);
    await popup.view.waitFor((s) => s.allRequests);
    const before = new Set(await firefox.browser.pages());
    await popup.view.driver.click('[data-testid="all-requests"]');
    // The extension opens the tab (tabs.create). Under BiDi its page may still report about:blank as
    // its URL, so each new page is asked where it is.
    const wanted = `${firefox.baseUrl}${REQUESTS_PATH}?tab=`;
    const deadline = Date.now() + 10_000;
    for (;;) {
      for (const page of await firefox.browser.pages()) {
        if (before.has(page)) continue;
        const href = await page.evaluate('location.href').catch(() => '');
        if (typeof href === 'string' && href.startsWith(wanted)) return { requests: new FirefoxRequestsPage(page), popup };
      }
      if (Date.now() > deadline) throw new Error('the “All requests in a tab” page did not open');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The page's heading and title, and the address it says it shows. */
  heading(): Promise<{ title: string; h1: string; label: string }> {
    return this.page.evaluate(`({
      title: document.title,
      h1: document.querySelector('h1')?.textContent ?? '',
      label: document.querySelector('[data-testid="tab-label"]')?.textContent ?? '',
    })`) as Promise<{ title: string; h1: string; label: string }>;
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => undefined);
  }
}
