/**
 * Tab lifetime: a closed tab's data goes; a replaced tab's data moves to its successor.
 */
import type { TabRemovedEvent, TabReplacedEvent } from './capture-event';
import type { CaptureState, PageLoad } from './capture-state';
import { adoptInflight } from './inflight-requests';
import { LIMITS } from './limits';
import { trimLoads } from './page-load';
import type { ReduceContext } from './reduce-context';

export function removeTab(state: CaptureState, e: TabRemovedEvent): void {
  Reflect.deleteProperty(state.tabs, e.tabId);
  rememberClosed(state, e.tabId);
}

function rememberClosed(state: CaptureState, tabId: number): void {
  const closed = (state.closedTabs ??= []);
  if (closed.includes(tabId)) return;
  closed.push(tabId);
  if (closed.length > LIMITS.maxClosedTabs) closed.splice(0, closed.length - LIMITS.maxClosedTabs);
}

/** Late events of a closed tab are dropped; a tab-replaced event moves data, so it always applies. */
export function isClosedTab(state: CaptureState, tabId: number): boolean {
  return state.closedTabs?.includes(tabId) === true;
}

/**
 * tabs.onReplaced (a prerendered or instant tab swapped in): the removed tab's history comes first,
 * then whatever the added tab recorded while hidden, which is the page now shown.
 */
export function replaceTab(state: CaptureState, e: TabReplacedEvent, ctx: ReduceContext): void {
  const removed = state.tabs[e.removedTabId];
  rememberClosed(state, e.removedTabId);
  if (removed === undefined) return;
  Reflect.deleteProperty(state.tabs, e.removedTabId);
  const added = state.tabs[e.addedTabId];
  const retag = (load: PageLoad): void => {
    load.tabId = e.addedTabId;
  };
  if (added === undefined) {
    removed.tabId = e.addedTabId;
    removed.loads.forEach(retag);
    if (removed.prerender !== undefined) retag(removed.prerender);
    removed.earlyDocuments?.forEach(retag);
    state.tabs[e.addedTabId] = removed;
    return;
  }
  added.loads = removed.loads.concat(added.loads);
  added.loads.forEach(retag);
  // Requests of pages still awaiting their commit: the commit, if it comes, comes to the new tab.
  if (removed.earlyDocuments !== undefined) {
    removed.earlyDocuments.forEach(retag);
    added.earlyDocuments = removed.earlyDocuments.concat(added.earlyDocuments ?? []);
  }
  trimLoads(added, ctx);
  // Requests still running in the old tab keep pointing at their loads.
  adoptInflight(added, removed);
}
