/**
 * Owns the capture state in the worker and keeps it in storage.session (memory only, never on disk,
 * and it outlives the service worker). The in-worker copy is a cache: it is loaded before any event
 * changes it, and events that arrive while it loads wait in a queue. Writes are batched per tab, so a
 * burst of events costs one storage write per changed tab, not one per event.
 */
import { emptyState, reduce, type CaptureEvent, type CaptureState, type ReduceContext, type TabCapture } from '../shared/capture';
import { browser } from '../shared/browser-adapter';

const TAB_PREFIX = 'capture:tab:';
const META_KEY = 'capture:meta';
/** Short, so a worker stopped right after an event still had it written; long enough to coalesce a burst. */
const FLUSH_DELAY_MS = 50;

interface Meta {
  version: 1;
  loadSeq: number;
  /** Kept so that a closed tab's late events stay dropped after a restart too. */
  closedTabs?: number[];
}

export class CaptureStore {
  private state: CaptureState = emptyState();
  private loaded = false;
  private readonly queue: CaptureEvent[] = [];
  private readonly dirty = new Set<number>();
  private readonly removed = new Set<number>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  readonly ready: Promise<void>;

  constructor(
    private readonly ctx: ReduceContext,
    /** Called after a tab's data changed (or went away), once per event. */
    private readonly onTabChanged: (tabId: number, event: CaptureEvent) => void,
  ) {
    this.ready = this.load();
  }

  private async load(): Promise<void> {
    try {
      const stored = await browser.storage.session.get(null);
      const meta = stored[META_KEY] as Meta | undefined;
      if (meta?.version === 1 && typeof meta.loadSeq === 'number') this.state.loadSeq = meta.loadSeq;
      if (meta?.version === 1 && Array.isArray(meta.closedTabs)) this.state.closedTabs = meta.closedTabs.filter((id) => Number.isInteger(id));
      for (const [key, value] of Object.entries(stored)) {
        if (!key.startsWith(TAB_PREFIX)) continue;
        const tab = value as TabCapture;
        if (typeof tab === 'object' && tab !== null && Array.isArray(tab.loads)) this.state.tabs[key.slice(TAB_PREFIX.length)] = tab;
      }
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
    this.flushTimer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  }

  /** Writes every changed tab; also called directly when the worker is about to be suspended. */
  async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const meta: Meta = { version: 1, loadSeq: this.state.loadSeq };
    if (this.state.closedTabs !== undefined) meta.closedTabs = this.state.closedTabs;
    const writes: Record<string, unknown> = { [META_KEY]: meta };
    for (const tabId of this.dirty) writes[TAB_PREFIX + tabId] = this.state.tabs[tabId];
    const removals = [...this.removed].map((tabId) => TAB_PREFIX + tabId);
    this.dirty.clear();
    this.removed.clear();
    try {
      await browser.storage.session.set(writes);
      if (removals.length > 0) await browser.storage.session.remove(removals);
    } catch (error) {
      // Over quota or the browser shutting down: the in-worker copy still serves the open pages.
      console.warn('Status Inspector: could not write captured data', error);
    }
  }
}

function tabsTouchedBy(event: CaptureEvent): number[] {
  if (event.kind === 'tab-replaced') return [event.addedTabId, event.removedTabId];
  return [event.tabId];
}
