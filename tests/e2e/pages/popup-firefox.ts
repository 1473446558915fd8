/**
 * The popup in Firefox, where a toolbar popup cannot be opened under remote control: the popup page
 * is opened in a tab and told which tab to show with `?tab=ID` (what "Open in a tab" does).
 */
import type { Page } from 'puppeteer-core';
import { openExtensionPage, type FirefoxWithExtension } from '../fixtures/firefox-extension';
import { PopupView, puppeteerDriver } from './popup-view';
import { waitForStory, type StorySnapshot } from './story-snapshot';

const POPUP_PATH = 'src/popup/index.html';

/** The id of the tab showing `url`, asked from an extension page (tabs.query needs no permission for it). */
export async function firefoxTabId(firefox: FirefoxWithExtension, url: string): Promise<number> {
  const page = await firefox.browser.newPage();
  try {
    await openExtensionPage(page, `${firefox.baseUrl}${POPUP_PATH}?tab=0`);
    const id = await page.evaluate(async (target: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await api.tabs.query({})).find((t) => t.url === target)?.id;
    }, url);
    if (id === undefined) throw new Error(`no tab shows ${url}`);
    return id;
  } finally {
    await page.close();
  }
}

export class FirefoxPopup {
  readonly view: PopupView;

  private constructor(readonly page: Page) {
    this.view = new PopupView(puppeteerDriver(page));
  }

  /** The popup page for `tabId`, in a tab of its own. */
  static async open(firefox: FirefoxWithExtension, tabId: number): Promise<FirefoxPopup> {
    const page = await firefox.browser.newPage();
    await openExtensionPage(page, `${firefox.baseUrl}${POPUP_PATH}?tab=${tabId}`);
    return new FirefoxPopup(page);
  }

  /** The popup page for the tab showing `inspectedUrl`. */
  static async openFor(firefox: FirefoxWithExtension, inspectedUrl: string): Promise<FirefoxPopup> {
    return FirefoxPopup.open(firefox, await firefoxTabId(firefox, inspectedUrl));
  }

  story(ready: (s: StorySnapshot) => boolean): Promise<StorySnapshot> {
    return waitForStory((script) => this.page.evaluate(script) as Promise<StorySnapshot>, ready);
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => undefined);
  }
}
