/**
 * What the popup needs from the browser, handed in by the entry point (main.tsx), so the components
 * never call `browser.*` themselves and the wiring stays in one place.
 */
import type { FailingRow, PageLoad } from '../shared/capture';
import type { PopupView } from '../shared/tab-view';

export interface PopupEnv {
  /** The tab to show: `?tab=ID` when given, else the active tab. */
  resolveTabId: (search: string) => Promise<number | undefined>;
  /** Live view of the tab; returns the unsubscribe. */
  watchTab: (tabId: number, onView: (view: PopupView) => void) => () => void;
  /** One load in full, for export; undefined when the background no longer keeps it. */
  fullLoad: (tabId: number, loadId: string) => Promise<PageLoad | undefined>;
  /** Every failing row of one load (the summary has the first); undefined when it is no longer kept. */
  failingRows: (tabId: number, loadId: string) => Promise<FailingRow[] | undefined>;
  /**
   * The tab's URL, when the browser lets us read it: without the `tabs` permission it is undefined for
   * browser pages (chrome://, about:) and extension stores.
   */
  tabUrl: (tabId: number) => Promise<string | undefined>;
  /** Opens this same view in a tab of its own, for `tabId`. */
  openInTab: (tabId: number) => Promise<void>;
  /** Opens the "All requests in a tab" page (the panel's table, without DevTools) for `tabId`. */
  openAllRequests: (tabId: number) => Promise<void>;
  /** Opens the link checker in a tab of its own. */
  openChecker: () => Promise<void>;
  /** Opens the link checker on the links of the page in `tabId` (asking first for the permission to read them). */
  openPageLinks: (tabId: number) => Promise<void>;
  reloadTab: (tabId: number) => Promise<void>;
  /** Closes the popup window (no-op in a tab). */
  close: () => void;
}
