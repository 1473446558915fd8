import { afterEach, describe, expect, it } from 'vitest';
import { emptyState, normalizeEvent, type CaptureState } from '../shared/capture';
import { chromeBusyPage, chromeHsts, chromeRedirectChain, chromeSpa } from '../shared/capture/fixtures/chrome-scenarios';
import { firefoxRedirectChain } from '../shared/capture/fixtures/firefox-scenarios';
import type { RecordedEvent } from '../shared/capture/fixtures/recorded-event';
import { replay, roundTrip, testContext } from '../shared/capture/fixtures/test-context';
import { CaptureStore, type SessionArea } from './capture-store';
import { chunkKey, isChunkKey, loadIdOfPartKey, LOAD_PREFIX, loadKey, readStoredCapture, SUBRESOURCE_CHUNK, tabKey } from './stored-capture';

/** storage.session as the browser keeps it: values copied in and out, writes counted by key. */
class MemoryArea implements SessionArea {
  readonly items = new Map<string, unknown>();
  readonly writes: string[][] = [];
  /** Writes holding a key this accepts are refused whole, as an over-quota write is. */
  refuse: (key: string) => boolean = () => false;

  get(): Promise<Record<string, unknown>> {
    return Promise.resolve(structuredClone(Object.fromEntries(this.items)));
  }

  set(items: Record<string, unknown>): Promise<void> {
    if (Object.keys(items).some(this.refuse)) return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    this.writes.push(Object.keys(items));
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
    return Promise.resolve();
  }

  remove(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
    return Promise.resolve();
  }

  /** The keys of load heads (not of their sub-resource chunks). */
  loadKeys(): string[] {
    return [...this.items.keys()].filter((key) => key.startsWith(LOAD_PREFIX) && !isChunkKey(key)).sort();
  }

  chunkKeys(): string[] {
    return [...this.items.keys()].filter(isChunkKey).sort();
  }
}

const stores: CaptureStore[] = [];
afterEach(async () => {
  // Let no store's pending flush timer outlive its test.
  await Promise.all(stores.splice(0).map((store) => store.flush()));
});

async function storeOver(area: MemoryArea, settings: Parameters<typeof testContext>[0] = {}): Promise<CaptureStore> {
  const store = new CaptureStore(area, testContext(settings), () => undefined);
  stores.push(store);
  await store.ready;
  return store;
}

function feed(store: CaptureStore, events: readonly RecordedEvent[]): void {
  for (const recorded of events) store.dispatch(normalizeEvent(recorded.name, recorded.details, recorded.statusLineVersion));
}

/** The tabs as they should come back from storage: finished requests are not stored. */
function tabsOf(state: CaptureState): CaptureState['tabs'] {
  const tabs = roundTrip(state.tabs);
  for (const tab of Object.values(tabs)) tab.inflight = tab.inflight.filter((rec) => rec.done !== true);
  return tabs;
}

const session = [...chromeRedirectChain(11), ...chromeSpa(11), ...chromeBusyPage(30, 12), ...chromeHsts(12), ...firefoxRedirectChain(13)];

describe('CaptureStore in storage.session', () => {
  it('stores exactly what the capture core holds, and reads it back after a restart', async () => {
    const area = new MemoryArea();
    const store = await storeOver(area, { keptLoadsPerTab: 3 });
    feed(store, session);
    await store.flush();
    const expected = replay(session, testContext({ keptLoadsPerTab: 3 }));
    expect(readStoredCapture(Object.fromEntries(area.items)).tabs).toStrictEqual(tabsOf(expected));

    // A new worker finds the same tabs and goes on numbering loads where the last one stopped.
    const restarted = await storeOver(area, { keptLoadsPerTab: 3 });
    expect(roundTrip(restarted.tab(12))).toStrictEqual(tabsOf(expected)['12']);
    feed(restarted, chromeRedirectChain(12, 1718007000000));
    await restarted.flush();
    const ids = readStoredCapture(Object.fromEntries(area.items)).tabs['12']!.loads.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the same stored result whatever point the worker stops at', async () => {
    const expected = tabsOf(replay(session, testContext()));
    for (let cut = 0; cut <= session.length; cut += 9) {
      const area = new MemoryArea();
      const first = await storeOver(area);
      feed(first, session.slice(0, cut));
      await first.flush();
      const second = await storeOver(area);
      feed(second, session.slice(cut));
      await second.flush();
      expect(readStoredCapture(Object.fromEntries(area.items)).tabs, `stopped after event ${cut}`).toStrictEqual(expected);
    }
  });

  it('rewrites only the loads that changed: a busy page does not rewrite the loads before it', async () => {
    const area = new MemoryArea();
    const store = await storeOver(area);
    feed(store, chromeRedirectChain(12));
    feed(store, chromeHsts(12));
    await store.flush();
    const earlier = store.tab(12)!.loads.map((l) => loadKey(l.id));
    expect(earlier.length).toBeGreaterThanOrEqual(2);

    const busy = chromeBusyPage(20, 12);
    // Cut after a request's start, so that the second half changes the tab's requests under way.
    const half = busy.findIndex((e, i) => i >= busy.length / 2 && e.name === 'webRequest.onBeforeRequest') + 1;
    feed(store, busy.slice(0, half));
    await store.flush();
    feed(store, busy.slice(half));
    await store.flush();
    const busyLoad = loadKey(store.tab(12)!.loads.at(-1)!.id);
    const lastWrite = area.writes.at(-1)!;
    expect(lastWrite).toContain(busyLoad);
    expect(lastWrite).toContain(tabKey(12));
    for (const key of earlier) expect(lastWrite).not.toContain(key);

    // A flush with nothing changed writes no load at all.
    feed(store, [busy.at(-1)!]);
    await store.flush();
    expect(area.writes.at(-1)!.filter((key) => key.startsWith(LOAD_PREFIX))).toEqual([]);
  });

  it('writes a busy load’s sub-resources in chunks: only the newest is rewritten, and dropped ones are removed', async () => {
    const area = new MemoryArea();
    const store = await storeOver(area, { maxSubresourcesPerLoad: 180 });
    const busy = chromeBusyPage(400, 12);
    const cut = Math.floor(busy.length * 0.5);
    feed(store, busy.slice(0, cut));
    await store.flush();
    const id = store.tab(12)!.loads.at(-1)!.id;
    expect(store.tab(12)!.loads.at(-1)!.subresources.length).toBeGreaterThan(SUBRESOURCE_CHUNK);
    feed(store, busy.slice(cut, cut + 6));
    await store.flush();
    // The first chunk is full and did not change: not written again.
    expect(area.writes.at(-1)).not.toContain(chunkKey(id, 0));
    expect(area.writes.at(-1)).toContain(loadKey(id));

    feed(store, busy.slice(cut + 6));
    await store.flush();
    const load = store.tab(12)!.loads.at(-1)!;
    expect(load.droppedSubresources).toBeGreaterThanOrEqual(SUBRESOURCE_CHUNK);
    // The records of chunk 0 were all dropped past the cap: its key went with them.
    expect(area.chunkKeys()).not.toContain(chunkKey(id, 0));
    expect(readStoredCapture(Object.fromEntries(area.items)).tabs['12']!.loads.at(-1)).toStrictEqual(roundTrip(load));
  });

  it('holds exactly what the core holds after every flush of a busy page, whole chunks or not', async () => {
    // Flushes fall mid-chunk and mid-request: a chunk written half full, or while one of its requests
    // was still running, is written again once it has changed; only a sealed one is taken as known.
    for (const step of [7, 37, 101]) {
      const area = new MemoryArea();
      const store = await storeOver(area, { maxSubresourcesPerLoad: 250 });
      const events = [...chromeBusyPage(420, 12), ...chromeRedirectChain(12), ...chromeBusyPage(130, 12)];
      for (let at = 0; at < events.length; at += step) {
        feed(store, events.slice(at, at + step));
        await store.flush();
        const stored = readStoredCapture(Object.fromEntries(area.items)).tabs['12'];
        const live = tabsOf({ ...emptyState(), tabs: { 12: store.tab(12)! } })['12'];
        expect(stored, `step ${step}, after event ${at + step}`).toStrictEqual(live);
      }
    }
  });

  it('removes a forgotten load and every key of a closed tab', async () => {
    const area = new MemoryArea();
    const store = await storeOver(area, { keptLoadsPerTab: 1 });
    feed(store, chromeRedirectChain(12));
    await store.flush();
    const first = area.loadKeys();
    expect(first).toHaveLength(1);
    feed(store, chromeHsts(12));
    await store.flush();
    // Only the newest load is kept, so the first one's key went.
    expect(area.loadKeys()).toHaveLength(1);
    expect(area.loadKeys()).not.toEqual(first);

    feed(store, chromeRedirectChain(13));
    await store.flush();
    store.dispatch(normalizeEvent('tabs.onRemoved', { tabId: 12 }));
    await store.flush();
    expect(area.items.has(tabKey(12))).toBe(false);
    expect(area.loadKeys()).toEqual(store.tab(13)!.loads.map((l) => loadKey(l.id)));
    expect(area.chunkKeys().filter((key) => key.startsWith(`${LOAD_PREFIX}12-`))).toEqual([]);
  });

  it('keeps the other loads when one is refused as over quota, and tries it again later', async () => {
    const area = new MemoryArea();
    const store = await storeOver(area);
    feed(store, chromeRedirectChain(11));
    await store.flush();
    // The busy page's sub-resources do not fit; everything else does.
    area.refuse = (key) => isChunkKey(key) && loadIdOfPartKey(key)!.startsWith('12-');
    feed(store, chromeBusyPage(60, 12));
    feed(store, chromeHsts(13));
    await store.flush();
    const read = readStoredCapture(Object.fromEntries(area.items));
    expect(read.tabs['13']?.loads.length).toBe(1);
    expect(read.tabs['11']?.loads.length).toBe(1);
    const busyLoad = store.tab(12)!.loads.at(-1)!;
    expect(busyLoad.subresources.length).toBeGreaterThan(0);
    // Stored without what was refused: its head, none of its sub-resources.
    expect(read.tabs['12']?.loads.at(-1)?.subresources).toEqual([]);

    area.refuse = () => false;
    feed(store, [chromeBusyPage(60, 12).at(-1)!]);
    await store.flush();
    expect(readStoredCapture(Object.fromEntries(area.items)).tabs['12']?.loads.at(-1)).toStrictEqual(roundTrip(busyLoad));
  });

  it('ignores what it cannot read: malformed records and loads no tab names', async () => {
    const area = new MemoryArea();
    area.items.set(tabKey(4), { loadIds: [], inflight: [] });
    area.items.set(tabKey(5), JSON.stringify({ loadIds: 'nope' }));
    area.items.set(tabKey(6), JSON.stringify({ loadIds: ['6-1', '6-2'], inflight: [], inflightCount: 0, tabId: 6 }));
    area.items.set(loadKey('6-1'), '{not json');
    area.items.set(loadKey('6-2'), JSON.stringify({ id: '6-2', chain: [], droppedSubresources: 0, keptSubresources: 3 }));
    area.items.set(chunkKey('6-2', 0), '[{"url":"https://a.example/x.png"},');
    area.items.set(loadKey('9-9'), JSON.stringify({ id: '9-9', chain: [] }));
    area.items.set(chunkKey('9-9', 0), '[]');
    const store = await storeOver(area);
    expect(store.tab(4)).toBeUndefined();
    expect(store.tab(5)).toBeUndefined();
    expect(store.tab(6)?.loads.map((l) => l.id)).toEqual(['6-2']);
    // A chunk it cannot read leaves its records out: nothing is made up in their place.
    expect(store.tab(6)?.loads[0]?.subresources).toEqual([]);
    expect(area.items.has(loadKey('9-9'))).toBe(false);
    expect(area.items.has(chunkKey('9-9', 0))).toBe(false);
  });
});
