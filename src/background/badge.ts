/** The toolbar badge: the tab's final status, coloured by class; nothing when nothing was observed. */
import { browser } from '../shared/browser-adapter';
import { badgeColorFor } from '../shared/status-colors';
import type { TabView } from '../shared/tab-view';

export async function showBadge(view: TabView): Promise<void> {
  const tabId = view.tabId;
  const final = view.final;
  if (!final) {
    await browser.action.setBadgeText({ tabId, text: view.error ? 'ERR' : '' });
    if (view.error) await browser.action.setBadgeBackgroundColor({ tabId, color: badgeColorFor(0) });
    return;
  }
  await browser.action.setBadgeText({ tabId, text: String(final.statusCode) });
  await browser.action.setBadgeBackgroundColor({ tabId, color: badgeColorFor(final.statusCode) });
  const hops = view.chain.map((h) => String(h.statusCode)).join(' → ');
  await browser.action.setTitle({ tabId, title: `Status Inspector: ${hops ? `${hops} → ` : ''}${final.statusLine || final.statusCode}` });
}
