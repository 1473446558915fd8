/**
 * The popup page in Firefox. A toolbar popup cannot be opened under remote control there, so the
 * same page is opened in a tab and told which tab to show with `?tab=ID` (what "pop out" does).
 */
import type { Page } from 'puppeteer-core';
import { openExtensionPage, type FirefoxWithExtension } from '../fixtures/firefox-extension';
import { waitForStory, type StorySnapshot } from './story-snapshot';

export class FirefoxPopup {
  private constructor(readonly page: Page) {}

  static async open(firefox: FirefoxWithExtension, inspectedUrl: string): Promise<FirefoxPopup> {
    const page = await firefox.browser.newPage();
    // Any extension page can ask which tab shows the URL under test.
    await openExtensionPage(page, `${firefox.baseUrl}src/popup/index.html`);
    const tabId = await page.evaluate(async (url: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tabs = await api.tabs.query({});
      return tabs.find((t) => t.url === url)?.id;
    }, inspectedUrl);
    if (tabId === undefined) throw new Error(`no tab shows ${inspectedUrl}`);
    await openExtensionPage(page, `${firefox.baseUrl}src/popup/index.html?tab=${tabId}`);
    return new FirefoxPopup(page);
  }

  story(ready: (s: StorySnapshot) => boolean): Promise<StorySnapshot> {
    return waitForStory((script) => this.page.evaluate(script) as Promise<StorySnapshot>, ready);
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => undefined);
  }
}
