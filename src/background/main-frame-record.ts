/**
 * Folds the top-level webRequest events of one tab into its TabView. Pure: the listeners in
 * index.ts hand it the event details, so it runs in Node tests without a browser.
 */
import { emptyTabView, type TabView } from '../shared/tab-view';

export interface MainFrameEvent {
  kind: 'before-request' | 'redirect' | 'completed' | 'error';
  tabId: number;
  requestId: string;
  url: string;
  statusCode?: number;
  statusLine?: string;
  error?: string;
}

export function applyMainFrameEvent(view: TabView | undefined, event: MainFrameEvent): TabView {
  const base = view ?? emptyTabView(event.tabId);
  switch (event.kind) {
    case 'before-request':
      // Both browsers keep the requestId across the hops of a redirect: same id, same story.
      if (base.requestId === event.requestId) return base;
      return { tabId: event.tabId, requestId: event.requestId, url: event.url, chain: [] };
    case 'redirect':
      return {
        ...base,
        chain: [...base.chain, { url: event.url, statusCode: event.statusCode ?? 0, statusLine: event.statusLine ?? '' }],
      };
    case 'completed':
      return { ...base, final: { url: event.url, statusCode: event.statusCode ?? 0, statusLine: event.statusLine ?? '' } };
    case 'error':
      return { ...base, error: { url: event.url, error: event.error ?? 'unknown error' } };
  }
}
