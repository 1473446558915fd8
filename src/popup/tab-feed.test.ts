import { describe, expect, it } from 'vitest';
import type { PopupView } from '../shared/tab-view';
import { startTabFeed } from './tab-feed';

const flush = () => new Promise((r) => setTimeout(r, 0));

function fakeEnv(tabId: number | undefined, url?: string) {
  const calls = { watched: [] as number[], urls: 0, stopped: 0 };
  let push: ((view: PopupView) => void) | undefined;
  const env = {
    resolveTabId: () => Promise.resolve(tabId),
    watchTab: (id: number, onView: (view: PopupView) => void) => {
      calls.watched.push(id);
      push = onView;
      return () => {
        calls.stopped++;
      };
    },
    tabUrl: () => {
      calls.urls++;
      return Promise.resolve(url);
    },
  };
  return { env, calls, push: (view: PopupView) => push?.(view) };
}

describe('startTabFeed', () => {
  it('starts watching the tab at once, before anyone subscribes, and keeps what arrived', async () => {
    const { env, calls, push } = fakeEnv(7, 'https://example.com/');
    const feed = startTabFeed(env, '?tab=7');
    expect(feed.get()).toEqual({ tabId: null, tabUrl: null });
    await flush();
    expect(calls.watched).toEqual([7]);
    push({ tabId: 7, loads: [] });
    expect(feed.get()).toMatchObject({ tabId: 7, tabUrl: 'https://example.com/', view: { tabId: 7, loads: [] } });
  });

  it('tells subscribers of every change, and stops cleanly', async () => {
    const { env, calls, push } = fakeEnv(3);
    const feed = startTabFeed(env, '');
    let heard = 0;
    const unsubscribe = feed.subscribe(() => heard++);
    await flush();
    push({ tabId: 3, loads: [] });
    expect(heard).toBeGreaterThanOrEqual(2);
    unsubscribe();
    const before = heard;
    push({ tabId: 3, loads: [] });
    expect(heard).toBe(before);
    feed.stop();
    expect(calls.stopped).toBe(1);
  });

  it('says there is no tab when none resolves', async () => {
    const { env, calls } = fakeEnv(undefined);
    const feed = startTabFeed(env, '');
    await flush();
    expect(feed.get().tabId).toBeUndefined();
    expect(calls.watched).toEqual([]);
    expect(calls.urls).toBe(0);
  });
});
