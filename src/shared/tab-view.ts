/** What the popup and the panel render for one tab: plain JSON, the same shape the background stores. */

export interface HopView {
  url: string;
  statusCode: number;
  /** The status line exactly as the browser reported it, e.g. 'HTTP/1.1 301 Moved Permanently'. */
  statusLine: string;
}

export interface TabView {
  tabId: number;
  /** webRequest's id of the current top-level request; redirects keep it, a new load changes it. */
  requestId?: string;
  /** The URL the tab's last top-level load started from. */
  url?: string;
  /** Redirect hops before the final response, in order. */
  chain: HopView[];
  /** The final response of the last top-level load, if one was observed. */
  final?: HopView;
  /** The load ended without any status (refused connection, DNS failure, ...). */
  error?: { url: string; error: string };
}

export function emptyTabView(tabId: number): TabView {
  return { tabId, chain: [] };
}
