/**
 * Opening the popup page in Firefox, where a toolbar popup cannot be opened under remote control:
 * the page is opened in a tab and told which tab to show with `?tab=ID` (what "Open in a tab" does).
 */
import type { Page } from 'puppeteer-core';
import { openExtensionPage, type FirefoxWithExtension } from '../fixtures/firefox-extension';
import { PopupView, puppeteerDriver } from './popup-view';

/** The id of the tab showing `url`, asked from an extension page (tabs.query needs no permission for it). */
export async function firefoxTabId(firefox: FirefoxWithExtension, url: string): Promise<number> {
  const page = await firefox.browser.newPage();
  try {
    await openExtensionPage(page, `${firefox.baseUrl}src/popup/index.html?tab=0`);
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

export async function openFirefoxPopup(firefox: FirefoxWithExtension, tabId: number): Promise<{ page: Page; view: PopupView }> {
  const page = await firefox.browser.newPage();
  await openExtensionPage(page, `${firefox.baseUrl}src/popup/index.html?tab=${tabId}`);
  return { page, view: new PopupView(puppeteerDriver(page)) };
}
