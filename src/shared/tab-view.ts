/**
 * What the popup and the panel render for one tab: the kept page loads, as the capture core
 * records them, without its request-correlation bookkeeping. Plain JSON.
 *
 * The panel gets every record (`TabView`). The popup lists only failures, so it gets each load
 * with its sub-resource lists replaced by its first failing rows and their number (`PopupView`):
 * a page of 2,000 requests then costs the popup's first message what a page of 20 does. More rows,
 * and the full load for an export, are asked for when the person wants them.
 */
import type { PageLoad, TabCapture } from './capture';
// From its own file, not the core's index: the popup loads this module and must not pull in the reducer.
import { failingRows, type FailingRow } from './capture/failing-rows';
import type { ExplainFn } from './capture/reduce-context';

export interface TabView {
  tabId: number;
  /** Oldest first; the last one that replaced the page is the current story. */
  loads: PageLoad[];
}

/** A load without its lists of sub-resource records: what telling its story needs. */
export type LoadHead = Omit<PageLoad, 'subresources' | 'errors'>;

/**
 * How many failing rows a summary carries: the popup's first page of them. The rest are asked for
 * when the person wants them, so the popup's message stays the same size on a page of 10 requests
 * and on one of 10,000.
 */
export const SUMMARY_FAILING_ROWS = 50;

/** A load as the popup gets it: its head, and the first of its failing sub-resources as ready rows. */
export interface LoadSummary extends LoadHead {
  failing: FailingRow[];
  /** How many failing rows the full load has (`failing` holds the first of them). */
  failingTotal: number;
}

export interface PopupView {
  tabId: number;
  loads: LoadSummary[];
}

export function tabViewOf(tabId: number, tab: TabCapture | undefined): TabView {
  return { tabId, loads: tab?.loads ?? [] };
}

/** `explain` is the background's: the failing rows go with their meaning, so the popup chooses none. */
export function loadSummaryOf(load: PageLoad, explain?: ExplainFn): LoadSummary {
  // Only the top level is copied; the records the summary keeps are shared, not cloned.
  const { subresources, errors, ...head } = load;
  const rows = failingRows(load, explain);
  return { ...head, failing: rows.slice(0, SUMMARY_FAILING_ROWS), failingTotal: rows.length };
}

export function popupViewOf(tabId: number, tab: TabCapture | undefined, explain?: ExplainFn): PopupView {
  return { tabId, loads: (tab?.loads ?? []).map((load) => loadSummaryOf(load, explain)) };
}
