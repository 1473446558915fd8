/**
 * The toolbar button's own menu (a right click on it): open the link checker, or check the links of
 * the page in front. Needs the `contextMenus` permission; the entries show on the button only
 * (context `action`), never on web pages.
 */
import type { Menus, Tabs } from 'webextension-polyfill';
import { browser, requestPermission } from '../shared/browser-adapter';
import { openCheckerTab } from '../shared/checker-tab';

/** Each entry's id and the message of its title, shown in the browser's language (the worker reads no language choice). */
const ENTRIES = [
  ['check-urls', 'menuCheckUrls'],
  ['check-page-links', 'menuCheckLinks'],
] as const;

/** Both browsers keep the entries between restarts of the worker; they are made again at install and start, from nothing. */
export async function createToolbarMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const [id, title] of ENTRIES) browser.contextMenus.create({ id, title: browser.i18n.getMessage(title), contexts: ['action'] });
}

export function onToolbarMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): void {
  if (info.menuItemId === 'check-urls') void openCheckerTab();
  else if (info.menuItemId === 'check-page-links' && tab?.id !== undefined) {
    const tabId = tab.id;
    // Firefox lets a menu click ask for the permission to read the page; where the browser does not,
    // the checker page asks on a click of its own.
    void requestPermission('scripting')
      .catch(() => false)
      .then(() => openCheckerTab(tabId));
  }
}
