/**
 * Captured data lives in storage.session: memory only, never on disk, and it outlives the service
 * worker. The in-worker copy is a cache; it is loaded before anything changes it, and writes are
 * batched so a burst of events costs one storage write, not one per event.
 */
import { browser } from '../shared/browser-adapter';
import type { TabView } from '../shared/tab-view';

const KEY_PREFIX = 'tab:';
/** Long enough to coalesce a burst of events, short enough that a worker stop loses nothing in practice. */
const FLUSH_DELAY_MS = 40;

export class SessionStore {
  private readonly views = new Map<number, TabView>();
  private readonly dirty = new Set<number>();
  private readonly removed = new Set<number>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  readonly ready: Promise<void>;

  constructor() {
    this.ready = this.load();
  }

  private async load(): Promise<void> {
    const stored = await browser.storage.session.get(null);
    for (const [key, value] of Object.entries(stored)) {
      if (!key.startsWith(KEY_PREFIX)) continue;
      const tabId = Number(key.slice(KEY_PREFIX.length));
      // An event may already have changed this tab while the load was in flight: that copy is newer.
      if (Number.isInteger(tabId) && !this.views.has(tabId)) this.views.set(tabId, value as TabView);
    }
  }

  get(tabId: number): TabView | undefined {
    return this.views.get(tabId);
  }

  set(view: TabView): void {
    this.views.set(view.tabId, view);
    this.removed.delete(view.tabId);
    this.dirty.add(view.tabId);
    this.scheduleFlush();
  }

  remove(tabId: number): void {
    this.views.delete(tabId);
    this.dirty.delete(tabId);
    this.removed.add(tabId);
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    this.flushTimer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  }

  async flush(): Promise<void> {
    this.flushTimer = undefined;
    const writes: Record<string, TabView> = {};
    for (const tabId of this.dirty) {
      const view = this.views.get(tabId);
      if (view) writes[KEY_PREFIX + tabId] = view;
    }
    const removals = [...this.removed].map((tabId) => KEY_PREFIX + tabId);
    this.dirty.clear();
    this.removed.clear();
    if (Object.keys(writes).length > 0) await browser.storage.session.set(writes);
    if (removals.length > 0) await browser.storage.session.remove(removals);
  }
}
