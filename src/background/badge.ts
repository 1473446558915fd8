/**
 * The toolbar badge: the tab's final status coloured by class, marked when the load went through
 * redirects or sub-resources failed; nothing at all when nothing observable was captured.
 */
import { badgeFor, storyLoad, type TabCapture } from '../shared/capture';
import { browser } from '../shared/browser-adapter';
import { ownCodeOriginName } from '../shared/registry/origins';
import { badgeColorFor } from '../shared/status-colors';
import { badgeTitle } from './badge-title';

/** The browser's own i18n, straight: the badge is in the browser's language (see badge-title.ts). */
const message = (key: string, substitutions?: string[]): string => browser.i18n.getMessage(key, substitutions);

/** What was last drawn per tab, so a busy page's hundreds of events do not redraw an unchanged badge. */
const drawn = new Map<number, string>();

export function forgetBadge(tabId: number): void {
  drawn.delete(tabId);
}

/**
 * How long a tab's events gather before its badge is worked out again. A busy page sends hundreds
 * of events a second and almost none of them change the badge; working it out for each one was the
 * background's largest own cost on such a page. A person cannot see the difference.
 */
const BADGE_DELAY_MS = 50;
const dueTabs = new Map<number, ReturnType<typeof setTimeout>>();

/** Redraws the tab's badge soon, once for every change made meanwhile; `tabOf` is read then. */
export function scheduleBadge(tabId: number, tabOf: (tabId: number) => TabCapture | undefined): void {
  if (dueTabs.has(tabId)) return;
  dueTabs.set(
    tabId,
    setTimeout(() => {
      dueTabs.delete(tabId);
      void showBadge(tabId, tabOf(tabId));
    }, BADGE_DELAY_MS),
  );
}

/** The tab closed: nothing to draw. */
export function cancelBadge(tabId: number): void {
  clearTimeout(dueTabs.get(tabId));
  dueTabs.delete(tabId);
  drawn.delete(tabId);
}

async function showBadge(tabId: number, tab: TabCapture | undefined): Promise<void> {
  const load = storyLoad(tab?.loads);
  const badge = badgeFor(load);
  const text = badge ? (badge.redirects > 0 && badge.text.length < 4 ? `${badge.text}↪` : badge.text) : '';
  const definedBy = ownCodeOriginName(load?.final?.explanation?.originId);
  const color = badgeColorFor(load?.final?.statusCode ?? 0);
  // Keyed on what the drawing is made of (the badge's fields, whose code it is, its colour), so an unchanged
  // badge costs no tooltip text: formatting it (the browser's messages, plural rules, numbers) was
  // most of what a redraw cost a busy page.
  const key = badge ? `${JSON.stringify(badge)}|${definedBy ?? ''}|${color}` : '';
  if (drawn.get(tabId) === key) return;
  drawn.set(tabId, key);
  const title = badgeTitle(badge, definedBy, message);
  try {
    // The text last: once it shows, its tooltip and colour are already the ones that go with it.
    await browser.action.setTitle({ tabId, title });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed between the event and the drawing.
    drawn.delete(tabId);
  }
}
