/**
 * What the popup and the panel render for one tab: the kept page loads, as the capture core
 * records them, without its request-correlation bookkeeping. Plain JSON.
 */
import type { PageLoad, TabCapture } from './capture';

export interface TabView {
  tabId: number;
  /** Oldest first; the last one that replaced the page is the current story. */
  loads: PageLoad[];
}

export function emptyTabView(tabId: number): TabView {
  return { tabId, loads: [] };
}

export function tabViewOf(tabId: number, tab: TabCapture | undefined): TabView {
  return { tabId, loads: tab?.loads ?? [] };
}

/** The load that tells the story of what the tab shows (a download or a 204 does not replace the page). */
export function currentLoad(view: TabView | undefined): PageLoad | undefined {
  if (!view) return undefined;
  for (let i = view.loads.length - 1; i >= 0; i--) {
    const load = view.loads[i];
    if (load && load.noDocument !== true) return load;
  }
  return undefined;
}
