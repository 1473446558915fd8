/**
 * Owns the capture state in the worker and keeps it in storage.session (memory only, never on disk,
 * and it outlives the service worker). The in-worker copy is a cache: it is loaded before any event
 * changes it, and events that arrive while it loads wait in a queue. Writes are batched: a burst of
 * events costs one write per flush, holding only the parts of page loads whose text changed (the
 * layout is in stored-capture.ts).
 */
import { emptyState, reduce, type CaptureEvent, type CaptureState, type ReduceContext, type TabCapture } from '../shared/capture';
import { chunkKey, LAYOUT_VERSION, META_KEY, openChunks, readStoredCapture, storedLoadParts, storedTabOf, tabKey, type StoredMeta } from './stored-capture';

/**
 * How long events gather before they are written. Chromium stops an idle worker after 30 s, and
 * Firefox announces it (onSuspend, which flushes), so a wait of a second loses nothing in practice;
 * on a busy page it turns hundreds of events into a write or two a second (each one holds the tab's
 * running requests and its load's newest parts). At 200 ms, writing was the largest share of the
 * background's busy time on such a page (docs/benchmarks.md). Nothing shown waits for it: the pages
 * read the worker's memory.
 */
const FLUSH_DELAY_MS = 1_000;
/**
 * A write that took long (a huge load on a busy machine) stretches the wait before the next one, so
 * the worker does not spend a busy page's whole load serializing it; never beyond this.
 */
export const MAX_FLUSH_DELAY_MS = 2_000;

/** The part of storage.session the store uses (the browser's own area in the extension; any in tests). */
export interface SessionArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export class CaptureStore {
  private state: CaptureState = emptyState();
  private loaded = false;
  private readonly queue: CaptureEvent[] = [];
  private readonly dirty = new Set<number>();
  private readonly removed = new Set<number>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private flushDelayMs = FLUSH_DELAY_MS;
  /** The text last written under each tab's and load part's key, the keys of each load, the loads of each tab. */
  private readonly writtenParts = new Map<string, string>();
  private readonly partKeys = new Map<string, string[]>();
  private readonly storedLoadIds = new Map<number, string[]>();
  /** The text of each whole sub-resource chunk that can no longer change (see openChunks), by key. */
  private readonly sealedParts = new Map<string, string>();
  readonly ready: Promise<void>;

  constructor(
    private readonly area: SessionArea,
    private readonly ctx: ReduceContext,
    /** Called after a tab's data changed (or went away), once per event. */
    private readonly onTabChanged: (tabId: number, event: CaptureEvent) => void,
  ) {
    this.ready = this.load();
  }

  private async load(): Promise<void> {
    try {
      const read = readStoredCapture(await this.area.get(null));
      if (read.meta) {
        this.state.loadSeq = read.meta.loadSeq;
        if (read.meta.closedTabs !== undefined) this.state.closedTabs = read.meta.closedTabs;
      }
      this.state.tabs = read.tabs;
      for (const [key, text] of read.partTexts) this.writtenParts.set(key, text);
      for (const [id, keys] of read.partKeys) this.partKeys.set(id, keys);
      for (const tab of Object.values(read.tabs))
        this.storedLoadIds.set(
          tab.tabId,
          tab.loads.map((load) => load.id),
        );
      if (read.orphanKeys.length > 0) await this.area.remove(read.orphanKeys);
    } finally {
      this.loaded = true;
      for (const event of this.queue.splice(0)) this.apply(event);
    }
  }

  dispatch(event: CaptureEvent | undefined): void {
    if (event === undefined) return;
    if (this.loaded) this.apply(event);
    else this.queue.push(event);
  }

  setSettings(settings: ReduceContext['settings']): void {
    this.ctx.settings = settings;
  }

  tab(tabId: number): TabCapture | undefined {
    return this.state.tabs[tabId];
  }

  private apply(event: CaptureEvent): void {
    const touched = tabsTouchedBy(event);
    const existed = touched.map((tabId) => this.state.tabs[tabId] !== undefined);
    reduce(this.state, event, this.ctx);
    for (const [i, tabId] of touched.entries()) {
      // Nothing there before or after (a closed tab's late event, an event of no tab we know).
      if (!existed[i] && this.state.tabs[tabId] === undefined) continue;
      if (this.state.tabs[tabId]) {
        this.dirty.add(tabId);
        this.removed.delete(tabId);
      } else {
        this.dirty.delete(tabId);
        this.removed.add(tabId);
      }
      this.onTabChanged(tabId, event);
    }
    this.flushTimer ??= setTimeout(() => void this.flush(), this.flushDelayMs);
  }

  /** Writes every changed tab; also called directly when the worker is about to be suspended. */
  async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const meta: StoredMeta = { version: LAYOUT_VERSION, loadSeq: this.state.loadSeq };
    if (this.state.closedTabs !== undefined) meta.closedTabs = this.state.closedTabs;
    const writes: Record<string, unknown> = { [META_KEY]: meta };
    const before = new Set<string>();
    const after = new Set<string>();
    const stale: string[] = [];
    for (const tabId of [...this.dirty, ...this.removed]) {
      for (const id of this.storedLoadIds.get(tabId) ?? []) before.add(id);
      const tab = this.state.tabs[tabId];
      if (tab === undefined) {
        this.storedLoadIds.delete(tabId);
        this.writtenParts.delete(tabKey(tabId));
        continue;
      }
      const record = storedTabOf(tab);
      if (this.writtenParts.get(tabKey(tabId)) !== record) writes[tabKey(tabId)] = record;
      this.writtenParts.set(tabKey(tabId), record);
      this.storedLoadIds.set(
        tabId,
        tab.loads.map((load) => load.id),
      );
      for (const load of tab.loads) {
        after.add(load.id);
        const open = openChunks(tab, load.id);
        const parts = storedLoadParts(load, {
          known: (chunk) => (open.has(chunk) ? undefined : this.sealedParts.get(chunkKey(load.id, chunk))),
          made: (chunk, text) => {
            if (!open.has(chunk)) this.sealedParts.set(chunkKey(load.id, chunk), text);
          },
        });
        for (const [key, text] of parts) {
          if (this.writtenParts.get(key) === text) continue;
          writes[key] = text;
          this.writtenParts.set(key, text);
        }
        // Chunks whose sub-resources were all dropped (the oldest, past the cap).
        for (const key of this.partKeys.get(load.id) ?? []) if (!parts.has(key)) stale.push(key);
        this.partKeys.set(load.id, [...parts.keys()]);
      }
    }
    // Loads forgotten (beyond the kept number, or their tab closed); a load moved to a replacing tab stays.
    for (const id of before) {
      if (after.has(id)) continue;
      stale.push(...(this.partKeys.get(id) ?? []));
      this.partKeys.delete(id);
    }
    for (const key of stale) {
      this.writtenParts.delete(key);
      this.sealedParts.delete(key);
    }
    const removals = [...this.removed].map(tabKey).concat(stale);
    this.dirty.clear();
    this.removed.clear();
    const started = Date.now();
    try {
      // New loads and the tab records naming them land together; what they replaced goes after.
      await this.area.set(writes);
      if (removals.length > 0) await this.area.remove(removals);
    } catch (error) {
      // Over quota (one hostile page's load can be large) or the browser shutting down. One set() is
      // all or nothing: write key by key, so one oversized load never costs the others theirs.
      console.warn('Status Inspector: could not write captured data', error);
      await Promise.all(
        Object.entries(writes).map(([key, value]) =>
          this.area.set({ [key]: value }).catch(() => {
            // Not written: compare against nothing next time, so the next flush tries it again.
            this.writtenParts.delete(key);
          }),
        ),
      );
      await this.area.remove(removals).catch(() => undefined);
    }
    this.flushDelayMs = Math.min(MAX_FLUSH_DELAY_MS, Math.max(FLUSH_DELAY_MS, 2 * (Date.now() - started)));
  }
}

function tabsTouchedBy(event: CaptureEvent): number[] {
  if (event.kind === 'tab-replaced') return [event.addedTabId, event.removedTabId];
  return [event.tabId];
}
