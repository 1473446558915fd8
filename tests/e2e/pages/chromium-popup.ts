/** The real toolbar popup in Chromium, opened by the extension's own action.openPopup(). */
import { chromium, type Browser, type Page } from '@playwright/test';
import type { ChromiumWithExtension } from '../fixtures/chromium-extension';
import { waitForStory, type StorySnapshot } from './story-snapshot';

export class ChromiumPopup {
  private constructor(
    private readonly cdp: Browser,
    readonly page: Page,
  ) {}

  /** Opens the popup for the tab in front. It is not a Playwright `page` event, so it is found over CDP. */
  static async open(browser: ChromiumWithExtension): Promise<ChromiumPopup> {
    await browser.worker.evaluate(() => chrome.action.openPopup());
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${browser.cdpPort}`);
    const popupUrl = `chrome-extension://${browser.extensionId}/src/popup/index.html`;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const page = cdp
        .contexts()
        .flatMap((c) => c.pages())
        .find((p) => p.url() === popupUrl);
      if (page) return new ChromiumPopup(cdp, page);
      if (Date.now() > deadline) throw new Error('the toolbar popup did not open');
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
