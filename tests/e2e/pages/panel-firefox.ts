/**
 * The panel page in Firefox. Opening Firefox's own developer tools under remote control is not
 * possible here, so the panel page is opened in a tab and told which tab to inspect with `?tab=ID`
 * (what a pop-out does); outside DevTools it shows the extension's capture only.
 */
import type { Page } from 'puppeteer-core';
import { openExtensionPage, type FirefoxWithExtension } from '../fixtures/firefox-extension';
import { PanelTable } from './panel-table';

const PANEL_PATH = 'src/devtools/panel.html';

export async function openFirefoxPanel(firefox: FirefoxWithExtension, inspectedUrl: string): Promise<{ page: Page; table: PanelTable; tabId: number }> {
  const page = await firefox.browser.newPage();
  // Any extension page can ask which tab shows the URL under test.
  await openExtensionPage(page, `${firefox.baseUrl}${PANEL_PATH}?tab=0`);
  const tabId = await page.evaluate(async (url: string) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return (await api.tabs.query({})).find((t) => t.url === url)?.id;
  }, inspectedUrl);
  if (tabId === undefined) throw new Error(`no tab shows ${inspectedUrl}`);
  await openExtensionPage(page, `${firefox.baseUrl}${PANEL_PATH}?tab=${tabId}`);
  const table = new PanelTable({
    evaluate: <T>(script: string) => page.evaluate(script) as Promise<T>,
    pressKey: (key) => page.keyboard.press(key as never),
  });
  return { page, table, tabId };
}
