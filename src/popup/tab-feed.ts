/**
 * The popup's data, started as soon as the script runs rather than after the first render: the tab
 * to show, its live view from the background, and (to explain an empty tab) its URL. Components
 * subscribe to it; whatever arrived before they did is there when they ask.
 */
import type { PopupView } from '../shared/tab-view';
import type { PopupEnv } from './popup-env';

export interface TabFeedState {
  /** null while resolving; undefined when there is no tab to show. */
  tabId: number | undefined | null;
  view?: PopupView;
  /** null until the browser answered; undefined when it gives no URL (browser pages). */
  tabUrl: string | undefined | null;
}

export interface TabFeed {
  get: () => TabFeedState;
  subscribe: (listener: () => void) => () => void;
  stop: () => void;
}

export function startTabFeed(env: Pick<PopupEnv, 'resolveTabId' | 'watchTab' | 'tabUrl'>, search: string): TabFeed {
  let state: TabFeedState = { tabId: null, tabUrl: null };
  let stopWatching: (() => void) | undefined;
  let stopped = false;
  const listeners = new Set<() => void>();
  const update = (patch: Partial<TabFeedState>): void => {
    if (stopped) return;
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const askUrl = (tabId: number): void => {
    env.tabUrl(tabId).then(
      (tabUrl) => update({ tabUrl }),
      () => update({ tabUrl: undefined }),
    );
  };

  env.resolveTabId(search).then(
    (tabId) => {
      update({ tabId });
      if (tabId === undefined || stopped) return;
      askUrl(tabId);
      let hadLoads: boolean | undefined;
      stopWatching = env.watchTab(tabId, (view) => {
        const hasLoads = view.loads.length > 0;
        // The URL only explains an empty tab; ask again when the tab becomes empty again.
        if (!hasLoads && hadLoads === true) askUrl(tabId);
        hadLoads = hasLoads;
        update({ view });
      });
    },
    () => update({ tabId: undefined }),
  );

  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => {
      stopped = true;
      stopWatching?.();
    },
  };
}
